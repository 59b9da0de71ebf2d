/** Drops every view and table of a database (D1's own `_cf_*` tables excepted): back to an empty schema. */
export async function emptyDatabase(db: D1Database): Promise<void> {
  const { results } = await db
    .prepare(
      "select type, name from sqlite_master where type in ('table', 'view') and name not like 'sqlite\\_%' escape '\\' and name not like '\\_cf\\_%' escape '\\'",
    )
    .all<{ type: string; name: string }>();
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
