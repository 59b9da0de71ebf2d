import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { readOutput } from '../../core/processes/outputs';
import { prepareRun, runPrepared } from '../../core/processes/runner';
import { getPoolSchema, requireTable } from '../../core/records/registry';
import type { RecordContext } from '../../core/records/scope';
import { AppError } from '../../lib/errors';
import { json, SECURITY } from '../../lib/openapi';
import { authenticate, principalOf } from '../../middleware/auth';
import type { AppEnv } from '../../middleware/env';
import { createRouter } from '../../middleware/router';
import { errorResponses } from './errors';
import { AsJson, answerFile } from './files';
import { contextOf } from './models-read';
import { RecordParam } from './models-schemas';
import { TAGS } from './openapi';
import { ProcessInfo } from './processes.routes';

/**
 * `/models/{tableName}/{id}/print` (a document's print process, answered as its ProcessInfo with the PDF)
 * and `/files` (the output files of the session's process runs). Registered before the models routes,
 * whose `/{id}/{columnName}` would take `print` for a column.
 */

/**
 * The print of each printable table (iDempiere: the print process of the table's zoom window), and the
 * document it prints. A database view whose rows are a document's under the same key (RV_C_Order) zooms to
 * that document's window in iDempiere, so it prints the document.
 */
const PRINTS: Record<string, { slug: string; document: string }> = {
  c_order: { slug: 'rpt-c_order', document: 'C_Order' },
  c_invoice: { slug: 'rpt-c_invoice', document: 'C_Invoice' },
  rv_c_order: { slug: 'rpt-c_order', document: 'C_Order' },
};

/**
 * Runs a record's print process (the table's; none: 404) and answers its ProcessInfo; the document is read
 * as its GET reads it. Windows and views print the same.
 */
export async function printRecord(c: Context<AppEnv>, ctx: RecordContext, tableName: string, id: string) {
  const print = PRINTS[tableName.toLowerCase()];
  if (!print) throw new AppError('NOT_FOUND', `No print process has been defined for ${tableName}`);
  const caller = { ctx, principal: principalOf(c), env: c.env };
  const record = { tableName: print.document, id };
  const prepared = await prepareRun(caller, { slug: print.slug, body: {}, record });
  return runPrepared(caller, prepared);
}

export function printRoutes() {
  const app = createRouter();
  const auth = authenticate();
  const tags = [TAGS.processes.name];
  const security = SECURITY.bearer;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/models/{tableName}/{id}/print',
      operationId: 'idempiereModelPrint',
      tags,
      summary: "Print a record's document (PDF)",
      description:
        "Runs the table's print process (C_Order: `Rpt C_Order`, C_Invoice: `Rpt C_Invoice`; RV_C_Order: its order's) on the record and answers its ProcessInfo: `reportFile` is the PDF (base64) of the document with its lines, the business partner's address and the totals, generated in the Worker; `reportFileName` reads it again through `/files`. Needs what the record's GET needs (else 404) and the role's access to the print process (403). A table without a print process is a 404.",
      middleware: [auth] as const,
      security,
      request: {
        params: RecordParam.extend({
          tableName: RecordParam.shape.tableName.openapi({ example: 'C_Order' }),
          id: RecordParam.shape.id.openapi({ example: '1001' }),
        }),
      },
      responses: { 200: json(ProcessInfo), ...errorResponses },
    }),
    async (c) => {
      const { tableName, id } = c.req.valid('param');
      const ctx = await contextOf(c);
      const table = requireTable(await getPoolSchema(ctx.data, ctx.pool), tableName);
      return c.json(await printRecord(c, ctx, table.name, id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/files',
      operationId: 'idempiereGetFile',
      tags,
      summary: 'An output file of a process run',
      description:
        "A report or export a process run wrote (its ProcessInfo's `reportFileName`/`exportFileName`), for a day after the run: the caller's own runs (members of the admin group: anyone's in the client). `length` must be the file's size (403 otherwise, as the original). HTML is `text/html`, CSV `text/plain`, PDF `application/pdf`, always as a download (sandboxed); `json` answers `{data}` (base64).",
      middleware: [auth] as const,
      security,
      request: {
        query: AsJson.extend({
          fileName: z
            .string()
            .min(1)
            .max(255)
            .openapi({ description: 'The file name.', example: 'Order_Detail_1000000.html' }),
          length: z.coerce
            .number()
            .int()
            .nonnegative()
            .openapi({ description: 'The file size in bytes.', example: 1234 }),
          node_id: z
            .string()
            .max(64)
            .optional()
            .openapi({ description: 'The server node (there is one: any value is this deployment).' }),
        }),
      },
      responses: {
        200: {
          description: 'The file',
          content: {
            'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) },
            'text/html': { schema: z.string() },
            'text/plain': { schema: z.string() },
            'application/json': { schema: z.object({ data: z.string() }) },
          },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const ctx = await contextOf(c);
      const clientId = ctx.scope === 'unscoped' ? 0 : Math.max(0, ctx.scope.clientId);
      const content = await readOutput(ctx, clientId, query.fileName, query.length);
      const name = query.fileName.toLowerCase();
      const type = /\.html?$/.test(name)
        ? 'text/html'
        : /\.(csv|log)$/.test(name)
          ? 'text/plain'
          : content.file.contentType;
      return answerFile(content, query.json, type);
    },
  );

  return app;
}
