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
 * keyset on rowid). The document is the seed's envelope `{items, status, count}` (plus the reference's
 * `message`, the pool and the export time): `items` holds the tables, `count` their number. The stream
 * pulls: the next page is read only when the client has taken the last one, so memory stays at about one
 * page however large the pool (peak measured by `npm run bench`).
 */
export function exportStream(
  db: Db,
  pool: string,
  schema: PoolSchema,
  definitions: Map<string, string>,
  exportedAt: string,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const chunks = exportChunks(db, pool, schema, definitions, exportedAt);
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

/** The export document as text chunks: the head, one chunk per table head and per page of rows, the tail. */
async function* exportChunks(
  db: Db,
  pool: string,
  schema: PoolSchema,
  definitions: Map<string, string>,
  exportedAt: string,
): AsyncGenerator<string> {
  const tables = [...schema.tables.values()].filter((t) => !t.view).sort((a, b) => a.name.localeCompare(b.name));
  yield '{"items":[';
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
  yield `],"status":"success","message":"Export complete","count":${tables.length},"pool":${JSON.stringify(pool)},"exported_at":${JSON.stringify(exportedAt)}}`;
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

/** The framework pool's repository export, for a holder of `base.setup.export` (`exportedAt`: as the face writes times). */
export async function exportRepository(
  data: DataAccess,
  actor: Actor,
  exportedAt = new Date().toISOString(),
): Promise<ReadableStream<Uint8Array>> {
  requireRight(actor, 'base.setup.export');
  const db = data.d1(DEFAULT_POOL);
  return exportStream(
    db,
    DEFAULT_POOL,
    await getPoolSchema(data, DEFAULT_POOL),
    await tableDefinitions(db),
    exportedAt,
  );
}
