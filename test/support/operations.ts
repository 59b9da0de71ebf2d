import { call } from './worker';

/**
 * The operations of the served OpenAPI document, and path values that pass each parameter's schema but
 * name nothing that exists (so a write sent there lands nowhere). Shared by the suites that walk every route.
 */
export interface Parameter {
  name: string;
  in: string;
  schema?: { type?: string; enum?: string[]; pattern?: string; maxLength?: number };
}
export interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  /** The JSON request body's example, when the document gives one. */
  example?: unknown;
}

const BY_NAME: Record<string, string> = {
  tableName: 'C_BPartner',
  columnName: 'Name',
  table: 'ly_walk',
  user: 'walker',
  path: 'Walk.Missing',
  dir: 'Walk.Missing',
  perm: 'canReadMessage',
  uid: '00000000-0000-4000-8000-00000000dead',
  protocol: 'plain',
  name: 'walk',
  file: 'walk.json',
  version: '9999_walk',
  identifier: 'walk',
  public_ids: '999999',
  viewColumnName: 'walk',
};

function valueFor(p: Parameter): string {
  const schema = p.schema ?? {};
  if (schema.enum?.length) return schema.enum[0];
  if (schema.type === 'integer' || schema.type === 'number') return '999999';
  const value = BY_NAME[p.name] ?? '999999';
  if (schema.pattern && !new RegExp(schema.pattern).test(value)) throw new Error(`no value for {${p.name}}`);
  return value;
}

export const urlOf = (op: Operation) =>
  op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const param = op.parameters.find((p) => p.in === 'path' && p.name === name);
    if (!param) throw new Error(`${op.path}: {${name}} is not documented`);
    return encodeURIComponent(valueFor(param));
  });

interface DocOperation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { example?: unknown; schema?: { example?: unknown } }> };
}

/** Every operation of `/openapi.json` as served. */
export async function documentOperations(): Promise<Operation[]> {
  const doc = await (await call('/openapi.json')).json<{ paths: Record<string, Record<string, DocOperation>> }>();
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => {
      const content = op.requestBody?.content?.['application/json'];
      return {
        method: method.toUpperCase(),
        path,
        parameters: op.parameters ?? [],
        example: content?.example ?? content?.schema?.example,
      };
    }),
  );
}
