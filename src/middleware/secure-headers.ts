/**
 * The security headers every answer carries: hono's `secureHeaders()` defaults with
 * `Cross-Origin-Resource-Policy: cross-origin` (browser clients of other origins read the API) and no
 * `Cross-Origin-Opener-Policy`. Set in one loop on the finished response by the first middleware rather than
 * through hono's middleware (a composed layer, a closure and a promise per request); like hono's, they
 * overwrite a value a handler set (test/app.test.ts pins both: same headers, same values).
 */
export const SECURE_HEADERS: readonly (readonly [string, string])[] = Object.freeze([
  ['Cross-Origin-Resource-Policy', 'cross-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Referrer-Policy', 'no-referrer'],
  ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Frame-Options', 'SAMEORIGIN'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
] as const);

export function setSecureHeaders(headers: Headers): void {
  for (const [name, value] of SECURE_HEADERS) headers.set(name, value);
}
