import type { Bindings } from '../../lib/bindings';

/**
 * The one server node of a deployment (iDempiere's cluster member): a stable id in the UUID format, derived
 * from the deployment's issuer name, so ProcessInfo's `nodeId`, `/nodes` and `/servers` agree across
 * isolates without storing anything.
 */
let cached: { issuer: string; id: string } | undefined;

function fnv(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function nodeId(env: Pick<Bindings, 'JWT_ISSUER'>): string {
  const issuer = env.JWT_ISSUER || 'atrium';
  if (cached?.issuer === issuer) return cached.id;
  const hex = [0x811c9dc5, 0x1b873593, 0xcc9e2d51, 0x85ebca6b]
    .map((seed) => fnv(`atrium-node:${issuer}`, seed))
    .join('');
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  cached = { issuer, id };
  return id;
}

/** The node's host name: the deployment's name (a Worker has no host of its own). */
export const NODE_HOST = 'atrium.workers.dev';
