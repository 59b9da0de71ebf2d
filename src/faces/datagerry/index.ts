import type { AppOpenAPI } from '../../lib/types';

/** Mounts the Datagerry face's routes on the app (filled in by the Datagerry face issue). */
export function mountDatagerry(_app: AppOpenAPI): void {}
