import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { nodeHistory, pendingNodes, type TransitionInput, transitionNode } from '../../core/erp/workflow';
import type { NodeAction } from '../../durable/workflow-do';
import { createRouter } from '../../lib/router';
import type { AppEnv } from '../../lib/types';
import { actorOf, authenticate, principalOf, requireRight } from '../../middleware/auth';
import { errorResponses } from './errors';

/**
 * The workflow routes: pending nodes of a user and node transitions, rendered in the original's shapes.
 * The core decides and records (src/core/erp/workflow.ts); `PUT /models/C_Order/{id}` with
 * `doc-action: PR` sends an order to approval (models.routes.ts).
 */

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

/** History of nodes as the original's `history-records` HTML fragment, per node. */
async function history(c: Context<AppEnv>, ids: number[]): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  for (const r of await nodeHistory(c.var.data, ids))
    out.set(
      r.activityId,
      `${out.get(r.activityId) ?? ''}<p>${escapeHtml(r.at)} ${escapeHtml(r.action)}${r.message ? `: ${escapeHtml(r.message)}` : ''}</p>`,
    );
  return out;
}

async function renderNodes(c: Context<AppEnv>, userId: number) {
  const results = await pendingNodes(c.var.data, actorOf(c), userId);
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

const Message = z.object({ message: z.string().max(2000).optional() });

async function transition(c: Context<AppEnv>, nodeId: number, action: NodeAction, extra: TransitionInput) {
  const node = await transitionNode(c.var.data, c.env, actorOf(c), nodeId, action, extra);
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
    async (c) => c.json(await renderNodes(c, principalOf(c).userId), 200),
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
      return c.json(await renderNodes(c, c.req.valid('param').userId), 200);
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
