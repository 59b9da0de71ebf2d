// The one place Durable Object stubs are made: binding access only, so the core reaches the DOs without importing them.
import type { Bindings } from './bindings';

/** Durable Object stubs are reached only through here, so tests and fault wrappers have one seam. */
export function poolStub(env: Bindings, alias: string) {
  return env.POOL_DO.get(env.POOL_DO.idFromName(`pool:${alias}`));
}

export function workflowStub(env: Bindings, processId: string) {
  return env.WORKFLOW_DO.get(env.WORKFLOW_DO.idFromName(`workflow:${processId}`));
}

export function throttleStub(env: Bindings, key: string) {
  return env.THROTTLE_DO.get(env.THROTTLE_DO.idFromName(`throttle:${key}`));
}

/** One live-feed Durable Object per topic (`message:<dir>`, `object:<type>`, `record:<table>`). */
export function feedStub(env: Bindings, topic: string) {
  return env.FEED_DO.get(env.FEED_DO.idFromName(`feed:${topic}`));
}

/** One per background process run (`<pool>:<AD_PInstance_ID>`): its alarm runs the process. */
export function processStub(env: Bindings, key: string) {
  return env.PROCESS_DO.get(env.PROCESS_DO.idFromName(`process:${key}`));
}
