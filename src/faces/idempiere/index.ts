import { loadErpDemo } from '../../core/erp/demo';
import { loadFilesDemo } from '../../core/files/demo';
import { registerDemoLoader } from '../../core/ops/bootstrap';
import { loadProcessesDemo } from '../../core/processes/demo';
import type { AppOpenAPI } from '../../lib/types';
import { attachmentRoutes } from './attachments.routes';
import { authRoutes } from './auth.routes';
import { batchRoutes } from './batch.routes';
import { idempiereErrorRenderer } from './errors';
import { recordFeedRoutes } from './feed';
import { historyRoutes } from './history.routes';
import { modelRoutes } from './models.routes';
import { nodeRoutes } from './nodes.routes';
import { printRoutes } from './print.routes';
import { processRoutes } from './processes.routes';
import { serverRoutes } from './servers.routes';
import { systemRoutes } from './system.routes';
import { uploadRoutes } from './uploads.routes';
import { workflowRoutes } from './workflow';
import { yamlRoutes } from './yaml.routes';

registerDemoLoader(loadErpDemo);
registerDemoLoader(loadFilesDemo);
registerDemoLoader(loadProcessesDemo);

/** The iDempiere REST face under /api/v1 (docs/faces/idempiere.md). */
export function mountIdempiere(app: AppOpenAPI): void {
  app.use('/api/v1/*', async (c, next) => {
    c.set('errorRenderer', idempiereErrorRenderer);
    await next();
  });
  app.route('/api/v1', authRoutes());
  // Before the models: /models/{t}/stream would be read as a record, /models/{t}/{id}/history and
  // /models/{t}/{id}/attachments as a column.
  app.route('/api/v1', recordFeedRoutes());
  app.route('/api/v1', historyRoutes());
  // Before the models: `yaml` would be read as a record id.
  app.route('/api/v1', yamlRoutes());
  app.route('/api/v1', attachmentRoutes());
  app.route('/api/v1', printRoutes());
  app.route('/api/v1', modelRoutes());
  app.route('/api/v1', systemRoutes());
  app.route('/api/v1', workflowRoutes());
  app.route('/api/v1', uploadRoutes());
  app.route('/api/v1', processRoutes());
  app.route('/api/v1', serverRoutes());
  app.route('/api/v1', nodeRoutes());
  // Sub-requests of a batch without a transaction go through the whole app, as if sent alone.
  app.route('/api/v1', batchRoutes(app));
}
