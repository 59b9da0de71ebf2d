import { DurableObject } from 'cloudflare:workers';
import type { NodeAction, NodeState, NodeTransition, TransitionResult } from '../core/erp/workflow-node';

const NEXT: Record<NodeAction, NodeState> = {
  approve: 'approved',
  reject: 'rejected',
  forward: 'pending',
  acknowledge: 'acknowledged',
  setuserchoice: 'chosen',
};

/**
 * One per workflow process: the state machine of its activity nodes and their history. The DO
 * serialises transitions (two approvers racing: one wins, the other gets `ok: false`); D1 keeps a
 * copy of every transition for listing and audit. A node the DO has not seen yet starts from the state
 * D1 reports (nodes created by SQL, e.g. demo data).
 */
export class WorkflowDO extends DurableObject<Cloudflare.Env> {
  async transition(nodeId: number | string, knownState: NodeState, step: NodeTransition): Promise<TransitionResult> {
    const key = `node:${nodeId}`;
    const node = (await this.ctx.storage.get<{ state: NodeState; history: NodeTransition[] }>(key)) ?? {
      state: knownState,
      history: [],
    };
    if (node.state !== 'pending') return { ok: false, state: node.state, history: node.history };
    const next = { state: NEXT[step.action], history: [...node.history, step].slice(-50) };
    await this.ctx.storage.put(key, next);
    return { ok: true, ...next };
  }

  async node(nodeId: number | string): Promise<{ state: NodeState; history: NodeTransition[] } | null> {
    return (await this.ctx.storage.get<{ state: NodeState; history: NodeTransition[] }>(`node:${nodeId}`)) ?? null;
  }
}
