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

/**
 * Defaults the migrations repeat: a random id (`*_UU`, `uid`) and "now" as ISO text, with and without ms.
 * The `*_UU`/`uid` default is 32 hex digits (migration 0003); since migration 0010 a trigger per table turns
 * every new row's value into a version 4 UUID (36 characters), and earlier values got their dashes.
 */
export const randomUuid = sql`(lower(hex(randomblob(16))))`;

/**
 * `AD_User_UU` (the AD_User view, migration 0010) is this prefix and the user id as 12 hex digits: a stable,
 * unique value in the UUID format for the one user store, which has no UUID column of its own.
 */
export const AD_USER_UU_PREFIX = 'a5d0e1c2-7b3f-4e91-9c6d-';
export const nowIso = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;
export const nowIsoSeconds = sql`(strftime('%Y-%m-%dT%H:%M:%SZ','now'))`;
