import { columnLabel, modelsOf } from '../../core/erp/dictionary';
import { uuColumn } from '../../core/records/service';
import type { ColumnInfo, ColumnType, TableInfo } from '../../core/records/types';

/**
 * `GET /models/{table}/yaml`: a model as an OpenAPI 3 document in YAML, as the original answers it: the
 * record's schema (one property per visible column, foreign keys as reference objects, read-only and
 * mandatory columns marked) and the model's paths. Built from the schema registry, so it is always the
 * table as the API serves it.
 */

export type Yaml = string | number | boolean | null | Yaml[] | { [key: string]: Yaml };

/** A small YAML writer: block mappings and sequences, scalars as JSON strings (valid YAML) when needed. */
function scalar(value: string | number | boolean | null): string {
  if (typeof value !== 'string') return String(value);
  return /^[A-Za-z_][A-Za-z0-9_ ./-]*$/.test(value) && !/^(true|false|null|yes|no|on|off)$/i.test(value)
    ? value
    : JSON.stringify(value);
}

function emit(value: Yaml, indent: number, out: string[]): void {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    for (const item of value) {
      if (item !== null && typeof item === 'object') {
        const lines: string[] = [];
        emit(item, indent + 2, lines);
        out.push(`${pad}- ${lines[0].trimStart()}`, ...lines.slice(1));
      } else out.push(`${pad}- ${scalar(item)}`);
    }
    return;
  }
  if (value === null || typeof value !== 'object') {
    out.push(`${pad}${scalar(value)}`);
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    const name = scalar(key);
    if (item !== null && typeof item === 'object' && (Array.isArray(item) ? item.length : Object.keys(item).length)) {
      out.push(`${pad}${name}:`);
      emit(item, indent + 2, out);
    } else if (Array.isArray(item)) out.push(`${pad}${name}: []`);
    else if (item !== null && typeof item === 'object') out.push(`${pad}${name}: {}`);
    else out.push(`${pad}${name}: ${scalar(item)}`);
  }
}

export function toYaml(value: Yaml): string {
  const out: string[] = [];
  emit(value, 0, out);
  return `${out.join('\n')}\n`;
}

const TYPES: Record<ColumnType, { [key: string]: Yaml }> = {
  integer: { type: 'integer' },
  real: { type: 'number' },
  text: { type: 'string' },
  boolean: { type: 'boolean' },
  timestamp: { type: 'string', format: 'date-time' },
  json: { type: 'object' },
  blob: { type: 'string', format: 'byte' },
};

/** Mandatory as iDempiere's REST plugin says: not null, no default, not computed (ids, stamps, numbers, flags). */
export function mandatory(_table: TableInfo, column: ColumnInfo): boolean {
  if (!column.notNull || column.hasDefault || column.readOnly || column.primaryKey) return false;
  return !['Value', 'DocumentNo'].includes(column.name) && column.type !== 'boolean';
}

export function property(table: TableInfo, column: ColumnInfo): { [key: string]: Yaml } {
  const fk = table.foreignKeys.find((f) => f.column === column.name);
  const base: { [key: string]: Yaml } = fk
    ? {
        type: 'object',
        description: `${columnLabel(column.name)} (${fk.table})`,
        properties: {
          propertyLabel: { type: 'string', readOnly: true },
          id: { type: 'integer' },
          identifier: { type: 'string' },
          'model-name': { type: 'string', readOnly: true },
        },
      }
    : { ...TYPES[column.type], description: columnLabel(column.name) };
  if (column.readOnly) base.readOnly = true;
  return base;
}

const error = {
  description: 'Error',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponse' } } },
};

function operation(summary: string, schema: string, withBody: boolean, withId: boolean): { [key: string]: Yaml } {
  const ok = { description: 'Successful response', content: { 'application/json': { schema: { $ref: schema } } } };
  return {
    summary,
    ...(withId ? { parameters: [{ $ref: '#/components/parameters/id' }] } : {}),
    ...(withBody
      ? { requestBody: { content: { 'application/json': { schema: { $ref: schema } } }, required: true } }
      : {}),
    responses: { '200': ok, '400': error, '401': error, '403': error, '404': error },
  };
}

/** The model's OpenAPI document, as YAML text. */
export function modelYaml(table: TableInfo, baseUrl: string): string {
  const [model] = modelsOf([table]);
  const name = table.name;
  const key = table.primaryKey[0];
  const uu = uuColumn(table)?.name;
  const columns = table.columns.filter((c) => !c.hidden && c.name !== key && c.name !== uu);
  const properties: { [key: string]: Yaml } = {
    id: { type: 'integer', readOnly: true, description: 'record id' },
    uid: { type: 'string', readOnly: true, description: 'record uuid' },
    'model-name': { type: 'string', readOnly: true, description: 'the table, in lower case' },
  };
  for (const column of columns) properties[column.name] = property(table, column);
  const required = columns.filter((c) => mandatory(table, c)).map((c) => c.name);
  const ref = `#/components/schemas/${name}`;
  const path = `/models/${name.toLowerCase()}`;
  return toYaml({
    openapi: '3.0.0',
    info: { title: `models/${name}`, version: '1.0.0', description: model?.description ?? model?.name ?? name },
    servers: [{ url: baseUrl }],
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      parameters: {
        id: { name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'record id or uuid' },
      },
      schemas: {
        [name]: { type: 'object', properties, ...(required.length ? { required } : {}) },
        ErrorResponse: {
          type: 'object',
          properties: { title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' } },
        },
      },
    },
    security: [{ bearerAuth: [] }],
    paths: {
      [path]: {
        get: operation(`Get ${name} records`, ref, false, false),
        post: operation(`Create a ${name} record`, ref, true, false),
      },
      [`${path}/{id}`]: {
        get: operation(`Get a ${name} record`, ref, false, true),
        put: operation(`Update a ${name} record`, ref, true, true),
        delete: operation(`Delete a ${name} record`, ref, false, true),
      },
    },
  });
}
