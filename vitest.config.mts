import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

// Tests run inside workerd against real local D1, KV and Durable Objects (no mocks of our bindings).
// Migrations are read here (Node) and applied in test/setup.ts (inside the Worker) to every pool.
// wrangler (which reads wrangler.toml for the pool) prints only warnings and errors: not the per-file
// "Using secrets defined in .dev.vars" of a checkout that has run `npm run dev`.
process.env.WRANGLER_LOG ??= 'warn';
export default defineConfig(async () => {
  const migrations = await readD1Migrations('./migrations');
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: './wrangler.toml' },
        miniflare: {
          bindings: {
            TEST_MIGRATIONS: migrations,
            // Test-only values for every key of .dev.vars.example, so a developer's .dev.vars (which
            // wrangler also reads here) never changes what the tests see. wrangler.toml has no secrets.
            JWT_SECRET: 'test-jwt-secret-0123456789abcdef0123456789',
            ENCRYPTION_KEY: 'test-encryption-key',
            ADMIN_PASSWORD: 'admin',
            // Local development, as in .dev.vars.example (test/secrets.test.ts covers a deployment without it).
            LOCAL_DEV: 'true',
            DEMO_DATA: 'true',
            CORS_ORIGINS: 'http://localhost:5173,http://127.0.0.1:5173',
            LOG_REQUESTS: 'false',
            // Throttling keeps its counts but barely waits, so failed-login tests stay fast.
            LOGIN_DELAY_MS: '5',
            // Lets tests count the D1 statements a request runs (x-d1-stats).
            D1_STATS_HEADER: 'true',
            // test/support/contract.ts: `log` lists contract mismatches instead of failing the calls;
            // test/contract.test.ts: generated requests per operation and the seed.
            CONTRACT_REPORT: process.env.CONTRACT_REPORT ?? '',
            CONTRACT_RUNS: process.env.CONTRACT_RUNS ?? '',
            CONTRACT_SEED: process.env.CONTRACT_SEED ?? '',
          },
        },
      }),
    ],
    test: {
      include: ['test/**/*.test.ts'],
      setupFiles: ['./test/setup.ts'],
      testTimeout: 20_000,
      // One runner for every file: modules load once. Each file still starts from fresh D1 and KV
      // (test/setup.ts empties and migrates them), so files stay independent.
      isolate: false,
      experimental: { fsModuleCache: true },
    },
  };
});
