export type {
  CmpNode,
  CmpOp,
  ElemMatchNode,
  ExistsNode,
  FieldRef,
  FilterNode,
  InNode,
  LikeNode,
  LogicalNode,
  NotNode,
  Scalar,
  TextFn,
  TextNode,
} from './ast';
export { FILTER_LIMITS, matchAll } from './ast';
export type { ArrayField, FieldResolver, OrderSpec, ResolvedField, TableResolverOptions } from './compile';
export { boundParamCount, compileFilter, compileOrderBy, tableResolver } from './compile';
export { parseLibertyQ } from './liberty';
export { parseMongoFilter } from './mongo';
export { parseODataFilter } from './odata';
