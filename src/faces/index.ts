import type { AppOpenAPI } from '../middleware/env';
import { renderErrorsUnder } from '../middleware/face-renderers';
import { mountDatagerry } from './datagerry';
import { mountIdempiere } from './idempiere';
import { mountLiberty } from './liberty';
import { libertyErrorRenderer } from './liberty/errors';
import { mountRibbon2 } from './ribbon2';

/**
 * The four faces. Each mounts its own paths and sets its error renderer only on its own prefixes
 * (Liberty and Ribbon2 share `/api`, iDempiere lives under `/api/v1`, DATAGERRY under `/rest`).
 * iDempiere first so `/api/v1/*` never reaches the other `/api` faces' middleware.
 */
export function mountFaces(app: AppOpenAPI): void {
  mountIdempiere(app);
  mountLiberty(app);
  mountDatagerry(app);
  mountRibbon2(app);
  // An unknown path under `/api` that is no face's own prefix (`/api/nothing`): Liberty's shape, the face
  // whose API root `/api` is (its docs are served there). Registered last (the first match wins), and
  // Ribbon2's own middleware sets its renderer after it, so a path under `/api/v1`, `/api/group`, … keeps
  // that face's shape.
  renderErrorsUnder(app, ['/api/*'], libertyErrorRenderer);
}
