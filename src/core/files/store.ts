import { AppError } from '../../lib/errors';
import { type Actor, auditUser } from '../identity/actor';
import { type AuditEntry, auditRowsOf, auditStatement } from '../ops/audit';
import {
  checkFileName,
  MAX_FILE_BYTES,
  MAX_FILES_PER_OWNER,
  PART_BYTES,
  PARTS_PER_WRITE,
  STAGING_SECONDS,
  sha256Hex,
  toBase64,
  tooLarge,
} from './limits';

/**
 * The core file store: named files of an owner within a tenant, on D1 (schema: src/db/schema/files.ts).
 * Services decide who may do what (attachments: the record's rights; uploads: the session's user) and
 * hand the store a FileSpace; every statement here names the space's tenant and owner. Each add and delete
 * is audited (`atrium_files`, the file id) in the batch that makes the file appear or disappear. Reading
 * the bytes is in parts.ts.
 */

export interface FileSpace {
  db: D1Database | D1DatabaseSession;
  pool: string;
  actor: Actor;
  tenant: string;
  owner: string;
}

export interface StoredFile {
  id: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string | null;
  parts: number;
  createdAt: string;
  createdBy: number | null;
}

export const FILES_TABLE = 'atrium_files';

const COLUMNS = `id, name, content_type as contentType, size, sha256, parts, created_at as createdAt, created_by as createdBy`;
export const now = () => Math.floor(Date.now() / 1000);
/** A ready file that has not expired (expired ones wait for the periodic job, but are gone already). */
const LIVE = `state = 'ready' and (expires_at is null or expires_at > ?)`;

/** What an audit row says of a file (never its bytes). */
export function fileImage(
  space: Pick<FileSpace, 'tenant' | 'owner'>,
  file: Omit<StoredFile, 'id' | 'createdAt' | 'createdBy' | 'parts'>,
) {
  return {
    tenant: space.tenant,
    owner: space.owner,
    name: file.name,
    contentType: file.contentType,
    size: file.size,
    sha256: file.sha256,
  };
}

/** The SQL of that image over an atrium_files row (for audit rows written by statement). */
export const FILE_IMAGE_SQL =
  "json_object('tenant', tenant, 'owner', owner, 'name', name, 'contentType', content_type, 'size', size, 'sha256', sha256)";

export function auditFile(space: Pick<FileSpace, 'db' | 'pool' | 'actor'>, entry: Omit<AuditEntry, 'table' | 'pool'>) {
  return auditStatement(space.db, {
    ...entry,
    table: FILES_TABLE,
    pool: space.pool,
    user: auditUser(space.actor),
    requestId: space.actor.requestId,
  });
}

/** The owner's ready files, by name (at most MAX_FILES_PER_OWNER). */
export async function listFiles(space: FileSpace): Promise<StoredFile[]> {
  const { results } = await space.db
    .prepare(`select ${COLUMNS} from atrium_files where tenant = ? and owner = ? and ${LIVE} order by name limit ?`)
    .bind(space.tenant, space.owner, now(), MAX_FILES_PER_OWNER)
    .all<StoredFile>();
  return results;
}

export async function findFile(space: FileSpace, name: string): Promise<StoredFile | undefined> {
  const row = await space.db
    .prepare(`select ${COLUMNS} from atrium_files where tenant = ? and owner = ? and name = ? and ${LIVE}`)
    .bind(space.tenant, space.owner, name, now())
    .first<StoredFile>();
  return row ?? undefined;
}

/** A file by id within the space's tenant (an upload's file), whatever its owner or state. */
export async function fileById(space: Pick<FileSpace, 'db' | 'tenant'>, id: string): Promise<StoredFile | undefined> {
  const row = await space.db
    .prepare(`select ${COLUMNS} from atrium_files where id = ? and tenant = ?`)
    .bind(id, space.tenant)
    .first<StoredFile>();
  return row ?? undefined;
}

export interface NewFile {
  name: string;
  contentType: string;
  /** Replace a ready file of the same name (else a name taken is a 409). */
  replace: boolean;
  /** Unix seconds after which the file is gone (process outputs); the `files.expire` job removes it. */
  expiresAt?: number;
}

/** Before a write: the name is free (or may be replaced) and the owner has room for one more. */
async function checkRoom(space: FileSpace, file: NewFile): Promise<void> {
  const row = await space.db
    .prepare(
      `select count(*) as n, coalesce(max(name = ?), 0) as taken from atrium_files where tenant = ? and owner = ? and ${LIVE}`,
    )
    .bind(file.name, space.tenant, space.owner, now())
    .first<{ n: number; taken: number }>();
  if (row?.taken && !file.replace) throw new AppError('CONFLICT', `Duplicate file name: ${file.name.slice(0, 255)}`);
  if (!row?.taken && (row?.n ?? 0) >= MAX_FILES_PER_OWNER)
    throw new AppError('BAD_REQUEST', `At most ${MAX_FILES_PER_OWNER} files per record`);
}

/** The statements that remove the owner's ready file of that name (audited), for a replacing write. */
function replacing(space: FileSpace, name: string): D1PreparedStatement[] {
  return removal(space, `tenant = ? and owner = ? and name = ? and state = 'ready'`, space.tenant, space.owner, name);
}

/** The file's row: ready, or (with an expiry) staging until a later batch makes it ready. */
export function insertFile(
  space: FileSpace,
  id: string,
  file: Omit<NewFile, 'replace'>,
  meta: { size: number; sha256: string | null; parts: number },
  stagingUntil: number | null,
) {
  const expiresAt = stagingUntil ?? file.expiresAt ?? null;
  return space.db
    .prepare(
      `insert into atrium_files (id, tenant, owner, name, content_type, size, sha256, parts, state, created_by, expires_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .bind(
      id,
      space.tenant,
      space.owner,
      file.name,
      file.contentType,
      meta.size,
      meta.sha256,
      meta.parts,
      stagingUntil === null ? 'ready' : 'staging',
      space.actor.system ? null : space.actor.userId,
      expiresAt,
    );
}

export function insertPart(
  db: FileSpace['db'],
  fileId: string,
  seq: number,
  bytes: Uint8Array,
  sha256: string,
): D1PreparedStatement {
  return db
    .prepare('insert into atrium_file_parts (file_id, seq, size, sha256, data) values (?, ?, ?, ?, ?)')
    .bind(fileId, seq, bytes.byteLength, sha256, toBase64(bytes));
}

/**
 * Stores a file. One part: file, part and audit row in one batch. More: the file is staged (parts written
 * a few per batch; a staged file is invisible and expires if never committed), then one batch replaces an
 * older file of that name, makes this one ready and writes the audit row, so the file appears whole or not
 * at all. `extra`: the caller's own statements (the record that names the file, with its audit row), run
 * in that same batch.
 */
export async function putFile(
  space: FileSpace,
  file: NewFile,
  bytes: Uint8Array,
  extra: D1PreparedStatement[] = [],
): Promise<StoredFile> {
  checkFileName(file.name);
  if (bytes.byteLength > MAX_FILE_BYTES) throw tooLarge('File', MAX_FILE_BYTES);
  await checkRoom(space, file);
  const id = crypto.randomUUID();
  const pieces: Uint8Array[] = [];
  for (let at = 0; at < bytes.byteLength || pieces.length === 0; at += PART_BYTES)
    pieces.push(bytes.subarray(at, at + PART_BYTES));
  const [sha256, ...partShas] = await Promise.all([sha256Hex(bytes), ...pieces.map(sha256Hex)]);
  const meta = { size: bytes.byteLength, sha256, parts: pieces.length };
  const parts = pieces.map((piece, i) => insertPart(space.db, id, i + 1, piece, partShas[i]));
  const audit = auditFile(space, { recordId: id, action: 'INSERT', after: fileImage(space, { ...file, ...meta }) });
  const prior = file.replace ? replacing(space, file.name) : [];
  if (parts.length === 1) {
    await space.db.batch([...prior, insertFile(space, id, file, meta, null), parts[0], audit, ...extra]);
  } else {
    await space.db.batch([
      insertFile(space, id, file, meta, now() + STAGING_SECONDS),
      ...parts.slice(0, PARTS_PER_WRITE),
    ]);
    for (let i = PARTS_PER_WRITE; i < parts.length; i += PARTS_PER_WRITE)
      await space.db.batch(parts.slice(i, i + PARTS_PER_WRITE));
    await commitStaged(space, id, prior, [audit, ...extra], file.expiresAt ?? null);
  }
  return stored(space, id, file, meta);
}

/** What a write answers: the file as listFiles would show it. */
function stored(
  space: FileSpace,
  id: string,
  file: NewFile,
  meta: { size: number; sha256: string; parts: number },
): StoredFile {
  const createdBy = space.actor.system ? null : space.actor.userId;
  return {
    id,
    name: file.name,
    contentType: file.contentType,
    ...meta,
    createdAt: new Date().toISOString(),
    createdBy,
  };
}

/** The batch that makes a staged file ready (with what it replaces and its audit row); on failure the staged file goes. */
async function commitStaged(
  space: FileSpace,
  id: string,
  prior: D1PreparedStatement[],
  audit: D1PreparedStatement[],
  expiresAt: number | null,
) {
  try {
    await space.db.batch([
      ...prior,
      space.db
        .prepare(`update atrium_files set state = 'ready', expires_at = ? where id = ? and state = 'staging'`)
        .bind(expiresAt, id),
      ...audit,
    ]);
  } catch (error) {
    await space.db
      .prepare(`delete from atrium_files where id = ? and state = 'staging'`)
      .bind(id)
      .run()
      .catch(() => undefined);
    throw error;
  }
}

/**
 * A copy of a file the caller holds in another space (a completed upload into a record's attachments): the
 * bytes are copied by D1 itself, in the batch that adds the file and its audit row. The source is named by
 * id and tenant, so nothing of another tenant can be copied.
 */
export async function copyFile(
  space: FileSpace,
  from: { file: StoredFile; tenant: string },
  file: NewFile,
): Promise<StoredFile> {
  checkFileName(file.name);
  await checkRoom(space, file);
  const id = crypto.randomUUID();
  const source = from.file;
  const meta = { size: source.size, sha256: source.sha256 ?? '', parts: source.parts };
  await space.db.batch([
    ...(file.replace ? replacing(space, file.name) : []),
    insertFile(space, id, file, meta, null),
    space.db
      .prepare(
        `insert into atrium_file_parts (file_id, seq, size, sha256, data)
         select ?, p.seq, p.size, p.sha256, p.data from atrium_file_parts p join atrium_files f on f.id = p.file_id
         where p.file_id = ? and f.tenant = ?`,
      )
      .bind(id, source.id, from.tenant),
    // The audit row's action is NULL, which the column refuses, unless every part arrived: a source removed
    // meanwhile fails the whole batch (a conflict) instead of leaving an empty copy.
    space.db
      .prepare(
        `insert into audit_log (user_id, user_login, pool, table_name, record_id, action, before, after, request_id)
         values (?, ?, ?, '${FILES_TABLE}', ?,
           case when (select count(*) from atrium_file_parts where file_id = ?) = ? then 'INSERT' end, null, ?, ?)`,
      )
      .bind(
        auditUser(space.actor)?.userId ?? null,
        auditUser(space.actor)?.login ?? null,
        space.pool,
        id,
        id,
        meta.parts,
        JSON.stringify({ ...fileImage(space, { ...file, ...meta }), copiedFrom: source.id }),
        space.actor.requestId ?? null,
      ),
  ]);
  return stored(space, id, file, meta);
}

/** Removes the owner's ready files (one by name, or all), each audited in the same batch; answers how many. */
export async function deleteFiles(space: FileSpace, name?: string): Promise<number> {
  const where = `tenant = ? and owner = ? and state = 'ready'${name === undefined ? '' : ' and name = ?'}`;
  const binds = name === undefined ? [space.tenant, space.owner] : [space.tenant, space.owner, name];
  const [count] = await space.db.batch([
    space.db.prepare(`select count(*) as n from atrium_files where ${where}`).bind(...binds),
    ...removal(space, where, ...binds),
  ]);
  return (count.results[0] as { n: number } | undefined)?.n ?? 0;
}

/**
 * The statements that remove the files matching `where` (their parts go with them), each with its audit
 * row written as `actor`, for a caller's batch: replaced and deleted attachments, cancelled or expired
 * uploads.
 */
export function removal(
  space: Pick<FileSpace, 'db' | 'pool' | 'actor'>,
  where: string,
  ...binds: unknown[]
): D1PreparedStatement[] {
  const entry = {
    pool: space.pool,
    table: FILES_TABLE,
    user: auditUser(space.actor),
    requestId: space.actor.requestId,
  };
  return [
    auditRowsOf(
      space.db,
      { ...entry, action: 'DELETE' },
      `select id as record_id, ${FILE_IMAGE_SQL} as before, null as after from atrium_files where ${where}`,
      ...binds,
    ),
    space.db.prepare(`delete from atrium_files where ${where}`).bind(...binds),
  ];
}
