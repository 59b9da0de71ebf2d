import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { groupDeleted, groupRenamed } from '../../../src/core/identity/dependents';
import { orm } from '../../support/worker';

/** The statements run on the real AD_Role and r2_access definitions of src/db/schema. */
describe('dependents of a group', () => {
  it('a rename follows into roles and access rules; a delete deactivates roles and drops rules', async () => {
    const db = orm();
    await env.DB.batch([
      env.DB.prepare(
        "insert into AD_Role (AD_Client_ID, Name, Group_Name) values (11, 'Dependents role', 'Dependents Group')",
      ),
      env.DB.prepare(
        "insert into r2_access (directory_id, subject_type, subject_name, permission, allowed) select id, 'GROUP', 'dependents group', 'canReadMessage', 1 from r2_directories where full_name = 'System'",
      ),
    ]);
    const role = () =>
      env.DB.prepare(
        "select Group_Name as name, IsActive as active from AD_Role where Name = 'Dependents role'",
      ).first<{
        name: string;
        active: number;
      }>();
    const rules = async (name: string) =>
      (
        await env.DB.prepare("select count(*) as n from r2_access where subject_type = 'GROUP' and subject_name = ?")
          .bind(name)
          .first<{ n: number }>()
      )?.n;

    const [rename, ...more] = groupRenamed(db, 'DEPENDENTS GROUP', 'Dependents Renamed');
    await db.batch([rename, ...more]);
    expect(await role()).toEqual({ name: 'Dependents Renamed', active: 1 });
    expect(await rules('Dependents Renamed')).toBe(1);

    const [drop, ...rest] = groupDeleted(db, 'dependents renamed');
    await db.batch([drop, ...rest]);
    expect(await role()).toEqual({ name: 'Dependents Renamed', active: 0 });
    expect(await rules('Dependents Renamed')).toBe(0);
  });
});
