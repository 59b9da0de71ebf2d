import type { SQL } from 'drizzle-orm';
import { AppError } from '../../lib/errors';
import { contentOf, type FileContent } from '../files/parts';
import { type Actor, requireRight } from '../identity/actor';
import { prepare, sql } from '../records/sql';
import { CMDB_RIGHTS, objectReadable } from './acl';

type Db = D1Database | D1DatabaseSession;

/**
 * DATAGERRY's media library (`/media_file/`): files and folders, a file attached to any number of objects
 * (`metadata.reference`, the object attachments the UI's object view lists). Rights as DATAGERRY's
 * (`base.framework.object.view` to read, `.edit` to write) and, decided here, the objects' ACL: a file
 * attached to objects is seen through one of them the caller may read, and changed only by a caller who
 * may update every object it is attached to. A file attached to none is a library file, seen by anyone
 * with the view right. The bytes are in the core file store (tenant `cmdb`, one owner per file);
 * writes are in media-writes.ts.
 */

export const MEDIA_TENANT = 'cmdb';
export const MEDIA_POOL = 'default';
export const MEDIA_SORT = ['public_id', 'filename', 'size', 'upload_date'] as const;

export interface MediaMetadata {
  reference: number | number[] | null;
  reference_type: string | null;
  mime_type: string;
  author_id: number | null;
  folder: boolean;
  parent: number | null;
  permission: unknown;
}
export interface MediaFile {
  public_id: number;
  filename: string;
  size: number;
  upload_date: { $date: number };
  metadata: MediaMetadata;
}

/** DATAGERRY's `metadata` selection (each key `metadata.<key>` equal; `reference`: attached to any of them). */
export interface MediaCriteria {
  reference?: number[];
  reference_type?: string | null;
  folder?: boolean;
  parent?: number | null;
  mime_type?: string;
  author_id?: number;
  public_id?: number;
}

export interface MediaRow {
  public_id: number;
  filename: string;
  owner: string | null;
  size: number;
  folder: number;
  parent: number | null;
  reference_type: string | null;
  mime_type: string;
  author_id: number | null;
  permission: string | null;
  upload_date: string;
  refs: string;
}

/** Files (alias `m`) the actor may see: attached to no object, or to one it may read. */
export function mediaVisible(actor: Actor): SQL {
  return sql`(not exists (select 1 from dg_media_file_refs r where r.media_id = m.public_id)
    or exists (select 1 from dg_media_file_refs r join dg_objects o on o.public_id = r.object_id
      where r.media_id = m.public_id and ${objectReadable(actor)}))`;
}

/** The objects a file is attached to that the actor may read (the ones it is shown with). */
const visibleRefs = (actor: Actor) =>
  sql`(select json_group_array(r.object_id) from (select r.object_id from dg_media_file_refs r join dg_objects o on o.public_id = r.object_id
    where r.media_id = m.public_id and ${objectReadable(actor)} order by r.object_id) r)`;

export const mediaColumns = (actor: Actor) =>
  sql`m.public_id, m.filename, m.owner, m.size, m.folder, m.parent, m.reference_type, m.mime_type, m.author_id,
    m.permission, m.upload_date, ${visibleRefs(actor)} as refs`;

function parsePermission(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** A row as DATAGERRY answers a file: one reference as a number, several as a list. */
export function mediaFileOf(row: MediaRow): MediaFile {
  const refs = JSON.parse(row.refs) as number[];
  const reference = refs.length === 1 ? refs[0] : refs.length > 1 ? refs : row.reference_type ? [] : null;
  return {
    public_id: row.public_id,
    filename: row.filename,
    size: row.size,
    upload_date: { $date: Date.parse(row.upload_date) },
    metadata: {
      reference,
      reference_type: row.reference_type,
      mime_type: row.mime_type,
      author_id: row.author_id,
      folder: Boolean(row.folder),
      parent: row.parent,
      permission: parsePermission(row.permission),
    },
  };
}

/** The selection as SQL on `m` (every value bound). */
function criteriaOf(criteria: MediaCriteria): SQL[] {
  const out: SQL[] = [];
  if (criteria.reference?.length)
    out.push(sql`exists (select 1 from dg_media_file_refs r where r.media_id = m.public_id
      and r.object_id in (select value from json_each(${JSON.stringify(criteria.reference)})))`);
  if (criteria.reference_type !== undefined)
    out.push(
      criteria.reference_type === null
        ? sql`m.reference_type is null`
        : sql`m.reference_type = ${criteria.reference_type}`,
    );
  if (criteria.folder !== undefined) out.push(sql`m.folder = ${criteria.folder ? 1 : 0}`);
  if (criteria.parent !== undefined)
    out.push(criteria.parent === null ? sql`m.parent is null` : sql`m.parent = ${criteria.parent}`);
  if (criteria.mime_type !== undefined) out.push(sql`m.mime_type = ${criteria.mime_type}`);
  if (criteria.author_id !== undefined) out.push(sql`m.author_id = ${criteria.author_id}`);
  if (criteria.public_id !== undefined) out.push(sql`m.public_id = ${criteria.public_id}`);
  return out;
}

/** DATAGERRY's `searchTerm`: files (not folders) whose name, reference type or MIME type contain it; a number also their id, a reference or the folder. */
function searchOf(term: string): SQL {
  const like = `%${term.replace(/[\\%_]/g, '\\$&')}%`;
  const text = sql`(m.filename like ${like} escape '\\' or m.reference_type like ${like} escape '\\' or m.mime_type like ${like} escape '\\')`;
  if (!/^\d{1,15}$/.test(term)) return sql`m.folder = 0 and ${text}`;
  const n = Number(term);
  return sql`m.folder = 0 and (${text} or m.public_id = ${n} or m.parent = ${n}
    or exists (select 1 from dg_media_file_refs r where r.media_id = m.public_id and r.object_id = ${n}))`;
}

export interface MediaListOptions {
  criteria: MediaCriteria;
  search?: string;
  limit: number;
  offset: number;
  sort: string;
  descending: boolean;
}

/** Right `object.view`: a page of the files the actor may see that match, and their number. */
export async function listMediaFiles(db: Db, actor: Actor, options: MediaListOptions) {
  requireRight(actor, CMDB_RIGHTS.objectView);
  if (!(MEDIA_SORT as readonly string[]).includes(options.sort)) throw new AppError('BAD_REQUEST', 'Invalid sort');
  const conditions = [mediaVisible(actor), ...criteriaOf(options.criteria)];
  if (options.search) conditions.push(searchOf(options.search));
  const where = sql.join(conditions, sql` and `);
  const dir = sql.raw(options.descending ? 'desc' : 'asc');
  const [rows, count] = await db.batch([
    prepare(
      db,
      sql`select ${mediaColumns(actor)} from dg_media_files m where ${where}
        order by m.${sql.identifier(options.sort)} ${dir}, m.public_id ${dir} limit ${options.limit} offset ${options.offset}`,
    ),
    prepare(db, sql`select count(*) as n from dg_media_files m where ${where}`),
  ]);
  return {
    files: (rows.results as unknown as MediaRow[]).map(mediaFileOf),
    total: (count.results[0] as { n: number }).n,
  };
}

/** The newest file the actor may see with this name (and id, when given) that matches the selection. */
export async function mediaRow(
  db: Db,
  actor: Actor,
  match: { filename?: string; criteria: MediaCriteria },
): Promise<MediaRow | undefined> {
  const conditions = [mediaVisible(actor), ...criteriaOf(match.criteria)];
  if (match.filename !== undefined) conditions.push(sql`m.filename = ${match.filename}`);
  const row = await prepare(
    db,
    sql`select ${mediaColumns(actor)} from dg_media_files m where ${sql.join(conditions, sql` and `)}
      order by m.public_id desc limit 1`,
  ).first<MediaRow>();
  return row ?? undefined;
}

/** Right `object.view`: the newest matching file by name, or null (DATAGERRY's answer when there is none). */
export async function findMediaFile(db: Db, actor: Actor, filename: string, criteria: MediaCriteria) {
  requireRight(actor, CMDB_RIGHTS.objectView);
  const row = await mediaRow(db, actor, { filename, criteria });
  return row ? mediaFileOf(row) : null;
}

/** Right `object.view`: the bytes of the newest matching file (404 when none, or for a folder). */
export async function mediaContent(
  db: Db,
  actor: Actor,
  filename: string,
  criteria: MediaCriteria,
): Promise<{ file: MediaFile; content: FileContent<{ id: string; name: string; size: number }> }> {
  requireRight(actor, CMDB_RIGHTS.objectView);
  const row = await mediaRow(db, actor, { filename, criteria });
  if (!row?.owner) throw new AppError('NOT_FOUND', `File ${filename.slice(0, 255)} not found`);
  const stored = await db
    .prepare(`select id, name, size from atrium_files where tenant = ? and owner = ? and state = 'ready' limit 1`)
    .bind(MEDIA_TENANT, row.owner)
    .first<{ id: string; name: string; size: number }>();
  if (!stored) throw new AppError('NOT_FOUND', `File ${filename.slice(0, 255)} not found`);
  return { file: mediaFileOf(row), content: contentOf(db, stored) };
}
