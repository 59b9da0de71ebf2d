// `npm run db:check` (part of `npm test`): fails when the drizzle schema (src/db/schema) and drizzle-kit's
// record of the migrations (migrations/meta) disagree, i.e. when `npm run db:generate` would write a
// migration. It runs drizzle-kit generate, offline, against a temporary copy of migrations/meta, so the
// checkout is never touched. It also checks that the journal lists exactly the migration files, so the next
// generated migration takes the next free number. (test/db/schema.test.ts checks the other side: that the
// migrated database is exactly the drizzle schema.)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const migrations = join(root, 'migrations');
const problems = [];

// 1. The journal lists every migration file, in order, each under its own number.
const journal = JSON.parse(readFileSync(join(migrations, 'meta', '_journal.json'), 'utf8'));
const files = readdirSync(migrations)
  .filter((f) => f.endsWith('.sql'))
  .map((f) => f.slice(0, -4))
  .sort();
const tags = journal.entries.map((e) => e.tag);
for (const file of files)
  if (!tags.includes(file)) problems.push(`migrations/${file}.sql is not in meta/_journal.json`);
for (const tag of tags)
  if (!files.includes(tag)) problems.push(`meta/_journal.json lists ${tag}, which has no .sql file`);
for (const entry of journal.entries) {
  if (entry.idx !== Number.parseInt(entry.tag, 10)) problems.push(`journal entry ${entry.tag} has idx ${entry.idx}`);
}
if (tags.join() !== [...tags].sort().join()) problems.push('meta/_journal.json is not in file-name order');

// 2. drizzle-kit generates nothing from the schema against the latest snapshot.
const work = mkdtempSync(join(tmpdir(), 'atrium-schema-check-'));
try {
  cpSync(join(migrations, 'meta'), join(work, 'meta'), { recursive: true });
  // drizzle-kit reads snapshots as `./<out>/meta/...`: `out` must be relative to the working directory.
  const out = relative(root, work).split('\\').join('/');
  const config = join(work, 'drizzle.config.ts');
  writeFileSync(
    config,
    `import base from ${JSON.stringify(join(root, 'drizzle.config.ts'))};\nexport default { ...base, out: ${JSON.stringify(out)} };\n`,
  );
  const run = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'drizzle-kit', 'bin.cjs'), 'generate', '--config', config, '--name', 'drift'],
    // No terminal: a rename question (drizzle-kit asks when a table or column disappears) cannot hang CI.
    {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
      env: { ...process.env, NO_COLOR: '1' },
    },
  );
  const generated = readdirSync(work).filter((f) => f.endsWith('.sql'));
  if (generated.length) {
    const sql = generated.map((f) => readFileSync(join(work, f), 'utf8')).join('\n');
    problems.push(
      `src/db/schema differs from migrations/meta: drizzle-kit would generate\n\n${sql}\n\n` +
        'Run `npm run db:generate -- --name <change>` and review the migration (README, "Schema changes").',
    );
  } else if (run.status !== 0 || !/No schema changes/.test(run.stdout)) {
    problems.push(
      `drizzle-kit generate did not confirm the schema (exit ${run.status}${run.error ? `, ${run.error.message}` : ''}):\n` +
        `${run.stdout}\n${run.stderr}\nRun \`npm run db:generate\` in a terminal to see what it asks.`,
    );
  }
} finally {
  if (existsSync(work)) rmSync(work, { recursive: true, force: true });
}

if (problems.length) {
  console.error(`Schema check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`Schema check: src/db/schema matches migrations/meta (${files.length} migrations).`);
