// Loads the benchmark data set into the persisted local D1 before the server starts, through a
// short-lived Miniflare sharing the state directory, `rows` (10,000, or --rows) of each: C_BPartner rows,
// Ribbon2 messages in a directory tree, Liberty dictionary entries (+ a stored query over them) and the
// objects of a DATAGERRY type (+ a small second type). Users and access rules are created through the API
// once the server runs (scenarios.mjs), so passwords are hashed by the Worker.
import { convertV4MiniflareOptions, Miniflare } from 'miniflare';
import { localD1Id, readWranglerConfig } from '../scripts/lib/wrangler.mjs';
import { BENCH_QUERY, BENCH_QUERY_SQL, BENCH_TYPE, OTHER_TYPE } from './fixtures.mjs';

const CHUNK = 10;

async function insertMany(db, sqlHead, columns, rows) {
  const statements = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const placeholders = chunk.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
    statements.push(db.prepare(`${sqlHead} values ${placeholders}`).bind(...chunk.flat()));
  }
  for (let i = 0; i < statements.length; i += 200) await db.batch(statements.slice(i, i + 200));
}

export async function loadData({ rows, messages = rows, dictionary = rows, objects = rows, state }) {
  // The default pool, under the id wrangler keeps it by (as `d1 migrations apply --persist-to` did).
  const defaultDb = (await readWranglerConfig()).d1_databases.find((d) => d.binding === 'DB');
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      resourcePersistencePath: state,
      workers: [
        {
          name: 'loader',
          modules: true,
          script: 'export default { fetch() { return new Response("") } }',
          compatibilityDate: '2026-10-01',
          d1Databases: { DB: localD1Id(defaultDb) },
        },
      ],
    }),
  );
  try {
    const db = await mf.getD1Database('DB');
    await db.batch([
      db.prepare(
        "insert or ignore into C_BP_Group (C_BP_Group_ID, Value, Name, IsDefault) values (103, 'Standard', 'Standard', 1), (104, 'Gold', 'Gold', 0)",
      ),
    ]);
    const partners = Array.from({ length: rows }, (_, i) => [
      1000 + i,
      `BP${i}`,
      `Partner ${String((i * 7919) % rows).padStart(6, '0')}`,
      i % 10 === 0 ? 0 : 1,
      (i % 50) * 100,
      i % 3 === 0 ? 104 : 103,
    ]);
    await insertMany(
      db,
      'insert into C_BPartner (C_BPartner_ID, Value, Name, IsActive, SO_CreditLimit, C_BP_Group_ID)',
      ['id', 'v', 'n', 'a', 'c', 'g'],
      partners,
    );
    const dirs = ['Bench', ...'ABCDEFGHIJ'.split('').map((l) => `Bench.${l}`)];
    await db.batch([
      db.prepare(
        "insert into r2_directories (id, name, full_name, parent_id, created_by) values (900, 'Bench', 'Bench', null, 'bench')",
      ),
      ...dirs
        .slice(1)
        .map((full, i) =>
          db
            .prepare('insert into r2_directories (id, name, full_name, parent_id, created_by) values (?, ?, ?, 900, ?)')
            .bind(901 + i, full.split('.')[1], full, 'bench'),
        ),
    ]);
    const msgs = Array.from({ length: messages }, (_, i) => [
      100000 + i,
      crypto.randomUUID(),
      `Message ${i}`,
      `Body ${i}`,
      'bench',
    ]);
    await insertMany(
      db,
      'insert into r2_messages (id, uid, header, content, created_by)',
      ['id', 'u', 'h', 'c', 'b'],
      msgs,
    );
    await insertMany(
      db,
      'insert into r2_message_dirs (message_id, directory_id)',
      ['m', 'd'],
      msgs.map(([id], i) => [id, 901 + (i % 10)]),
    );
    await loadDictionary(db, dictionary);
    await loadCmdb(db, objects);
    return { rows, messages, dictionary, objects, firstPartner: 1000 };
  } finally {
    await mf.dispose();
  }
}

/** Liberty: `dictionary` English entries DD0000000… and the bench's stored GET query over them (stable order). */
async function loadDictionary(db, entries) {
  const rows = Array.from({ length: entries }, (_, i) => {
    const id = `DD${String(i).padStart(7, '0')}`;
    return [id, 'en', `Label ${String((i * 7919) % entries).padStart(7, '0')} of ${id}`];
  });
  await insertMany(db, 'insert into LY_DICTIONARY (DD_ID, DD_LANGUAGE, DD_LABEL)', ['i', 'l', 'b'], rows);
  await db
    .prepare(
      "insert or replace into LY_QRY_FMW (QUERY, CRUD, QUERY_POOL, QUERY_SQLITE, QUERY_DESCRIPTION) values (?, 'GET', 'SESSION', ?, 'Bench: data dictionary (en)')",
    )
    .bind(BENCH_QUERY, BENCH_QUERY_SQL)
    .run();
}

/** DATAGERRY: type BENCH_TYPE with `count` objects, OTHER_TYPE with a twentieth of that (the filter excludes them). */
async function loadCmdb(db, count) {
  for (const type of [BENCH_TYPE, OTHER_TYPE])
    await db
      .prepare(
        'insert into dg_types (public_id, name, label, description, author_id, render_meta, fields) values (?, ?, ?, ?, 1, ?, ?)',
      )
      .bind(
        type.public_id,
        type.name,
        type.label,
        'bench',
        JSON.stringify(type.render_meta),
        JSON.stringify(type.fields),
      )
      .run();
  const others = Math.ceil(count / 20);
  const objects = Array.from({ length: count + others }, (_, i) => {
    // The two types interleave, so a type's objects are spread over the whole table.
    const other = i % 21 === 20;
    const n = String(i).padStart(7, '0');
    const fields = other
      ? [{ name: 'name', value: `switch-${n}` }]
      : [
          { name: 'hostname', value: `host-${n}` },
          { name: 'ip', value: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` },
          { name: 'os', value: i % 3 === 0 ? 'windows' : 'linux' },
          { name: 'cpus', value: 2 ** (i % 6) },
        ];
    return [100000 + i, other ? OTHER_TYPE.public_id : BENCH_TYPE.public_id, 1, 1, JSON.stringify(fields)];
  });
  await insertMany(
    db,
    'insert into dg_objects (public_id, type_id, author_id, active, fields)',
    ['p', 't', 'a', 'x', 'f'],
    objects,
  );
}
