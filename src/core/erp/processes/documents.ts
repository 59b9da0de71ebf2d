import { AppError } from '../../../lib/errors';
import { param } from '../../processes/params';
import { registerProcess } from '../../processes/registry';
import { findColumn, getPoolSchema, requireTable } from '../../records/registry';
import { RECORD_RIGHTS } from '../../records/service';
import { executeWrites, planUpdate, type WriteStep } from '../../records/writes';
import { planApproval } from '../workflow';

/**
 * `C_Order Process` (atrium.erp.OrderDocAction): an order's document action, as iDempiere's DocumentEngine
 * moves it: PR (prepare) sends it to approval through the workflow (workflow.ts: DocStatus IP and an
 * approval node), CO completes it, VO voids it (its lines' quantities become 0). Each is a planned update of
 * the order (and lines) through the records core, so the caller's record rights, the role's table access,
 * the tenant and the audit rows apply as on `PUT /models/C_Order/{id}`; all in one batch.
 */

const ACTIONS: Record<string, { from: string[]; label: string }> = {
  PR: { from: ['DR', 'IN', 'NA'], label: 'prepared (waiting for approval)' },
  CO: { from: ['DR', 'IN', 'IP', 'NA'], label: 'completed' },
  VO: { from: ['DR', 'IN', 'IP', 'NA', 'CO'], label: 'voided' },
};

registerProcess({
  classname: 'atrium.erp.OrderDocAction',
  rights: [RECORD_RIGHTS.edit],
  async run({ ctx, record, params, log }) {
    if (record?.tableName !== 'C_Order' || !record) throw new AppError('BAD_REQUEST', 'record-id must name an order');
    const action = String(param<string>(params, 'DocAction') ?? '').toUpperCase();
    const rule = ACTIONS[action];
    if (!rule) throw new AppError('BAD_REQUEST', `Document action ${action.slice(0, 4)} is not supported (PR, CO, VO)`);
    const db = ctx.data.d1(ctx.pool);
    const order = await db
      .prepare('select DocumentNo as documentNo, DocStatus as status from C_Order where C_Order_ID = ?')
      .bind(record.id)
      .first<{ documentNo: string; status: string }>();
    if (!order) throw new AppError('NOT_FOUND', `Order ${record.id} not found`);
    if (!rule.from.includes(order.status))
      throw new AppError('CONFLICT', `Order ${order.documentNo} is ${order.status}: it cannot be ${rule.label}`);
    const pending = await db
      .prepare(
        "select id from wf_activity where table_name = 'C_Order' and record_id = ? and state = 'pending' limit 1",
      )
      .bind(record.id)
      .first<{ id: number }>();
    if (pending && action !== 'VO')
      throw new AppError('CONFLICT', `Order ${order.documentNo} is waiting for approval (workflow node ${pending.id})`);
    const schema = await getPoolSchema(ctx.data, ctx.pool);
    const table = requireTable(schema, 'C_Order');
    const has = (name: string) => Boolean(findColumn(table, name));
    const steps: WriteStep[] = [];
    if (action === 'PR') steps.push(await planApproval(ctx, schema, record.id, {}, { readOnly: 'ignore' }));
    else {
      const values: Record<string, unknown> = { DocStatus: action };
      if (action === 'CO') values.IsApproved = true;
      if (has('Processed')) values.Processed = true;
      if (has('DocAction')) values.DocAction = action === 'CO' ? 'CL' : '--';
      steps.push(await planUpdate(ctx, schema, table, record.id, values, { readOnly: 'ignore' }));
      if (action === 'VO') {
        const lines = requireTable(schema, 'C_OrderLine');
        const { results } = await db
          .prepare('select C_OrderLine_ID as id from C_OrderLine where C_Order_ID = ? order by Line limit 200')
          .bind(record.id)
          .all<{ id: number }>();
        for (const line of results)
          steps.push(
            await planUpdate(
              ctx,
              schema,
              lines,
              line.id,
              { QtyEntered: 0, QtyOrdered: 0 },
              {
                readOnly: 'ignore',
                parent: { column: 'C_Order_ID', value: record.id },
              },
            ),
          );
      }
    }
    await executeWrites(ctx, [steps]);
    log({
      message: `Order ${order.documentNo}: ${order.status} -> ${action === 'PR' ? 'IP' : action}`,
      tableName: 'C_Order',
      recordId: record.id,
    });
    return { summary: `Order ${order.documentNo} ${rule.label}` };
  },
});
