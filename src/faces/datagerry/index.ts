import { loadCmdbDemo } from '../../core/cmdb/demo';
import { registerDemoLoader } from '../../core/ops/bootstrap';
import type { AppOpenAPI } from '../../lib/types';
import { datagerryErrorRenderer } from './envelope';
import { frameworkRoutes } from './framework.routes';
import { userRoutes } from './users.routes';

registerDemoLoader(loadCmdbDemo);

/** The DATAGERRY face under /rest (docs/faces/datagerry.md); every path with or without trailing slash. */
export function mountDatagerry(app: AppOpenAPI): void {
  app.use('/rest/*', async (c, next) => {
    c.set('errorRenderer', datagerryErrorRenderer);
    await next();
  });
  app.route('/rest', userRoutes());
  app.route('/rest', frameworkRoutes());
}
