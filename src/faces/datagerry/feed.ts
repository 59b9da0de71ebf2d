import { createRoute, z } from '@hono/zod-openapi';
import { followType, readObject } from '../../core/cmdb/objects';
import { mongoDate } from '../../core/cmdb/render';
import { actorFromPrincipal } from '../../core/identity/actor';
import { registerFeedReader, type Topic } from '../../core/ops/feed';
import { AppError } from '../../lib/errors';
import { SECURITY, STREAM_DESCRIPTION, STREAM_SWITCHED, STREAM_TOKEN } from '../../lib/openapi';
import { authenticate } from '../../middleware/auth';
import { subscribe } from '../../middleware/feed';
import { createRouter } from '../../middleware/router';
import { errorResponses } from './envelope';
import { TAGS } from './openapi';

/**
 * DATAGERRY's live feed: a type's objects (core/ops/feed.ts). Each event carries the object as
 * `GET /rest/objects/{id}/native` answers it to that subscriber (passwords masked, the type ACL applied).
 */
const typeIdOf = (topic: string) => {
  const id = Number(topic);
  if (!Number.isSafeInteger(id) || id <= 0) throw new AppError('NOT_FOUND', `Type ${topic.slice(0, 20)} not found`);
  return id;
};

registerFeedReader('object', {
  follow: (data, principal, topic) => followType(data.d1(), actorFromPrincipal(principal), typeIdOf(topic)),
  read: async (data, principal, _topic, id) => {
    const object = await readObject(data.d1(), actorFromPrincipal(principal), Number(id));
    return {
      ...object,
      creation_time: mongoDate(object.creation_time),
      last_edit_time: mongoDate(object.last_edit_time),
    };
  },
});

export const objectTopic = (typeId: number): Topic[] => [{ kind: 'object', name: String(typeId) }];

export function objectFeedRoutes() {
  const app = createRouter();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/objects/stream',
      operationId: 'datagerryStreamObjects',
      tags: [TAGS.objects.name],
      summary: "Live feed of a type's objects (WebSocket)",
      description: `${STREAM_DESCRIPTION} Follows the objects of one type: needs the right \`base.framework.object.view\` and the type ACL's READ (a hidden type is 404); rows are native objects, passwords masked.`,
      // A token (Bearer or `token`), not Basic: the feed re-authenticates it for every event.
      security: SECURITY.bearer,
      middleware: [authenticate({ queryToken: true })],
      request: {
        query: z.object({
          type_id: z.coerce
            .number()
            .int()
            .positive()
            .openapi({ description: 'The type whose objects to follow.', example: 1 }),
          token: STREAM_TOKEN,
        }),
      },
      responses: {
        ...STREAM_SWITCHED,
        ...errorResponses,
      },
    }),
    (c) => subscribe(c, { kind: 'object', name: String(c.req.valid('query').type_id) }),
  );
  return app;
}
