/**
 * Fault injection for the hardening tests (the one place our bindings are wrapped): a D1 database
 * whose sessions throw the production error messages on chosen calls, then behave normally.
 */

export const D1_FAULTS = {
  connectionLost: 'D1_ERROR: Network connection lost.',
  overloaded: 'D1_ERROR: D1 DB is overloaded. Too many requests queued.',
  timeout: 'D1_ERROR: storage operation exceeded timeout which caused object to be reset.',
} as const;

export interface FaultPlan {
  /** Error message to throw. */
  message: string;
  /** How many calls fail before the database behaves again (Infinity: always). */
  failures: number;
  /** Which calls fail: statement reads/writes, batches, or all. */
  on?: 'statement' | 'batch' | 'all';
  /** Counts every call that reached the wrapper (failed or not). */
  calls?: number;
}

const realOf = new WeakMap<object, D1PreparedStatement>();

function maybeFail(plan: FaultPlan, kind: 'statement' | 'batch'): void {
  plan.calls = (plan.calls ?? 0) + 1;
  if ((plan.on ?? 'all') !== 'all' && plan.on !== kind) return;
  if (plan.failures > 0) {
    plan.failures -= 1;
    throw new Error(plan.message);
  }
}

function faultyStatement(real: D1PreparedStatement, plan: FaultPlan): D1PreparedStatement {
  const wrapped = {
    bind: (...values: unknown[]) => faultyStatement(real.bind(...values), plan),
    first: async (column?: string) => {
      maybeFail(plan, 'statement');
      return column ? real.first(column) : real.first();
    },
    all: async () => {
      maybeFail(plan, 'statement');
      return real.all();
    },
    raw: async (options?: { columnNames?: boolean }) => {
      maybeFail(plan, 'statement');
      return real.raw(options as { columnNames: true });
    },
    run: async () => {
      maybeFail(plan, 'statement');
      return real.run();
    },
  } as unknown as D1PreparedStatement;
  realOf.set(wrapped as object, real);
  return wrapped;
}

function faultySession<S extends Pick<D1DatabaseSession, 'prepare' | 'batch'>>(session: S, plan: FaultPlan): S {
  return new Proxy(session, {
    get(target, property, receiver) {
      if (property === 'prepare') return (sql: string) => faultyStatement(target.prepare(sql), plan);
      if (property === 'batch')
        return async (statements: D1PreparedStatement[]) => {
          maybeFail(plan, 'batch');
          return target.batch(statements.map((s) => realOf.get(s as object) ?? s));
        };
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export function faultyD1(db: D1Database, plan: FaultPlan): D1Database {
  return new Proxy(db, {
    get(target, property, receiver) {
      if (property === 'withSession')
        return (constraint?: string) => faultySession(target.withSession(constraint), plan);
      if (property === 'prepare' || property === 'batch')
        return Reflect.get(faultySession(target, plan), property, receiver);
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** A KV namespace that always fails (a KV outage). */
export function failingKv(kv: KVNamespace): KVNamespace {
  return new Proxy(kv, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return async () => {
        throw new Error('KV GET failed: 500 Internal Server Error');
      };
    },
  });
}

/** A Durable Object namespace whose stubs fail every call with a platform error (overload, reset). */
export function failingDurableObjects<T extends DurableObjectNamespace<any>>(namespace: T, message: string): T {
  return new Proxy(namespace, {
    get(target, property, receiver) {
      if (property === 'get')
        return () =>
          new Proxy(
            {},
            {
              get: () => async () => {
                throw new Error(message);
              },
            },
          );
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
