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

/** Column labels from the data dictionary in one language (Liberty's `type=columns` headers). */
export async function columnLabels(data: DataAccess, language: string, names: string[]): Promise<Map<string, string>> {
  const labels = await data
    .d1()
    .prepare(
      'select DD_ID as id, DD_LABEL as label from LY_DICTIONARY where DD_LANGUAGE = ? and DD_ID in (select value from json_each(?))',
    )
    .bind(language, JSON.stringify(names.slice(0, 500)))
    .all<{ id: string; label: string }>();
  return new Map(labels.results.map((l) => [l.id, l.label]));
}
