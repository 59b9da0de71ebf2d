import type { AppOpenAPI } from '../lib/types';
import { mountDatagerry } from './datagerry';
import { mountIdempiere } from './idempiere';
import { mountLiberty } from './liberty';
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
}
