// Secrets are not in wrangler.toml (they come from `wrangler secret put` or .dev.vars), so
// `wrangler types` cannot see them: declared here, optional, because production may lack them.
declare namespace Cloudflare {
  interface Env {
    JWT_SECRET?: string;
    ENCRYPTION_KEY?: string;
    /** Creates the bootstrap `admin` account when set and no such account exists. */
    ADMIN_PASSWORD?: string;
    /** "true" only on a developer's machine and in tests: allows the `.dev.vars.example` secrets (src/app.ts). */
    LOCAL_DEV?: string;
    /** The public origin links are built from (DATAGERRY's Location and pager links); unset: root-relative. */
    PUBLIC_URL?: string;
    /** Password checks of one account per login window from unfamiliar addresses (default LOGIN_LOCK_AFTER). */
    LOGIN_ACCOUNT_LIMIT?: string;
    /** Days an address stays familiar to an account after a successful login there (default 90). */
    LOGIN_FAMILIAR_DAYS?: string;
  }
}
