import { loadMessagingDemo } from '../../core/messaging/demo';
import { registerDemoLoader } from '../../core/ops/bootstrap';
import type { AppOpenAPI } from '../../middleware/env';
import { accountRoutes } from './account.routes';
import { authRoutes } from './auth.routes';
import { jsonWhateverType } from './body';
import { ribbon2ErrorRenderer } from './common';
import { directoryRoutes } from './directories.routes';
import { messageFeedRoutes } from './feed';
import { groupRoutes } from './groups.routes';
import { ioRoutes } from './io.routes';
import { messageRoutes } from './messages.routes';
import { userRoutes } from './users.routes';

registerDemoLoader(loadMessagingDemo);

/** Ribbon2's own prefixes only: `/api` and `/api/test` are the docs, other `/api/*` paths other faces'. */
const PREFIXES = [
  '/auth',
  '/api/account',
  '/api/user',
  '/api/group',
  '/api/directory',
  '/api/direcotry',
  '/api/message',
  '/api/io',
];

/** The Ribbon2 face (docs/faces/ribbon2.md). */
export function mountRibbon2(app: AppOpenAPI): void {
  for (const prefix of PREFIXES)
    for (const path of [prefix, `${prefix}/*`])
      app.use(path, async (c, next) => {
        c.set('errorRenderer', ribbon2ErrorRenderer);
        await jsonWhateverType(c, next);
      });
  app.route('/', authRoutes());
  app.route('/', accountRoutes());
  app.route('/', userRoutes());
  app.route('/', groupRoutes());
  app.route('/', directoryRoutes('/api/directory'));
  app.route('/', directoryRoutes('/api/direcotry'));
  // Before the messages: /api/message/stream would otherwise be read as a message uid.
  app.route('/', messageFeedRoutes());
  app.route('/', messageRoutes());
  app.route('/', ioRoutes());
}
