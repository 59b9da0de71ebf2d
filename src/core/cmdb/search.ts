import type { SQL } from 'drizzle-orm';
import { AppError } from '../../lib/errors';
import { type ArrayField, compileFilter, type FieldResolver, type FilterNode } from '../filter';
import { type Actor, requireRight } from '../identity/actor';
import { prepare, sql } from '../records/sql';
import { CMDB_RIGHTS, objectReadable, typeReadable } from './acl';
import { allCategories } from './categories';
import type { CmdbObject } from './objects';
import { renderObjects } from './render';

type Db = D1Database | D1DatabaseSession;

/**
 * DATAGERRY's object search (`POST /search/`, `GET /search/quick/count/`), compiled through the filter
 * engine: the query builder's terms become one filter AST over the objects the caller may read (right
 * `base.framework.object.view`, type ACL READ in the SQL). A text term matches an object when one of its
 * field values, or one of the field values of an object its `ref` fields point to (and the caller may
 * read), contains the text, case-insensitively; password fields never match. Terms are ANDed; `type`
 * terms marked `disjunction` are ORed with each other. The text is taken literally: the UI escapes what
 * is not a valid pattern, and a backslash escape stands for the character itself.
 */
export interface SearchTerm {
  searchText?: unknown;
  searchForm: string;
  settings?: { types?: unknown; categories?: unknown } | null;
  disjunction?: boolean;
}

const MAX_RESULTS = 100;

/** Not a password field of `typeOf`'s type (the element aliased `el`). */
const notSecret = (typeOf: SQL) => sql`json_extract(el.value, '$.name') not in (select json_extract(pf.value, '$.name')
    from dg_types pt, json_each(pt.fields) pf where pt.public_id = ${typeOf} and json_extract(pf.value, '$.type') = 'password')`;

const ELEMENT: FieldResolver = {
  resolve(path) {
    if (path === 'value') return { expr: sql`json_extract(el.value, '$.value')`, type: 'json' };
    return { expr: sql`json_extract(el.value, '$.name')`, type: 'text' };
  },
};

/** The searched arrays: the object's own field values, and those of the objects its ref fields point to. */
function searchResolver(actor: Actor): FieldResolver {
  const fields: ArrayField = {
    from: sql`json_each(o.fields) as el`,
    guard: notSecret(sql`o.type_id`),
    element: ELEMENT,
  };
  const references: ArrayField = {
    from: sql`json_each(o.fields) as rf, dg_objects r, json_each(r.fields) as el`,
    guard: sql`r.public_id = json_extract(rf.value, '$.value')
      and json_extract(rf.value, '$.name') in (select json_extract(tf.value, '$.name') from dg_types ot, json_each(ot.fields) tf
        where ot.public_id = o.type_id and json_extract(tf.value, '$.type') = 'ref')
      and exists (select 1 from dg_types rt where rt.public_id = r.type_id and ${typeReadable(actor, 'rt')})
      and ${notSecret(sql`r.type_id`)}`,
    element: ELEMENT,
  };
  const columns: Record<string, 'integer' | 'boolean'> = {
    public_id: 'integer',
    type_id: 'integer',
    active: 'boolean',
  };
  return {
    resolve(path) {
      if (!Object.hasOwn(columns, path))
        throw new AppError('BAD_REQUEST', `Unknown search field '${path.slice(0, 64)}'`);
      return { expr: sql`o.${sql.identifier(path)}`, type: columns[path] };
    },
    array: (path) => (path === 'fields' ? fields : path === 'references' ? references : undefined),
    through: (path) =>
      path === 'fields.value' || path === 'references.value' ? { array: path.split('.')[0], path: 'value' } : undefined,
  };
}

/** The literal text of a search term: `\x` stands for `x` (the UI escapes patterns that are not valid). */
export const literal = (text: string) => text.replace(/\\(.)/g, '$1').trim();

const NOTHING: FilterNode = { kind: 'or', children: [] };
const ids = (value: unknown): number[] =>
  Array.isArray(value) ? value.filter((v): v is number => Number.isInteger(v)).slice(0, 50) : [];

function textNode(text: string): FilterNode {
  return {
    kind: 'or',
    children: ['fields.value', 'references.value'].map((path) => ({
      kind: 'text' as const,
      field: { path },
      fn: 'contains' as const,
      value: text,
    })),
  };
}

/** The query builder's terms as one filter (category terms resolved to their visible types first). */
async function filterOf(db: Db, actor: Actor, terms: SearchTerm[], onlyActive: boolean): Promise<FilterNode> {
  const all: FilterNode[] = [];
  const anyType: FilterNode[] = [];
  for (const term of terms.slice(0, 20)) {
    const text = literal(String(term.searchText ?? ''));
    switch (term.searchForm) {
      case 'text':
      case 'regex':
        if (text) all.push(textNode(text));
        break;
      case 'type': {
        const types = ids(term.settings?.types);
        if (!types.length) break;
        const node: FilterNode = { kind: 'in', field: { path: 'type_id' }, values: types };
        (term.disjunction ? anyType : all).push(node);
        break;
      }
      case 'category': {
        const wanted = ids(term.settings?.categories);
        if (!wanted.length) break;
        const categories = (await allCategories(db, actor)).filter((c) => wanted.includes(c.public_id));
        const types = [...new Set(categories.flatMap((c) => c.types))].slice(0, 50);
        all.push(types.length ? { kind: 'in', field: { path: 'type_id' }, values: types } : NOTHING);
        break;
      }
      case 'publicID':
        all.push(
          /^\d{1,12}$/.test(text)
            ? { kind: 'cmp', field: { path: 'public_id' }, op: 'eq', value: Number(text) }
            : NOTHING,
        );
        break;
    }
  }
  if (anyType.length) all.push({ kind: 'or', children: anyType });
  if (onlyActive) all.push({ kind: 'cmp', field: { path: 'active' }, op: 'eq', value: true });
  return { kind: 'and', children: all };
}

function whereOf(actor: Actor, filter: FilterNode): SQL {
  const condition = compileFilter(filter, searchResolver(actor));
  return condition ? sql`${objectReadable(actor)} and ${condition}` : objectReadable(actor);
}

type Rendered = Awaited<ReturnType<typeof renderObjects>>[number];

/** The rendered fields whose value (or, for a ref, whose target's summaries) contains one of the texts. */
function matchesOf(result: Rendered, texts: string[]) {
  if (!texts.length) return null;
  const hit = (value: unknown) =>
    value !== null && value !== undefined && texts.some((t) => String(value).toLowerCase().includes(t.toLowerCase()));
  const found = result.fields.filter(
    (f) =>
      (f.type !== 'password' && hit(f.value)) ||
      ('reference' in f && Array.isArray(f.reference?.summaries) && f.reference.summaries.some((s) => hit(s.value))),
  );
  return found.length ? found : null;
}

/**
 * Right `object.view`: one page of the objects the terms match (`skip`, `limit` up to 100), rendered for
 * the caller, each with the fields that matched a text; the number of all matches; and the matches per
 * type (`groups`, largest first), as DATAGERRY's search answers them.
 */
export async function searchObjects(
  db: Db,
  actor: Actor,
  terms: SearchTerm[],
  options: { limit: number; skip: number; onlyActive: boolean },
) {
  requireRight(actor, CMDB_RIGHTS.objectView);
  const limit = Math.min(Math.max(options.limit, 0), MAX_RESULTS) || 10;
  const where = whereOf(actor, await filterOf(db, actor, terms, options.onlyActive));
  const [rows, count, groups] = await db.batch([
    prepare(
      db,
      sql`select o.public_id, o.type_id, o.status, o.version, o.creation_time, o.author_id, o.last_edit_time, o.editor_id, o.active, o.fields, o.views
        from dg_objects o where ${where} order by o.public_id limit ${limit} offset ${Math.max(options.skip, 0)}`,
    ),
    prepare(db, sql`select count(*) as n from dg_objects o where ${where}`),
    prepare(
      db,
      sql`select o.type_id, coalesce(t.label, t.name) as label, count(*) as total from dg_objects o join dg_types t on t.public_id = o.type_id
        where ${where} group by o.type_id order by total desc, o.type_id limit 50`,
    ),
  ]);
  const objects = (
    rows.results as unknown as (Omit<CmdbObject, 'active' | 'fields'> & { active: number; fields: string })[]
  ).map((r) => ({ ...r, active: Boolean(r.active), fields: JSON.parse(r.fields) }) as CmdbObject);
  const rendered = await renderObjects(db, objects, actor);
  const texts = terms
    .filter((t) => t.searchForm === 'text' || t.searchForm === 'regex')
    .map((t) => literal(String(t.searchText ?? '')))
    .filter(Boolean);
  return {
    limit,
    skip: options.skip,
    groups: (groups.results as { type_id: number; label: string; total: number }[]).map((g) => ({
      searchText: g.label,
      searchForm: 'type' as const,
      searchLabel: g.label,
      settings: { types: [g.type_id] },
      total: g.total,
    })),
    total_results: (count.results[0] as { n: number }).n,
    number_of_results: rendered.length,
    results: rendered.map((result) => ({ result, matches: matchesOf(result, texts) })),
  };
}

/** Right `object.view`: how many visible objects contain the text, active and inactive. */
export async function quickSearchCount(db: Db, actor: Actor, text: string, onlyActive: boolean) {
  requireRight(actor, CMDB_RIGHTS.objectView);
  const terms: SearchTerm[] = [{ searchText: text, searchForm: 'text' }];
  const where = whereOf(actor, await filterOf(db, actor, terms, onlyActive));
  const row = await prepare(
    db,
    sql`select coalesce(sum(o.active = 1), 0) as active, coalesce(sum(o.active = 0), 0) as inactive, count(*) as total
      from dg_objects o where ${where}`,
  ).first<{ active: number; inactive: number; total: number }>();
  return row ?? { active: 0, inactive: 0, total: 0 };
}
