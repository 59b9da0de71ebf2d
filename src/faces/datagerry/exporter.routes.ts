import { createRoute, z } from '@hono/zod-openapi';
import { EXPORT_FORMATS, type ExportColumns, exportObjects, XLSX_TYPE } from '../../core/cmdb/export';
import { OBJECT_SORT } from '../../core/cmdb/objects';
import { AppError } from '../../lib/errors';
import { SECURITY } from '../../lib/openapi';
import { actorOf, requireRight } from '../../middleware/auth';
import { createRouter } from '../../middleware/router';
import { dgAuth } from './auth';
import { errorResponses, json, ListQuery, listQueryWith, paging } from './envelope';
import { TAGS } from './openapi';

/**
 * DATAGERRY's object export (`/exporter/`): the formats (`extensions`, a plain list) and the file, as its
 * backend answers them. The logic is the core's (core/cmdb/export.ts).
 */

const tags = [TAGS.system.name];
const security = SECURITY.datagerry;
const Format = z
  .object({
    extension: z.string().openapi({ description: 'The format, as `classname` names it.' }),
    label: z.string(),
    icon: z.string(),
    multiTypeSupport: z.boolean().openapi({ description: 'Whether objects of several types fit in one file.' }),
    helperText: z.string(),
    active: z.boolean(),
  })
  .openapi('DgExportFormat');

function columnsOf(raw: string | undefined): ExportColumns | undefined {
  if (!raw?.trim() || raw === 'undefined') return undefined;
  try {
    const value = JSON.parse(raw) as ExportColumns;
    const list = (v: unknown) => v === undefined || (Array.isArray(v) && v.every((s) => typeof s === 'string'));
    if (value && typeof value === 'object' && list(value.header) && list(value.columns)) return value;
  } catch {}
  throw new AppError('BAD_REQUEST', 'metadata: {"header": [...], "columns": [...]}');
}

export function exporterRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/exporter/extensions',
      operationId: 'datagerryListExportFormats',
      tags,
      summary: 'Export formats',
      description: 'The formats objects export to: CSV (objects of one type) and JSON. Any signed-in user.',
      security,
      middleware: [dgAuth],
      // The web UI's object page sends its link list's parameters here too: taken, not used.
      request: { query: ListQuery.partial() },
      responses: { 200: json(z.array(Format).openapi('DgExportFormats')), ...errorResponses },
    }),
    (c) =>
      c.json(
        EXPORT_FORMATS.map((f) => ({ ...f })),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/exporter',
      operationId: 'datagerryExportObjects',
      tags,
      summary: 'Export objects as a CSV or JSON file',
      description:
        'The objects the filter matches among those the caller may read (right `base.framework.object.view`, type ACL READ), at most 1000, as a file (`classname`: `CsvExportType`, `JsonExportType` or `XlsxExportType`: a sheet per type) with `Content-Disposition: attachment`. With `view=render`, `metadata` `{"header": [...], "columns": [...]}` chooses the object columns and the fields. Password values are `********`.',
      security,
      middleware: [dgAuth, requireRight('base.framework.object.view')],
      request: {
        // A CSV holds objects of one type.
        query: listQueryWith({ sort: 'public_id', filter: '{"type_id":1}', projection: '{}' })
          .pick({ sort: true, order: true, filter: true })
          .extend({
            classname: z
              .enum(['CsvExportType', 'JsonExportType', 'XlsxExportType'])
              .default('JsonExportType')
              .openapi({ description: 'The format.', example: 'CsvExportType' }),
            view: z
              .enum(['native', 'render'])
              .default('native')
              .openapi({ description: '`render`: `metadata` applies.' }),
            zip: z.enum(['false']).optional().openapi({ description: 'Zipped files are not offered: only `false`.' }),
            metadata: z.string().max(4000).optional().openapi({ description: 'The columns to write (render view).' }),
          }),
      },
      responses: {
        200: {
          description: 'The file',
          content: {
            'text/csv': { schema: z.string() },
            'application/json': { schema: z.array(z.unknown()) },
            [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) },
          },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const p = paging({ ...ListQuery.parse({}), ...q, limit: 0, page: 1 }, OBJECT_SORT);
      const file = await exportObjects(c.var.data.d1(), actorOf(c), {
        format: q.classname,
        filter: p.filter,
        sort: p.sort,
        descending: p.descending,
        columns: q.view === 'render' ? columnsOf(q.metadata) : undefined,
      });
      const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, '_').replace('T', '-');
      const body = typeof file.body === 'string' ? file.body : new Uint8Array(file.body);
      return c.body(body, 200, {
        'content-type': typeof body === 'string' ? `${file.mediaType}; charset=utf-8` : file.mediaType,
        'content-disposition': `attachment; filename=${stamp}.${file.extension}`,
      });
    },
  );
  return app;
}
