/** Drops every trigger, view and table of a database (D1's own `_cf_*` tables excepted): back to an empty schema. */
export async function emptyDatabase(db: D1Database): Promise<void> {
  const { results } = await db
    .prepare(
      "select type, name from sqlite_master where type in ('table', 'view', 'trigger') and name not like 'sqlite\\_%' escape '\\' and name not like '\\_cf\\_%' escape '\\'",
    )
    .all<{ type: string; name: string }>();
  // Triggers first: the data-version triggers (migration 0012) write atrium_table_versions, so a cascade
  // into a table whose trigger outlived that table would fail the drop.
  const triggers = results.filter((r) => r.type === 'trigger');
  if (triggers.length) await db.batch(triggers.map((t) => db.prepare(`drop trigger if exists "${t.name}"`)));
  const views = results.filter((r) => r.type === 'view');
  let tables = results.filter((r) => r.type === 'table').map((r) => r.name);
  if (views.length) await db.batch(views.map((v) => db.prepare(`drop view if exists "${v.name}"`)));
  // Children before parents: a table still referenced by rows elsewhere cannot go yet; retry in rounds.
  for (let round = 0; tables.length && round < 10; round++) {
    const left: string[] = [];
    for (const name of tables) {
      try {
        await db.prepare(`drop table if exists "${name}"`).run();
      } catch {
        left.push(name);
      }
    }
    tables = left;
  }
  if (tables.length) throw new Error(`could not drop: ${tables.join(', ')}`);
}

/**
 * A database's whole state (schema, rows, AUTOINCREMENT counters), captured once the first test file has
 * migrated and bootstrapped it, and restored before every later file: much cheaper than replaying every
 * migration and the bootstrap per file, and the same state.
 */
export interface DatabaseImage {
  /** CREATE statements in creation order: tables, then indexes, views and triggers. */
  schema: { type: string; name: string; sql: string }[];
  rows: { table: string; columns: string[]; values: unknown[][] }[];
  sequences: { name: string; seq: number }[];
  /** The data versions (atrium_table_versions): a table whose version is unchanged needs no restore. */
  versions: Record<string, number>;
  /** table → the tables whose foreign keys reference it (a cascade from it reaches them). */
  referencedBy: Record<string, string[]>;
}

const VERSIONS = 'atrium_table_versions';

async function readVersions(db: D1Database): Promise<Record<string, number> | undefined> {
  try {
    const { results } = await db
      .prepare(`select name, version from ${VERSIONS}`)
      .all<{ name: string; version: number }>();
    return Object.fromEntries(results.map((r) => [r.name, r.version]));
  } catch {
    return undefined;
  }
}

const SCHEMA_QUERY =
  "select type, name, sql from sqlite_master where sql is not null and name not like 'sqlite\\_%' escape '\\' and name not like '\\_cf\\_%' escape '\\' order by case type when 'table' then 0 else 1 end, rowid";

export async function captureDatabase(db: D1Database): Promise<DatabaseImage> {
  const { results: schema } = await db.prepare(SCHEMA_QUERY).all<{ type: string; name: string; sql: string }>();
  const tables = schema.filter((s) => s.type === 'table').map((s) => s.name);
  const reads = await db.batch(tables.map((t) => db.prepare(`select * from "${t}" order by rowid`)));
  const rows = tables.map((table, i) => {
    const all = reads[i].results as Record<string, unknown>[];
    const columns = all.length ? Object.keys(all[0]) : [];
    return { table, columns, values: all.map((r) => columns.map((c) => r[c])) };
  });
  const { results: sequences } = await db
    .prepare("select name, seq from sqlite_sequence where name not like '\\_cf\\_%' escape '\\'")
    .all<{ name: string; seq: number }>();
  const referencedBy: Record<string, string[]> = {};
  for (const t of schema.filter((x) => x.type === 'table'))
    for (const [, parent] of t.sql.matchAll(/REFERENCES\s+[`"]?(\w+)/gi))
      referencedBy[parent] = [...(referencedBy[parent] ?? []), t.name];
  return { schema, rows, sequences, versions: (await readVersions(db)) ?? {}, referencedBy };
}

/**
 * The tables a restore must rewrite: those without a data version or whose version moved, with every
 * table that references one of them (deleting a parent's rows would cascade into it), and always the
 * versions table itself, last (the restore's own writes move versions).
 */
async function changedTables(db: D1Database, image: DatabaseImage, tables: string[]): Promise<Set<string>> {
  const current = await readVersions(db);
  if (!current) return new Set(tables);
  const changed = new Set(
    tables.filter((t) => t !== VERSIONS && (!(t in image.versions) || current[t] !== image.versions[t])),
  );
  const queue = [...changed];
  while (queue.length) {
    for (const child of image.referencedBy[queue.pop() as string] ?? [])
      if (!changed.has(child)) {
        changed.add(child);
        queue.push(child);
      }
  }
  changed.add(VERSIONS);
  return changed;
}

/** Back to the image: the same schema (rebuilt only when a test changed it) and the same rows. */
export async function restoreDatabase(db: D1Database, image: DatabaseImage): Promise<void> {
  const { results: current } = await db.prepare(SCHEMA_QUERY).all<{ type: string; name: string; sql: string }>();
  const same =
    current.length === image.schema.length &&
    current.every((c, i) => c.sql === image.schema[i].sql && c.name === image.schema[i].name);
  const tables = image.schema.filter((s) => s.type === 'table').map((s) => s.name);
  const statements: D1PreparedStatement[] = [db.prepare('PRAGMA defer_foreign_keys = on')];
  let restore = new Set(tables);
  if (same) {
    // Only what changed (most files touch a few tables); children before parents (reverse creation
    // order), so no cascade or check fires on the way.
    restore = await changedTables(db, image, tables);
    for (const table of [...tables].reverse())
      if (restore.has(table)) statements.push(db.prepare(`delete from "${table}"`));
  } else {
    await emptyDatabase(db);
    for (const s of image.schema) statements.push(db.prepare(s.sql));
  }
  // The versions table after every other: their triggers fired while the rows went back.
  const order = [...image.rows.filter((r) => r.table !== VERSIONS), ...image.rows.filter((r) => r.table === VERSIONS)];
  for (const { table, columns, values } of order) {
    if (!columns.length || !restore.has(table)) continue;
    const list = columns.map((c) => `"${c}"`).join(', ');
    const marks = `(${columns.map(() => '?').join(', ')})`;
    // Several rows a statement, within D1's 100 bound parameters.
    const per = Math.max(1, Math.floor(100 / columns.length));
    for (let i = 0; i < values.length; i += per) {
      const rows = values.slice(i, i + per);
      // `or replace`: a trigger may have put a row back already (a new AD_Role grants its window access).
      const sql = `insert or replace into "${table}" (${list}) values ${rows.map(() => marks).join(', ')}`;
      statements.push(db.prepare(sql).bind(...rows.flat()));
    }
  }
  statements.push(db.prepare('delete from sqlite_sequence'));
  for (const s of image.sequences)
    statements.push(db.prepare('insert into sqlite_sequence (name, seq) values (?, ?)').bind(s.name, s.seq));
  await db.batch(statements);
}

/**
 * Migration tests load the demo data with today's code into a database at an earlier version: the identity
 * core writes the user store with its current columns (migration 0040 added these), so they are added
 * first, and taken away again by the function it answers (the database is then at its version again).
 */
export async function withCurrentUserColumns(db: D1Database): Promise<() => Promise<void>> {
  const { results } = await db.prepare("select name from pragma_table_info('users')").all<{ name: string }>();
  const have = new Set(results.map((r) => r.name));
  const columns: [string, string][] = [
    ['created_by', 'integer DEFAULT 0 NOT NULL'],
    ['updated_by', 'integer DEFAULT 0 NOT NULL'],
    ['ad_client_id', 'integer DEFAULT 0 NOT NULL'],
    ['ad_org_id', 'integer DEFAULT 0 NOT NULL'],
    ['c_bpartner_id', 'integer'],
    ['c_job_id', 'integer'],
    ['ad_image_id', 'integer'],
  ];
  const missing = columns.filter(([name]) => !have.has(name));
  if (missing.length)
    await db.batch(missing.map(([name, type]) => db.prepare(`alter table users add ${name} ${type}`)));
  return async () => {
    if (missing.length) await db.batch(missing.map(([name]) => db.prepare(`alter table users drop column ${name}`)));
  };
}
