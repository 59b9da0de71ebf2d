import { AppError } from '../../lib/errors';
import { type Actor, auditUser, requireRight, requireWrite } from '../identity/actor';
import { auditStatement, auditStatementReading } from '../ops/audit';
import { prepare, sql } from '../records/sql';
import { objectReadable, typeReadable } from './acl';
import { columnResolver, type TablePageQuery, tablePage } from './table-page';
import { FIELD_TYPES, type TypeField } from './types';

type Db = D1Database | D1DatabaseSession;

/**
 * DATAGERRY's section templates: a named, labelled set of field definitions the type builder drops into
 * a type as a section. Rights `base.framework.sectionTemplate.{view,add,edit,delete}`; a read-only user
 * writes none; a predefined template cannot be deleted (409). A type keeps its own copy of a template's
 * fields: editing a global template does not rewrite the types using it (DATAGERRY does); `usage` counts
 * the visible types with a section of the template's name and their objects.
 */
export const SECTION_TEMPLATE_RIGHTS = {
  view: 'base.framework.sectionTemplate.view',
  add: 'base.framework.sectionTemplate.add',
  edit: 'base.framework.sectionTemplate.edit',
  delete: 'base.framework.sectionTemplate.delete',
} as const;

export interface SectionTemplate {
  public_id: number;
  name: string;
  label: string | null;
  type: string;
  is_global: boolean;
  predefined: boolean;
  fields: TypeField[];
}
export interface SectionTemplateInput {
  name: string;
  label?: string | null;
  is_global?: boolean;
  predefined?: boolean;
  fields: TypeField[];
}
interface Row extends Omit<SectionTemplate, 'is_global' | 'predefined' | 'fields'> {
  is_global: number;
  predefined: number;
  fields: string;
}

export const SECTION_TEMPLATE_SORT = ['public_id', 'name', 'label', 'is_global', 'predefined'] as const;
const COLUMNS = 'public_id, name, label, type, is_global, predefined, fields';
const parse = (r: Row): SectionTemplate => ({
  ...r,
  is_global: Boolean(r.is_global),
  predefined: Boolean(r.predefined),
  fields: JSON.parse(r.fields),
});
const KINDS: Record<string, 'integer' | 'text' | 'boolean'> = {
  public_id: 'integer',
  name: 'text',
  label: 'text',
  type: 'text',
  is_global: 'boolean',
  predefined: 'boolean',
};
const resolver = columnResolver('s', KINDS);

/** Right `sectionTemplate.view`: one page and the number of templates the filter matches. */
export async function listSectionTemplates(db: Db, actor: Actor, o: TablePageQuery) {
  requireRight(actor, SECTION_TEMPLATE_RIGHTS.view);
  const page = await tablePage<Row>(
    db,
    { table: 'dg_section_templates', alias: 's', columns: COLUMNS, sortable: SECTION_TEMPLATE_SORT, resolver },
    o,
  );
  return { templates: page.rows.map(parse), total: page.total };
}

async function stored(db: Db, id: number): Promise<SectionTemplate> {
  const row = await db.prepare(`select ${COLUMNS} from dg_section_templates where public_id = ?`).bind(id).first<Row>();
  if (!row) throw new AppError('NOT_FOUND', `Section template ${id} not found`);
  return parse(row);
}

/** Right `sectionTemplate.view`. */
export async function readSectionTemplate(db: Db, actor: Actor, id: number): Promise<SectionTemplate> {
  requireRight(actor, SECTION_TEMPLATE_RIGHTS.view);
  return stored(db, id);
}

/** Right `sectionTemplate.view`: the visible types with a section of the template's name, and their objects. */
export async function sectionTemplateUsage(db: Db, actor: Actor, id: number) {
  const template = await readSectionTemplate(db, actor, id);
  if (!template.is_global) return { types: 0, objects: 0 };
  const using = sql`exists (select 1 from json_each(t.render_meta, '$.sections') sec where json_extract(sec.value, '$.name') = ${template.name})`;
  const row = await prepare(
    db,
    sql`select (select count(*) from dg_types t where ${using} and ${typeReadable(actor, 't')}) as types,
      (select count(*) from dg_objects o join dg_types t on t.public_id = o.type_id where ${using} and ${objectReadable(actor)}) as objects`,
  ).first<{ types: number; objects: number }>();
  return row ?? { types: 0, objects: 0 };
}

/** Field names unique, of known types. */
function check(input: SectionTemplateInput): void {
  const names = new Set<string>();
  for (const field of input.fields) {
    if (!FIELD_TYPES.includes(field.type as (typeof FIELD_TYPES)[number]))
      throw new AppError('BAD_REQUEST', `Unknown field type '${String(field.type).slice(0, 32)}'`);
    if (names.has(field.name)) throw new AppError('BAD_REQUEST', `Field '${field.name}' is given twice`);
    names.add(field.name);
  }
}

async function nameTaken(db: Db, name: string, id = 0): Promise<void> {
  if (await db.prepare('select 1 from dg_section_templates where name = ? and public_id <> ?').bind(name, id).first())
    throw new AppError('CONFLICT', `Section template ${name} already exists`);
}

/** Right `sectionTemplate.add`: answers the new template. */
export async function insertSectionTemplate(db: Db, actor: Actor, input: SectionTemplateInput) {
  requireWrite(actor, SECTION_TEMPLATE_RIGHTS.add);
  check(input);
  await nameTaken(db, input.name);
  const [row] = await db.batch([
    db
      .prepare(
        `insert into dg_section_templates (name, label, is_global, predefined, fields) values (?, ?, ?, ?, ?) returning ${COLUMNS}`,
      )
      .bind(
        input.name,
        input.label ?? null,
        input.is_global ? 1 : 0,
        input.predefined ? 1 : 0,
        JSON.stringify(input.fields),
      ),
    auditStatementReading(
      db,
      {
        user: auditUser(actor),
        table: 'dg_section_templates',
        action: 'INSERT',
        after: input,
        requestId: actor.requestId,
      },
      'select cast(public_id as text) from dg_section_templates where name = ?',
      input.name,
    ),
  ]);
  return parse((row.results as unknown as Row[])[0]);
}

/** Right `sectionTemplate.edit`: replaces the template's name, label, flags and fields. */
export async function updateSectionTemplate(db: Db, actor: Actor, id: number, input: SectionTemplateInput) {
  requireWrite(actor, SECTION_TEMPLATE_RIGHTS.edit);
  check(input);
  const before = await stored(db, id);
  await nameTaken(db, input.name, id);
  const [, row] = await db.batch([
    auditStatement(db, {
      user: auditUser(actor),
      table: 'dg_section_templates',
      recordId: id,
      action: 'UPDATE',
      before,
      after: input,
      requestId: actor.requestId,
    }),
    db
      .prepare(
        `update dg_section_templates set name = ?, label = ?, is_global = ?, predefined = ?, fields = ? where public_id = ? returning ${COLUMNS}`,
      )
      .bind(
        input.name,
        input.label ?? null,
        input.is_global ? 1 : 0,
        (input.predefined ?? before.predefined) ? 1 : 0,
        JSON.stringify(input.fields),
        id,
      ),
  ]);
  return parse((row.results as unknown as Row[])[0]);
}

/** Right `sectionTemplate.delete`; a predefined template stays (409). */
export async function deleteSectionTemplate(db: Db, actor: Actor, id: number): Promise<SectionTemplate> {
  requireWrite(actor, SECTION_TEMPLATE_RIGHTS.delete);
  const before = await stored(db, id);
  if (before.predefined) throw new AppError('CONFLICT', `Section template ${id} is predefined and cannot be deleted`);
  await db.batch([
    auditStatement(db, {
      user: auditUser(actor),
      table: 'dg_section_templates',
      recordId: id,
      action: 'DELETE',
      before,
      requestId: actor.requestId,
    }),
    db.prepare('delete from dg_section_templates where public_id = ?').bind(id),
  ]);
  return before;
}
