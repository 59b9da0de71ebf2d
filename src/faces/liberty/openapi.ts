import type { FaceTags } from '../../lib/openapi';

/** Liberty's documentation: tags, the `q` grammar and request examples (from seed 001 where it has them). */

export const TAGS = {
  auth: {
    name: 'Liberty Auth',
    'x-displayName': 'Authentication',
    description:
      "JWT login (`POST /api/auth/token`, JSON or form fields) and the current user as Liberty's `USR_*` columns. Send the token as `Authorization: Bearer <access_token>`.",
  },
  database: {
    name: 'Liberty Database',
    'x-displayName': 'Database',
    description:
      'Pools (open, close, check) and stored queries: `GET /api/db/query` runs a stored SELECT (filter with `q`, bind with `params`, page with `offset`/`limit`); POST/PUT/DELETE run its stored write statements; audit snapshots rows.',
  },
  framework: {
    name: 'Liberty Framework',
    'x-displayName': 'Framework',
    description:
      'Framework configuration the front end starts from (applications, modules, themes) and value encryption.',
  },
  logs: {
    name: 'Liberty Logs',
    'x-displayName': 'Logs',
    description: 'Client log entries, kept 7 days.',
  },
  setup: {
    name: 'Liberty Setup',
    'x-displayName': 'Setup',
    description:
      'Migrations of each pool: current version, install, prepare (what an upgrade would apply), upgrade, downgrade (down scripts), revision markers, update (nothing to configure on D1) and restore (a repository export loaded back, in one batch). Administrators only.',
  },
  ai: {
    name: 'Liberty AI',
    'x-displayName': 'AI',
    description:
      'Questions to a Workers AI model. Only when the `AI` binding is configured (`[ai] binding = "AI"` in wrangler.toml); without it both routes answer 501 naming that setting.',
  },
  export: {
    name: 'Liberty Export',
    'x-displayName': 'Export',
    description: 'The repository export: every framework table with its definition and rows.',
  },
} as const;

export const LIBERTY_TAGS: FaceTags = { face: 'Liberty', tags: Object.values(TAGS) };

export const Q_DESCRIPTION = [
  "Filter on the stored query's result columns, as JSON: an object or an array of objects.",
  'Every key is a column; its value is either a plain value (equality) or an object of operators:',
  '`=`, `!=` (or `<>`), `>`, `>=`, `<`, `<=`, `like` (SQL pattern with `%` and `_`), `in` (array), `null` (`true`: IS NULL, `false`: IS NOT NULL).',
  'All conditions, within an object and across the array, are ANDed (Liberty has no OR in `q`).',
  '',
  'Examples: `{"DD_ID":"USR_ID"}`, `[{"APPS_ID":{">=":2},"APPS_NAME":{"like":"LIB%"}}]`, `{"DD_LABEL":{"null":false},"DD_ID":{"in":["USR_ID","USR_NAME"]}}`.',
].join('\n');

export const PARAMS_DESCRIPTION =
  'Values for the stored statement\'s named parameters (`:NAME`), as a JSON object or the seed\'s list of one-key objects, e.g. `{"MIN_ID":2}` or `[{"MIN_ID":2}]`. A parameter not given is bound as null.';

export const EXAMPLES = {
  login: { user: 'admin', password: 'admin' },
  /** Rows for the demo's query 1 (the data dictionary): POST inserts, PUT renames, DELETE removes. */
  insertRow: { DD_ID: 'APPS_NAME', DD_LABEL: 'Application' },
  insertRows: [
    { DD_ID: 'APPS_NAME', DD_LABEL: 'Application' },
    { DD_ID: 'APPS_POOL', DD_LABEL: 'Pool' },
  ],
  updateRow: { DD_ID: 'APPS_NAME', DD_LABEL: 'Application name' },
  deleteRow: { DD_ID: 'APPS_NAME' },
  auditKeys: { APPS_ID: 1 },
  log: {
    level: 'error',
    transactionName: 'login',
    message: 'Login page failed to load the themes',
    method: 'GET',
    url: '/api/fmw/themes',
    category: 'frontend',
    feature: 'login',
    isException: false,
  },
  /** The seed's SetupRequest fields (the D1 pools ignore host, port, database and user). */
  setup: { host: 'localhost', port: 5432, database: 'liberty', user: 'liberty', password: 'change-me' },
  aiPrompt: { prompt: 'Which applications does this framework hold?' },
  restore: {
    items: [
      {
        name: 'LY_APPLICATIONS',
        // The demo's two applications as they are: sending it changes nothing.
        rows: [
          {
            APPS_ID: 1,
            APPS_NAME: 'LIBERTY',
            APPS_DESCRIPTION: 'Framework Liberty',
            APPS_POOL: 'default',
            APPS_OFFSET: 5000,
            APPS_LIMIT: 10000,
            APPS_VERSION: 500,
            APPS_DASHBOARD: 1,
            APPS_THEME: 'liberty',
          },
          {
            APPS_ID: 2,
            APPS_NAME: 'NOMASX1',
            APPS_DESCRIPTION: 'Rights, licenses and SOD',
            APPS_POOL: 'default',
            APPS_OFFSET: 5000,
            APPS_LIMIT: 10000,
            APPS_VERSION: 500,
            APPS_DASHBOARD: 1,
            APPS_THEME: 'modernBluePurple',
          },
        ],
      },
    ],
  },
} as const;
