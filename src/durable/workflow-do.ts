import { DurableObject } from 'cloudflare:workers';

export interface WorkflowState {
  processId: string;
  status: 'new' | 'running' | 'completed' | 'aborted';
  updatedAt: string | null;
}

/**
 * One per workflow process: its pending nodes, transitions and history live here (the iDempiere face
 * fills in the transitions; each transition is also written to D1 for listing and audit).
 */
export class WorkflowDO extends DurableObject<Cloudflare.Env> {
  async state(processId: string): Promise<WorkflowState> {
    return (await this.ctx.storage.get<WorkflowState>('state')) ?? { processId, status: 'new', updatedAt: null };
  }
}
