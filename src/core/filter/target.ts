// The resolved-field shape shared by compile.ts and mongo-sql.ts, apart so neither imports the other for it.
import type { SQL } from 'drizzle-orm';
import type { ColumnType } from '../records/types';

export type Bound = string | number;

/** A resolved filter field: its expression (transform applied) and how to bind values against it. */
export interface Target {
  path: string;
  expr: SQL;
  type: ColumnType;
  present?: SQL;
  jsonType?: SQL;
  /** Applies the field's transform to a bound value, so tolower/toupper compare both sides alike. */
  wrap: (value: Bound) => SQL;
}
