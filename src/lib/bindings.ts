// The Worker's bindings type on its own, so src/db can take it without importing lib/types.ts (which takes DataAccess from src/db).
export type Bindings = Cloudflare.Env;
