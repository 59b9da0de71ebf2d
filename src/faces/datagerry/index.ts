import { loadCmdbDemo } from '../../core/cmdb/demo';
import { registerDemoLoader } from '../../core/ops/bootstrap';
import type { AppOpenAPI } from '../../lib/types';
import { docapiRoutes } from './docapi.routes';
import { API_VERSION, datagerryErrorRenderer } from './envelope';
import { exporterRoutes } from './exporter.routes';
import { objectFeedRoutes } from './feed';
import { frameworkRoutes } from './framework.routes';
import { historyRoutes } from './history.routes';
import { linkRoutes } from './links.routes';
import { logRoutes } from './logs.routes';
import { searchRoutes } from './search.routes';
import { sectionTemplateRoutes } from './section-templates.routes';
import { systemRoutes } from './system.routes';
import { userRoutes } from './users.routes';

registerDemoLoader(loadCmdbDemo);

/**
 * The DATAGERRY face under /rest (docs/faces/datagerry.md); every path with or without trailing slash.
 * Every answer, HEAD and errors included, carries `X-API-Version` as DATAGERRY's do.
 */
export function mountDatagerry(app: AppOpenAPI): void {
  app.use('/rest/*', async (c, next) => {
    c.set('errorRenderer', datagerryErrorRenderer);
    await next();
    c.header('X-API-Version', API_VERSION);
  });
  app.route('/rest', systemRoutes());
  app.route('/rest', userRoutes());
  // Before the objects: /objects/stream would otherwise be read as an object id.
  app.route('/rest', objectFeedRoutes());
  app.route('/rest', historyRoutes());
  // Before the objects too: /objects/links and /objects/group/{value} are no object ids.
  app.route('/rest', linkRoutes());
  app.route('/rest', searchRoutes());
  app.route('/rest', frameworkRoutes());
  app.route('/rest', logRoutes());
  app.route('/rest', sectionTemplateRoutes());
  app.route('/rest', docapiRoutes());
  app.route('/rest', exporterRoutes());
}
