import { defineConfig } from 'drizzle-kit';

// drizzle-kit only generates SQL; wrangler applies it (`migrations_dir` in wrangler.toml).
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/db/schema/index.ts',
  out: './migrations',
});
