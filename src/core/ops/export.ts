import { visibleColumns } from '../records/registry';
import type { PoolSchema } from '../records/types';

type Db = D1Database | D1DatabaseSession;

const PAGE = 500;

/**
 * The repository export (Liberty's /api/export/repository): every table of the pool with its definition
 * and rows, hidden columns excluded, streamed as one JSON document page by page (500 rows per query,
 * keyset on rowid), so a large database never sits in memory.
 */
export function exportStream(
  db: Db,
  pool: string,
  schema: PoolSchema,
  definitions: Map<string, string>,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const tables = [...schema.tables.values()].filter((t) => !t.view).sort((a, b) => a.name.localeCompare(b.name));
  return new ReadableStream({
    async start(controller) {
      const write = (text: string) => controller.enqueue(encoder.encode(text));
      try {
        write(
          `{"status":"success","message":"Export complete","pool":${JSON.stringify(pool)},"exported_at":${JSON.stringify(new Date().toISOString())},"tables":[`,
        );
        for (const [i, table] of tables.entries()) {
          const columns = visibleColumns(table);
          const list = columns.map((c) => `"${c.name.replace(/"/g, '""')}"`).join(', ');
          write(
            `${i ? ',' : ''}{"name":${JSON.stringify(table.name)},"definition":${JSON.stringify(definitions.get(table.name) ?? null)},"columns":${JSON.stringify(columns.map((c) => ({ name: c.name, type: c.type, primary_key: c.primaryKey })))},"rows":[`,
          );
          let after = -Infinity;
          let first = true;
          for (;;) {
            const { results } = await db
              .prepare(
                `select rowid as __rowid, ${list} from "${table.name.replace(/"/g, '""')}" where rowid > ? order by rowid limit ${PAGE}`,
              )
              .bind(after === -Infinity ? -9007199254740991 : after)
              .all<Record<string, unknown>>();
            for (const row of results) {
              const { __rowid, ...rest } = row;
              write(`${first ? '' : ','}${JSON.stringify(rest)}`);
              first = false;
              after = __rowid as number;
            }
            if (results.length < PAGE) break;
          }
          write(']}');
        }
        write(']}');
        controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
  });
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
