// Loads the benchmark data set into the persisted local D1 before the server starts, through a
// short-lived Miniflare sharing the state directory: C_BPartner rows (10,000, or --rows), a Ribbon2
// directory tree with 10,000 messages, the Liberty dictionary with 10,000 entries (+ a stored query over
// it) and a DATAGERRY type with 10,000 objects (+ a small second type). Users and access rules are
// created through the API once the server runs (scenarios.mjs), so passwords are hashed by the Worker.
import { convertV4MiniflareOptions, Miniflare } from 'miniflare';
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

export async function loadData({ rows, messages = 10000, dictionary = 10000, objects = 10000, state }) {
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      resourcePersistencePath: state,
      workers: [
        {
          name: 'loader',
          modules: true,
          script: 'export default { fetch() { return new Response("") } }',
          compatibilityDate: '2026-10-01',
          d1Databases: { DB: '00000000-0000-4000-8000-000000000001' },
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

/** Liberty: `dictionary` English entries DD00000… and the bench's stored GET query over them (stable order). */
async function loadDictionary(db, entries) {
  const rows = Array.from({ length: entries }, (_, i) => {
    const id = `DD${String(i).padStart(5, '0')}`;
    return [id, 'en', `Label ${String((i * 7919) % entries).padStart(5, '0')} of ${id}`];
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
    const n = String(i).padStart(6, '0');
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
