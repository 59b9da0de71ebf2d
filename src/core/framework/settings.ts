import type { DataAccess } from '../../db/data-access';
import { DEFAULT_POOL } from '../../db/pools';

/**
 * Liberty's framework configuration (applications, modules, themes), read from the framework pool.
 * Any authenticated user reads them: the front end needs them to start.
 */
const READS = {
  applications:
    'select APPS_ID, APPS_NAME, APPS_DESCRIPTION, APPS_POOL, APPS_OFFSET, APPS_LIMIT, APPS_VERSION, APPS_DASHBOARD, APPS_THEME from LY_APPLICATIONS order by APPS_ID limit 1000',
  modules:
    'select MODULE_ID, MODULE_DESCRIPTION, MODULE_ENABLED, MODULE_PARAMS from LY_MODULES order by MODULE_ORDER, MODULE_ID limit 1000',
  themes: `select t.THM_NAME, c.TCL_KEY, c.TCL_LIGHT, c.TCL_DARK from LY_THEMES t join LY_THEMES_COLORS c on c.THM_ID = t.THM_ID
    order by t.THM_ID, c.TCL_ID limit 5000`,
} as const;

export type FrameworkList = keyof typeof READS;

export async function frameworkRows(data: DataAccess, what: FrameworkList): Promise<Record<string, unknown>[]> {
  const { results } = await data.d1(DEFAULT_POOL).prepare(READS[what]).all<Record<string, unknown>>();
  return results;
}
