import { AppError } from '../../lib/errors';
import { KV_TTL, KvStore, kvKeys } from './kv';

/**
 * Liberty's log store: entries posted by front ends (and nothing else) kept in KV for KV_TTL.log
 * (7 days). Keys sort by time (`log:<ISO time>-<random>`), so listing pages run newest last.
 */
export interface LogEntry {
  id: string;
  timestamp: string;
  level: string;
  transactionName?: string;
  message: string;
  method?: string;
  url?: string;
  category?: string;
  feature?: string;
  isException?: boolean;
  user?: string;
}

export const LOG_PAGE_SIZE = 100;

export async function writeLog(kv: KVNamespace, entry: Omit<LogEntry, 'id' | 'timestamp'>): Promise<LogEntry> {
  const timestamp = new Date().toISOString();
  const id = `${timestamp.replace(/[-:.TZ]/g, '')}-${crypto.randomUUID().slice(0, 8)}`;
  const stored = { ...entry, id, timestamp };
  const text = JSON.stringify(stored);
  // The size rides in the key's metadata, so a listing of the node's log files (core/ops/nodes.ts) needs no reads.
  await new KvStore(kv).putText(kvKeys.log(id), text, KV_TTL.log, { size: text.length + 1 });
  return stored;
}

/** One page of entries (1-based), optionally keeping those whose `key` equals `value`. */
export async function listLogs(
  kv: KVNamespace,
  options: { page: number; filterKey?: string; filterValue?: string },
): Promise<{ entries: LogEntry[]; hasMore: boolean }> {
  const store = new KvStore(kv);
  let cursor: string | undefined;
  let page = 1;
  let keys: string[] = [];
  // KV lists at most 1000 keys per call; pages beyond the first are reached by cursor.
  do {
    const listed = await store.list(kvKeys.logPrefix, { limit: LOG_PAGE_SIZE, cursor });
    keys = listed.keys;
    cursor = listed.cursor;
    if (page === options.page) break;
    page += 1;
  } while (cursor && page <= 1000);
  if (page !== options.page) return { entries: [], hasMore: false };
  const entries = (await Promise.all(keys.map((k) => store.getJson<LogEntry>(k)))).filter(
    (e): e is LogEntry => e !== null,
  );
  const filtered = options.filterKey
    ? entries.filter(
        (e) =>
          String((e as unknown as Record<string, unknown>)[options.filterKey as string] ?? '') ===
          (options.filterValue ?? ''),
      )
    : entries;
  return { entries: filtered, hasMore: Boolean(cursor) };
}

/**
 * One entry by id, or by position: an all-digit id is the entry's 0-based position in the list as
 * `listLogs` orders it (the original's log ids are positions in its list; stored ids always hold a '-').
 */
export async function readLog(kv: KVNamespace, id: string): Promise<LogEntry> {
  const entry = /^\d{1,6}$/.test(id)
    ? await entryAt(kv, Number(id))
    : await new KvStore(kv).getJson<LogEntry>(kvKeys.log(id));
  if (!entry) throw new AppError('NOT_FOUND', `Log entry ${id.slice(0, 64)} not found`);
  return entry;
}

async function entryAt(kv: KVNamespace, position: number): Promise<LogEntry | null> {
  const page = Math.floor(position / LOG_PAGE_SIZE) + 1;
  if (page > 1000) return null;
  const { entries } = await listLogs(kv, { page });
  return entries[position % LOG_PAGE_SIZE] ?? null;
}
