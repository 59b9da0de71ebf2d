// A workflow node's states and transitions, shared by the core and the workflow Durable Object (which imports them).

export type NodeState = 'pending' | 'approved' | 'rejected' | 'acknowledged' | 'chosen';
export type NodeAction = 'approve' | 'reject' | 'forward' | 'acknowledge' | 'setuserchoice';

export interface NodeTransition {
  action: NodeAction;
  userId: number;
  message?: string | null;
  value?: string | null;
  userTo?: number;
  at: string;
}

export interface TransitionResult {
  ok: boolean;
  state: NodeState;
  history: NodeTransition[];
}
