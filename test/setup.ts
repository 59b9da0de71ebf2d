import { applyD1Migrations, env } from 'cloudflare:test';
import { ensureBootstrapped } from '../src/core/ops/bootstrap';

// Every pool receives the migrations, as in dev and production; then the bootstrap admin and demo data,
// so they are part of the storage every test starts from.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
await applyD1Migrations(env.DB_LIBNSX1, env.TEST_MIGRATIONS);
await ensureBootstrapped(env);
