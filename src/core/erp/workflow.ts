import { type SQL, sql } from 'drizzle-orm';
import type { DataAccess } from '../../db/data-access';
import type { Bindings } from '../../lib/bindings';
import { workflowStub } from '../../lib/do-stubs';
import { AppError } from '../../lib/errors';
import { type Actor, inAdminGroup, requireRight, requireWrite } from '../identity/actor';
import { findUserById, findUserByLogin } from '../identity/users';
import { auditRowsOf, auditStatement } from '../ops/audit';
import { requireTable } from '../records/registry';
import { allOf, scopeCondition } from '../records/scope';
import { type RecordContext, withDashes } from '../records/service';
import { prepare } from '../records/sql';
import type { PoolSchema } from '../records/types';
import type { ReadOnlyPolicy, WriteValue } from '../records/values';
import { planUpdate, type WriteStep } from '../records/writes';
import { userIdOf } from './users';
import type { NodeAction, NodeState } from './workflow-node';

/**
 * Document approval. Sending a C_Order to approval is an ordinary record update (rights, the role's table
 * access and the tenant apply) that also creates an approval node for the approver (the bootstrap admin,
 * else the caller), in one batch. Transitions go through the process's WorkflowDO (serialised; a node
 * already done answers 409) and are recorded in D1 (wf_activity, wf_history, audit_log) in one batch.
 * A node belongs to its user: another user's node is as missing as an absent one (admins act on any).
 */

/** What an order's audit image holds of a workflow transition (the columns it changes). */
const ORDER_IMAGE = "json_object('IsApproved', IsApproved, 'DocStatus', DocStatus)";
/** The standard columns of a change (src/core/records/standard.ts): when and by whom (the one bound value). */
const STAMP = "Updated = strftime('%Y-%m-%dT%H:%M:%fZ','now'), UpdatedBy = ?";

export interface ActivityRow {
  id: number;
  uid: string;
  process_id: string;
  table_name: string;
  record_id: number;
  node_name: string;
  node_description: string | null;
  node_help: string | null;
  priority: number;
  summary: string | null;
  column_name: string;
  node_type: string;
  user_id: number;
  state: NodeState;
  created: string;
}

export const WORKFLOW_RIGHTS = {
  view: 'base.framework.workflow.view',
  process: 'base.framework.workflow.process',
} as const;

/** The history of nodes, oldest first. */
export async function nodeHistory(
  data: DataAccess,
  ids: number[],
): Promise<{ activityId: number; action: string; message: string | null; at: string }[]> {
  if (!ids.length) return [];
  const { results } = await data
    .d1()
    .prepare(
      'select activity_id as activityId, action, message, at from wf_history where activity_id in (select value from json_each(?)) order by id limit 1000',
    )
    .bind(JSON.stringify(ids.slice(0, 200)))
    .all<{ activityId: number; action: string; message: string | null; at: string }>();
  return results;
}

/** Pending nodes of a user: one's own, or anyone's for an admin. */
export async function pendingNodes(data: DataAccess, actor: Actor, userId: number): Promise<ActivityRow[]> {
  requireRight(actor, WORKFLOW_RIGHTS.view);
  if (userId !== actor.userId && !inAdminGroup(actor))
    throw new AppError('FORBIDDEN', "Only administrators may read other users' nodes");
  const { results } = await data
    .d1()
    .prepare("select * from wf_activity where user_id = ? and state = 'pending' order by priority desc, id limit 200")
    .bind(userId)
    .all<ActivityRow>();
  return results;
}

/**
 * Sending an order to approval, planned (executed with the rest of its request, see records/writes.ts): the
 * update puts it in progress (DocStatus IP, not approved), with the request's other column changes, and
 * the same batch creates the pending approval node for the approver (the bootstrap admin, else the caller).
 */
export async function planApproval(
  ctx: RecordContext,
  schema: PoolSchema,
  orderId: number,
  values: Record<string, unknown>,
  options: { readOnly?: ReadOnlyPolicy; extraColumns?: SQL; computed?: Record<string, WriteValue> } = {},
): Promise<WriteStep> {
  const db = ctx.data.d1(ctx.pool);
  const open = await db
    .prepare("select id from wf_activity where table_name = 'C_Order' and record_id = ? and state = 'pending'")
    .bind(orderId)
    .first();
  if (open) throw new AppError('CONFLICT', 'The order is already waiting for approval');
  const approver = (await findUserByLogin(ctx.data.orm(), 'admin'))?.id ?? ctx.actor.userId;
  const table = requireTable(schema, 'C_Order');
  // The node is created only for an order this caller may write (same tenant condition as the update).
  const writable = allOf(sql`C_Order_ID = ${orderId}`, scopeCondition(table, ctx.scope, 'write'));
  const node = prepare(
    db,
    sql`insert into wf_activity (process_id, table_name, record_id, node_name, node_description, node_help, summary, column_name, node_type, user_id, uid)
      select 'C_Order-' || C_Order_ID, 'C_Order', C_Order_ID, 'Approve', 'Approve the sales order', 'Approve or reject the order.',
        'Order ' || DocumentNo || ': ' || printf('%.2f', GrandTotal), 'IsApproved', 'approval', ${approver}, ${crypto.randomUUID()} from C_Order where ${writable}`,
  );
  return planUpdate(
    ctx,
    schema,
    table,
    orderId,
    { ...values, DocStatus: 'IP', IsApproved: false },
    { ...options, also: [node] },
  );
}

export interface TransitionInput {
  message?: string;
  /** The user to forward to: an id (number or digits) or its `AD_User_UU`. */
  userTo?: number | string;
  value?: string;
}

/** One transition of a node the actor holds (admins: any), serialised by the process's Durable Object. */
export async function transitionNode(
  data: DataAccess,
  env: Bindings,
  actor: Actor,
  /** The node: its id, or its uid (a UUID). */
  nodeRef: number | string,
  action: NodeAction,
  extra: TransitionInput,
): Promise<ActivityRow> {
  requireWrite(actor, WORKFLOW_RIGHTS.process);
  const db = data.d1();
  const byId = typeof nodeRef === 'number' || /^\d+$/.test(nodeRef);
  const found = await db
    .prepare(`select * from wf_activity where ${byId ? 'id' : 'uid'} = ?`)
    .bind(byId ? Number(nodeRef) : withDashes(nodeRef))
    .first<ActivityRow>();
  const label = String(nodeRef).slice(0, 40);
  if (!found || (found.user_id !== actor.userId && !inAdminGroup(actor)))
    throw new AppError('NOT_FOUND', `Workflow node ${label} not found`);
  const node = found;
  const nodeId = node.id;
  if (node.state !== 'pending') throw new AppError('CONFLICT', `Node ${nodeId} is already ${node.state}`);
  if ((action === 'approve' || action === 'reject') && node.node_type !== 'approval')
    throw new AppError('BAD_REQUEST', 'Not an approval node');
  // Acknowledge is for window and form (notification) nodes, as the seed says: an approval node needs a
  // decision, else it would end with the document left waiting and no node pending.
  if (action === 'acknowledge' && node.node_type === 'approval')
    throw new AppError('CONFLICT', `Node ${nodeId} is an approval node: approve or reject it`);
  const userTo = action === 'forward' ? userIdOf(extra.userTo) : undefined;
  if (action === 'forward' && !(userTo !== undefined && (await findUserById(data.orm(), userTo))))
    throw new AppError('BAD_REQUEST', `User ${String(extra.userTo ?? '').slice(0, 40)} not found`);
  // The node's uid (random per row) keys its Durable Object state, so a node recreated with the same id
  // (a reset database) never inherits an old node's transitions.
  const result = await workflowStub(env, node.process_id).transition(node.uid, node.state, {
    action,
    userId: actor.userId,
    message: extra.message ?? null,
    value: extra.value ?? null,
    userTo,
    at: new Date().toISOString(),
  });
  if (!result.ok) throw new AppError('CONFLICT', `Node ${nodeId} is already ${result.state}`);
  const statements: D1PreparedStatement[] = [
    action === 'forward'
      ? db.prepare('update wf_activity set user_id = ? where id = ?').bind(userTo ?? null, node.id)
      : db
          .prepare("update wf_activity set state = ?, processed = strftime('%Y-%m-%dT%H:%M:%fZ','now') where id = ?")
          .bind(result.state, node.id),
    db
      .prepare('insert into wf_history (activity_id, action, user_id, message, value) values (?, ?, ?, ?, ?)')
      .bind(node.id, action, actor.userId, extra.message ?? null, extra.value ?? null),
  ];
  const orderChange =
    node.table_name !== 'C_Order'
      ? undefined
      : action === 'approve' || action === 'reject'
        ? db
            .prepare(`update C_Order set IsApproved = ?, DocStatus = ?, ${STAMP} where C_Order_ID = ?`)
            .bind(action === 'approve' ? 1 : 0, action === 'approve' ? 'CO' : 'NA', actor.userId, node.record_id)
        : action === 'setuserchoice'
          ? db
              .prepare(`update C_Order set IsApproved = ?, ${STAMP} where C_Order_ID = ?`)
              .bind(extra.value === 'Y' || extra.value === 'true' ? 1 : 0, actor.userId, node.record_id)
          : undefined;
  // The order changes too: its own audit row (before and after), so its version and history follow.
  if (orderChange)
    statements.push(
      auditRowsOf(
        db,
        {
          user: { userId: actor.userId, login: actor.login },
          table: 'C_Order',
          action: 'UPDATE',
          requestId: actor.requestId,
        },
        `select cast(C_Order_ID as text) as record_id, ${ORDER_IMAGE} as before, null as after from C_Order where C_Order_ID = ?`,
        node.record_id,
      ),
      orderChange,
      db
        .prepare(
          `update audit_log set after = (select ${ORDER_IMAGE} from C_Order where C_Order_ID = ?)
           where id = last_insert_rowid() and table_name = 'C_Order' and after is null`,
        )
        .bind(node.record_id),
    );
  statements.push(
    auditStatement(db, {
      user: { userId: actor.userId, login: actor.login },
      table: 'wf_activity',
      recordId: node.id,
      action: 'UPDATE',
      before: { state: node.state, user_id: node.user_id },
      after: { state: result.state, action, message: extra.message, value: extra.value, userTo },
      requestId: actor.requestId,
    }),
  );
  await db.batch(statements);
  return node;
}
