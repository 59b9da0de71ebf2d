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
  RegexNode,
  Scalar,
  SizeNode,
  TextFn,
  TextNode,
} from './ast';
export { FILTER_LIMITS, matchAll } from './ast';
export type { ArrayField, FieldResolver, OrderSpec, ResolvedField, TableResolverOptions } from './compile';
export { boundParamCount, compileFilter, compileOrderBy, tableResolver } from './compile';
export type { AliasCounter, ObjectShape, Shape } from './documents';
export { arrayOf, documentResolver, inferShape, objectShape, VALUE } from './documents';
export { parseLibertyQ } from './liberty';
export { parseMongoFilter } from './mongo';
export { parseODataFilter } from './odata';
export type { MongoQuery, Stage } from './pipeline';
export { leadingMatch, PIPELINE_LIMITS, parseMongoQuery, parsePipeline } from './pipeline';
export type { PipelineCollection, PipelinePage, PipelineSource } from './pipeline-sql';
export { compilePipeline, LOOKUP_LIMIT } from './pipeline-sql';
export { regexToGlobs } from './regex';
