import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { asObject, queryObjectList } from '../../core/cmdb/object-pipeline';
import { type CmdbObject, OBJECT_SORT } from '../../core/cmdb/objects';
import { renderObjects } from '../../core/cmdb/render';
import { AppError } from '../../lib/errors';
import { actorOf } from '../../middleware/auth';
import type { AppEnv } from '../../middleware/env';
import { ListQuery, listEnvelope, paging } from './envelope';
import { ObjectModel, ObjectProjection, RenderedObject } from './models';
import { forTables } from './web-ui';

/** The object lists (`/objects/`, `/objects/{id}/references`): their parameters and their page. */

export const ObjectListQuery = ListQuery.extend({
  view: z
    .enum(['native', 'render'])
    .default('native')
    .openapi({ description: '`native` (as stored) or `render` (with type information, labels and summaries).' }),
  active: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ description: 'Only active (`true`) or inactive (`false`) objects.' }),
  projection: z.string().max(2000).optional().openapi({
    description:
      'Native objects only: the keys to keep (`{"public_id":1,"fields":1}`) or to drop (`{"views":0}`), as JSON. Keys: public_id, type_id, status, version, creation_time, author_id, last_edit_time, editor_id, active, fields, views.',
    example: '{"public_id":1,"fields":1}',
  }),
});
/** A list entry: native (possibly projected) or rendered, depending on `view` and `projection`. */
export const ObjectListItem = z.union([ObjectModel, ObjectProjection, RenderedObject]);

const NATIVE_KEYS = [
  'public_id',
  'type_id',
  'status',
  'version',
  'creation_time',
  'author_id',
  'last_edit_time',
  'editor_id',
  'active',
  'fields',
  'views',
];

/**
 * A page of objects (all visible ones, or those referencing `referencing`), native, projected or rendered.
 * A pipeline beyond `$match` answers its documents as they come out of it (objects unless it reshapes
 * them); with `view=render` each document is read back as the object its `public_id` names (DATAGERRY's
 * backend renders its pipeline's documents as objects), so the UI's table searches render whole objects.
 */
export async function objectList(c: Context<AppEnv>, q: z.infer<typeof ObjectListQuery>, referencing?: number) {
  // The projection applies to native objects; rendered ones are answered whole.
  const p = paging(q.view === 'render' ? { ...q, projection: undefined } : q, OBJECT_SORT, 'public_id', NATIVE_KEYS);
  const db = c.var.data.d1();
  const page = await queryObjectList(db, actorOf(c), {
    limit: p.limit,
    offset: p.offset,
    sort: p.sort,
    descending: p.descending,
    query: p.query,
    active: q.active === undefined ? undefined : q.active === 'true',
    referencing,
    whole: q.view === 'render',
  });
  // A reshaping pipeline's documents are typed as objects: `ObjectProjection` documents that they may lack keys.
  let results: (CmdbObject | Awaited<ReturnType<typeof renderObjects>>[number])[];
  if (q.view === 'render') {
    const objects = page.objects ?? page.documents.map(asObject);
    if (objects.some((o) => o === undefined))
      throw new AppError('BAD_REQUEST', 'view=render needs a pipeline whose documents are whole objects');
    results = (await renderObjects(db, objects as CmdbObject[], actorOf(c))).map(forTables);
  } else results = p.project(page.objects ?? (page.documents as CmdbObject[]));
  return listEnvelope(c, 'Object', p, results, page.total, q, { view: q.view });
}
