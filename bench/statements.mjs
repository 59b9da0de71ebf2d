// The baseline must run Atrium's own SQL, or the comparison measures different work. Atrium's Worker runs a
// third time in bench/server.mjs with D1_STATS_HEADER=sql, which answers every statement's text
// (`x-d1-sql`); the baseline records its own when asked (`x-bench-sql: 1`). Per scenario, the statements of
// a repeated request (the steady state: principal cached, totals kept) are compared as sets of texts.
import { send } from './rows.mjs';

const normalize = (text) => text.replace(/\s+/g, ' ').trim();
const texts = (res) => JSON.parse(decodeURIComponent(res.headers.get('x-d1-sql') ?? '%5B%5D')).map(normalize);

/** Statement texts one side ran and the other did not (a multiset difference). */
function minus(a, b) {
  const left = [...b];
  return a.filter((t) => {
    const i = left.indexOf(t);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

export async function checkStatements(ctx, prepared) {
  const out = [];
  for (const { scenario, atrium, baseline } of prepared) {
    if (scenario.statements === false) continue;
    await send(ctx.statements, atrium);
    const a = texts((await send(ctx.statements, atrium)).res);
    const sql = { ...baseline, headers: { ...(baseline.headers ?? {}), 'x-bench-sql': '1' } };
    let b = [];
    try {
      await send(ctx.baseline, sql);
      b = texts((await send(ctx.baseline, sql)).res);
    } catch (error) {
      b = [`(the baseline failed: ${error.message.slice(0, 200)})`];
    }
    out.push({ scenario: scenario.name, atriumOnly: minus(a, b), baselineOnly: minus(b, a), count: a.length });
  }
  return out;
}

export function renderStatements(checks) {
  if (!checks.length) return [];
  const short = (t) => (t.length > 240 ? `${t.slice(0, 240)}…` : t);
  const lines = [
    '## Same SQL',
    '',
    "Per scenario, the statements of a repeated request: Atrium's (`x-d1-sql`, a third copy of the Worker with D1_STATS_HEADER=sql) against the baseline's. A difference means the baseline measures other work than Atrium's.",
    '',
    '| scenario | statements | same as the baseline |',
    '| --- | ---: | --- |',
  ];
  for (const c of checks)
    lines.push(
      `| ${c.scenario} | ${c.count} | ${c.atriumOnly.length || c.baselineOnly.length ? '**no** (below)' : 'yes'} |`,
    );
  for (const c of checks.filter((x) => x.atriumOnly.length || x.baselineOnly.length)) {
    lines.push('', `### ${c.scenario}`, '');
    for (const t of c.atriumOnly) lines.push(`- Atrium only: \`${short(t)}\``);
    for (const t of c.baselineOnly) lines.push(`- baseline only: \`${short(t)}\``);
  }
  return lines;
}
