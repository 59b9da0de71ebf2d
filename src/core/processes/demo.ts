import type { Orm } from '../../db/data-access';
import type { Bindings } from '../../lib/bindings';

/**
 * Demo rows of the processes (the dictionary itself, AD_Process and its parameters, comes with the
 * migration): GardenWorld Admin (102) may run every process, GardenWorld User (103) the reports and the
 * order print; scheduler 100 "Delete old process instances" (not scheduled) and 101 "Order detail" (every
 * day, started), both run by `admin` as GardenWorld Admin; admin's finished background job 100 (Order Detail).
 */
export async function loadProcessesDemo(_orm: Orm, env: Bindings): Promise<void> {
  const db = env.DB;
  const exists = await db
    .prepare("select 1 from sqlite_master where type = 'table' and name = 'AD_Scheduler'")
    .first()
    .catch(() => null);
  if (!exists) return;
  const admin = await db.prepare("select id from users where login = 'admin'").first<{ id: number }>();
  const roles = await db
    .prepare('select AD_Role_ID as id from AD_Role where AD_Role_ID in (102, 103)')
    .all<{ id: number }>();
  if (!admin || roles.results.length < 2) return;
  await db.batch([
    db.prepare(
      `insert or ignore into AD_Process_Access (AD_Client_ID, AD_Org_ID, AD_Process_ID, AD_Role_ID, IsReadWrite)
       select 11, 0, AD_Process_ID, 102, 1 from AD_Process where AD_Client_ID = 0`,
    ),
    db.prepare(
      `insert or ignore into AD_Process_Access (AD_Client_ID, AD_Org_ID, AD_Process_ID, AD_Role_ID, IsReadWrite)
       select 11, 0, AD_Process_ID, 103, 1 from AD_Process where Value in ('RV_OrderDetail', 'RV_BPartnerOpen', 'Rpt C_Order', 'Rpt C_Invoice')`,
    ),
    db
      .prepare(
        `insert or ignore into AD_Scheduler (AD_Scheduler_ID, AD_Client_ID, AD_Org_ID, Name, Description, AD_Process_ID, AD_Schedule_ID,
           AD_Role_ID, Supervisor_ID, KeepLogDays, SchedulerState, DateNextRun, ReportOutputType)
         values (100, 11, 0, 'Delete Old Process Instances', 'Process instances older than a week go', 202, 100, 102, ?, 7, 'N', null, null),
                (101, 11, 0, 'Order Detail', 'The order detail report, every day', 201, 100, 102, ?, 7, 'S',
                 strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+1 day'), 'CSV')`,
      )
      .bind(admin.id, admin.id),
    // A finished background job of admin's (`/processes/jobs/100`, the route's example).
    db
      .prepare(
        `insert or ignore into AD_PInstance (AD_PInstance_ID, AD_Client_ID, AD_Org_ID, CreatedBy, UpdatedBy, AD_Process_ID, AD_User_ID,
           AD_Role_ID, IsProcessing, Result, ErrorMsg, IsRunAsJob, NotificationType, ReportType, Started, Finished)
         values (100, 11, 11, ?, ?, 201, ?, 102, 0, 1, '10 order lines', 1, 'N', 'CSV', '2026-01-05T08:00:00.000Z', '2026-01-05T08:00:01.000Z')`,
      )
      .bind(admin.id, admin.id, admin.id),
    db.prepare(
      `insert or ignore into AD_Scheduler_Para (AD_Client_ID, AD_Org_ID, AD_Scheduler_ID, AD_Process_Para_ID, ParameterDefault)
       select 11, 0, 100, 2020, '7' where not exists (select 1 from AD_Scheduler_Para where AD_Scheduler_ID = 100)`,
    ),
  ]);
}
