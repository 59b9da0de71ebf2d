import { sql } from 'drizzle-orm';
import { customType } from 'drizzle-orm/sqlite-core';

/**
 * Column types the faces' migrations declare beyond SQLite's own names. drizzle's `integer(..., { mode })`
 * would declare `integer`/`text` instead, and drizzle-kit would then want to rebuild every such table; these
 * keep the declared type (which the schema registry reads: `boolean` → boolean, `timestamp` → timestamp,
 * `json` → json) while mapping values for drizzle queries.
 */

/** iDempiere Y/N flags, stored 0/1. */
export const boolean = customType<{ data: boolean; driverData: number }>({
  dataType: () => 'boolean',
  toDriver: (value) => (value ? 1 : 0),
  fromDriver: (value) => Boolean(value),
});

/** ISO-8601 text (`strftime('%Y-%m-%dT%H:%M:%fZ','now')`). */
export const timestamp = customType<{ data: string; driverData: string }>({
  dataType: () => 'timestamp',
});

/** JSON text. */
export const json = customType<{ data: unknown; driverData: string }>({
  dataType: () => 'json',
  toDriver: (value) => JSON.stringify(value),
  fromDriver: (value) => (typeof value === 'string' ? JSON.parse(value) : value),
});

/** Defaults the migrations repeat: a random UUID (`*_UU`, `uid`) and "now" as ISO text, with and without ms. */
export const randomUuid = sql`(lower(hex(randomblob(16))))`;
export const nowIso = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;
export const nowIsoSeconds = sql`(strftime('%Y-%m-%dT%H:%M:%SZ','now'))`;
