import { createRoute, z } from '@hono/zod-openapi';
import { actorFromPrincipal } from '../../core/identity/actor';
import { normalizePath } from '../../core/messaging/access';
import { followDirectory, readMessage } from '../../core/messaging/messages';
import { registerFeedReader, type Topic } from '../../core/ops/feed';
import { SECURITY, STREAM_DESCRIPTION, STREAM_SWITCHED, STREAM_TOKEN } from '../../lib/openapi';
import { authenticate } from '../../middleware/auth';
import { subscribe } from '../../middleware/feed';
import { createRouter } from '../../middleware/router';
import { errorResponses } from './common';
import { TAGS } from './openapi';

/**
 * Ribbon2's live feed: a directory's messages (core/ops/feed.ts). A subscriber follows a directory it may
 * read messages in; each event carries the message as `GET /api/message/{uid}` answers it to that subscriber.
 */
registerFeedReader('message', {
  follow: (data, principal, directory) => followDirectory(data.d1(), actorFromPrincipal(principal), directory),
  read: (data, principal, _directory, uid) => readMessage(data.d1(), actorFromPrincipal(principal), uid),
});

/** The topics of a message's writes: each of its directories (before and after the write). */
export const messageTopics = (...directories: string[][]): Topic[] =>
  [...new Set(directories.flat())].map((name) => ({ kind: 'message', name }));

export function messageFeedRoutes() {
  const app = createRouter();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/message/stream',
      operationId: 'ribbon2StreamMessages',
      tags: [TAGS.messages.name],
      summary: "Live feed of a directory's messages (WebSocket)",
      description: `${STREAM_DESCRIPTION} Follows one directory (exact, not its subdirectories): needs the right to read messages and canReadMessage there (else ACCESS_DENIED); DIRECTORY_NOT_FOUND for an unknown one.`,
      security: SECURITY.ribbon2,
      middleware: [authenticate({ ribbon2Header: true, queryToken: true })],
      request: {
        query: z.object({
          directory: z
            .string()
            .min(1)
            .max(1100)
            .openapi({ description: 'The directory to follow (full name).', example: 'System.Test' }),
          token: STREAM_TOKEN,
        }),
      },
      responses: {
        ...STREAM_SWITCHED,
        ...errorResponses,
      },
    }),
    (c) => subscribe(c, { kind: 'message', name: normalizePath(c.req.valid('query').directory) }, true),
  );
  return app;
}
