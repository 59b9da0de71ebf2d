import { AppError } from '../../lib/errors';
import type { Actor } from '../identity/actor';
import { htmlBlocks } from '../print/html';
import { renderPdf } from '../print/pdf';
import { readDocTemplate } from './docapi';
import { type CmdbObject, readObject } from './objects';
import { typesByIds } from './types';

type Db = D1Database | D1DatabaseSession;

/**
 * A DocAPI template of one object as a PDF, as DATAGERRY's `render` does: the template's HTML with its
 * placeholders filled from the object (`{{id}}`, `{{fields['hostname']}}`, a reference's
 * `{{fields['uplink']['fields']['hostname']}}`, three references deep), printed by the PDF module of
 * iDempiere's print (core/print: text, headings, lists and tables; no styles or images).
 */

/** What a template sees of an object: DATAGERRY's `{id, fields: {name: value}}`. */
interface TemplateData {
  id: number;
  fields: Record<string, unknown>;
}

const REFERENCE_DEPTH = 3;
/** Referenced objects read for one document at most (each is a query). */
const MAX_REFERENCES = 25;

/**
 * The object's values as the caller reads them (passwords masked), a `ref` field resolved into the
 * referenced object's data while `depth` lasts; a reference the caller cannot read is left out, as
 * DATAGERRY leaves out one it cannot get.
 */
async function templateData(
  db: Db,
  actor: Actor,
  object: CmdbObject,
  depth: number,
  budget: { left: number },
): Promise<TemplateData> {
  const type = (await typesByIds(db, [object.type_id])).get(object.type_id);
  const refs = new Set(type?.fields.filter((f) => f.type === 'ref').map((f) => f.name));
  const fields: Record<string, unknown> = {};
  for (const field of object.fields) {
    const target = field.value;
    if (!refs.has(field.name) || typeof target !== 'number' || !target || depth === 0 || budget.left <= 0) {
      fields[field.name] = field.value;
      continue;
    }
    budget.left -= 1;
    try {
      const referenced = await readObject(db, actor, target);
      fields[field.name] = await templateData(db, actor, referenced, depth - 1, budget);
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'NOT_FOUND')) throw error;
    }
  }
  return { id: object.public_id, fields };
}

const NAME = /^\s*([A-Za-z_]\w*)((?:\s*(?:\.[A-Za-z_][\w-]*|\[\s*(?:'[^']*'|"[^"]*"|\d+)\s*\]))*)\s*$/;
const SEGMENT = /\.([A-Za-z_][\w-]*)|\[\s*(?:'([^']*)'|"([^"]*)"|(\d+))\s*\]/g;

/** A placeholder's value: a name and its `.key`/`['key']` path; anything else (filters, calls) is undefined. */
function lookup(data: TemplateData, expression: string): unknown {
  const match = NAME.exec(expression);
  if (!match) return undefined;
  let value: unknown = (data as unknown as Record<string, unknown>)[match[1]];
  for (const segment of match[2].matchAll(SEGMENT)) {
    const key = segment[1] ?? segment[2] ?? segment[3] ?? segment[4];
    value =
      value && typeof value === 'object' && Object.hasOwn(value, key)
        ? (value as Record<string, unknown>)[key]
        : undefined;
  }
  return value;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescapeQuotes = (text: string) => text.replace(/&#0*39;|&apos;/g, "'").replace(/&quot;|&#0*34;/g, '"');

/** A value as text: nothing for a missing one, a referenced object as its id. */
function shown(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return 'id' in value ? String(value.id) : JSON.stringify(value);
  return String(value);
}

/**
 * The template with its `{{ … }}` placeholders filled (as text: a value never becomes markup) and its
 * `{% … %}` statements left out (Atrium fills values only; DATAGERRY runs Jinja).
 */
export function fillTemplate(html: string, data: TemplateData): string {
  return html
    .replace(/\{%[^%]{0,500}%\}/g, '')
    .replace(/\{\{([^{}]{0,500})\}\}/g, (_, expression: string) =>
      escapeHtml(shown(lookup(data, unescapeQuotes(expression)))),
    );
}

/**
 * Rights `base.framework.object.view` and `base.docapi.template.view`; the object under its type's ACL
 * READ (hidden: 404 like missing). The PDF's bytes.
 */
export async function renderDocTemplate(db: Db, actor: Actor, templateId: number, objectId: number) {
  const object = await readObject(db, actor, objectId);
  const template = await readDocTemplate(db, actor, templateId);
  const type = (await typesByIds(db, [object.type_id])).get(object.type_id);
  const data = await templateData(db, actor, object, REFERENCE_DEPTH, { left: MAX_REFERENCES });
  return renderPdf({
    title: template.label || template.name,
    subtitle: `${type?.label || type?.name || 'Object'} #${object.public_id}`,
    footer: template.name,
    blocks: htmlBlocks(fillTemplate(template.template_data, data)),
  });
}
