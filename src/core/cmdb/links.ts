import type { SQL } from 'drizzle-orm';
import { AppError } from '../../lib/errors';
import { compileFilter, type FieldResolver, type FilterNode } from '../filter';
import { type Actor, auditUser, requireRight, requireWrite } from '../identity/actor';
import { auditStatement, auditStatementReading } from '../ops/audit';
import { prepare, sql } from '../records/sql';
import { type AclPermission, CMDB_RIGHTS, canOnType, objectReadable } from './acl';
import { unknownField } from './table-page';
import { typesByIds } from './types';

type Db = D1Database | D1DatabaseSession;

/**
 * DATAGERRY's object links: an undirected pair of objects (`primary`, `secondary`). A link is seen only
 * when the caller may read both objects (type ACL READ), else it is missing; making one needs
 * `base.framework.object.add` and the ACL's CREATE on both objects' types, removing one
 * `base.framework.object.delete` and DELETE on both (DATAGERRY checks the same permissions). A link goes
 * with either of its objects (ON DELETE CASCADE: the object's own audit row records the delete).
 */
export interface ObjectLink {
  public_id: number;
  primary: number;
  secondary: number;
  creation_time: { $date: number };
}
interface Row {
  public_id: number;
  primary_id: number;
  secondary_id: number;
  creation_time: string;
}

export const LINK_SORT = ['public_id', 'primary', 'secondary', 'creation_time'] as const;
const COLUMNS: Record<(typeof LINK_SORT)[number], { expr: SQL; type: 'integer' | 'timestamp' }> = {
  public_id: { expr: sql`l.public_id`, type: 'integer' },
  primary: { expr: sql`l.primary_id`, type: 'integer' },
  secondary: { expr: sql`l.secondary_id`, type: 'integer' },
  creation_time: { expr: sql`l.creation_time`, type: 'timestamp' },
};
const resolver: FieldResolver = {
  resolve(path) {
    if (Object.hasOwn(COLUMNS, path)) return COLUMNS[path as keyof typeof COLUMNS];
    throw unknownField(path);
  },
};

const shape = (r: Row): ObjectLink => ({
  public_id: r.public_id,
  primary: r.primary_id,
  secondary: r.secondary_id,
  creation_time: { $date: Date.parse(r.creation_time) },
});

/** Links (alias `l`) whose two objects the actor may read. */
function bothReadable(actor: Actor): SQL {
  const readable = (column: SQL) =>
    sql`exists (select 1 from dg_objects o where o.public_id = ${column} and ${objectReadable(actor)})`;
  return sql`${readable(sql`l.primary_id`)} and ${readable(sql`l.secondary_id`)}`;
}

export interface LinkListOptions {
  limit: number;
  offset: number;
  sort: string;
  descending: boolean;
  filter?: FilterNode;
}

/** Right `object.view`: a page of the links the actor may see, and their number. */
export async function listLinks(db: Db, actor: Actor, options: LinkListOptions) {
  requireRight(actor, CMDB_RIGHTS.objectView);
  const sort = COLUMNS[options.sort as keyof typeof COLUMNS];
  if (!sort) throw new AppError('BAD_REQUEST', 'Invalid sort');
  const conditions = [bothReadable(actor), compileFilter(options.filter, resolver)].filter(
    (c): c is SQL => c !== undefined,
  );
  const where = sql.join(conditions, sql` and `);
  const dir = sql.raw(options.descending ? 'desc' : 'asc');
  const [rows, count] = await db.batch([
    prepare(
      db,
      sql`select l.public_id, l.primary_id, l.secondary_id, l.creation_time from dg_object_links l where ${where}
        order by ${sort.expr} ${dir}, l.public_id ${dir} limit ${options.limit} offset ${options.offset}`,
    ),
    prepare(db, sql`select count(*) as n from dg_object_links l where ${where}`),
  ]);
  return {
    links: (rows.results as unknown as Row[]).map(shape),
    total: (count.results[0] as { n: number }).n,
  };
}

/** Both objects, visible to the actor (else 400: a body naming a hidden object is refused like a missing one). */
async function pairTypes(
  db: Db,
  actor: Actor,
  ids: number[],
  permission: AclPermission,
  missing: 'BAD_REQUEST' | 'NOT_FOUND',
) {
  const { results } = await prepare(
    db,
    sql`select o.public_id, o.type_id from dg_objects o
      where o.public_id in (select value from json_each(${JSON.stringify(ids)})) and ${objectReadable(actor)}`,
  ).all<{ public_id: number; type_id: number }>();
  const absent = ids.find((id) => !results.some((r) => r.public_id === id));
  if (absent !== undefined) throw new AppError(missing, `Object ${absent} not found`);
  const types = await typesByIds(
    db,
    results.map((r) => r.type_id),
  );
  for (const r of results) {
    const type = types.get(r.type_id);
    if (!type || !canOnType(actor, type, permission))
      throw new AppError('FORBIDDEN', `No ${permission} permission on objects of type ${r.type_id}`);
  }
}

/** Right `object.add`, CREATE on both objects' types; a pair is linked once (either way round: 409). */
export async function insertLink(db: Db, actor: Actor, input: { primary: number; secondary: number }) {
  requireWrite(actor, CMDB_RIGHTS.objectAdd);
  const { primary, secondary } = input;
  if (primary === secondary) throw new AppError('BAD_REQUEST', 'An object cannot be linked with itself');
  await pairTypes(db, actor, [primary, secondary], 'CREATE', 'BAD_REQUEST');
  const exists = await db
    .prepare(
      'select 1 from dg_object_links where (primary_id = ? and secondary_id = ?) or (primary_id = ? and secondary_id = ?)',
    )
    .bind(primary, secondary, secondary, primary)
    .first();
  if (exists) throw new AppError('CONFLICT', `Objects ${primary} and ${secondary} are already linked`);
  const [inserted] = await db.batch([
    db
      .prepare(
        'insert into dg_object_links (primary_id, secondary_id) values (?, ?) returning public_id, primary_id, secondary_id, creation_time',
      )
      .bind(primary, secondary),
    auditStatementReading(
      db,
      { user: auditUser(actor), table: 'dg_object_links', action: 'INSERT', after: input, requestId: actor.requestId },
      'select cast(public_id as text) from dg_object_links where primary_id = ? and secondary_id = ?',
      primary,
      secondary,
    ),
  ]);
  return shape((inserted.results as unknown as Row[])[0]);
}

/** Right `object.delete`, DELETE on both objects' types; a link the actor cannot see is 404. */
export async function deleteLink(db: Db, actor: Actor, id: number): Promise<ObjectLink> {
  requireWrite(actor, CMDB_RIGHTS.objectDelete);
  const row = await prepare(
    db,
    sql`select l.public_id, l.primary_id, l.secondary_id, l.creation_time from dg_object_links l
      where l.public_id = ${id} and ${bothReadable(actor)}`,
  ).first<Row>();
  if (!row) throw new AppError('NOT_FOUND', `Object link ${id} not found`);
  await pairTypes(db, actor, [row.primary_id, row.secondary_id], 'DELETE', 'NOT_FOUND');
  const link = shape(row);
  await db.batch([
    auditStatement(db, {
      user: auditUser(actor),
      table: 'dg_object_links',
      recordId: id,
      action: 'DELETE',
      before: { primary: link.primary, secondary: link.secondary },
      requestId: actor.requestId,
    }),
    db.prepare('delete from dg_object_links where public_id = ?').bind(id),
  ]);
  return link;
}
