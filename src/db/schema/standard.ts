import { sql } from 'drizzle-orm';
import {
  type AnySQLiteColumn,
  integer,
  type SQLiteColumnBuilderBase,
  type SQLiteTableExtraConfigValue,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { boolean, nowIso, timestamp } from './types';

/**
 * iDempiere's standard columns, the ones every table of its dictionary has (migration 0040): the tenant
 * (`AD_Client_ID`, 0 = System) and organisation (`AD_Org_ID`, 0 = `*`), `IsActive`, who created and last
 * changed the row and when (`Created`, `CreatedBy`, `Updated`, `UpdatedBy`; users are `AD_User_ID`s, 0 =
 * System) and `<Table>_UU`, a version 4 UUID with a unique index. The records core keeps them on every
 * write (src/core/records/standard.ts), found through the registry by name, so a table declared with
 * `erpTable` needs nothing else. Key first, then the standard columns, the table's own, and the UUID last.
 */

/** A version 4 UUID computed by SQLite: rows written by plain SQL (migrations, loaders) get one too. */
export const uuidV4 = sql`(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))`;

export interface StandardOptions {
  /** Leave out `AD_Client_ID` (AD_Client, whose key it is). */
  client?: false;
  /** Leave out `AD_Org_ID` (AD_Org, whose key it is). */
  org?: false;
}

const tenant = () => ({
  adClientId: integer('AD_Client_ID').notNull().default(0),
  adOrgId: integer('AD_Org_ID').notNull().default(0),
});

const audited = () => ({
  isActive: boolean('IsActive').notNull().default(sql`1`),
  created: timestamp('Created').notNull().default(nowIso),
  createdBy: integer('CreatedBy').notNull().default(0),
  updated: timestamp('Updated').notNull().default(nowIso),
  updatedBy: integer('UpdatedBy').notNull().default(0),
});

type StandardBuilders = ReturnType<typeof tenant> & ReturnType<typeof audited>;

/** The standard columns but the key and the UUID, in iDempiere's order. */
export function standardColumns(options: StandardOptions = {}): StandardBuilders {
  const columns: Partial<StandardBuilders> = { ...tenant(), ...audited() };
  if (options.client === false) delete columns.adClientId;
  if (options.org === false) delete columns.adOrgId;
  return columns as StandardBuilders;
}

/** A Y/N column, NOT NULL, default N (or Y). */
export const flag = (name: string, on = false) =>
  boolean(name)
    .notNull()
    .default(on ? sql`1` : sql`0`);

/** `<Table>_UU`. */
export const uuColumn = (table: string) => text(`${table}_UU`).notNull().default(uuidV4);

type Standard = ReturnType<typeof standardColumns>;
type Columns<C> = { id: ReturnType<typeof keyColumn> } & Standard & C & { uu: ReturnType<typeof uuColumn> };
type Built<C> = { [K in keyof Columns<C>]: AnySQLiteColumn };

const keyColumn = (name: string) => integer(name).primaryKey({ autoIncrement: true });

/**
 * An iDempiere table: `<Table>_ID` (AUTOINCREMENT: ids are never reused), the standard columns, the given
 * ones, `<Table>_UU` with its unique index (`<table>_uu`), then the extra indexes.
 */
export function erpTable<N extends string, C extends Record<string, SQLiteColumnBuilderBase>>(
  name: N,
  columns: C,
  extra: (t: Built<C>) => SQLiteTableExtraConfigValue[] = () => [],
  options: StandardOptions & { key?: string } = {},
) {
  const all = {
    id: keyColumn(options.key ?? `${name}_ID`),
    ...standardColumns(options),
    ...columns,
    uu: uuColumn(name),
  } as Columns<C>;
  return sqliteTable(name, all, (t) => [
    uniqueIndex(`${name.toLowerCase()}_uu`).on(t.uu),
    ...extra(t as unknown as Built<C>),
  ]);
}
