// Loads the benchmark data set into the persisted local D1 before the server starts, through a
// short-lived Miniflare sharing the state directory: C_BPartner rows (10,000, or --rows), and a
// Ribbon2 directory tree with 10,000 messages. Users and access rules are created through the API
// once the server runs (scenarios.mjs), so passwords are hashed by the Worker itself.
import { convertV4MiniflareOptions, Miniflare } from 'miniflare';

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

export async function loadData({ rows, messages = 10000, state }) {
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
    return { rows, messages, firstPartner: 1000 };
  } finally {
    await mf.dispose();
  }
}
