// Serves the built Atrium Worker and the baseline Worker side by side in one workerd (Miniflare API),
// each on its own direct socket: no wrangler dev proxy in the path. Both bind the same D1 databases.
// Usage: node bench/server.mjs <atriumPort> <baselinePort> [statementsPort] [inspectorPort] (run pinned with
// taskset by bench/run.mjs; the statements port serves a third copy of Atrium that answers its statements'
// texts, never measured (bench/statements.mjs); the inspector port, for --profile, opens Atrium's isolate to
// the DevTools protocol).
import { convertV4MiniflareOptions, Miniflare } from 'miniflare';
import { localD1Id, localKvId, readWranglerConfig } from '../scripts/lib/wrangler.mjs';
import { ADMIN_PASSWORD } from './fixtures.mjs';

const [atriumPort, baselinePort, statementsPort, inspectorPort] = process.argv.slice(2).map(Number);
// Same layout as `wrangler d1 migrations apply --local --persist-to bench/.state` (which writes v3/).
const state = new URL('./.state/v3', import.meta.url).pathname;
const wrangler = await readWranglerConfig();

const d1Databases = Object.fromEntries(wrangler.d1_databases.map((d) => [d.binding, localD1Id(d)]));
const common = {
  compatibilityDate: wrangler.compatibility_date,
  compatibilityFlags: wrangler.compatibility_flags,
  d1Databases,
};

const atrium = {
  ...common,
  name: 'atrium',
  modules: true,
  modulesRoot: new URL('./.build/', import.meta.url).pathname,
  scriptPath: new URL('./.build/index.js', import.meta.url).pathname,
  kvNamespaces: Object.fromEntries(wrangler.kv_namespaces.map((k) => [k.binding, localKvId(k)])),
  durableObjects: Object.fromEntries(
    wrangler.durable_objects.bindings.map((b) => [b.name, { className: b.class_name, useSQLite: true }]),
  ),
  bindings: {
    ...wrangler.vars,
    LOG_REQUESTS: 'false',
    DEMO_DATA: 'false',
    JWT_SECRET: 'bench-jwt-secret-0123456789abcdef0123456789',
    ENCRYPTION_KEY: 'bench-encryption-key',
    ADMIN_PASSWORD,
    // Rows read per request (bench/rows.mjs): `x-d1-stats` on every answer.
    D1_STATS_HEADER: 'true',
  },
  unsafeDirectSockets: [{ host: '127.0.0.1', port: atriumPort }],
};

const mf = new Miniflare(
  convertV4MiniflareOptions({
    resourcePersistencePath: state,
    ...(inspectorPort ? { inspectorPort } : {}),
    workers: [
      atrium,
      {
        ...common,
        name: 'baseline',
        // Listed explicitly: Miniflare does not follow the baseline's import of fixtures.mjs by itself.
        modulesRoot: new URL('.', import.meta.url).pathname,
        modules: ['baseline.mjs', 'fixtures.mjs'].map((file) => ({
          type: 'ESModule',
          path: new URL(`./${file}`, import.meta.url).pathname,
        })),
        unsafeDirectSockets: [{ host: '127.0.0.1', port: baselinePort }],
      },
      ...(statementsPort
        ? [
            {
              ...atrium,
              name: 'atrium-statements',
              // The same Durable Objects as Atrium's (one feed, one throttle per name).
              durableObjects: Object.fromEntries(
                wrangler.durable_objects.bindings.map((b) => [
                  b.name,
                  { className: b.class_name, scriptName: 'atrium', useSQLite: true },
                ]),
              ),
              bindings: { ...atrium.bindings, D1_STATS_HEADER: 'sql' },
              unsafeDirectSockets: [{ host: '127.0.0.1', port: statementsPort }],
            },
          ]
        : []),
    ],
  }),
);

await mf.ready;
console.log(JSON.stringify({ ready: true, atriumPort, baselinePort, statementsPort }));
const stop = async () => {
  await mf.dispose();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
