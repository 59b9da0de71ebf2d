import type { Bindings } from '../../lib/bindings';
import { AppError } from '../../lib/errors';
import { type Actor, requireRight, requireWrite } from '../identity/actor';
import { NODE_HOST, nodeId } from '../processes/node';
import { KvStore, kvKeys } from './kv';
import type { LogEntry } from './logs';

/**
 * iDempiere's server nodes on Workers: one node, this deployment, whose "log files" are the entries of the
 * log store Liberty's log routes use (KV, `log:<time>-<random>`, kept a week): process runs write one entry
 * each, front ends post theirs. A file is a day's entries (UTC) from one rotation to the next:
 * `atrium-<yyyy-mm-dd>.<n>.log`, where a rotation (`POST /nodes/{id}/logs/rotate`) starts file n+1 of the
 * day. Deleting removes every entry but the current file's. Reading needs `base.system.view` and
 * `base.framework.log.view`; rotating and deleting `base.framework.log.delete`.
 */

export const NODE_RIGHTS = {
  view: 'base.system.view',
  logs: 'base.framework.log.view',
  manage: 'base.framework.log.delete',
} as const;
const ROTATIONS_KEY = 'logmeta:rotations';
/** Entries a listing considers (the newest first pages of the store). */
const MAX_ENTRIES = 1000;

export function requireNode(env: Bindings, actor: Actor, id: string): void {
  requireRight(actor, NODE_RIGHTS.view);
  if (id !== nodeId(env) && id !== 'local')
    throw new AppError('NOT_FOUND', `No match found for node id: ${id.slice(0, 64)}`);
}

export function nodeInfo(env: Bindings) {
  return {
    id: nodeId(env),
    hostName: NODE_HOST,
    home: '/',
    os: 'Cloudflare Workers (workerd)',
    jvm: 'none (JavaScript isolate)',
    databaseDescription: 'Cloudflare D1 (SQLite)',
    databaseConnectionURL: 'd1://DB',
    databaseStatus: 'connected',
    availableProcessors: 1,
    averageSystemLoad: 0,
    memoryUsage: 'limit 128 MB per isolate',
    heapMemoryUsage: 'limit 128 MB per isolate',
    runtime: 'workerd',
    runtimeUptime: 'per request',
    threadCount: 1,
    peakThreadCount: 1,
    daemonThreadCount: 0,
    totalStartedThreadCount: 1,
    logLevel: 'INFO',
    currentLogFile: '',
    sessionCount: 0,
    garbageCollectionCount: 0,
    garbageCollectionTime: 0,
  };
}

interface Listed {
  key: string;
  at: string;
  size: number;
}

async function entries(env: Bindings): Promise<Listed[]> {
  const out: Listed[] = [];
  let cursor: string | undefined;
  do {
    const page = await env.CACHE.list<{ size?: number }>({ prefix: kvKeys.logPrefix, cursor, limit: 1000 });
    for (const k of page.keys) {
      const stamp = /^log:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})/.exec(k.name);
      if (stamp)
        out.push({
          key: k.name,
          at: `${stamp[1]}-${stamp[2]}-${stamp[3]}T${stamp[4]}:${stamp[5]}:${stamp[6]}`,
          size: k.metadata?.size ?? 0,
        });
    }
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor && out.length < MAX_ENTRIES);
  return out;
}

async function rotations(env: Bindings): Promise<string[]> {
  return (await new KvStore(env.CACHE).getJson<string[]>(ROTATIONS_KEY)) ?? [];
}

function fileOf(at: string, points: string[]): string {
  const day = at.slice(0, 10);
  const n = points.filter((p) => p.slice(0, 10) === day && p <= at).length;
  return `atrium-${day}.${n}.log`;
}

export async function currentLogFile(env: Bindings): Promise<string> {
  return fileOf(new Date().toISOString().slice(0, 19), await rotations(env));
}

/** The node's log files, oldest first. */
export async function logFiles(env: Bindings, actor: Actor): Promise<{ fileName: string; fileSize: number }[]> {
  requireRight(actor, NODE_RIGHTS.logs);
  const points = await rotations(env);
  const files = new Map<string, number>();
  for (const e of await entries(env)) {
    const name = fileOf(e.at, points);
    files.set(name, (files.get(name) ?? 0) + e.size);
  }
  return [...files].sort().map(([fileName, fileSize]) => ({ fileName, fileSize }));
}

/** A log file's text: one JSON line per entry. */
export async function logFileText(env: Bindings, actor: Actor, fileName: string): Promise<string> {
  requireRight(actor, NODE_RIGHTS.logs);
  const points = await rotations(env);
  const keys = (await entries(env)).filter((e) => fileOf(e.at, points) === fileName);
  if (!keys.length) throw new AppError('NOT_FOUND', `File not found: ${fileName.slice(0, 255)}`);
  const store = new KvStore(env.CACHE);
  const lines = await Promise.all(keys.slice(0, 200).map((k) => store.getJson<LogEntry>(k.key)));
  return lines
    .filter((l): l is LogEntry => l !== null)
    .map((l) => JSON.stringify(l))
    .join('\n')
    .concat('\n');
}

export async function rotateLogs(env: Bindings, actor: Actor): Promise<string> {
  requireWrite(actor, NODE_RIGHTS.manage);
  const points = [...(await rotations(env)), new Date().toISOString().slice(0, 19)].slice(-100);
  await new KvStore(env.CACHE).putJson(ROTATIONS_KEY, points, 8 * 24 * 3600);
  return fileOf(points[points.length - 1], points);
}

/** Removes every entry but those of the current file; answers the current file's name. */
export async function deleteLogs(env: Bindings, actor: Actor): Promise<string> {
  requireWrite(actor, NODE_RIGHTS.manage);
  const points = await rotations(env);
  const current = await currentLogFile(env);
  const store = new KvStore(env.CACHE);
  const old = (await entries(env)).filter((e) => fileOf(e.at, points) !== current);
  for (let i = 0; i < old.length; i += 50) await Promise.all(old.slice(i, i + 50).map((e) => store.delete(e.key)));
  return current;
}
