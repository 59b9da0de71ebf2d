import type { Orm } from '../../db/data-access';
import { DEFAULT_POOL } from '../../db/pools';
import type { Bindings } from '../../lib/types';
import { SYSTEM_ACTOR } from '../identity/actor';
import { attachmentOwner, attachmentTenant } from './attachments';
import { findFile, putFile } from './store';

/** Demo data (local dev and tests only): one attachment on order 1001, so the documented examples answer. */
export const DEMO_ATTACHMENT = {
  table: 'C_Order',
  id: 1001,
  name: 'order-notes.txt',
  text: 'Order 1001: deliver to the HQ warehouse, back door; call Joe Block before noon.\n',
};

export async function loadFilesDemo(_orm: Orm, env: Bindings): Promise<void> {
  // A pool at an earlier schema (Liberty's setup can downgrade one) has no file store: nothing to load.
  const store = await env.DB.prepare(
    "select 1 as n from sqlite_master where type = 'table' and name = 'atrium_files'",
  ).first();
  if (!store) return;
  const space = {
    db: env.DB,
    pool: DEFAULT_POOL,
    actor: SYSTEM_ACTOR,
    tenant: attachmentTenant(11),
    owner: attachmentOwner(DEMO_ATTACHMENT.table, DEMO_ATTACHMENT.id),
  };
  if (await findFile(space, DEMO_ATTACHMENT.name)) return;
  await putFile(
    space,
    { name: DEMO_ATTACHMENT.name, contentType: 'text/plain', replace: false },
    new TextEncoder().encode(DEMO_ATTACHMENT.text),
  );
}
