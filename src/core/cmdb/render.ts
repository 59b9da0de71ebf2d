import type { Actor } from '../identity/actor';
import { prepare, sql } from '../records/sql';
import { objectReadable } from './acl';
import type { CmdbObject, ObjectField } from './objects';
import { maskFields, secretNames } from './secrets';
import { type CmdbType, type TypeField, typesByIds } from './types';

type Db = D1Database | D1DatabaseSession;

/**
 * A stored time as MongoDB's extended JSON, as DATAGERRY answers its native and rendered objects; no time
 * (a never-edited object's `last_edit_time`) is `null`, as MongoDB's JSON writes a null date.
 */
export const mongoDate = (value: string | null) => (value ? { $date: Date.parse(value) } : null);

/** An external link may name `object_id` among its fields: the object's public id (as DATAGERRY does). */
export const OBJECT_ID = 'object_id';

/**
 * An external link's `href` with its placeholders filled, or undefined when the link cannot be made (it is
 * then left out, as DATAGERRY leaves it out). Placeholders follow DATAGERRY, which formats the href with
 * the values of the link's `fields` in order: `{}` takes the next value, `{0}`, `{1}` a given one, `{{` and
 * `}}` are literal braces; Atrium also takes `{<field name>}` for a field the link lists. A link with
 * placeholders needs every listed field to hold a value; a malformed or unknown placeholder drops it.
 * Values are URL-encoded; a password field fills in as empty (never its value).
 */
export function fillHref(
  href: string,
  names: readonly string[],
  values: readonly unknown[],
  secret: ReadonlySet<string> = new Set(),
): string | undefined {
  const text = (i: number) => (secret.has(names[i]) ? '' : encodeURIComponent(String(values[i])));
  let out = '';
  let auto = 0;
  let numbering: 'auto' | 'manual' | undefined;
  let placeholders = 0;
  for (let i = 0; i < href.length; i++) {
    const c = href[i];
    if ((c === '{' || c === '}') && href[i + 1] === c) {
      out += c;
      i++;
    } else if (c === '}') {
      return undefined;
    } else if (c === '{') {
      const end = href.indexOf('}', i);
      if (end < 0) return undefined;
      const key = href.slice(i + 1, end);
      let index: number;
      if (key === '' || /^\d{1,3}$/.test(key)) {
        const mode = key === '' ? 'auto' : 'manual';
        if (numbering && numbering !== mode) return undefined;
        numbering = mode;
        index = key === '' ? auto++ : Number(key);
      } else index = names.indexOf(key);
      if (index < 0 || index >= names.length) return undefined;
      out += text(index);
      placeholders++;
      i = end;
    } else out += c;
  }
  if (placeholders > 0 && values.some((v, i) => !secret.has(names[i]) && (v === null || v === undefined || v === '')))
    return undefined;
  return out;
}

/** What a `ref` field shows of its target: DATAGERRY's TypeReference (object_id 0: none, or not visible). */
interface Reference {
  type_id: number;
  object_id: number;
  type_label: string;
  icon: string;
  prefix: boolean;
  line: string;
  summaries: { value: string; type: string }[];
}
const NO_REFERENCE: Reference = {
  type_id: 0,
  object_id: 0,
  type_label: '',
  icon: '',
  prefix: false,
  line: '',
  summaries: [],
};

/**
 * The targets of the objects' `ref` fields the actor may read (type ACL READ: a hidden target is shown as
 * no reference, like a missing one), each with its type's summary values (passwords masked).
 */
async function references(db: Db, actor: Actor, objects: CmdbObject[], types: Map<number, CmdbType>) {
  const ids = new Set<number>();
  for (const o of objects)
    for (const def of types.get(o.type_id)?.fields ?? [])
      if (def.type === 'ref') {
        const value = o.fields.find((f) => f.name === def.name)?.value;
        if (typeof value === 'number' && Number.isInteger(value)) ids.add(value);
      }
  const out = new Map<number, Reference>();
  if (ids.size === 0) return out;
  const { results } = await prepare(
    db,
    sql`select o.public_id, o.type_id, o.fields from dg_objects o
      where o.public_id in (select value from json_each(${JSON.stringify([...ids].slice(0, 500))})) and ${objectReadable(actor)}`,
  ).all<{ public_id: number; type_id: number; fields: string }>();
  const targetTypes = await typesByIds(
    db,
    results.map((r) => r.type_id),
  );
  for (const r of results) {
    const type = targetTypes.get(r.type_id);
    const values = maskFields(JSON.parse(r.fields) as ObjectField[], type);
    const names = type?.render_meta.summary?.fields ?? [];
    out.set(r.public_id, {
      type_id: r.type_id,
      object_id: r.public_id,
      type_label: type?.label ?? type?.name ?? '',
      icon: type?.render_meta.icon ?? '',
      prefix: false,
      line: '',
      summaries: names.map((name) => ({
        value: String(values.find((f) => f.name === name)?.value ?? ''),
        type: type?.fields.find((f) => f.name === name)?.type ?? 'text',
      })),
    });
  }
  return out;
}

/**
 * What every object of one type renders alike, worked out once per type and page: each field's definition
 * as the type holds it (`options` of a select, `ref_types` of a ref, `required`…) with its `label`, to which
 * an object adds its `value` (and a ref field its `reference`), as DATAGERRY renders them; the definition's
 * own `value` (a default) is answered as `default`, never for a password field. Also the summaries' fields
 * and the type information.
 */
interface TypePlan {
  defs: TypeField[];
  secret: Set<string>;
  /** `base` is the definition without its `value` (typed as the field: the object's value replaces it). */
  fields: { def: TypeField; base: TypeField & { default?: unknown; label: string } }[];
  summaries: { type: string; name: string; label: string }[];
  information: ReturnType<typeof typeInformation>;
}

function typeInformation(typeId: number, type: CmdbType | undefined, names: Map<number, string>) {
  return {
    type_id: typeId,
    type_name: type?.name ?? null,
    type_label: type?.label ?? null,
    creation_time: mongoDate(type?.creation_time ?? null),
    author_id: type?.author_id ?? null,
    author_name: type?.author_id == null ? null : (names.get(type.author_id) ?? null),
    icon: type?.render_meta.icon ?? '',
    active: type?.active ?? false,
    version: type?.version ?? null,
    acl: type?.acl ?? { activated: false, groups: { includes: {} } },
  };
}

function typePlan(typeId: number, type: CmdbType | undefined, names: Map<number, string>): TypePlan {
  const defs = type?.fields ?? [];
  const secret = secretNames(defs);
  return {
    defs,
    secret,
    fields: defs.map((def) => {
      const { value: preset, ...definition } = def;
      const base = {
        ...definition,
        ...(preset !== undefined && !secret.has(def.name) ? { default: preset } : {}),
        label: def.label ?? def.name,
      };
      return { def, base: base as TypeField & { default?: unknown; label: string } };
    }),
    summaries: (type?.render_meta.summary?.fields ?? []).map((name) => {
      const def = defs.find((f) => f.name === name);
      return { type: def?.type ?? 'text', name, label: def?.label ?? name };
    }),
    information: typeInformation(typeId, type, names),
  };
}

/**
 * The "render" view of objects: object and type information, fields with their definitions, sections,
 * summaries with the summary line, and externals whose `href` has the field values filled in.
 * Types and authors' names come from one query each for the page. `objects` are ones the caller was
 * allowed to read (objects.ts); with the `actor`, `ref` fields carry what their targets show to it.
 */
export async function renderObjects(db: Db, objects: CmdbObject[], actor?: Actor) {
  const types = await typesByIds(
    db,
    objects.map((o) => o.type_id),
  );
  const targets = actor ? await references(db, actor, objects, types) : new Map<number, Reference>();
  const userIds = [
    ...new Set(
      objects
        .flatMap((o) => [o.author_id, o.editor_id])
        .concat([...types.values()].map((t) => t.author_id))
        .filter((v): v is number => v !== null),
    ),
  ];
  const { results } = userIds.length
    ? await db
        .prepare('select id, login from users where id in (select value from json_each(?))')
        .bind(JSON.stringify(userIds))
        .all<{ id: number; login: string }>()
    : { results: [] };
  const names = new Map(results.map((r) => [r.id, r.login]));
  const date = mongoDate;
  const plans = new Map<number, TypePlan>();
  return objects.map((o) => {
    const type = types.get(o.type_id);
    let plan = plans.get(o.type_id);
    if (!plan) {
      plan = typePlan(o.type_id, type, names);
      plans.set(o.type_id, plan);
    }
    // Password fields never leave as values, even rendered: `********` (masked again here, whatever the caller did).
    const values = maskFields(o.fields, type);
    // The first field of each name, as a search of the list from the start finds it.
    const byName = new Map<string, unknown>();
    for (const f of values) if (!byName.has(f.name)) byName.set(f.name, f.value);
    const shown = (name: string) => byName.get(name) ?? null;
    const fields = plan.fields.map(({ def, base }) => {
      const value = shown(def.name);
      const target = typeof value === 'number' ? targets.get(value) : undefined;
      const reference = actor && value !== null ? (target ?? NO_REFERENCE) : undefined;
      return def.type === 'ref' && reference ? { ...base, value, reference } : { ...base, value };
    });
    const summaries = plan.summaries.map((base) => ({ ...base, value: shown(base.name) }));
    return {
      current_render_time: { $date: Date.now() },
      object_information: {
        object_id: o.public_id,
        creation_time: date(o.creation_time),
        last_edit_time: date(o.last_edit_time),
        author_id: o.author_id,
        author_name: o.author_id === null ? null : (names.get(o.author_id) ?? null),
        editor_id: o.editor_id,
        editor_name: o.editor_id === null ? null : (names.get(o.editor_id) ?? null),
        active: o.active,
        version: o.version,
      },
      type_information: plan.information,
      fields,
      sections: type?.render_meta.sections ?? [],
      summaries,
      summary_line: summaries.map((s) => (s.value === null ? '' : String(s.value))).join(' | '),
      externals: (type?.render_meta.externals ?? []).flatMap((e) => {
        const values = (e.fields ?? []).map((name) =>
          name === OBJECT_ID && !plan.defs.some((f) => f.name === OBJECT_ID) ? o.public_id : shown(name),
        );
        const href = fillHref(e.href, e.fields ?? [], values, plan.secret);
        return href === undefined ? [] : [{ ...e, href }];
      }),
    };
  });
}
