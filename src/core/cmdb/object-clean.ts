import type { SQL } from 'drizzle-orm';
import { AppError } from '../../lib/errors';
import { type Actor, auditUser, requireRight, requireWrite } from '../identity/actor';
import { auditStatement } from '../ops/audit';
import { sql } from '../records/sql';
import { CMDB_RIGHTS, canOnType } from './acl';
import { objectImage } from './object-writes';
import { type CmdbObject, type Db, queryObjects } from './objects';
import { maskObject } from './secrets';
import { type CmdbType, visibleType } from './types';

/** Objects whose fields no longer match their type: listing them and cleaning them (DATAGERRY's `clean`). */
/** Objects of a type whose fields no longer match it (unknown names, or missing type fields). */
function uncleanOf(type: CmdbType): SQL {
  const names = JSON.stringify(type.fields.map((f) => f.name));
  return sql`o.type_id = ${type.public_id} and (
    exists (select 1 from json_each(o.fields) f where json_extract(f.value, '$.name') not in (select value from json_each(${names})))
    or exists (select 1 from json_each(${names}) n where n.value not in (select json_extract(f.value, '$.name') from json_each(o.fields) f)))`;
}

const CLEAN_LIMIT = 1000;

const uncleanObjects = (db: Db, actor: Actor, type: CmdbType) =>
  queryObjects(db, actor, {
    limit: CLEAN_LIMIT,
    offset: 0,
    sort: 'public_id',
    descending: false,
    where: uncleanOf(type),
  });

/** Right `type.clean` and READ on the type (hidden: 404): its objects that no longer match it (bounded). */
export async function listUnclean(db: Db, actor: Actor, typeId: number) {
  requireRight(actor, CMDB_RIGHTS.typeClean);
  const type = await visibleType(db, actor, typeId);
  const page = await uncleanObjects(db, actor, type);
  return { objects: page.objects.map((o) => maskObject(o, type)), total: page.total };
}

/**
 * Right `type.clean` and UPDATE on the type: drops unknown fields, adds missing ones as null; one batch for
 * all the type's unclean objects (bounded). Stored values, ciphertexts included, are carried over as they are.
 */
export async function cleanObjects(db: Db, actor: Actor, typeId: number): Promise<CmdbObject[]> {
  requireWrite(actor, CMDB_RIGHTS.typeClean);
  const type = await visibleType(db, actor, typeId);
  if (!canOnType(actor, type, 'UPDATE')) throw new AppError('FORBIDDEN', `No UPDATE access to type ${type.name}`);
  const { objects } = await uncleanObjects(db, actor, type);
  if (objects.length === 0) return [];
  // Each cleaned object gets its own audit row (its version moves), not one row for the whole clean.
  const statements = objects.flatMap((o) => {
    const fields = type.fields.map((f) => ({
      name: f.name,
      value: o.fields.find((x) => x.name === f.name)?.value ?? null,
    }));
    const before = objectImage(o, type);
    o.fields = fields;
    return [
      auditStatement(db, {
        user: auditUser(actor),
        table: 'dg_objects',
        recordId: o.public_id,
        action: 'UPDATE',
        before,
        after: objectImage(o, type),
        requestId: actor.requestId,
      }),
      db.prepare('update dg_objects set fields = ? where public_id = ?').bind(JSON.stringify(fields), o.public_id),
    ];
  });
  await db.batch(statements);
  return objects.map((o) => maskObject(o, type));
}
