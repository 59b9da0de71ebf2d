import { loadMessagingDemo } from '../../core/messaging/demo';
import { registerDemoLoader } from '../../core/ops/bootstrap';
import type { AppOpenAPI } from '../../lib/types';
import { jsonWhateverType } from './body';
import { ribbon2ErrorRenderer } from './common';
import { messageFeedRoutes } from './feed';
import { identityRoutes } from './identity.routes';
import { ioRoutes } from './io.routes';
import { directoryRoutes, messageRoutes } from './messaging.routes';

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
  app.route('/', identityRoutes());
  app.route('/', directoryRoutes('/api/directory'));
  app.route('/', directoryRoutes('/api/direcotry'));
  // Before the messages: /api/message/stream would otherwise be read as a message uid.
  app.route('/', messageFeedRoutes());
  app.route('/', messageRoutes());
  app.route('/', ioRoutes());
}
