// Applies migrations/ to every D1 pool in wrangler.toml (adding a pool there is enough).
//   node scripts/migrate.mjs --local            (npm run db:migrate:local; `npm run dev` runs it with --quiet)
//   node scripts/migrate.mjs --remote           (npm run db:migrate:remote; asks before applying in a terminal)
// --quiet prints one line per pool instead of wrangler's tables, and everything when it fails.
// --yes applies without wrangler's confirmation (local applies never ask).
import { pathToFileURL } from 'node:url';
import { readWranglerConfig, runWrangler, runWranglerLive } from './lib/wrangler.mjs';

/** Migrations of the last table wrangler printed that ended in ✅. */
function appliedCount(out) {
  const tables = out.split('Migrations to be applied:');
  const last = tables[tables.length - 1];
  return new Set([...last.matchAll(/│\s*(\S+\.sql)\s*│\s*✅/g)].map((m) => m[1])).size;
}

/**
 * Applies the migrations to the given pools (default: all); throws when one fails.
 * `yes` (always for local) runs wrangler non-interactively, so it applies without asking.
 */
export async function migrate({ target, quiet = false, yes = target === 'local', databases, persistTo } = {}) {
  const config = await readWranglerConfig();
  const pools = (config.d1_databases ?? []).filter((db) => !databases || databases.includes(db.database_name));
  const env = yes ? { CI: 'true', WRANGLER_HIDE_BANNER: 'true' } : {};
  for (const db of pools) {
    const args = ['d1', 'migrations', 'apply', db.database_name ?? db.binding, `--${target}`];
    // `npm run dev -- --persist-to <dir>` keeps its local state elsewhere: the migrations go there too.
    if (persistTo && target === 'local') args.push('--persist-to', persistTo);
    if (!quiet) {
      const code = await runWranglerLive(args, { env });
      if (code !== 0) throw new Error(`migrations of ${db.database_name} (${target}) failed`);
      continue;
    }
    const { status, out } = runWrangler(args, { env });
    if (status !== 0) {
      process.stdout.write(out);
      throw new Error(`migrations of ${db.database_name} (${target}) failed`);
    }
    const applied = /No migrations to apply/.test(out) ? 'up to date' : `${appliedCount(out)} applied`;
    console.log(`migrations: ${db.database_name} (${db.binding}, ${target}) ${applied}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const argv = process.argv.slice(2);
  const target = argv.includes('--remote') ? 'remote' : 'local';
  try {
    await migrate({
      target,
      quiet: argv.includes('--quiet'),
      yes: target === 'local' || argv.includes('--yes'),
    });
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
