import { createRoute, z } from '@hono/zod-openapi';
import { exportMessage } from '../../core/messaging/io';
import { listMessages, ORDERABLE } from '../../core/messaging/message-list';
import { addProperty, createMessage, deleteMessage, readMessage, updateMessage } from '../../core/messaging/messages';
import { AppError } from '../../lib/errors';
import { IF_MATCH, IF_NONE_MATCH, NOT_MODIFIED, SECURITY, withEtag } from '../../lib/openapi';
import { jsonAnswer } from '../../middleware/answer';
import { actorOf } from '../../middleware/auth';
import { answerVersion, conditionalWrite, etagAfterWrite, readVersion } from '../../middleware/conditional';
import { changeOf, publishAfterCommit } from '../../middleware/feed';
import { createRouter } from '../../middleware/router';
import { auth, errorResponses, json, ok, PageOf, pageQuery, precondition } from './common';
import { messageTopics } from './feed';
import { EXAMPLES, TAGS } from './openapi';

const Property = z
  .object({
    uid: z.string(),
    type: z.string().openapi({ description: 'A registered property type, e.g. `MARK`.' }),
    content: z.string(),
    created: z.string(),
    createdBy: z.string(),
  })
  .openapi('R2Property');
export const Message = z
  .object({
    id: z.number().int(),
    uid: z.string(),
    parentUid: z.string().nullish(),
    createdBy: z.string(),
    created: z.string(),
    updated: z.string().nullish(),
    updatedBy: z.string().nullish(),
    directories: z.array(z.string()),
    header: z.string(),
    content: z.string(),
    tags: z.array(z.string()),
    properties: z.array(Property),
  })
  .openapi('R2Message');
const MessageInput = z
  .object({
    uid: z.string().max(64).optional().openapi({ description: 'The message to edit (PUT).' }),
    directories: z
      .array(z.string().max(1100))
      .max(20)
      .default([])
      .openapi({ description: 'Full names of its directories.' }),
    header: z.string().min(1).max(1000),
    content: z.string().max(200_000).default(''),
    tags: z.array(z.string().max(100)).max(50).default([]),
    properties: z
      .array(
        z.object({ uid: z.string().optional(), type: z.string().max(40), content: z.string().max(10_000).default('') }),
      )
      .max(50)
      .default([]),
    parentUid: z.string().max(64).nullish().openapi({ description: 'The message this one replies to.' }),
  })
  .passthrough()
  .openapi('R2MessageInput');
const UidParam = z.object({
  uid: z
    .string()
    .min(1)
    .max(64)
    .openapi({ description: 'The message uid.', example: '00000000-0000-4000-8000-00000000a001' }),
});

/** Version keys: messages are audited by uid (core/ops/versions.ts). */
const messageKey = (uid: string) => ({ table: 'r2_messages', recordId: uid });
/** Messages a directory rule may hide: If-Match is checked in the write's batch only (after the 404). */
const HIDDEN_IS_MISSING = { early: false };

export function messageRoutes() {
  const app = createRouter();
  const security = SECURITY.ribbon2;
  const orderable = Object.keys(ORDERABLE) as [keyof typeof ORDERABLE, ...(keyof typeof ORDERABLE)[]];

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/message/property/{uid}',
      operationId: 'ribbon2AddMessageProperty',
      tags: [TAGS.messages.name],
      description:
        'Adds a property to a message (permission canUpdateMessage); properties cannot be changed or removed. MESSAGE_NOT_FOUND, or PROPERTY_TYPE_NOT_FOUND for an unregistered type.',
      security,
      middleware: [auth],
      summary: 'Add a property to a message (canUpdateMessage)',
      request: {
        params: UidParam,
        body: {
          content: {
            'application/json': {
              schema: z
                .object({ type: z.string().max(40), content: z.string().max(10_000).default('') })
                .openapi('R2PropertyInput'),
              example: EXAMPLES.property,
            },
          },
          required: true,
        },
      },
      responses: { 200: json(Property), ...errorResponses },
    }),
    async (c) => {
      const uid = c.req.valid('param').uid;
      const { property, directories } = await addProperty(c.var.data.d1(), actorOf(c), uid, c.req.valid('json'));
      publishAfterCommit(c, [changeOf(c, messageTopics(directories), 'UPDATE', uid)]);
      return c.json(property, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/message',
      operationId: 'ribbon2CreateMessage',
      tags: [TAGS.messages.name],
      description:
        'Creates a message in one or more directories (permission canCreateMessage in each); `parentUid` makes it a reply. MESSAGE_DIRECORIES_REQUIRED when no directory is given.',
      security,
      middleware: [auth],
      summary: 'Create a message (canCreateMessage in each directory)',
      request: {
        body: {
          content: { 'application/json': { schema: MessageInput, example: EXAMPLES.createMessage } },
          required: true,
        },
      },
      responses: { 200: json(Message), ...errorResponses },
    }),
    async (c) => {
      const message = await createMessage(c.var.data.d1(), actorOf(c), c.req.valid('json'));
      publishAfterCommit(c, [changeOf(c, messageTopics(message.directories), 'INSERT', message.uid)]);
      await exportMessage(c.var.data.d1(), c.env.CACHE, message);
      return c.json(message, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/message',
      operationId: 'ribbon2UpdateMessage',
      tags: [TAGS.messages.name],
      description:
        'Edits the message named by `uid` (permission canUpdateMessage): header, content, directories and tags change, new properties are added; answers it with `updated` and `updatedBy`.',
      security,
      middleware: [auth],
      summary: 'Edit a message: header, content, directories, tags; properties can only be added',
      request: {
        headers: IF_MATCH,
        body: {
          content: { 'application/json': { schema: MessageInput, example: EXAMPLES.updateMessage } },
          required: true,
        },
      },
      responses: { 200: withEtag(json(Message)), ...precondition, ...errorResponses },
    }),
    async (c) => {
      const body = c.req.valid('json');
      if (!body.uid)
        throw new AppError('NOT_FOUND', 'Message uid is required', { details: { ribbon2Code: 'MESSAGE_NOT_FOUND' } });
      await conditionalWrite(c, messageKey(body.uid), undefined, HIDDEN_IS_MISSING);
      const { message, previousDirectories } = await updateMessage(c.var.data.d1(), actorOf(c), body.uid, body);
      publishAfterCommit(c, [
        changeOf(c, messageTopics(previousDirectories, message.directories), 'UPDATE', message.uid),
      ]);
      await etagAfterWrite(c, messageKey(body.uid));
      await exportMessage(c.var.data.d1(), c.env.CACHE, message);
      return c.json(message, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/message',
      operationId: 'ribbon2ListMessages',
      tags: [TAGS.messages.name],
      description: 'A page of the messages I may read, optionally in one directory or with one tag.',
      security,
      middleware: [auth],
      summary: 'A page of the messages I may read (filter by directory and tag)',
      request: {
        query: pageQuery(orderable).extend({
          directory: z
            .string()
            .max(1100)
            .optional()
            .openapi({ description: 'Only messages in this directory (full name).', example: 'System.Test' }),
          tag: z
            .string()
            .max(100)
            .optional()
            .openapi({ description: 'Only messages with this tag.', example: 'welcome' }),
        }),
      },
      responses: { 200: json(PageOf(Message).openapi('R2MessagePage')), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return jsonAnswer(
        c,
        await listMessages(c.var.data.d1(), actorOf(c), {
          page: q.page,
          size: q.size,
          orderBy: q.orderBy,
          descending: q.direction === 'DESC',
          directory: q.directory,
          tag: q.tag,
        }),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/message/{uid}',
      operationId: 'ribbon2GetMessage',
      tags: [TAGS.messages.name],
      description: 'One message, if it is readable in one of its directories; MESSAGE_NOT_FOUND otherwise.',
      security,
      middleware: [auth],
      summary: 'One message (only if readable in one of its directories)',
      request: { params: UidParam, headers: IF_NONE_MATCH },
      responses: { 200: withEtag(json(Message)), ...NOT_MODIFIED, ...errorResponses },
    }),
    async (c) => {
      const uid = c.req.valid('param').uid;
      const version = await readVersion(c, messageKey(uid));
      const message = await readMessage(c.var.data.d1(), actorOf(c), uid);
      return answerVersion(c, messageKey(uid), version) ?? c.json(message, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/message/{uid}',
      operationId: 'ribbon2DeleteMessage',
      tags: [TAGS.messages.name],
      description: 'Deletes a message (permission canDeleteMessage in each of its directories). Answers a raw 200.',
      security,
      middleware: [auth],
      summary: 'Delete a message (canDeleteMessage in each of its directories)',
      request: { params: UidParam, headers: IF_MATCH },
      responses: { 200: ok, ...precondition, ...errorResponses },
    }),
    async (c) => {
      await conditionalWrite(c, messageKey(c.req.valid('param').uid), undefined, HIDDEN_IS_MISSING);
      const message = await deleteMessage(c.var.data.d1(), actorOf(c), c.req.valid('param').uid);
      publishAfterCommit(c, [changeOf(c, messageTopics(message.directories), 'DELETE', message.uid)]);
      return c.body(null, 200);
    },
  );
  return app;
}
