import { createRoute, z } from '@hono/zod-openapi';
import { cleanObjects, listUnclean } from '../../core/cmdb/object-clean';
import { deleteObjects, insertObject, setObjectState, updateObject } from '../../core/cmdb/object-writes';
import { OBJECT_SORT, readObject } from '../../core/cmdb/objects';
import { mongoDate, renderObjects } from '../../core/cmdb/render';
import { AppError } from '../../lib/errors';
import { IF_MATCH, IF_NONE_MATCH, NOT_MODIFIED, SECURITY, withEtag } from '../../lib/openapi';
import { jsonAnswer } from '../../middleware/answer';
import { actorOf, requireRight } from '../../middleware/auth';
import { answerVersion, conditionalWrite, etagAfterWrite, readVersion } from '../../middleware/conditional';
import { changeOf, publishAfterCommit } from '../../middleware/feed';
import { createRouter } from '../../middleware/router';
import { dgAuth } from './auth';
import {
  DeleteOf,
  deleted,
  errorResponses,
  json,
  ListOf,
  ListQuery,
  listResponse,
  OneOf,
  paging,
  putAndPatch,
  updated,
} from './envelope';
import { objectTopic } from './feed';
import { NativeObject, ObjectModel, RenderedObject } from './models';
import { ObjectListItem, ObjectListQuery, objectList } from './object-list';
import { EXAMPLES, TAGS } from './openapi';
import { bodyOf, HIDDEN_IS_MISSING, Id, location, precondition, rowKey, TypeId } from './route-common';
import { ObjectCreated, ObjectStatus, ObjectUpdated, objectUpdated } from './web-ui';

const ObjectInput = z
  .object({
    type_id: z.number().int().positive(),
    status: ObjectStatus,
    active: z.boolean().optional(),
    fields: z.array(z.object({ name: z.string().max(64), value: z.unknown() })).max(200),
  })
  .passthrough()
  .openapi('DgObjectInput');

/** DATAGERRY's objects (`/objects`): unclean and clean, list, native, references, state, read, create, update, delete. */
export function objectRoutes() {
  const app = createRouter();
  const security = SECURITY.datagerry;
  // A first, narrowing check only: the cmdb services decide again from the core Actor (right, read-only
  // user, type ACL), whatever the face lets through.
  const can = (right: string) => [dgAuth, requireRight(right)];

  // Objects (specific paths before /objects/{public_id})
  app.openapi(
    createRoute({
      method: 'get',
      path: '/objects/clean/{public_id}',
      operationId: 'datagerryListUncleanObjects',
      tags: [TAGS.objects.name],
      description: 'Objects of the type whose fields no longer match it (right `base.framework.type.clean`).',
      security,
      middleware: can('base.framework.type.clean'),
      summary: 'Objects of a type whose fields no longer match it',
      request: { params: TypeId },
      responses: { 200: json(ListOf(ObjectModel).openapi('DgObjectList')), ...errorResponses },
    }),
    async (c) => {
      const q = ListQuery.parse({ limit: 0 });
      const { objects, total } = await listUnclean(c.var.data.d1(), actorOf(c), c.req.valid('param').public_id);
      return c.json(listResponse(c, 'Object', paging(q, OBJECT_SORT), objects, total, q), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: '/objects/clean/{public_id}',
      operationId: 'datagerryCleanObjects',
      tags: [TAGS.objects.name],
      description:
        'Drops the fields the type no longer has and adds the missing ones (null) to every object of the type; answers the cleaned objects.',
      security,
      middleware: can('base.framework.type.clean'),
      summary: 'Clean them: drop unknown fields, add missing ones',
      request: { params: TypeId },
      responses: { 202: json(OneOf(z.array(ObjectModel)).openapi('DgObjectsCleaned'), 'Accepted'), ...errorResponses },
    }),
    async (c) => {
      const cleaned = await cleanObjects(c.var.data.d1(), actorOf(c), c.req.valid('param').public_id);
      publishAfterCommit(
        c,
        cleaned.map((o) => changeOf(c, objectTopic(o.type_id), 'UPDATE', o.public_id)),
      );
      return c.json(updated('Object', cleaned), 202);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/objects',
      operationId: 'datagerryListObjects',
      tags: [TAGS.objects.name],
      description:
        'A page of the objects the caller may read (right `base.framework.object.view` and the type ACL), `native` or `render`ed; `filter` applies to columns and to field values as `fields.<name>`.',
      security,
      middleware: can('base.framework.object.view'),
      summary: 'Objects (view native|render, filter on columns and fields.<name>, projection)',
      request: { query: ObjectListQuery },
      responses: { 200: json(ListOf(ObjectListItem).openapi('DgObjectPage')), ...errorResponses },
    }),
    async (c) => {
      const { body, headers } = await objectList(c, c.req.valid('query'));
      return jsonAnswer(c, body, 200, headers);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/objects/{public_id}/native',
      operationId: 'datagerryGetNativeObject',
      tags: [TAGS.objects.name],
      description:
        'One object as stored: field names and values (passwords masked), times as `{"$date": <milliseconds>}` as the seed shows.',
      security,
      middleware: can('base.framework.object.view'),
      summary: 'One object, native',
      request: { params: Id, headers: IF_NONE_MATCH },
      responses: { 200: withEtag(json(NativeObject)), ...NOT_MODIFIED, ...errorResponses },
    }),
    async (c) => {
      const id = c.req.valid('param').public_id;
      const version = await readVersion(c, rowKey('dg_objects', id));
      const object = await readObject(c.var.data.d1(), actorOf(c), id);
      const notModified = answerVersion(c, rowKey('dg_objects', id), version);
      if (notModified) return notModified;
      c.header('X-Total-Count', '1');
      return c.json(
        { ...object, creation_time: mongoDate(object.creation_time), last_edit_time: mongoDate(object.last_edit_time) },
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/objects/{public_id}/references',
      operationId: 'datagerryListObjectReferences',
      tags: [TAGS.objects.name],
      description: 'A page of the objects whose `ref` fields point to this object; same parameters as the object list.',
      security,
      middleware: can('base.framework.object.view'),
      summary: 'Objects referencing this one',
      request: { params: Id, query: ObjectListQuery },
      responses: { 200: json(ListOf(ObjectListItem).openapi('DgObjectPage')), ...errorResponses },
    }),
    async (c) => {
      const { body, headers } = await objectList(c, c.req.valid('query'), c.req.valid('param').public_id);
      return jsonAnswer(c, body, 200, headers);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/objects/{public_id}/state',
      operationId: 'datagerryGetObjectState',
      tags: [TAGS.objects.name],
      description: 'Whether the object is active: `true` or `false`.',
      security,
      middleware: can('base.framework.object.view'),
      summary: 'Activation state',
      request: { params: Id, headers: IF_NONE_MATCH },
      responses: {
        200: withEtag(json(z.boolean().openapi({ description: 'Whether the object is active.' }))),
        ...NOT_MODIFIED,
        ...errorResponses,
      },
    }),
    async (c) => {
      const id = c.req.valid('param').public_id;
      const version = await readVersion(c, rowKey('dg_objects', id));
      const object = await readObject(c.var.data.d1(), actorOf(c), id);
      return answerVersion(c, rowKey('dg_objects', id), version) ?? c.json(object.active, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: '/objects/{public_id}/state',
      operationId: 'datagerrySetObjectState',
      tags: [TAGS.objects.name],
      description:
        'Activates or deactivates an object (right `base.framework.object.activation`); the body is `true`, `false` or `{"active": …}`.',
      security,
      middleware: can('base.framework.object.activation'),
      summary: 'Set the activation state (body: true or false)',
      request: {
        params: Id,
        headers: IF_MATCH,
        body: {
          content: {
            'application/json': {
              schema: z.union([z.boolean(), z.object({ active: z.boolean() })]),
              examples: {
                plain: { summary: 'The state', value: false },
                object: { summary: 'As an object', value: { active: false } },
              },
            },
          },
          required: true,
        },
      },
      responses: {
        202: withEtag(json(OneOf(z.boolean()).openapi('DgObjectState'), 'Accepted')),
        ...precondition,
        ...errorResponses,
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const active = typeof body === 'boolean' ? body : body.active;
      const id = c.req.valid('param').public_id;
      await conditionalWrite(c, rowKey('dg_objects', id), undefined, HIDDEN_IS_MISSING);
      const state = await setObjectState(c.var.data.d1(), actorOf(c), id, active);
      publishAfterCommit(c, [changeOf(c, objectTopic(state.type_id), 'UPDATE', id)]);
      await etagAfterWrite(c, rowKey('dg_objects', id));
      return c.json(updated('Object', state.active), 202);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/objects/{public_id}',
      operationId: 'datagerryGetObject',
      tags: [TAGS.objects.name],
      description:
        'One object rendered with its type: object and type information, labelled fields, sections, summaries, externals.',
      security,
      middleware: can('base.framework.object.view'),
      summary: 'One object, rendered',
      request: { params: Id, headers: IF_NONE_MATCH },
      responses: { 200: withEtag(json(RenderedObject)), ...NOT_MODIFIED, ...errorResponses },
    }),
    async (c) => {
      const db = c.var.data.d1();
      const id = c.req.valid('param').public_id;
      const version = await readVersion(c, rowKey('dg_objects', id));
      const object = await readObject(db, actorOf(c), id);
      const notModified = answerVersion(c, rowKey('dg_objects', id), version);
      if (notModified) return notModified;
      c.header('X-Total-Count', '1');
      return c.json((await renderObjects(db, [object], actorOf(c)))[0], 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/objects',
      operationId: 'datagerryCreateObject',
      tags: [TAGS.objects.name],
      description:
        "Inserts an object; its fields are validated against its type (unknown fields, missing required ones, wrong types are 400). Answers the new id (200, with `Location`), as DATAGERRY's backend does; `status` may be a boolean.",
      security,
      middleware: can('base.framework.object.add'),
      summary: 'Insert an object (validated against its type)',
      request: { body: bodyOf(ObjectInput, EXAMPLES.object) },
      responses: { 200: json(ObjectCreated, 'Inserted: the new id'), ...errorResponses },
    }),
    async (c) => {
      const object = await insertObject(c.var.data.d1(), c.env, actorOf(c), c.req.valid('json'));
      publishAfterCommit(c, [changeOf(c, objectTopic(object.type_id), 'INSERT', object.public_id)]);
      location(c, `/objects/${object.public_id}`);
      return c.json(object.public_id, 200);
    },
  );
  putAndPatch(
    app,
    createRoute({
      method: 'put',
      path: '/objects/{public_id}',
      operationId: 'datagerryUpdateObject',
      tags: [TAGS.objects.name],
      description:
        "Updates an object's fields (validated against its type) and `active`/`status`; the version goes up by how much changed. Answers 200, as the seed shows for objects, with DATAGERRY's `{results, failed}` and the object as `result`.",
      security,
      middleware: can('base.framework.object.edit'),
      summary: 'Update an object (version bump by how much changed)',
      request: {
        params: Id,
        headers: IF_MATCH,
        body: bodyOf(ObjectInput.partial({ type_id: true }).openapi('DgObjectUpdate'), EXAMPLES.updateObject),
      },
      responses: {
        200: withEtag(json(ObjectUpdated, 'Updated')),
        ...precondition,
        ...errorResponses,
      },
    }),
    async (c) => {
      const id = c.req.valid('param').public_id;
      await conditionalWrite(c, rowKey('dg_objects', id), undefined, HIDDEN_IS_MISSING);
      const object = await updateObject(c.var.data.d1(), c.env, actorOf(c), id, c.req.valid('json'));
      publishAfterCommit(c, [changeOf(c, objectTopic(object.type_id), 'UPDATE', id)]);
      await etagAfterWrite(c, rowKey('dg_objects', id));
      location(c, `/objects/${id}`);
      return c.json(objectUpdated(object), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/objects/{public_id}',
      operationId: 'datagerryDeleteObjects',
      tags: [TAGS.objects.name],
      description:
        'Deletes one object, or several (`1,2,3`, at most 90) all or nothing (right `base.framework.object.delete`). Answers (200, as the seed shows) the deleted object, or the list of them.',
      security,
      middleware: can('base.framework.object.delete'),
      summary: 'Delete one object, or several (`1,2,3`), all or nothing',
      // Named like the other /objects/{public_id} paths: OpenAPI forbids paths that differ only by a parameter name.
      request: {
        headers: IF_MATCH,
        params: z.object({
          public_id: z
            .string()
            .regex(/^\d{1,12}(,\d{1,12}){0,89}$/)
            .openapi({ description: 'One object id, or several separated by commas (at most 90).', example: '1,2,3' }),
        }),
      },
      responses: {
        200: json(
          DeleteOf(
            z.union([ObjectModel, z.array(ObjectModel)]).openapi({
              description: 'The deleted object, or the list of them when several ids were given.',
            }),
          ).openapi('DgObjectsDeleted'),
          'Deleted',
        ),
        ...precondition,
        ...errorResponses,
      },
    }),
    async (c) => {
      const ids = [...new Set(c.req.valid('param').public_id.split(',').map(Number))];
      if (ids.length > 1 && c.req.header('if-match'))
        throw new AppError('BAD_REQUEST', 'If-Match names one object: delete several without it');
      await conditionalWrite(c, rowKey('dg_objects', ids[0]), undefined, HIDDEN_IS_MISSING);
      const removed = await deleteObjects(c.var.data.d1(), actorOf(c), ids);
      publishAfterCommit(
        c,
        removed.map((o) => changeOf(c, objectTopic(o.type_id), 'DELETE', o.public_id)),
      );
      location(c, `/objects/${ids[0]}`); // as the seed's examples show, the (first) deleted object
      return c.json(deleted('Object', ids.length === 1 ? removed[0] : removed), 200);
    },
  );
  return app;
}
