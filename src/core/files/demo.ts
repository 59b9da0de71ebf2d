import type { Orm } from '../../db/data-access';
import { DEFAULT_POOL } from '../../db/pools';
import type { Bindings } from '../../lib/bindings';
import { SYSTEM_ACTOR } from '../identity/actor';
import { findUserByLogin } from '../identity/users';
import { auditStatement } from '../ops/audit';
import { attachmentOwner, attachmentTenant } from './attachments';
import { sha256Hex } from './limits';
import { findFile, insertFile, insertPart, now, putFile } from './store';
import { MAX_EXPIRY_SECONDS, UPLOADS_TABLE } from './uploads';

/**
 * Demo data (local dev and tests only), so the documented examples answer: an attachment on order 1001 and
 * one on partner 118, and a completed upload of `admin` in client 11 (made again by the next bootstrap once it has expired).
 */
const DEMO_ATTACHMENTS = [
  {
    table: 'C_Order',
    id: 1001,
    name: 'order-notes.txt',
    text: 'Order 1001: deliver to the HQ warehouse, back door; call Joe Block before noon.\n',
  },
  // Through the `business-partners` view too (its examples name partner 118).
  { table: 'C_BPartner', id: 118, name: 'partner-card.txt', text: 'C&W Construction: invoices by e-mail only.\n' },
];

export const DEMO_UPLOAD = {
  id: '0d3e6f2a-5c1b-4e8f-9a7d-000000001001',
  fileName: 'delivery-note.txt',
  text: 'Deliver before noon.\n',
};

export async function loadFilesDemo(orm: Orm, env: Bindings): Promise<void> {
  // A pool at an earlier schema (Liberty's setup can downgrade one) has no file store: nothing to load.
  const store = await env.DB.prepare(
    "select 1 as n from sqlite_master where type = 'table' and name = 'atrium_files'",
  ).first();
  if (!store) return;
  for (const demo of DEMO_ATTACHMENTS) {
    const space = {
      db: env.DB,
      pool: DEFAULT_POOL,
      actor: SYSTEM_ACTOR,
      tenant: attachmentTenant(11),
      owner: attachmentOwner(demo.table, demo.id),
    };
    if (!(await findFile(space, demo.name)))
      await putFile(
        space,
        { name: demo.name, contentType: 'text/plain', replace: false },
        new TextEncoder().encode(demo.text),
      );
  }
  const admin = await findUserByLogin(orm, 'admin');
  if (admin) await loadDemoUpload(env, admin.id);
}

async function loadDemoUpload(env: Bindings, userId: number): Promise<void> {
  const { id, fileName } = DEMO_UPLOAD;
  if (await env.DB.prepare('select 1 as n from atrium_uploads where id = ?').bind(id).first()) return;
  const bytes = new TextEncoder().encode(DEMO_UPLOAD.text);
  const sha256 = await sha256Hex(bytes);
  const expiresAt = now() + MAX_EXPIRY_SECONDS;
  const space = { db: env.DB, pool: DEFAULT_POOL, actor: SYSTEM_ACTOR, tenant: 'client:11', owner: `upload:${id}` };
  const after = { fileName, fileSize: bytes.byteLength, sha256, status: 'COMPLETED', expiresAt };
  await env.DB.batch([
    insertFile(
      space,
      id,
      { name: fileName, contentType: 'text/plain' },
      { size: bytes.byteLength, sha256, parts: 1 },
      null,
    ),
    insertPart(env.DB, id, 1, bytes, sha256),
    env.DB.prepare(
      `insert into atrium_uploads (id, tenant, user_id, file_id, file_name, content_type, file_size, chunk_size, sha256, status, total_chunks, expires_at)
       values (?, ?, ?, ?, ?, 'text/plain', ?, ?, ?, 'COMPLETED', 1, ?)`,
    ).bind(id, space.tenant, userId, id, fileName, bytes.byteLength, bytes.byteLength, sha256, expiresAt),
    auditStatement(env.DB, { table: UPLOADS_TABLE, recordId: id, action: 'INSERT', after }),
  ]);
}
