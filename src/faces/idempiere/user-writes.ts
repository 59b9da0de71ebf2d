import { requireTable } from '../../core/records/registry';
import { findRecord, type RecordContext } from '../../core/records/service';
import type { PoolSchema } from '../../core/records/types';
import { AppError } from '../../lib/errors';
import { NOT_COLUMNS } from './bodies';

/**
 * AD_User writes go to the identity core: the same users as every face, password hashed, never read. The
 * contact's links (business partner, job, image, organisation) must name records the caller can read, as a
 * foreign key of any model must. The tenant is the session's on insert (the user store keeps it).
 */

const TEXT: Record<string, string> = {
  name: 'login',
  firstname: 'firstName',
  lastname: 'lastName',
  email: 'email',
  description: 'description',
  ad_language: 'language',
  password: 'password',
};
const LINKS: Record<string, { field: string; table: string }> = {
  c_bpartner_id: { field: 'cBpartnerId', table: 'C_BPartner' },
  c_job_id: { field: 'cJobId', table: 'C_Job' },
  ad_image_id: { field: 'adImageId', table: 'AD_Image' },
  ad_org_id: { field: 'adOrgId', table: 'AD_Org' },
};
const IGNORED = new Set(['ad_user_id', 'ad_user_uu', 'ad_client_id', 'created', 'createdby', 'updated', 'updatedby']);

function linkId(key: string, value: unknown): number | null {
  const id = value !== null && typeof value === 'object' ? (value as Record<string, unknown>).id : value;
  if (
    value !== null &&
    typeof value === 'object' &&
    Object.keys(value).some((k) => !['id', 'identifier', 'tableName', 'propertyLabel', 'model-name'].includes(k))
  )
    throw new AppError('BAD_REQUEST', `${key.slice(0, 64)}: AD_User takes a reference here, not a record to write`);
  if (id === null || id === undefined || id === 0 || id === '0') return key.toLowerCase() === 'ad_org_id' ? 0 : null;
  const n = Number(id);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new AppError('BAD_REQUEST', `Column '${key.slice(0, 64)}' expects a record id`);
  return n;
}

/** A PO json body of AD_User → the identity core's fields. */
export async function userFields(
  ctx: RecordContext,
  schema: PoolSchema,
  body: Record<string, unknown>,
  mode: 'insert' | 'update',
): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const checks: Promise<void>[] = [];
  for (const [key, value] of Object.entries(body)) {
    const lower = key.toLowerCase();
    if (NOT_COLUMNS.has(key) || IGNORED.has(lower)) continue;
    if (lower === 'isactive') {
      out.enabled = value === true || value === 'Y';
      continue;
    }
    const link = LINKS[lower];
    if (link) {
      const id = linkId(key, value);
      out[link.field] = id;
      if (id)
        checks.push(
          findRecord(ctx, requireTable(schema, link.table), String(id)).then((row) => {
            if (!row) throw new AppError('BAD_REQUEST', `Record ${id} not found in ${link.table}`);
          }),
        );
      continue;
    }
    const field = TEXT[lower];
    if (!field) throw new AppError('BAD_REQUEST', `Unknown column '${key.slice(0, 64)}'`);
    if (typeof value !== 'string') throw new AppError('BAD_REQUEST', `Column '${key.slice(0, 64)}' expects text`);
    out[field] = value;
  }
  await Promise.all(checks);
  if (mode === 'insert' && ctx.scope !== 'unscoped') {
    out.adClientId = ctx.scope.clientId;
    if (out.adOrgId === undefined) out.adOrgId = ctx.scope.defaultOrgId ?? 0;
  }
  return out;
}
