import { loadErpDemo } from '../../core/erp/demo';
import { loadFilesDemo } from '../../core/files/demo';
import { registerDemoLoader } from '../../core/ops/bootstrap';
import { loadProcessesDemo } from '../../core/processes/demo';
import type { AppOpenAPI } from '../../middleware/env';
import { renderErrorsUnder } from '../../middleware/face-renderers';
import { attachmentRoutes } from './attachments.routes';
import { authRoutes } from './auth.routes';
import { batchRoutes } from './batch.routes';
import { chartRoutes } from './charts.routes';
import { dictionaryRoutes } from './dictionary.routes';
import { idempiereErrorRenderer } from './errors';
import { recordFeedRoutes } from './feed';
import { historyRoutes } from './history.routes';
import { infoRoutes } from './infos.routes';
import { modelRoutes } from './models.routes';
import { nodeRoutes } from './nodes.routes';
import { printRoutes } from './print.routes';
import { processRoutes } from './processes.routes';
import { serverRoutes } from './servers.routes';
import { systemRoutes } from './system.routes';
import { tabRecordRoutes } from './tab-records.routes';
import { uploadRoutes } from './uploads.routes';
import { viewRoutes } from './views.routes';
import { viewFileRoutes } from './views-files.routes';
import { viewWriteRoutes } from './views-write.routes';
import { windowRecordRoutes } from './window-records.routes';
import { windowRoutes } from './windows.routes';
import { workflowRoutes } from './workflow';
import { yamlRoutes } from './yaml.routes';

registerDemoLoader(loadErpDemo);
registerDemoLoader(loadFilesDemo);
registerDemoLoader(loadProcessesDemo);

/** The iDempiere REST face under /api/v1 (docs/faces/idempiere.md). */
export function mountIdempiere(app: AppOpenAPI): void {
  renderErrorsUnder(app, ['/api/v1/*'], idempiereErrorRenderer);
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
  // The dictionary first: `/windows/{slug}/tabs` and `.../tabs/{tab}/fields` are no record ids.
  app.route('/api/v1', windowRoutes());
  app.route('/api/v1', windowRecordRoutes());
  app.route('/api/v1', tabRecordRoutes());
  app.route('/api/v1', infoRoutes());
  app.route('/api/v1', dictionaryRoutes());
  app.route('/api/v1', chartRoutes());
  app.route('/api/v1', viewFileRoutes());
  app.route('/api/v1', viewRoutes());
  app.route('/api/v1', viewWriteRoutes());
  app.route('/api/v1', uploadRoutes());
  app.route('/api/v1', processRoutes());
  app.route('/api/v1', serverRoutes());
  app.route('/api/v1', nodeRoutes());
  // Sub-requests of a batch without a transaction go through the whole app, as if sent alone.
  app.route('/api/v1', batchRoutes(app));
}
