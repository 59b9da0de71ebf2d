import { applyD1Migrations, env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBootstrapped, resetBootstrap } from '../../../src/core/ops/bootstrap';
import { resetCaches } from '../../../src/core/ops/cache';
import { MIGRATIONS } from '../../../src/core/ops/migrations.generated';
import { downgrade, upgrade } from '../../../src/core/ops/setup';
import { dg } from '../../faces/datagerry/helpers';
import { emptyDatabase, withCurrentUserColumns } from '../../support/storage';
import { tokenFor } from '../../support/worker';

/**
 * migrations/0007_ids.sql rebuilds the faces' tables with AUTOINCREMENT. Applied to a database holding the
 * demo data (built here at the version before it), it must keep every row (children included), view, index
 * and default, change nothing but AUTOINCREMENT, and start each sequence above every id known to be used.
 * Its down script must give back the earlier schema, rows intact, and upgrading again must work.
 */

const IDS = '0007_ids';
const db = env.DB;

const REBUILT_WITH_SEQUENCE = [
  'LY_APPLICATIONS',
  'LY_THEMES',
  'LY_THEMES_COLORS',
  'atrium_revisions',
  'AD_Client',
  'AD_Role',
  'AD_Org',
  'M_Warehouse',
  'AD_Table_Access',
  'AD_Val_Rule',
  'AD_Form',
  'C_BP_Group',
  'C_BPartner',
  'M_Product',
  'C_Order',
  'C_OrderLine',
  'wf_activity',
  'wf_history',
  'dg_types',
  'dg_objects',
  'dg_categories',
  'r2_directories',
  'r2_messages',
  'r2_properties',
];

/** Children whose rows the rebuild must carry over (a dropped parent would cascade into them). */
const CHILDREN = [
  'LY_THEMES_COLORS',
  'AD_Role',
  'AD_Org',
  'M_Warehouse',
  'AD_Table_Access',
  'C_BPartner',
  'C_Order',
  'C_OrderLine',
  'wf_history',
  'dg_objects',
  'r2_access',
  'r2_message_dirs',
  'r2_message_tags',
  'r2_properties',
  'r2_io_assignments',
];

const normalise = (sql: string | null) =>
  (sql ?? '')
    .replace(/--[^\n]*/g, '')
    .replace(/\s+/g, ' ')
    .trim();

interface Snapshot {
  /** type:name → normalised CREATE statement, for every table, index and view. */
  schema: Record<string, string>;
  /** table → every row in rowid order. */
  rows: Record<string, unknown[]>;
}

async function snapshot(): Promise<Snapshot> {
  const { results } = await db
    .prepare(
      "select type, name, sql from sqlite_master where name not like 'sqlite\\_%' escape '\\' and name not like '\\_cf\\_%' escape '\\' and name <> 'd1_migrations' order by type, name",
    )
    .all<{ type: string; name: string; sql: string | null }>();
  const schema: Record<string, string> = {};
  const rows: Record<string, unknown[]> = {};
  for (const r of results) {
    schema[`${r.type}:${r.name}`] = normalise(r.sql);
    if (r.type === 'table') rows[r.name] = (await db.prepare(`select * from "${r.name}" order by rowid`).all()).results;
  }
  return { schema, rows };
}

/**
 * Schema objects later migrations change (0011_liberty_user_display: the users' theme and mode columns) or
 * add (0014_session_cutoffs, created up front here: today's token check reads it).
 */
const LATER_SCHEMA_CHANGES = ['table:users', 'table:atrium_session_cutoffs'];
const withoutLater = (schema: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(schema).filter(
      ([k]) => !LATER_SCHEMA_CHANGES.includes(k) && !/^(table|trigger):atrium_(table_)?version/.test(k),
    ),
  );

const withoutAutoincrement = (schema: Record<string, string>) =>
  Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, v.replace(/ AUTOINCREMENT/g, '')]));

async function sequences(): Promise<Record<string, number>> {
  const { results } = await db.prepare('select name, seq from sqlite_sequence').all<{ name: string; seq: number }>();
  return Object.fromEntries(results.map((r) => [r.name, r.seq]));
}

async function maxId(table: string): Promise<number> {
  const key = (
    await db.prepare(`select name from pragma_table_info('${table}') where pk = 1`).first<{ name: string }>()
  )?.name;
  return (await db.prepare(`select coalesce(max("${key}"), 0) as n from "${table}"`).first<{ n: number }>())?.n ?? 0;
}

let before: Snapshot;
let after: Snapshot;

beforeAll(async () => {
  // The database at the version before 0007 (0006 included if present), with the demo data.
  await emptyDatabase(db);
  await applyD1Migrations(
    db,
    env.TEST_MIGRATIONS.filter((m) => m.name < IDS),
  );
  const restoreUsers = await withCurrentUserColumns(db);
  // Today's token check reads the session cut-offs (0014, which creates the table only if missing).
  const cutoffs = env.TEST_MIGRATIONS.find((m) => m.name.startsWith('0014_'));
  for (const statement of cutoffs?.queries ?? []) await db.prepare(statement).run();
  resetCaches();
  resetBootstrap();
  await ensureBootstrapped(env);
  // History the current ids no longer show: the newest object (6) is deleted, its DELETE audited.
  const admin = await tokenFor('admin');
  expect((await dg('/rest/objects/6', admin, 'DELETE')).status).toBe(200);
  // Children the demo data lacks.
  await db.batch([
    db.prepare("insert into wf_history (activity_id, action, user_id) select id, 'note', 1 from wf_activity"),
    db.prepare(
      "insert into r2_io_assignments (protocol, name, directory_id) select 'plain', 'ids', id from r2_directories",
    ),
  ]);
  await restoreUsers();
  before = await snapshot();
  // 0007 alone (later migrations change base data and would blur the comparison).
  await applyD1Migrations(
    db,
    env.TEST_MIGRATIONS.filter((m) => m.name <= `${IDS}.sql`),
  );
  resetCaches();
  after = await snapshot();
});

describe('migration 0007_ids', () => {
  it('ran on a database holding demo rows, children included', () => {
    const empty = [...REBUILT_WITH_SEQUENCE, ...CHILDREN].filter((table) => !before.rows[table]?.length);
    expect(empty).toEqual(['atrium_revisions']);
  });

  it('keeps every row of every table, in order', () => {
    expect(after.rows).toEqual(before.rows);
  });

  it('changes nothing but AUTOINCREMENT: every table, column, default, foreign key, index and view stays', () => {
    expect(withoutAutoincrement(after.schema)).toEqual(withoutAutoincrement(before.schema));
    expect(after.schema['view:AD_User']).toBe(before.schema['view:AD_User']);
    const gained = Object.keys(after.schema)
      .filter((k) => after.schema[k].includes('AUTOINCREMENT') && !before.schema[k].includes('AUTOINCREMENT'))
      .map((k) => k.slice('table:'.length))
      .sort();
    expect(gained).toEqual([...REBUILT_WITH_SEQUENCE].sort());
    expect(Object.values(after.schema).filter((sql) => sql.includes('__old'))).toEqual([]);
  });

  it('leaves every foreign key pointing at an existing table, with no violation', async () => {
    const dangling = await db
      .prepare(
        `select m.name, f."table" as target from sqlite_master m, pragma_foreign_key_list(m.name) f
         where m.type = 'table' and m.name not like '\\_cf\\_%' escape '\\'
           and f."table" not in (select name from sqlite_master where type = 'table')`,
      )
      .all();
    expect(dangling.results).toEqual([]);
    expect((await db.prepare('pragma foreign_key_check').all()).results).toEqual([]);
  });

  it('starts every sequence above the largest id, and above audited deleted ids', async () => {
    const seq = await sequences();
    for (const table of REBUILT_WITH_SEQUENCE)
      if (table !== 'dg_objects') expect(seq[table], table).toBe(await maxId(table));
    expect(await maxId('dg_objects')).toBe(5);
    expect(seq.dg_objects).toBe(6);
    const admin = await tokenFor('admin');
    const created = await dg('/rest/objects/', admin, 'POST', {
      type_id: 1,
      fields: [{ name: 'hostname', value: 'after-0007' }],
    });
    expect(created.body).toBe(7);
  });

  it('is undone by its down script (rows kept, the earlier schema back) and can be applied again', async () => {
    const current = await snapshot();
    const previous = MIGRATIONS[MIGRATIONS.findIndex((m) => m.name === IDS) - 1].name;
    expect(await downgrade(db, 'default', previous)).toEqual([IDS]);
    const down = await snapshot();
    expect(down.schema).toEqual(before.schema);
    expect(down.rows).toEqual(current.rows);
    const seq = await sequences();
    for (const table of REBUILT_WITH_SEQUENCE) expect(seq[table], table).toBeUndefined();

    // Upgrading through the runtime setup path applies 0007 again and the later migrations after it; those
    // are undone again by their own down scripts, so 0007's result alone is compared.
    const applied = await upgrade(db, 'default');
    expect(applied[0]).toBe(IDS);
    if (applied.length > 1) expect(await downgrade(db, 'default', IDS)).toEqual(applied.slice(1).reverse());
    const up = await snapshot();
    // Later migrations add objects or change tables of their own (0013's data-version table and triggers):
    // what 0007 built must be back exactly.
    const built = withoutLater(after.schema);
    expect(Object.fromEntries(Object.keys(built).map((k) => [k, up.schema[k]]))).toEqual(built);
    const later = applied.length > 1;
    if (!later) expect(up.rows).toEqual(current.rows);
    for (const table of REBUILT_WITH_SEQUENCE) expect(up.rows[table], table).toEqual(current.rows[table]);
    expect((await sequences()).dg_objects).toBe(7);
  });
});
