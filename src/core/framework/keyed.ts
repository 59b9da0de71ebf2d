import type { DataAccess } from '../../db/data-access';
import type { VersionKey } from '../ops/versions';
import { findTable, getPoolSchema } from '../records/registry';
import type { ColumnInfo, PoolSchema, TableInfo } from '../records/types';
import { toStored } from '../records/values';
import type { QueryDefinition } from './queries';

/** Tables a stored write statement names as its target (insert into, replace into, update, delete from). */
export function writtenTables(statement: string): string[] {
  const pattern =
    /\b(?:insert(?:\s+or\s+\w+)?\s+into|replace\s+into|update(?:\s+or\s+\w+)?|delete\s+from)\s+["`[]?([A-Za-z_][A-Za-z0-9_]*)/gi;
  return [...statement.matchAll(pattern)].map((m) => m[1]);
}

/**
 * A stored statement "with a key": it reads or writes exactly one table (no join) whose primary key is one
 * column, and binds that key as a parameter of the same name (`… where APPS_ID = :APPS_ID`). Its rows are
 * then records like any other: writes are audited under the table and the key (with before and after
 * images, as the records service writes them), so they have versions, and the Liberty face answers ETags
 * and takes If-Match for them (core/ops/versions.ts). Any other statement has no per-row identity.
 */
export interface KeyedTarget {
  table: TableInfo;
  key: ColumnInfo;
  /** The statement's parameter that binds the key (its name, as the statement spells it). */
  param: string;
}

/** Tables a stored SELECT reads (`from`/`join` targets). */
function readTables(statement: string): string[] {
  if (/\bjoin\b/i.test(statement) || /\bfrom\s+[^\s]+\s*,/i.test(statement)) return ['(join)', '(join)'];
  return [...statement.matchAll(/\bfrom\s+["`[]?([A-Za-z_][A-Za-z0-9_]*)/gi)].map((m) => m[1]);
}

export async function keyedTarget(
  data: DataAccess,
  pool: string,
  definition: QueryDefinition,
): Promise<KeyedTarget | undefined> {
  const schema = await getPoolSchema(data, pool);
  // Worked out once per schema and statement (a page is asked for again and again); a new schema, after
  // DDL, starts afresh. A WeakMap by schema rather than an IsolateCache: no entry keeps a replaced schema alive.
  let known = targets.get(schema);
  if (!known) {
    known = new Map();
    targets.set(schema, known);
  }
  const key = `${definition.verb}\u0000${definition.text}`;
  const hit = known.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const target = targetIn(schema, definition);
  if (known.size >= 500) known.clear();
  known.set(key, target ?? null);
  return target;
}

const targets = new WeakMap<PoolSchema, Map<string, KeyedTarget | null>>();

function targetIn(schema: PoolSchema, definition: QueryDefinition): KeyedTarget | undefined {
  const tables = definition.verb === 'GET' ? readTables(definition.text) : writtenTables(definition.text);
  if (tables.length !== 1) return undefined;
  const table = findTable(schema, tables[0]);
  if (!table || table.view || table.primaryKey.length !== 1) return undefined;
  const key = table.columns.find((c) => c.name === table.primaryKey[0]);
  const param = definition.names.find((n) => n.toLowerCase() === key?.name.toLowerCase());
  return key && param ? { table, key, param } : undefined;
}

/** The version key of the row a keyed statement names with these values (undefined: the value is missing). */
export function keyedRow(target: KeyedTarget, values: Record<string, unknown>): VersionKey | undefined {
  const value = values[target.param];
  if (value === undefined || value === null || typeof value === 'object') return undefined;
  return { table: target.table.name, recordId: String(toStored(target.key, value)) };
}
