import { AppError } from '../../lib/errors';
import { type Actor, auditUser, requireRight, requireWrite } from '../identity/actor';
import { auditStatement, auditStatementReading } from '../ops/audit';
import { sql } from '../records/sql';
import { columnResolver, type TablePageQuery, tablePage } from './table-page';

type Db = D1Database | D1DatabaseSession;

/**
 * DATAGERRY's DocAPI templates: an HTML document (`template_data`, `template_style`) for objects of one
 * type (`template_type: "OBJECT"`, `template_parameters: {type: <type id>}`). Rights
 * `base.docapi.template.{view,add,edit,delete}`; a read-only user writes none. Rendering a template of an
 * object to PDF: docapi-render.ts.
 */
export const DOCAPI_RIGHTS = {
  view: 'base.docapi.template.view',
  add: 'base.docapi.template.add',
  edit: 'base.docapi.template.edit',
  delete: 'base.docapi.template.delete',
} as const;

export interface DocTemplate {
  public_id: number;
  name: string;
  label: string | null;
  description: string | null;
  active: boolean;
  author_id: number | null;
  template_data: string;
  template_style: string;
  template_type: string;
  template_parameters: Record<string, unknown>;
}
export type DocTemplateInput = Partial<Omit<DocTemplate, 'public_id' | 'author_id'>> & { name: string };
interface Row extends Omit<DocTemplate, 'active' | 'template_parameters'> {
  active: number;
  template_parameters: string;
}

export const DOC_TEMPLATE_SORT = ['public_id', 'name', 'label', 'active', 'template_type'] as const;
const COLUMNS =
  'public_id, name, label, description, active, author_id, template_data, template_style, template_type, template_parameters';
const parse = (r: Row): DocTemplate => ({
  ...r,
  active: Boolean(r.active),
  template_parameters: JSON.parse(r.template_parameters),
});

const KINDS: Record<string, 'integer' | 'text' | 'boolean'> = {
  public_id: 'integer',
  name: 'text',
  label: 'text',
  description: 'text',
  active: 'boolean',
  author_id: 'integer',
  template_type: 'text',
};
const resolver = columnResolver('d', KINDS, (path) =>
  path === 'template_parameters.type'
    ? { expr: sql`json_extract(d.template_parameters, '$.type')`, type: 'integer' }
    : undefined,
);

/** Right `docapi.template.view`: one page and the number of templates the filter matches. */
export async function listDocTemplates(db: Db, actor: Actor, o: TablePageQuery) {
  requireRight(actor, DOCAPI_RIGHTS.view);
  const page = await tablePage<Row>(
    db,
    { table: 'dg_docapi_templates', alias: 'd', columns: COLUMNS, sortable: DOC_TEMPLATE_SORT, resolver },
    o,
  );
  return { templates: page.rows.map(parse), total: page.total };
}

/** JSON with its object keys sorted: two documents are equal when these are. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

const BY_KEYS = ['public_id', 'name', 'label', 'active', 'template_type', 'template_parameters'] as const;

/**
 * Right `docapi.template.view`: the templates equal to `requirements` on each key it names (as MongoDB
 * matches `{template_type: "OBJECT", template_parameters: {type: 1}}`: an embedded document equals as a
 * whole). At most 1000.
 */
export async function docTemplatesBy(db: Db, actor: Actor, requirements: Record<string, unknown>) {
  requireRight(actor, DOCAPI_RIGHTS.view);
  const unknown = Object.keys(requirements).find((k) => !(BY_KEYS as readonly string[]).includes(k));
  if (unknown) throw new AppError('BAD_REQUEST', `Unknown template key '${unknown.slice(0, 64)}'`);
  const { results } = await db
    .prepare(`select ${COLUMNS} from dg_docapi_templates order by public_id limit 1000`)
    .all<Row>();
  return results
    .map(parse)
    .filter((t) =>
      Object.entries(requirements).every(
        ([key, wanted]) => canonical(t[key as keyof DocTemplate]) === canonical(wanted),
      ),
    );
}

async function stored(db: Db, id: number): Promise<DocTemplate> {
  const row = await db.prepare(`select ${COLUMNS} from dg_docapi_templates where public_id = ?`).bind(id).first<Row>();
  if (!row) throw new AppError('NOT_FOUND', `Template ${id} not found`);
  return parse(row);
}

/** Right `docapi.template.view`. */
export async function readDocTemplate(db: Db, actor: Actor, id: number): Promise<DocTemplate> {
  requireRight(actor, DOCAPI_RIGHTS.view);
  return stored(db, id);
}

/** Right `docapi.template.view`: the template of that name (404 when there is none). */
export async function docTemplateByName(db: Db, actor: Actor, name: string): Promise<DocTemplate> {
  requireRight(actor, DOCAPI_RIGHTS.view);
  const row = await db.prepare(`select ${COLUMNS} from dg_docapi_templates where name = ?`).bind(name).first<Row>();
  if (!row) throw new AppError('NOT_FOUND', `Template ${name.slice(0, 64)} not found`);
  return parse(row);
}

async function nameTaken(db: Db, name: string, id = 0) {
  if (await db.prepare('select 1 from dg_docapi_templates where name = ? and public_id <> ?').bind(name, id).first())
    throw new AppError('CONFLICT', `Template ${name.slice(0, 64)} already exists`);
}

const values = (t: DocTemplateInput, before?: DocTemplate) => [
  t.name,
  t.label ?? null,
  t.description ?? null,
  (t.active ?? before?.active ?? true) ? 1 : 0,
  t.template_data ?? before?.template_data ?? '',
  t.template_style ?? before?.template_style ?? '',
  t.template_type ?? before?.template_type ?? 'OBJECT',
  JSON.stringify(t.template_parameters ?? before?.template_parameters ?? {}),
];

/** Right `docapi.template.add`: the new template, its author the caller. */
export async function insertDocTemplate(db: Db, actor: Actor, input: DocTemplateInput): Promise<DocTemplate> {
  requireWrite(actor, DOCAPI_RIGHTS.add);
  await nameTaken(db, input.name);
  const [row] = await db.batch([
    db
      .prepare(
        `insert into dg_docapi_templates (name, label, description, active, template_data, template_style, template_type, template_parameters, author_id)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning ${COLUMNS}`,
      )
      .bind(...values(input), actor.userId || null),
    auditStatementReading(
      db,
      {
        user: auditUser(actor),
        table: 'dg_docapi_templates',
        action: 'INSERT',
        after: input,
        requestId: actor.requestId,
      },
      'select cast(public_id as text) from dg_docapi_templates where name = ?',
      input.name,
    ),
  ]);
  return parse((row.results as unknown as Row[])[0]);
}

/** Right `docapi.template.edit`: replaces the template named by `public_id`. */
export async function updateDocTemplate(db: Db, actor: Actor, id: number, input: DocTemplateInput) {
  requireWrite(actor, DOCAPI_RIGHTS.edit);
  const before = await stored(db, id);
  await nameTaken(db, input.name, id);
  const [, row] = await db.batch([
    auditStatement(db, {
      user: auditUser(actor),
      table: 'dg_docapi_templates',
      recordId: id,
      action: 'UPDATE',
      before,
      after: input,
      requestId: actor.requestId,
    }),
    db
      .prepare(
        `update dg_docapi_templates set name = ?, label = ?, description = ?, active = ?, template_data = ?, template_style = ?,
         template_type = ?, template_parameters = ? where public_id = ? returning ${COLUMNS}`,
      )
      .bind(...values(input, before), id),
  ]);
  return parse((row.results as unknown as Row[])[0]);
}

/** Right `docapi.template.delete`: answers the deleted template. */
export async function deleteDocTemplate(db: Db, actor: Actor, id: number): Promise<DocTemplate> {
  requireWrite(actor, DOCAPI_RIGHTS.delete);
  const before = await stored(db, id);
  await db.batch([
    auditStatement(db, {
      user: auditUser(actor),
      table: 'dg_docapi_templates',
      recordId: id,
      action: 'DELETE',
      before,
      requestId: actor.requestId,
    }),
    db.prepare('delete from dg_docapi_templates where public_id = ?').bind(id),
  ]);
  return before;
}
