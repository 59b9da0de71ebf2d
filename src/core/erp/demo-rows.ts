/** Shared by the GardenWorld loaders (demo-model.ts, demo-documents.ts): the client and a bulk insert. */

export const CLIENT = 11;
/** GardenWorld's seed date (iDempiere's taxes carry it; the reference filters on this instant). */
export const SEEDED = '2003-01-08T15:06:11.000Z';

export type Row = (string | number | null)[];

/** `insert or ignore` of many rows (every row of a table in few statements, under D1's 100 bound values). */
export function rows(db: D1Database, table: string, columns: string[], values: Row[]): D1PreparedStatement[] {
  const per = Math.max(1, Math.floor(90 / columns.length));
  const out: D1PreparedStatement[] = [];
  for (let i = 0; i < values.length; i += per) {
    const chunk = values.slice(i, i + per);
    const marks = chunk.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
    out.push(
      db.prepare(`insert or ignore into ${table} (${columns.join(', ')}) values ${marks}`).bind(...chunk.flat()),
    );
  }
  return out;
}
