import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { tableId } from '../../core/erp/dictionary';
import { userIdOf } from '../../core/erp/users';
import { nodeHistory, pendingNodes, type TransitionInput, transitionNode } from '../../core/erp/workflow';
import type { NodeAction } from '../../core/erp/workflow-node';
import { AppError } from '../../lib/errors';
import { json, SECURITY } from '../../lib/openapi';
import { actorOf, authenticate, principalOf, requireRight } from '../../middleware/auth';
import type { AppEnv } from '../../middleware/env';
import { createRouter } from '../../middleware/router';
import { errorResponses } from './errors';
import { EXAMPLES, TAGS } from './openapi';

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
    'history-records': z.string().openapi({ description: "The node's history as an HTML fragment (`<p>` per step)." }),
    'table-name': z.string().openapi({ description: 'Table of the record the node is about.' }),
    ad_table_id: z.number().int(),
    record_id: z.number().int().openapi({ description: 'Id of the record the node is about.' }),
    'node-approval': z.boolean().openapi({ description: 'An approval node (approve or reject).' }),
    'node-confirmation': z.boolean().openapi({ description: 'A notification node (acknowledge).' }),
    created: z.string().openapi({ description: 'When the node was created (ISO 8601).', format: 'date-time' }),
  })
  .openapi('IdWorkflowNode');
const Nodes = z.object({ 'row-count': z.number().int(), nodes: z.array(Node) }).openapi('IdWorkflowNodes');
const Result = z
  .object({ msg: z.string(), summary: z.string().nullable(), 'history-records': z.string() })
  .openapi('IdWorkflowResult');

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
    ad_table_id: tableId(r.table_name),
    record_id: r.record_id,
    'node-approval': r.node_type === 'approval',
    'node-confirmation': r.node_type === 'confirmation',
    created: new Date(r.created).toISOString(),
  }));
  return { 'row-count': nodes.length, nodes };
}

/**
 * The message is optional, and clients send `Content-Type: application/json` with no body at all: a blank
 * body counts as `{}` (the JSON validator would refuse it as malformed).
 */
const emptyBodyIsEmptyObject = createMiddleware<AppEnv>(async (c, next) => {
  if (/json/i.test(c.req.header('content-type') ?? '') && !(await c.req.text()).trim())
    (c.req.bodyCache as Record<string, unknown>).text = Promise.resolve('{}');
  await next();
});

const Message = z.object({
  message: z.string().max(2000).optional().openapi({ description: "A note recorded in the node's history." }),
});

async function transition(c: Context<AppEnv>, nodeId: string, action: NodeAction, extra: TransitionInput) {
  const node = await transitionNode(c.var.data, c.env, actorOf(c), nodeId, action, extra);
  const notes = await history(c, [node.id]);
  return { msg: `Node ${node.id}: ${action} done`, summary: node.summary, 'history-records': notes.get(node.id) ?? '' };
}

export function workflowRoutes() {
  const app = createRouter();
  const auth = [authenticate(), requireRight('base.framework.workflow.view')];
  const process = [authenticate(), requireRight('base.framework.workflow.process')];
  const NodeParam = z.object({
    id: z
      .string()
      .regex(/^(\d{1,15}|[0-9A-Fa-f]{8}-?[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{12})$/)
      .openapi({ description: 'The workflow node (activity): its id, or its uid (a UUID).', example: '1' }),
  });
  const tags = [TAGS.workflow.name];
  const security = SECURITY.bearer;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/workflow',
      operationId: 'idempiereListMyWorkflowNodes',
      tags,
      summary: 'Pending workflow nodes of the current user',
      description: 'Every suspended, unprocessed node waiting for the caller (right `base.framework.workflow.view`).',
      middleware: auth,
      security,
      responses: { 200: json(Nodes), ...errorResponses },
    }),
    async (c) => c.json(await renderNodes(c, principalOf(c).userId), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/workflow/{userId}',
      operationId: 'idempiereListUserWorkflowNodes',
      tags,
      summary: 'Pending workflow nodes of another user (admin)',
      description:
        "Every suspended, unprocessed node waiting for the user; another user's nodes need an administrator.",
      middleware: auth,
      security,
      request: {
        params: z.object({
          userId: z
            .string()
            .max(64)
            .openapi({ description: 'The user: `AD_User_ID`, or its `AD_User_UU`.', example: '1' }),
        }),
      },
      responses: { 200: json(Nodes), ...errorResponses },
    }),
    async (c) => {
      const userId = userIdOf(c.req.valid('param').userId);
      if (userId === undefined) throw new AppError('NOT_FOUND', 'User not found');
      return c.json(await renderNodes(c, userId), 200);
    },
  );

  const actions: [NodeAction, z.ZodObject, string, string, string][] = [
    [
      'approve',
      Message,
      'Approve an approval node',
      'idempiereApproveNode',
      'Approves an approval node (column `IsApproved`); the workflow goes on.',
    ],
    [
      'reject',
      Message,
      'Reject an approval node',
      'idempiereRejectNode',
      'Rejects an approval node (column `IsApproved`); the workflow ends.',
    ],
    [
      'forward',
      Message.extend({
        userTo: z
          .union([z.number().int().positive(), z.string().min(1).max(64)])
          .openapi({ description: 'The user to forward to: `AD_User_ID` (a number or its digits) or `AD_User_UU`.' }),
      }),
      'Forward a node to another user',
      'idempiereForwardNode',
      'Hands an approval node to another user, who then finds it in their pending nodes.',
    ],
    [
      'acknowledge',
      Message,
      'Acknowledge a notification node',
      'idempiereAcknowledgeNode',
      'Acknowledges a notification node (no decision needed); the workflow goes on.',
    ],
    [
      'setuserchoice',
      Message.extend({
        value: z
          .string()
          .min(1)
          .max(200)
          .openapi({ description: "Value for the node's column (a list value or text)." }),
      }),
      'Set the user choice of a node',
      'idempiereSetNodeUserChoice',
      'Like approve and reject, for nodes whose column is a list or text: sets the chosen value.',
    ],
  ];
  for (const [action, body, summary, operationId, description] of actions) {
    app.openapi(
      createRoute({
        method: 'put',
        path: `/workflow/${action}/{id}`,
        operationId,
        tags,
        summary,
        description: `${description} Right \`base.framework.workflow.process\`; unknown or not yours: 404; already processed: 409; an action that does not fit the node: 400.`,
        middleware: [...process, emptyBodyIsEmptyObject] as const,
        security,
        request: {
          params: NodeParam,
          body: {
            content: { 'application/json': { schema: body, example: EXAMPLES[action] } },
            required: action !== 'approve' && action !== 'reject' && action !== 'acknowledge',
          },
        },
        responses: {
          200: json(Result),
          409: { ...errorResponses[400], description: 'The node is already processed' },
          ...errorResponses,
        },
      }),
      async (c) => {
        const payload = ((c.req.valid('json' as never) as object | undefined) ?? {}) as TransitionInput;
        return c.json(await transition(c, c.req.valid('param').id, action, payload), 200);
      },
    );
  }
  return app;
}
