import type { Orm } from '../../db/data-access';
import type { Bindings } from '../../lib/bindings';
import { kvKeys } from '../ops/kv';
import { writeLog } from '../ops/logs';

/**
 * Liberty demo data (local dev and tests only), the seed's examples: applications LIBERTY (1) and
 * NOMASX1 (2); modules menus, grafana, dev, sentry (with params), debug, login; themes modernBluePurple
 * and luxuryDarkGold with colour keys; a data dictionary (en, fr); framework query 1 over the dictionary
 * with GET, POST, PUT and DELETE statements.
 */
export async function loadFrameworkDemo(_orm: Orm, env: Bindings): Promise<void> {
  const db = env.DB;
  // The log store is KV (emptied with it): one front-end error entry, put back when the store is empty.
  if (!(await env.CACHE.list({ prefix: kvKeys.logPrefix, limit: 1 })).keys.length)
    await writeLog(env.CACHE, {
      level: 'error',
      message: 'Demo: the dashboard failed to load',
      category: 'demo',
      user: 'demo',
    });
  if (await db.prepare('select 1 from LY_APPLICATIONS where APPS_ID = 1').first()) return;
  const dictionary = [
    ['ACT_AUDIT_DATE', 'Date (Audit)', 'Date (Audit)'],
    ['ACT_ID', 'Action ID', "ID de l'action"],
    ['APPS_ID', 'Application ID', "ID de l'application"],
    ['APPS_NAME', 'Application', 'Application'],
    ['DD_ID', 'Dictionary ID', 'ID du dictionnaire'],
    ['DD_LABEL', 'Label', 'Libellé'],
    ['USR_ID', 'User', 'Utilisateur'],
    ['USR_NAME', 'Name', 'Nom'],
  ];
  await db.batch([
    db.prepare(`insert or ignore into LY_APPLICATIONS (APPS_ID, APPS_NAME, APPS_DESCRIPTION, APPS_POOL, APPS_OFFSET, APPS_LIMIT, APPS_VERSION, APPS_DASHBOARD, APPS_THEME) values
      (1, 'LIBERTY', 'Framework Liberty', 'default', 5000, 10000, 500, 1, 'liberty'),
      (2, 'NOMASX1', 'Rights, licenses and SOD', 'default', 5000, 10000, 500, 1, 'modernBluePurple')`),
    db.prepare(`insert or ignore into LY_MODULES (MODULE_ID, MODULE_DESCRIPTION, MODULE_ENABLED, MODULE_PARAMS, MODULE_ORDER) values
      ('menus', 'Enable Drawer Menus', 'Y', null, 1), ('grafana', 'Enable Grafana Dashboard', 'N', null, 2),
      ('dev', 'Enable Development Mode', 'Y', null, 3),
      ('sentry', 'Enable Sentry', 'N', '{"url":"https://sentry.io","replay":"false","clientid":"nomana","platform":"dev"}', 4),
      ('debug', 'Enable Debug', 'N', null, 5), ('login', 'Enable Embedded Login', 'Y', null, 6)`),
    db.prepare(
      "insert or ignore into LY_THEMES (THM_ID, THM_NAME) values (1, 'modernBluePurple'), (2, 'luxuryDarkGold')",
    ),
    db.prepare(`insert or ignore into LY_THEMES_COLORS (TCL_ID, THM_ID, TCL_KEY, TCL_LIGHT, TCL_DARK) values
      (1, 1, 'primary', '#3f51b5', '#673ab7'), (2, 1, 'secondary', '#607d8b', '#9575cd'),
      (3, 2, 'primary', '#b8860b', '#d4af37'), (4, 2, 'secondary', '#607d8b', 'rgb(206, 203, 203)')`),
    ...dictionary.flatMap(([id, en, fr]) => [
      db.prepare("insert or ignore into LY_DICTIONARY (DD_ID, DD_LANGUAGE, DD_LABEL) values (?, 'en', ?)").bind(id, en),
      db.prepare("insert or ignore into LY_DICTIONARY (DD_ID, DD_LANGUAGE, DD_LABEL) values (?, 'fr', ?)").bind(id, fr),
    ]),
    db.prepare(`insert or ignore into LY_QRY_FMW (QUERY, CRUD, QUERY_POOL, QUERY_SQLITE, QUERY_DESCRIPTION) values
      (1, 'GET', 'SESSION', 'select DD_ID, DD_LABEL from LY_DICTIONARY where DD_LANGUAGE = ''en'' order by DD_ID', 'Data dictionary (en)'),
      (1, 'POST', 'SESSION', 'insert into LY_DICTIONARY (DD_ID, DD_LANGUAGE, DD_LABEL) values (:DD_ID, ''en'', :DD_LABEL)', 'Add a dictionary entry'),
      (1, 'PUT', 'SESSION', 'update LY_DICTIONARY set DD_LABEL = :DD_LABEL where DD_ID = :DD_ID and DD_LANGUAGE = ''en''', 'Rename a dictionary entry'),
      (1, 'DELETE', 'SESSION', 'delete from LY_DICTIONARY where DD_ID = :DD_ID and DD_LANGUAGE = ''en''', 'Delete a dictionary entry'),
      (2, 'GET', 'SESSION', 'select APPS_ID, APPS_NAME, APPS_POOL from LY_APPLICATIONS where APPS_ID >= :MIN_ID order by APPS_ID', 'Applications from an id')`),
  ]);
}
