// The Worker's bindings type on its own: the core, the db layer and the Durable Objects need it, not the Hono env.
export type Bindings = Cloudflare.Env;
