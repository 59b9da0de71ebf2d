import type { AppOpenAPI } from '../../lib/types';

/** Mounts the Ribbon2 face's routes on the app (filled in by the Ribbon2 face issue). */
export function mountRibbon2(_app: AppOpenAPI): void {}
