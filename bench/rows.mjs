// Rows read per request (D1's meta.rows_read) for the list scenarios: after the load runs, requests to
// Atrium (its `x-d1-stats` header, D1_STATS_HEADER=true in server.mjs) and one to the baseline (the same
// header, summed over its own statements), checked against the flat bound 2 x rows returned + 100.
import { fetchRetry } from './scenarios.mjs';

/** `queries=3; rows_read=120; rows_written=0` → { queries: 3, rows_read: 120, rows_written: 0 }. */
export function parseStats(header) {
  if (!header) return null;
  return Object.fromEntries(
    header.split(';').map((part) => {
      const [k, v] = part.trim().split('=');
      return [k, Number(v)];
    }),
  );
}

/** One request as a scenario describes it (a `{n}` in its body becomes a value unique to this request). */
export async function send(base, request) {
  const body =
    request.body === undefined
      ? undefined
      : typeof request.body === 'string'
        ? request.body
        : JSON.stringify(request.body);
  const res = await fetchRetry(`${base}${request.path}`, {
    method: request.method ?? 'GET',
    headers: { 'content-type': 'application/json', ...(request.headers ?? {}) },
    body: body?.replaceAll('{n}', `s${Math.random().toString(36).slice(2, 10)}`),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${request.path}: ${res.status} ${text.slice(0, 300)}`);
  return { res, body: JSON.parse(text) };
}

/**
 * One measurement per list scenario. The bound, whatever the table's size: every returned row may be read
 * twice (the page through an index, then the row itself; Liberty's hasMore probe reads limit + 1), plus
 * 100 (version rows, the directory tree, small lookups). A repeated request (same filter, no write in
 * between) must not count the matching rows again.
 */
export async function rowsPerRequest(ctx, prepared) {
  const out = [];
  for (const { scenario, atrium, baseline, cold } of prepared) {
    if (!scenario.counts) continue;
    // The steady state: a request after another one (the principal cache warm, nothing written between).
    await send(ctx.atrium, atrium);
    const a = await send(ctx.atrium, atrium);
    const b = await send(ctx.baseline, baseline);
    const stats = parseStats(a.res.headers.get('x-d1-stats'));
    const base = parseStats(b.res.headers.get('x-d1-stats'));
    const { returned, total } = scenario.counts(a.body);
    const baseRows = parseStats(b.res.headers.get('x-bench-rows'));
    const countWalk = total ?? 0;
    const bound = 2 * returned + 100;
    out.push({
      scenario: scenario.name,
      atriumQueries: stats?.queries ?? null,
      atriumRowsRead: stats?.rows_read ?? null,
      atriumFirst: cold ?? null,
      baselineQueries: base?.queries ?? null,
      baselineRowsRead: base?.rows_read ?? null,
      returned,
      baselineReturned: baseRows?.returned ?? null,
      total: countWalk,
      bound,
      within: stats ? stats.rows_read <= bound : null,
    });
  }
  return out;
}

export function renderRows(rows) {
  if (!rows.length) return [];
  const fmt = (v) => (v === null || v === undefined ? 'n/a' : String(v));
  const lines = [
    '## Rows read per request',
    '',
    "After the load runs, per scenario: two requests to Atrium (the second, a repeated request with no write in between, is reported) and one to the baseline; the last column is Atrium's very first request of the scenario, before any load (queries / rows_read: principal not cached, statements not yet learned, totals counted). Atrium: its `x-d1-stats` header (D1_STATS_HEADER=true), every D1 statement of the request (auth included; statements run with `.raw()` are not counted by Atrium's wrapper). Baseline: the same sums over its own statements. Check: Atrium rows_read ≤ 2 × rows returned + 100, at every table size (count matches: what counting the total reads when it is not known yet).",
    '',
    '| scenario | Atrium queries | Atrium rows_read | baseline queries | baseline rows_read | rows returned | count matches | bound (2 × returned + 100) | within | Atrium first request |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.scenario} | ${fmt(r.atriumQueries)} | ${fmt(r.atriumRowsRead)} | ${fmt(r.baselineQueries)} | ${fmt(r.baselineRowsRead)} | ${r.returned}${r.baselineReturned !== null && r.baselineReturned !== r.returned ? ` (baseline ${r.baselineReturned})` : ''} | ${r.total} | ${r.bound} | ${r.within === null ? 'n/a (no header)' : r.within ? 'yes' : '**NO**'} | ${fmt(r.atriumFirst)} |`,
    );
  return lines;
}
