// The baseline: plain code running the same D1 SQL as each benchmark scenario, returning JSON,
// with no framework, no auth and no validation around it. Scenarios are keyed by path.
const json = (body, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    switch (url.pathname) {
      case '/hello':
        return json({ ok: true });
      case '/db':
        return json(await env.DB.prepare('select 1 as one').first());
      default:
        return json({ error: 'unknown scenario' }, 404);
    }
  },
};
