import type { DataAccess } from '../../db/data-access';
import { DEFAULT_POOL } from '../../db/pools';
import { type Actor, requireRight } from '../identity/actor';
import { getPoolSchema, visibleColumns } from '../records/registry';
import type { PoolSchema } from '../records/types';

type Db = D1Database | D1DatabaseSession;

const PAGE = 500;

/**
 * The repository export (Liberty's /api/export/repository): every table of the pool with its definition
 * and rows, hidden columns excluded, streamed as one JSON document page by page (500 rows per query,
 * keyset on rowid). The stream pulls: the next page is read only when the client has taken the last
 * one, so memory stays at about one page however large the pool (peak measured by `npm run bench`).
 */
export function exportStream(
  db: Db,
  pool: string,
  schema: PoolSchema,
  definitions: Map<string, string>,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const chunks = exportChunks(db, pool, schema, definitions);
  return new ReadableStream(
    {
      async pull(controller) {
        try {
          const next = await chunks.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(next.value));
        } catch (error) {
          controller.error(error);
        }
      },
      async cancel() {
        await chunks.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}

/** The export document as text chunks: the head, then one chunk per table head and per page of rows. */
async function* exportChunks(
  db: Db,
  pool: string,
  schema: PoolSchema,
  definitions: Map<string, string>,
): AsyncGenerator<string> {
  const tables = [...schema.tables.values()].filter((t) => !t.view).sort((a, b) => a.name.localeCompare(b.name));
  yield `{"status":"success","message":"Export complete","pool":${JSON.stringify(pool)},"exported_at":${JSON.stringify(new Date().toISOString())},"tables":[`;
  for (const [i, table] of tables.entries()) {
    const columns = visibleColumns(table);
    const list = columns.map((c) => `"${c.name.replace(/"/g, '""')}"`).join(', ');
    yield `${i ? ',' : ''}{"name":${JSON.stringify(table.name)},"definition":${JSON.stringify(definitions.get(table.name) ?? null)},"columns":${JSON.stringify(columns.map((c) => ({ name: c.name, type: c.type, primary_key: c.primaryKey })))},"rows":[`;
    let after = -9007199254740991;
    let first = true;
    for (;;) {
      const { results } = await db
        .prepare(
          `select rowid as __rowid, ${list} from "${table.name.replace(/"/g, '""')}" where rowid > ? order by rowid limit ${PAGE}`,
        )
        .bind(after)
        .all<Record<string, unknown>>();
      const parts: string[] = [];
      for (const row of results) {
        const { __rowid, ...rest } = row;
        parts.push(JSON.stringify(rest));
        after = __rowid as number;
      }
      if (parts.length) {
        yield `${first ? '' : ','}${parts.join(',')}`;
        first = false;
      }
      if (results.length < PAGE) break;
    }
    yield ']}';
  }
  yield ']}';
}

/** CREATE statements of the pool's tables (by name). */
export async function tableDefinitions(db: Db): Promise<Map<string, string>> {
  const { results } = await db
    .prepare(
      "select name, sql from sqlite_master where type = 'table' and name not like '\\_cf\\_%' escape '\\' and name not like 'sqlite\\_%' escape '\\'",
    )
    .all<{ name: string; sql: string }>();
  return new Map(results.map((r) => [r.name, r.sql]));
}

/** The framework pool's repository export, for a holder of `base.setup.export`. */
export async function exportRepository(data: DataAccess, actor: Actor): Promise<ReadableStream<Uint8Array>> {
  requireRight(actor, 'base.setup.export');
  const db = data.d1(DEFAULT_POOL);
  return exportStream(db, DEFAULT_POOL, await getPoolSchema(data, DEFAULT_POOL), await tableDefinitions(db));
}
