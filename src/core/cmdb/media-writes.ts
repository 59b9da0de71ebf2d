import { AppError } from '../../lib/errors';
import { checkFileName } from '../files/limits';
import { type FileSpace, putFile, removal } from '../files/store';
import { type Actor, auditUser, requireWrite } from '../identity/actor';
import { auditRowsOf, auditStatement, auditStatementReading } from '../ops/audit';
import { registerPeriodicJob } from '../ops/periodic';
import { prepare, sql } from '../records/sql';
import { CMDB_RIGHTS, canOnType, objectReadable, typeAllows } from './acl';
import {
  MEDIA_POOL,
  MEDIA_TENANT,
  type MediaCriteria,
  type MediaFile,
  type MediaRow,
  mediaColumns,
  mediaFileOf,
  mediaRow,
} from './media-files';
import { typesByIds } from './types';

type Db = D1Database | D1DatabaseSession;

/**
 * Writes to DATAGERRY's media library (media-files.ts has the reads and the rule): right
 * `base.framework.object.edit` (never for a read-only user), UPDATE on every object a file is attached
 * to for a change of the file, and on each object attached or detached. A file appears or goes with its
 * bytes (core file store), its references and its audit rows in one batch.
 */

/** A file's `metadata` as DATAGERRY's UI sends it. */
export interface MediaInput {
  reference?: number | number[] | null;
  reference_type?: string | null;
  folder?: boolean;
  parent?: number | null;
  mime_type?: string;
  permission?: unknown;
}

const MAX_REFERENCES = 100;
const TABLE = 'dg_media_files';

function referencesOf(reference: MediaInput['reference']): number[] {
  const list = reference === undefined || reference === null ? [] : Array.isArray(reference) ? reference : [reference];
  const ids = [...new Set(list)];
  if (ids.length > MAX_REFERENCES)
    throw new AppError('BAD_REQUEST', `A file is attached to at most ${MAX_REFERENCES} objects`);
  return ids;
}

/** Objects the actor may read (else 400, hidden like missing) and change (UPDATE on their type, else 403). */
async function updatableObjects(db: Db, actor: Actor, ids: number[]): Promise<void> {
  if (!ids.length) return;
  const { results } = await prepare(
    db,
    sql`select o.public_id, o.type_id from dg_objects o
      where o.public_id in (select value from json_each(${JSON.stringify(ids)})) and ${objectReadable(actor)}`,
  ).all<{ public_id: number; type_id: number }>();
  const absent = ids.find((id) => !results.some((r) => r.public_id === id));
  if (absent !== undefined) throw new AppError('BAD_REQUEST', `Object ${absent} not found`);
  const types = await typesByIds(
    db,
    results.map((r) => r.type_id),
  );
  for (const r of results) {
    const type = types.get(r.type_id);
    if (!type || !canOnType(actor, type, 'UPDATE'))
      throw new AppError('FORBIDDEN', `No UPDATE permission on objects of type ${r.type_id}`);
  }
}

/** The files `ids` (and, for folders, everything below them), bounded. */
const subtree = (ids: number[]) =>
  sql`with recursive t(id, depth) as (select value, 0 from json_each(${JSON.stringify(ids)})
    union select m.public_id, t.depth + 1 from dg_media_files m join t on m.parent = t.id where t.depth < 32)
    select id from t limit 1000`;

/** Refuses unless the actor may update every existing object a file of `ids` (or below them) is attached to. */
async function requireChangeable(db: Db, actor: Actor, ids: number[]): Promise<void> {
  const blocked = await prepare(
    db,
    sql`select 1 from dg_media_file_refs r join dg_objects o on o.public_id = r.object_id
      where r.media_id in (${subtree(ids)}) and not (${objectReadable(actor)}
        and exists (select 1 from dg_types ut where ut.public_id = o.type_id and ${typeAllows(actor, 'ut', ['UPDATE'])}))
      limit 1`,
  ).first();
  if (blocked) throw new AppError('FORBIDDEN', 'No UPDATE permission on every object this file is attached to');
}

/** A folder the actor may see (else 400). */
async function folderOf(db: Db, actor: Actor, parent: number | null | undefined): Promise<number | null> {
  if (parent === undefined || parent === null) return null;
  const row = await mediaRow(db, actor, { criteria: { public_id: parent, folder: true } });
  if (!row) throw new AppError('BAD_REQUEST', `Folder ${parent} not found`);
  return parent;
}

const image = (
  m: { filename: string; folder: boolean; parent: number | null; reference_type: string | null },
  refs: number[],
  extra: Record<string, unknown> = {},
) => ({
  filename: m.filename,
  folder: m.folder,
  parent: m.parent,
  reference_type: m.reference_type,
  references: refs,
  ...extra,
});

async function allRefs(db: Db, id: number): Promise<number[]> {
  const { results } = await db
    .prepare('select object_id from dg_media_file_refs where media_id = ? order by object_id')
    .bind(id)
    .all<{ object_id: number }>();
  return results.map((r) => r.object_id);
}

/** The statements that remove files `ids` and everything below them: bytes, rows, references, audit rows. */
function removeStatements(db: Db, actor: Actor, ids: number[]): D1PreparedStatement[] {
  const list = JSON.stringify(ids);
  const tree = `with recursive t(id, depth) as (select value, 0 from json_each(?)
    union select m.public_id, t.depth + 1 from dg_media_files m join t on m.parent = t.id where t.depth < 32)`;
  const user = auditUser(actor);
  return [
    auditRowsOf(
      db,
      { user, table: TABLE, action: 'DELETE', requestId: actor.requestId },
      `${tree} select cast(m.public_id as text) as record_id, json_object('filename', m.filename, 'folder', m.folder = 1,
        'parent', m.parent, 'reference_type', m.reference_type) as before, null as after
        from dg_media_files m where m.public_id in (select id from t)`,
      list,
    ),
    ...removal(
      { db, pool: MEDIA_POOL, actor },
      `tenant = ? and owner in (${tree} select m.owner from dg_media_files m where m.public_id in (select id from t))`,
      MEDIA_TENANT,
      list,
    ),
    db.prepare(`${tree} delete from dg_media_files where public_id in (select id from t)`).bind(list),
  ];
}

export interface MediaUpload {
  filename: string;
  contentType: string;
  bytes: Uint8Array;
  metadata: MediaInput;
}

/**
 * Right `object.edit`: a new file (or folder: no bytes) with its metadata. As DATAGERRY, a file of the same
 * name matching the same metadata is replaced, and the new one keeps its references.
 */
export async function addMediaFile(db: Db, actor: Actor, upload: MediaUpload): Promise<MediaFile> {
  requireWrite(actor, CMDB_RIGHTS.objectEdit);
  const filename = checkFileName(upload.filename);
  const meta = upload.metadata;
  const folder = meta.folder === true;
  const parent = await folderOf(db, actor, meta.parent);
  let refs = referencesOf(meta.reference);
  let referenceType = meta.reference_type ?? null;
  await updatableObjects(db, actor, refs);
  const criteria: MediaCriteria = {
    ...(refs.length ? { reference: refs } : {}),
    ...(meta.reference_type !== undefined ? { reference_type: meta.reference_type } : {}),
    ...(meta.folder !== undefined ? { folder } : {}),
    ...(meta.parent !== undefined ? { parent } : {}),
  };
  const existing = await mediaRow(db, actor, { filename, criteria });
  const statements: D1PreparedStatement[] = [];
  if (existing) {
    await requireChangeable(db, actor, [existing.public_id]);
    refs = await allRefs(db, existing.public_id);
    referenceType = existing.reference_type;
    statements.push(...removeStatements(db, actor, [existing.public_id]));
  }
  const owner = `dg_media:${crypto.randomUUID()}`;
  const mimeType = (meta.mime_type || upload.contentType || 'application/octet-stream').slice(0, 255);
  const size = folder ? 0 : upload.bytes.byteLength;
  statements.push(
    db
      .prepare(
        `insert into dg_media_files (filename, owner, size, folder, parent, reference_type, mime_type, author_id, permission)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .bind(
        filename,
        owner,
        size,
        folder ? 1 : 0,
        parent,
        referenceType,
        mimeType,
        actor.userId,
        meta.permission === undefined || meta.permission === null ? null : JSON.stringify(meta.permission),
      ),
    db
      .prepare(
        `insert into dg_media_file_refs (media_id, object_id) select m.public_id, j.value from dg_media_files m, json_each(?) j where m.owner = ?`,
      )
      .bind(JSON.stringify(refs), owner),
    auditStatementReading(
      db,
      {
        user: auditUser(actor),
        table: TABLE,
        action: 'INSERT',
        after: image({ filename, folder, parent, reference_type: referenceType }, refs, { size, mime_type: mimeType }),
        requestId: actor.requestId,
      },
      'select cast(public_id as text) from dg_media_files where owner = ?',
      owner,
    ),
  );
  if (folder) await db.batch(statements);
  else {
    const space: FileSpace = { db, pool: MEDIA_POOL, actor, tenant: MEDIA_TENANT, owner };
    await putFile(space, { name: filename, contentType: mimeType, replace: false }, upload.bytes, statements);
  }
  const row = await prepare(
    db,
    sql`select ${mediaColumns(actor)} from dg_media_files m where m.owner = ${owner}`,
  ).first<MediaRow>();
  if (!row) throw new AppError('CONFLICT', 'The file was changed meanwhile');
  return mediaFileOf(row);
}

/** DATAGERRY's unique name in a folder: `copy_(n)_name` while the name is taken. */
async function freeName(db: Db, id: number, filename: string, parent: number | null): Promise<string> {
  const { results } = await db
    .prepare(
      "select filename from dg_media_files where public_id <> ? and parent is ? and filename like ? escape '\\' limit 1000",
    )
    .bind(id, parent, `%${filename.replace(/[\\%_]/g, '\\$&')}`)
    .all<{ filename: string }>();
  const taken = new Set(results.map((r) => r.filename));
  let name = filename;
  for (let n = 1; taken.has(name) && n <= 1000; n++) name = `copy_(${n})_${filename}`;
  return checkFileName(name);
}

export interface MediaChange {
  public_id: number;
  filename: string;
  metadata: MediaInput;
  /** DATAGERRY's `attachment={"reference": true}`: only the references change, the name is not made unique. */
  referenceOnly: boolean;
}

/**
 * Right `object.edit`: renames, moves or re-attaches a file. The references sent replace those the actor
 * sees (attaching or detaching an object needs UPDATE on it); ones it cannot see stay. Any other change
 * needs UPDATE on every object the file is attached to.
 */
export async function updateMediaFile(db: Db, actor: Actor, change: MediaChange): Promise<MediaFile> {
  requireWrite(actor, CMDB_RIGHTS.objectEdit);
  const row = await mediaRow(db, actor, { criteria: { public_id: change.public_id } });
  if (!row) throw new AppError('NOT_FOUND', `File ${change.public_id} not found`);
  const before = mediaFileOf(row);
  const seen = JSON.parse(row.refs) as number[];
  const wanted = change.metadata.reference === undefined ? seen : referencesOf(change.metadata.reference);
  const added = wanted.filter((id) => !seen.includes(id));
  const removed = seen.filter((id) => !wanted.includes(id));
  await updatableObjects(db, actor, [...added, ...removed]);
  const parent = change.metadata.parent === undefined ? row.parent : await folderOf(db, actor, change.metadata.parent);
  if (parent !== null && (parent === row.public_id || (await inSubtree(db, row.public_id, parent))))
    throw new AppError('BAD_REQUEST', 'A folder cannot move into itself');
  let filename = checkFileName(change.filename);
  const moved = filename !== row.filename || parent !== row.parent;
  if (moved) await requireChangeable(db, actor, [row.public_id]);
  if (!change.referenceOnly) filename = await freeName(db, row.public_id, filename, parent);
  const referenceType =
    change.metadata.reference_type === undefined ? row.reference_type : change.metadata.reference_type;
  const refs = [...new Set([...(await allRefs(db, row.public_id)).filter((id) => !removed.includes(id)), ...added])];
  const folder = Boolean(row.folder);
  await db.batch([
    db
      .prepare(
        `update dg_media_files set filename = ?, parent = ?, reference_type = ?, author_id = ?,
          upload_date = strftime('%Y-%m-%dT%H:%M:%fZ','now') where public_id = ?`,
      )
      .bind(filename, parent, referenceType, actor.userId, row.public_id),
    db
      .prepare('delete from dg_media_file_refs where media_id = ? and object_id in (select value from json_each(?))')
      .bind(row.public_id, JSON.stringify(removed)),
    db
      .prepare('insert or ignore into dg_media_file_refs (media_id, object_id) select ?, value from json_each(?)')
      .bind(row.public_id, JSON.stringify(added)),
    auditStatement(db, {
      user: auditUser(actor),
      table: TABLE,
      recordId: row.public_id,
      action: 'UPDATE',
      before: image(
        { ...before, folder, parent: row.parent, reference_type: row.reference_type },
        await allRefs(db, row.public_id),
      ),
      after: image({ filename, folder, parent, reference_type: referenceType }, refs),
      requestId: actor.requestId,
    }),
  ]);
  const after = await mediaRow(db, actor, { criteria: { public_id: row.public_id } });
  // Detached from the last object the actor could see: the file is no longer the actor's to see.
  return after ? mediaFileOf(after) : { ...before, filename, metadata: { ...before.metadata, reference: wanted } };
}

async function inSubtree(db: Db, root: number, id: number): Promise<boolean> {
  return Boolean(await prepare(db, sql`select 1 from (${subtree([root])}) s where s.id = ${id}`).first());
}

/** Right `object.edit`: deletes a file, or a folder with everything in it; answers what was deleted. */
export async function deleteMediaFile(db: Db, actor: Actor, id: number): Promise<MediaFile> {
  requireWrite(actor, CMDB_RIGHTS.objectEdit);
  const row = await mediaRow(db, actor, { criteria: { public_id: id } });
  if (!row) throw new AppError('NOT_FOUND', `File ${id} not found`);
  await requireChangeable(db, actor, [id]);
  await db.batch(removeStatements(db, actor, [id]));
  return mediaFileOf(row);
}

/**
 * Files attached only to objects that were deleted (ids are never reused, so they were unreachable
 * already): removed with their bytes, as the attachments of deleted records are (files/jobs.ts).
 */
registerPeriodicJob({
  name: 'media.orphans',
  async run({ data, pool, actor }) {
    const db = data.d1(pool);
    const { results } = await db
      .prepare(
        `select m.public_id from dg_media_files m where exists (select 1 from dg_media_file_refs r where r.media_id = m.public_id)
         and not exists (select 1 from dg_media_file_refs r join dg_objects o on o.public_id = r.object_id where r.media_id = m.public_id)
         limit 100`,
      )
      .all<{ public_id: number }>();
    if (results.length)
      await db.batch(
        removeStatements(
          db,
          actor,
          results.map((r) => r.public_id),
        ),
      );
    return { removed: results.length };
  },
});
