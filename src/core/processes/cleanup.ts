import { removal } from '../files/store';
import { auditUser } from '../identity/actor';
import { auditRowsOf } from '../ops/audit';
import { RECORD_RIGHTS } from '../records/service';
import { param } from './params';
import { registerProcess } from './registry';

/**
 * `AD_PInstance_Cleanup` (atrium.ops.InstanceCleanup): the session's client's finished process instances
 * older than `KeepLogDays` go, with their parameters and logs (ON DELETE CASCADE) and an audit row each, in
 * one batch, with their output files (outputs.ts). The demo's scheduler runs it.
 */
registerProcess({
  classname: 'atrium.ops.InstanceCleanup',
  rights: [RECORD_RIGHTS.delete],
  async run({ ctx, params, clientId, log }) {
    const days = Math.max(0, Math.floor(param<number>(params, 'KeepLogDays') ?? 7));
    const db = ctx.data.d1(ctx.pool);
    const where = `AD_Client_ID = ? and IsProcessing = 0 and Created < strftime('%Y-%m-%dT%H:%M:%fZ', 'now', ?)`;
    const binds = [clientId, `-${days} days`];
    const [count] = await db.batch([
      db.prepare(`select count(*) as n from AD_PInstance where ${where}`).bind(...binds),
      auditRowsOf(
        db,
        {
          user: auditUser(ctx.actor),
          pool: ctx.pool,
          table: 'AD_PInstance',
          action: 'DELETE',
          requestId: ctx.actor.requestId,
        },
        `select cast(AD_PInstance_ID as text) as record_id, json_object('AD_Process_ID', AD_Process_ID, 'Result', Result) as before, null as after
         from AD_PInstance where ${where}`,
        ...binds,
      ),
      ...removal(
        { db, pool: ctx.pool, actor: ctx.actor },
        `owner in (select 'process-output:' || AD_PInstance_ID from AD_PInstance where ${where})`,
        ...binds,
      ),
      db.prepare(`delete from AD_PInstance where ${where}`).bind(...binds),
    ]);
    const n = (count.results[0] as { n: number } | undefined)?.n ?? 0;
    log({ message: `Deleted ${n} process instances older than ${days} days`, number: n });
    return { summary: `Deleted = ${n}` };
  },
});
