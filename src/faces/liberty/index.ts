import { loadFrameworkDemo } from '../../core/framework/demo';
import { registerDemoLoader } from '../../core/ops/bootstrap';
import type { AppOpenAPI } from '../../middleware/env';
import { renderErrorsUnder } from '../../middleware/face-renderers';
import { aiRoutes } from './ai.routes';
import { auditRoutes } from './audit.routes';
import { authRoutes } from './auth.routes';
import { dbRoutes } from './db.routes';
import { libertyErrorRenderer } from './errors';
import { exportRoutes } from './export.routes';
import { fmwRoutes } from './fmw.routes';
import { logRoutes } from './logs.routes';
import { queryRoutes } from './query.routes';
import { restoreRoutes } from './restore.routes';
import { setupRoutes } from './setup.routes';

registerDemoLoader(loadFrameworkDemo);

/** Liberty's own prefixes only: `/api` and `/api/test` are the docs, other `/api/*` paths other faces'. */
const PREFIXES = [
  '/api/auth/*',
  '/api/db/*',
  '/api/fmw/*',
  '/api/logs',
  '/api/logs/*',
  '/api/setup/*',
  '/api/export/*',
  '/api/ai/*',
];

/** The Liberty face (docs/faces/liberty.md). */
export function mountLiberty(app: AppOpenAPI): void {
  renderErrorsUnder(app, PREFIXES, libertyErrorRenderer);
  app.route('/', authRoutes());
  app.route('/', dbRoutes());
  app.route('/', queryRoutes());
  app.route('/', auditRoutes());
  app.route('/', fmwRoutes());
  app.route('/', logRoutes());
  app.route('/', setupRoutes());
  app.route('/', exportRoutes());
  // Setup's prepare, update and restore after the export: the document keeps its order of operations.
  app.route('/', restoreRoutes());
  app.route('/', aiRoutes());
}
