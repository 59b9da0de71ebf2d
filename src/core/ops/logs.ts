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
  await new KvStore(kv).putJson(kvKeys.log(id), stored, KV_TTL.log);
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

export async function readLog(kv: KVNamespace, id: string): Promise<LogEntry> {
  const entry = await new KvStore(kv).getJson<LogEntry>(kvKeys.log(id));
  if (!entry) throw new AppError('NOT_FOUND', `Log ${id.slice(0, 64)} not found`);
  return entry;
}
