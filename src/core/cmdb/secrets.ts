import { AppError } from '../../lib/errors';
import { decrypt, encrypt, isEncrypted } from '../ops/encryption';
import type { CmdbType, TypeField } from './type-model';

type Db = D1Database | D1DatabaseSession;

/**
 * DATAGERRY `password` fields. Their values are stored AES-GCM encrypted with ENCRYPTION_KEY (`ENC:…`,
 * src/core/ops/encryption.ts), answered to everyone as `********` (native, render, lists, projections,
 * write answers), written to audit_log as `********` too, and never used as filter paths. Nothing
 * decrypts them for a reader: decryption only tells whether an update changes the value.
 */
export const MASK = '********';

interface Field {
  name: string;
  value: unknown;
}

export function secretNames(fields: readonly TypeField[] | undefined): Set<string> {
  return new Set((fields ?? []).filter((f) => f.type === 'password').map((f) => f.name));
}

const empty = (value: unknown) => value === null || value === undefined || value === '';

/**
 * The fields as any reader sees them: a password field's value is `********` (empty stays empty). A
 * leftover field the type no longer defines is masked too when it holds a ciphertext.
 */
/** A type's password and defined field names, worked out once per type object (a page renders many objects of one type). */
const namesOfType = new WeakMap<CmdbType, { secret: Set<string>; known: Set<string> }>();
function typeNames(type: CmdbType | undefined): { secret: Set<string>; known: Set<string> } {
  if (!type) return { secret: new Set(), known: new Set() };
  let names = namesOfType.get(type);
  if (!names) {
    names = { secret: secretNames(type.fields), known: new Set(type.fields.map((f) => f.name)) };
    namesOfType.set(type, names);
  }
  return names;
}

export function maskFields<F extends Field>(fields: F[], type: CmdbType | undefined): F[] {
  const { secret, known } = typeNames(type);
  return fields.map((f) => {
    const hidden = secret.has(f.name) || (!known.has(f.name) && typeof f.value === 'string' && isEncrypted(f.value));
    return hidden ? { ...f, value: empty(f.value) ? (f.value ?? null) : MASK } : f;
  });
}

export function maskObject<O extends { fields: Field[] }>(object: O, type: CmdbType | undefined): O {
  return { ...object, fields: maskFields(object.fields, type) };
}

/** A stored value kept as it is, encrypted first when it is a legacy clear value. */
async function keep(env: Cloudflare.Env, stored: unknown): Promise<unknown> {
  if (empty(stored)) return stored ?? null;
  return typeof stored === 'string' && isEncrypted(stored) ? stored : encrypt(String(stored), env.ENCRYPTION_KEY);
}

/** True when the stored ciphertext holds exactly `clear` (then the write keeps it: no spurious change). */
async function sameSecret(env: Cloudflare.Env, stored: unknown, clear: string): Promise<boolean> {
  if (typeof stored !== 'string' || !isEncrypted(stored)) return false;
  try {
    return (await decrypt(stored, env.ENCRYPTION_KEY)) === clear;
  } catch {
    return false;
  }
}

/**
 * The password values of a validated write, ready to store: `********` keeps the stored value (none stays
 * none), the unchanged clear value keeps its ciphertext, any other value is encrypted (even one that
 * looks like a ciphertext: a client never sees one). A required password field must end up with a value.
 */
export async function sealFields<F extends Field>(
  env: Cloudflare.Env,
  type: CmdbType,
  fields: F[],
  previous: readonly Field[] = [],
): Promise<F[]> {
  const secret = secretNames(type.fields);
  const sealed: F[] = [];
  for (const field of fields) {
    if (!secret.has(field.name)) {
      sealed.push(field);
      continue;
    }
    const stored = previous.find((p) => p.name === field.name)?.value ?? null;
    let value: unknown;
    if (field.value === MASK) value = await keep(env, stored);
    else if (empty(field.value)) value = field.value ?? null;
    else if (await sameSecret(env, stored, String(field.value))) value = stored;
    else value = await encrypt(String(field.value), env.ENCRYPTION_KEY);
    if (empty(value) && type.fields.find((f) => f.name === field.name)?.required)
      throw new AppError('BAD_REQUEST', `Field '${field.name}' is required`);
    sealed.push({ ...field, value });
  }
  return sealed;
}

/** A converted object's fields before and after, masked, for its audit row. */
export interface ConvertedImage {
  id: number;
  before: Field[];
  after: Field[];
}

// Each converted object is one statement of the type update's batch.
const MAX_CONVERTED = 500;

/**
 * Statements converting the type's objects when a type update changes which fields are passwords: values
 * of a field that becomes a password are encrypted; values of a password field that is retyped or removed
 * are dropped (null), so an edit of the type never turns a secret into readable text. Bounded: a type
 * with more objects holding such values is a 409. Returns the statements and the converted objects' ids.
 */
export async function secretFieldChanges(
  db: Db,
  env: Cloudflare.Env,
  before: CmdbType,
  afterFields: readonly TypeField[],
): Promise<{ statements: D1PreparedStatement[]; converted: number[]; images: ConvertedImage[] }> {
  const was = secretNames(before.fields);
  const now = secretNames([...afterFields]);
  const becoming = [...now].filter((n) => !was.has(n));
  const leaving = [...was].filter((n) => !now.has(n));
  if (becoming.length === 0 && leaving.length === 0) return { statements: [], converted: [], images: [] };
  const { results } = await db
    .prepare(
      `select public_id, fields from dg_objects where type_id = ? and exists (
        select 1 from json_each(dg_objects.fields) f
        where json_extract(f.value, '$.name') in (select value from json_each(?))
          and json_extract(f.value, '$.value') is not null)
      order by public_id limit ?`,
    )
    .bind(before.public_id, JSON.stringify([...becoming, ...leaving]), MAX_CONVERTED + 1)
    .all<{ public_id: number; fields: string }>();
  if (results.length > MAX_CONVERTED)
    throw new AppError(
      'CONFLICT',
      `Type ${before.public_id} has more than ${MAX_CONVERTED} objects with values in fields that become or stop being password fields`,
    );
  const statements: D1PreparedStatement[] = [];
  const images: ConvertedImage[] = [];
  // For the audit images: a field that was or becomes a password is masked on both sides.
  const masked = (list: Field[]) =>
    list.map((f) =>
      was.has(f.name) || now.has(f.name) ? { ...f, value: empty(f.value) ? (f.value ?? null) : MASK } : f,
    );
  for (const row of results) {
    const fields = JSON.parse(row.fields) as Field[];
    const converted: Field[] = [];
    for (const f of fields) {
      if (leaving.includes(f.name)) converted.push({ name: f.name, value: null });
      else if (becoming.includes(f.name) && !empty(f.value))
        converted.push({ name: f.name, value: await encrypt(String(f.value), env.ENCRYPTION_KEY) });
      else converted.push(f);
    }
    statements.push(
      db.prepare('update dg_objects set fields = ? where public_id = ?').bind(JSON.stringify(converted), row.public_id),
    );
    images.push({ id: row.public_id, before: masked(fields), after: masked(converted) });
  }
  if (becoming.length) statements.push(scrubAuditImages(db, before.public_id, becoming));
  return { statements, converted: results.map((r) => r.public_id), images };
}

/** An audit image column with the values of `names` masked in its `fields` array (empty values stay). */
const scrubbed = (column: 'before' | 'after') => `case when json_type(${column}, '$.fields') = 'array' then
  json_set(${column}, '$.fields', json((select json_group_array(case
    when json_extract(f.value, '$.name') in (select value from json_each(?1))
      and coalesce(json_extract(f.value, '$.value'), '') <> ''
    then json_set(f.value, '$.value', '${MASK}') else json(f.value) end)
  from json_each(${column}, '$.fields') f))) else ${column} end`;

/**
 * The statement masking, in every audit image of the type's objects (deleted ones included, by the image's
 * type), the values of fields that become passwords: images written while the field was plain text hold
 * them in clear, and history must never hold a secret in clear (security and robustness, third round).
 */
function scrubAuditImages(db: Db, typeId: number, names: string[]): D1PreparedStatement {
  return db
    .prepare(
      `update audit_log set before = ${scrubbed('before')}, after = ${scrubbed('after')}
       where table_name = 'dg_objects'
         and (coalesce(json_extract(before, '$.type_id'), json_extract(after, '$.type_id')) = ?2
           or record_id in (select cast(public_id as text) from dg_objects where type_id = ?2))`,
    )
    .bind(JSON.stringify(names), typeId);
}
