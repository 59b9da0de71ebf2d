import { loadCmdbDemo } from '../../core/cmdb/demo';
import { registerDemoLoader } from '../../core/ops/bootstrap';
import type { AppOpenAPI } from '../../middleware/env';
import { categoryRoutes } from './categories.routes';
import { docapiRoutes } from './docapi.routes';
import { API_VERSION, datagerryErrorRenderer } from './envelope';
import { exporterRoutes } from './exporter.routes';
import { objectFeedRoutes } from './feed';
import { groupRoutes } from './groups.routes';
import { historyRoutes } from './history.routes';
import { linkRoutes } from './links.routes';
import { logListRoutes } from './log-lists.routes';
import { logRoutes } from './logs.routes';
import { mediaRoutes, mediaUploadRoutes } from './media.routes';
import { objectRoutes } from './objects.routes';
import { rightRoutes } from './rights.routes';
import { searchRoutes } from './search.routes';
import { sectionTemplateRoutes } from './section-templates.routes';
import { systemRoutes } from './system.routes';
import { typeRoutes } from './types.routes';
import { userSettingRoutes } from './user-settings.routes';
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
    // On the finished response's headers: c.header() after the handler would copy the whole response.
    c.res.headers.set('X-API-Version', API_VERSION);
  });
  app.route('/rest', systemRoutes());
  // Login and users, their settings, groups, rights: in the order the document lists them.
  app.route('/rest', userRoutes());
  app.route('/rest', userSettingRoutes());
  app.route('/rest', groupRoutes());
  app.route('/rest', rightRoutes());
  // Before the objects: /objects/stream would otherwise be read as an object id.
  app.route('/rest', objectFeedRoutes());
  app.route('/rest', historyRoutes());
  // Before the objects too: /objects/links and /objects/group/{value} are no object ids.
  app.route('/rest', linkRoutes());
  app.route('/rest', searchRoutes());
  // Types, objects, categories: the framework, in the order the document lists them.
  app.route('/rest', typeRoutes());
  app.route('/rest', objectRoutes());
  app.route('/rest', categoryRoutes());
  // Before the object logs: /logs/object/exists is no object id.
  app.route('/rest', logListRoutes());
  app.route('/rest', logRoutes());
  app.route('/rest', sectionTemplateRoutes());
  app.route('/rest', docapiRoutes());
  app.route('/rest', exporterRoutes());
  app.route('/rest', mediaUploadRoutes());
  app.route('/rest', mediaRoutes());
}
