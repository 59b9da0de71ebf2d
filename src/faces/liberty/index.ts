import type { AppOpenAPI } from '../../lib/types';

/** Mounts the Liberty face's routes on the app (filled in by the Liberty face issue). */
export function mountLiberty(_app: AppOpenAPI): void {}
