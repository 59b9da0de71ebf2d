/**
 * The schema registry's vocabulary: what the generic APIs may see of a pool's tables.
 * Identifiers that reach SQL come only from these objects (an allowlist built from the database).
 */
export type ColumnType = 'integer' | 'real' | 'text' | 'boolean' | 'timestamp' | 'json' | 'blob';

export interface ForeignKey {
  /** Column in this table. */
  column: string;
  /** Referenced table and column. */
  table: string;
  references: string;
  /** Added by the registry (policy.ts IMPLICIT_FOREIGN_KEYS), not declared by the table: 0 needs no row. */
  implicit?: boolean;
}

export interface ColumnInfo {
  name: string;
  type: ColumnType;
  notNull: boolean;
  primaryKey: boolean;
  /** Never selectable, filterable, sortable or writable through generic APIs (hashes, salts, secrets). */
  hidden: boolean;
  /** Readable but not writable through generic APIs (ids, audit columns). */
  readOnly: boolean;
  hasDefault: boolean;
}

export interface TableInfo {
  name: string;
  /** Columns in declaration order, including hidden ones (callers must respect `hidden`). */
  columns: ColumnInfo[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  /** A view: readable, never written through generic APIs. */
  view?: boolean;
  /**
   * A table without a client column whose rows belong to a tenant row through this foreign key (iDempiere's
   * AD_Table_Access → AD_Role): its rows are scoped by that row's client. Set by the registry.
   */
  owner?: ForeignKey;
}

export interface PoolSchema {
  pool: string;
  tables: Map<string, TableInfo>;
}
