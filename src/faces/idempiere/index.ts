import type { AppOpenAPI } from '../../lib/types';

/** Mounts the Idempiere face's routes on the app (filled in by the Idempiere face issue). */
export function mountIdempiere(_app: AppOpenAPI): void {}
