import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { json } from './types';

/**
 * Liberty face (migration 0002, ids AUTOINCREMENT since 0007): the framework tables with their original
 * names. Applications list the pools (APPS_POOL); modules and themes configure the front end; the data
 * dictionary gives column labels per language; stored queries (LY_QRY_FMW: framework, LY_QRY_SQL:
 * applications) hold one statement per query id and HTTP verb with its target pool (SESSION = the caller's
 * pool).
 */

export const lyApplications = sqliteTable('LY_APPLICATIONS', {
  appsId: integer('APPS_ID').primaryKey({ autoIncrement: true }),
  appsName: text('APPS_NAME').notNull(),
  appsDescription: text('APPS_DESCRIPTION'),
  appsPool: text('APPS_POOL').notNull().default('default'),
  appsOffset: integer('APPS_OFFSET').notNull().default(5000),
  appsLimit: integer('APPS_LIMIT').notNull().default(10000),
  appsVersion: integer('APPS_VERSION').notNull().default(500),
  appsDashboard: integer('APPS_DASHBOARD'),
  appsTheme: text('APPS_THEME'),
});

// A text key declared without NOT NULL (SQLite then admits NULL): a table-level key says exactly that.
export const lyModules = sqliteTable(
  'LY_MODULES',
  {
    moduleId: text('MODULE_ID'),
    moduleDescription: text('MODULE_DESCRIPTION'),
    moduleEnabled: text('MODULE_ENABLED').notNull().default('N'),
    moduleParams: json('MODULE_PARAMS'),
    moduleOrder: integer('MODULE_ORDER').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.moduleId] })],
);

export const lyThemes = sqliteTable(
  'LY_THEMES',
  {
    thmId: integer('THM_ID').primaryKey({ autoIncrement: true }),
    thmName: text('THM_NAME').notNull(),
  },
  (t) => [uniqueIndex('ly_themes_name').on(t.thmName)],
);

export const lyThemesColors = sqliteTable(
  'LY_THEMES_COLORS',
  {
    tclId: integer('TCL_ID').primaryKey({ autoIncrement: true }),
    thmId: integer('THM_ID')
      .notNull()
      .references(() => lyThemes.thmId, { onDelete: 'cascade' }),
    tclKey: text('TCL_KEY').notNull(),
    tclLight: text('TCL_LIGHT'),
    tclDark: text('TCL_DARK'),
  },
  (t) => [index('ly_themes_colors_theme').on(t.thmId, t.tclKey)],
);

export const lyDictionary = sqliteTable(
  'LY_DICTIONARY',
  {
    ddId: text('DD_ID').notNull(),
    ddLanguage: text('DD_LANGUAGE').notNull().default('en'),
    ddLabel: text('DD_LABEL').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.ddId, t.ddLanguage] }),
    index('ly_dictionary_language_label').on(t.ddLanguage, t.ddLabel),
  ],
);

/** Stored queries: named parameters `:NAME` in QUERY_SQLITE are bound, never pasted. */
const storedQueries = <N extends string>(name: N) =>
  sqliteTable(
    name,
    {
      query: integer('QUERY').notNull(),
      crud: text('CRUD').notNull(),
      queryPool: text('QUERY_POOL').notNull().default('SESSION'),
      querySqlite: text('QUERY_SQLITE').notNull(),
      queryDescription: text('QUERY_DESCRIPTION'),
    },
    (t) => [primaryKey({ columns: [t.query, t.crud] })],
  );

export const lyQryFmw = storedQueries('LY_QRY_FMW');
export const lyQrySql = storedQueries('LY_QRY_SQL');
