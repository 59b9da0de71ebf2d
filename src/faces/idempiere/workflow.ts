import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { isAdmin } from '../../core/identity/principal';
import { findUserById } from '../../core/identity/users';
import { auditStatement } from '../../core/ops/audit';
import { workflowStub } from '../../durable/stubs';
import type { NodeAction, NodeState } from '../../durable/workflow-do';
import { AppError } from '../../lib/errors';
import { createRouter } from '../../lib/router';
import type { AppEnv } from '../../lib/types';
import { authenticate, principalOf, requireRight } from '../../middleware/auth';
import { errorResponses } from './errors';

/**
 * Document approval. `PUT /models/C_Order/{id}` with `doc-action: PR` puts the order in progress
 * (DocStatus IP, IsApproved false) and creates an approval node for the approver (the bootstrap admin,
 * else the caller). Transitions go through the process's WorkflowDO (serialised; a node already done
 * answers 409) and are recorded in D1 (wf_activity, wf_history, audit_log) in one batch.
 */

interface ActivityRow {
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
}

const Node = z
  .object({
    id: z.number().int(),
    uid: z.string(),
    'model-name': z.string(),
    'node-name': z.string(),
    'node-description': z.string().nullable(),
    priority: z.number().int(),
    summary: z.string().nullable(),
    'node-help': z.string().nullable(),
    'history-records': z.string(),
    'table-name': z.string(),
    ad_table_id: z.number().int(),
    record_id: z.number().int(),
    'node-approval': z.boolean(),
    'node-confirmation': z.boolean(),
  })
  .openapi('IdWorkflowNode');
const Nodes = z.object({ 'row-count': z.number().int(), nodes: z.array(Node) }).openapi('IdWorkflowNodes');
const Result = z
  .object({ msg: z.string(), summary: z.string().nullable(), 'history-records': z.string() })
  .openapi('IdWorkflowResult');

function json<T extends z.ZodType>(schema: T, description = 'Successful response') {
  return { description, content: { 'application/json': { schema } } };
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

async function history(c: Context<AppEnv>, ids: number[]): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  if (!ids.length) return out;
  const { results } = await c.var.data
    .d1()
    .prepare(
      `select activity_id as activityId, action, message, at from wf_history where activity_id in (${ids.map(() => '?').join(',')}) order by id limit 1000`,
    )
    .bind(...ids)
    .all<{ activityId: number; action: string; message: string | null; at: string }>();
  for (const r of results)
    out.set(
      r.activityId,
      `${out.get(r.activityId) ?? ''}<p>${escapeHtml(r.at)} ${escapeHtml(r.action)}${r.message ? `: ${escapeHtml(r.message)}` : ''}</p>`,
    );
  return out;
}

async function pendingNodes(c: Context<AppEnv>, userId: number) {
  const { results } = await c.var.data
    .d1()
    .prepare("select * from wf_activity where user_id = ? and state = 'pending' order by priority desc, id limit 200")
    .bind(userId)
    .all<ActivityRow>();
  const notes = await history(
    c,
    results.map((r) => r.id),
  );
  const nodes = results.map((r) => ({
    id: r.id,
    uid: r.uid,
    'model-name': 'ad_wf_activity',
    'node-name': r.node_name,
    'node-description': r.node_description,
    priority: r.priority,
    summary: r.summary,
    'node-help': r.node_help,
    'history-records': notes.get(r.id) ?? '',
    'table-name': r.table_name,
    ad_table_id: 259,
    record_id: r.record_id,
    'node-approval': r.node_type === 'approval',
    'node-confirmation': r.node_type === 'confirmation',
  }));
  return { 'row-count': nodes.length, nodes };
}

export async function sendToApproval(c: Context<AppEnv>, orderId: number): Promise<void> {
  const principal = principalOf(c);
  const approver =
    (await c.var.data.d1().prepare("select id from users where lower(login) = 'admin'").first<{ id: number }>())?.id ??
    principal.userId;
  const db = c.var.data.d1();
  const open = await db
    .prepare("select id from wf_activity where table_name = 'C_Order' and record_id = ? and state = 'pending'")
    .bind(orderId)
    .first();
  if (open) throw new AppError('CONFLICT', 'The order is already waiting for approval');
  await db.batch([
    db.prepare("update C_Order set DocStatus = 'IP', IsApproved = 0 where C_Order_ID = ?").bind(orderId),
    db
      .prepare(
        `insert into wf_activity (process_id, table_name, record_id, node_name, node_description, node_help, summary, column_name, node_type, user_id)
         select 'C_Order-' || C_Order_ID, 'C_Order', C_Order_ID, 'Approve', 'Approve the sales order', 'Approve or reject the order.',
           'Order ' || DocumentNo || ': ' || printf('%.2f', GrandTotal), 'IsApproved', 'approval', ? from C_Order where C_Order_ID = ?`,
      )
      .bind(approver, orderId),
  ]);
}

const Message = z.object({ message: z.string().max(2000).optional() });

async function transition(
  c: Context<AppEnv>,
  nodeId: number,
  action: NodeAction,
  extra: { message?: string; userTo?: number; value?: string },
) {
  const principal = principalOf(c);
  const db = c.var.data.d1();
  const node = await db.prepare('select * from wf_activity where id = ?').bind(nodeId).first<ActivityRow>();
  // Another user's node is as invisible as a missing one (admins may act on any).
  if (!node || (node.user_id !== principal.userId && !isAdmin(principal)))
    throw new AppError('NOT_FOUND', `Workflow node ${nodeId} not found`);
  if (node.state !== 'pending') throw new AppError('CONFLICT', `Node ${nodeId} is already ${node.state}`);
  if ((action === 'approve' || action === 'reject') && node.node_type !== 'approval')
    throw new AppError('BAD_REQUEST', 'Not an approval node');
  if (action === 'forward' && !(await findUserById(c.var.data.orm(), extra.userTo ?? -1)))
    throw new AppError('BAD_REQUEST', `User ${extra.userTo} not found`);
  const result = await workflowStub(c.env, node.process_id).transition(node.id, node.state, {
    action,
    userId: principal.userId,
    message: extra.message ?? null,
    value: extra.value ?? null,
    userTo: extra.userTo,
    at: new Date().toISOString(),
  });
  if (!result.ok) throw new AppError('CONFLICT', `Node ${nodeId} is already ${result.state}`);

  const statements: D1PreparedStatement[] = [
    action === 'forward'
      ? db.prepare('update wf_activity set user_id = ? where id = ?').bind(extra.userTo ?? null, node.id)
      : db
          .prepare("update wf_activity set state = ?, processed = strftime('%Y-%m-%dT%H:%M:%fZ','now') where id = ?")
          .bind(result.state, node.id),
    db
      .prepare('insert into wf_history (activity_id, action, user_id, message, value) values (?, ?, ?, ?, ?)')
      .bind(node.id, action, principal.userId, extra.message ?? null, extra.value ?? null),
  ];
  if (node.table_name === 'C_Order' && (action === 'approve' || action === 'reject'))
    statements.push(
      db
        .prepare('update C_Order set IsApproved = ?, DocStatus = ? where C_Order_ID = ?')
        .bind(action === 'approve' ? 1 : 0, action === 'approve' ? 'CO' : 'NA', node.record_id),
    );
  if (node.table_name === 'C_Order' && action === 'setuserchoice')
    statements.push(
      db
        .prepare('update C_Order set IsApproved = ? where C_Order_ID = ?')
        .bind(extra.value === 'Y' || extra.value === 'true' ? 1 : 0, node.record_id),
    );
  const audit = auditStatement(db, {
    user: { userId: principal.userId, login: principal.login },
    table: 'wf_activity',
    recordId: node.id,
    action: 'UPDATE',
    before: { state: node.state, user_id: node.user_id },
    after: { state: result.state, action, ...extra },
    requestId: c.get('requestId'),
  });
  statements.push(audit);
  await db.batch(statements);
  const notes = await history(c, [node.id]);
  return { msg: `Node ${node.id}: ${action} done`, summary: node.summary, 'history-records': notes.get(node.id) ?? '' };
}

export function workflowRoutes() {
  const app = createRouter();
  const auth = [authenticate(), requireRight('base.framework.workflow.view')];
  const process = [authenticate(), requireRight('base.framework.workflow.process')];
  const NodeParam = z.object({ id: z.coerce.number().int().positive() });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/workflow',
      tags: ['iDempiere'],
      summary: 'Pending workflow nodes of the current user',
      middleware: auth,
      security: [{ bearerAuth: [] }],
      responses: { 200: json(Nodes), ...errorResponses },
    }),
    async (c) => c.json(await pendingNodes(c, principalOf(c).userId), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/workflow/{userId}',
      tags: ['iDempiere'],
      summary: 'Pending workflow nodes of another user (admin)',
      middleware: auth,
      security: [{ bearerAuth: [] }],
      request: { params: z.object({ userId: z.coerce.number().int().positive() }) },
      responses: { 200: json(Nodes), ...errorResponses },
    }),
    async (c) => {
      const principal = principalOf(c);
      const { userId } = c.req.valid('param');
      if (userId !== principal.userId && !isAdmin(principal))
        throw new AppError('FORBIDDEN', "Only administrators may read other users' nodes");
      return c.json(await pendingNodes(c, userId), 200);
    },
  );

  const actions: [NodeAction, z.ZodObject, string][] = [
    ['approve', Message, 'Approve an approval node'],
    ['reject', Message, 'Reject an approval node'],
    ['forward', Message.extend({ userTo: z.number().int().positive() }), 'Forward a node to another user'],
    ['acknowledge', Message, 'Acknowledge a notification node'],
    ['setuserchoice', Message.extend({ value: z.string().min(1).max(200) }), 'Set the user choice of a node'],
  ];
  for (const [action, body, summary] of actions) {
    app.openapi(
      createRoute({
        method: 'put',
        path: `/workflow/${action}/{id}`,
        tags: ['iDempiere'],
        summary,
        middleware: process,
        security: [{ bearerAuth: [] }],
        request: {
          params: NodeParam,
          body: {
            content: { 'application/json': { schema: body } },
            required: action !== 'approve' && action !== 'reject' && action !== 'acknowledge',
          },
        },
        responses: { 200: json(Result), 409: errorResponses[400], ...errorResponses },
      }),
      async (c) => {
        const payload = ((c.req.valid('json' as never) as object | undefined) ?? {}) as {
          message?: string;
          userTo?: number;
          value?: string;
        };
        return c.json(await transition(c, c.req.valid('param').id, action, payload), 200);
      },
    );
  }
  return app;
}
