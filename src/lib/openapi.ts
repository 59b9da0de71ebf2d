/**
 * Shared pieces of the OpenAPI documentation (src/docs.ts assembles the document). Each face declares its
 * own tags, examples and filter grammars in `src/faces/<face>/openapi.ts`; test/openapi.test.ts fails when
 * an operation lacks an operationId, a description, a declared tag or a parameter description.
 */

/** A declared tag. Redoc groups the tags per face (`x-tagGroups`) and shows `x-displayName` in the group. */
export interface TagDoc {
  name: string;
  'x-displayName': string;
  description: string;
}

/** One face's tags, in the order Redoc lists them. */
export interface FaceTags {
  face: string;
  tags: readonly TagDoc[];
}

/** Security scheme names (registered in src/docs.ts). */
export const BEARER = 'bearerAuth';
export const BASIC = 'basicAuth';
export const RIBBON2_HEADER = 'ribbon2Auth';

type Requirement = Record<string, string[]>;

/** Security requirements of the operations. `none` marks a login route explicitly: no credentials. */
export const SECURITY: Record<'none' | 'bearer' | 'optionalBearer' | 'datagerry' | 'ribbon2', Requirement[]> = {
  none: [],
  bearer: [{ [BEARER]: [] }],
  /** A token when one is at hand, or nothing (iDempiere's logout takes the token from its body). */
  optionalBearer: [{ [BEARER]: [] }, {}],
  /** DATAGERRY: a bearer token or HTTP Basic with user name and password. */
  datagerry: [{ [BEARER]: [] }, { [BASIC]: [] }],
  /** Ribbon2: the token in `x-ribbon2-auth` (the seed's header) or as a bearer token. */
  ribbon2: [{ [RIBBON2_HEADER]: [] }, { [BEARER]: [] }],
};
