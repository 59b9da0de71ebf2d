// EXPLAIN QUERY PLAN of the page and count SQL of the list scenarios, asked of the baseline Worker
// (GET /explain?s=N runs `explain query plan` on the same statements with the same bound values). A
// `SCAN <table>` without an index is flagged as a full scan; `SCAN <table> USING [COVERING] INDEX` as a
// full index walk (every entry of the index, unless a LIMIT stops a walk in output order early); a SCAN
// of a subquery or materialized result is only noted (what it reads shows in the lines above it).

import { fetchRetry } from './scenarios.mjs';

/** alias → table, from `from|join <table> [as] <alias>` in the statement text. */
function aliases(sql, tables) {
  const map = new Map(tables.map((t) => [t.toLowerCase(), t]));
  for (const m of sql.matchAll(/\b(?:from|join)\s+"?([A-Za-z_][\w]*)"?(?:\s+(?:as\s+)?([A-Za-z_]\w*))?/gi)) {
    const [, table, alias] = m;
    if (alias && !/^(where|order|limit|join|on|group|inner|left)$/i.test(alias) && map.has(table.toLowerCase()))
      map.set(alias.toLowerCase(), map.get(table.toLowerCase()));
  }
  return map;
}

/** '' | 'FULL SCAN of T' | 'FULL INDEX WALK of T' | a note; `early` when a LIMIT can stop the scan. */
export function classify(detail, names, early, subqueries = new Set()) {
  const scan = /^SCAN (\S+)/.exec(detail);
  if (!scan || /VIRTUAL TABLE/.test(detail)) return '';
  // A subquery's result named like a table (the page chosen by the inner query, aliased as its table).
  if (subqueries.has(scan[1].toLowerCase())) return 'subquery / materialized result';
  const table = names.get(scan[1].toLowerCase());
  if (!table) return 'subquery / materialized result';
  const stop = early ? ' (in output order: the LIMIT stops it early)' : '';
  if (/USING (COVERING )?INDEX/.test(detail)) return `FULL INDEX WALK of ${table}${stop}`;
  return `FULL SCAN of ${table}${stop}`;
}

export async function explainPlans(ctx, ids) {
  const out = [];
  for (const id of ids) {
    const res = await fetchRetry(`${ctx.baseline}/explain?s=${id}`);
    if (!res.ok) throw new Error(`explain ${id}: ${res.status} ${await res.text()}`);
    const { statements, tables } = await res.json();
    for (const [label, { sql, plan, rows, rowsRead }] of Object.entries(statements)) {
      const names = aliases(sql, tables);
      const early = /\blimit\b/i.test(sql) && !plan.some((p) => /TEMP B-TREE FOR ORDER BY/.test(p.detail));
      const subqueries = new Set(
        plan.flatMap((p) => /^(?:CO-ROUTINE|MATERIALIZE) (\S+)/.exec(p.detail)?.[1].toLowerCase() ?? []),
      );
      const depth = new Map([[0, -1]]);
      const lines = plan.map((p) => {
        depth.set(p.id, (depth.get(p.parent) ?? -1) + 1);
        return { depth: depth.get(p.id), detail: p.detail, flag: classify(p.detail, names, early, subqueries) };
      });
      const flags = lines.map((l) => l.flag);
      out.push({
        scenario: id,
        label,
        sql,
        rows,
        rowsRead,
        lines,
        fullScan: flags.some((f) => f.startsWith('FULL SCAN')),
        indexWalk: flags.some((f) => f.startsWith('FULL INDEX WALK')),
      });
    }
  }
  return out;
}

export function renderPlans(plans) {
  if (!plans.length) return [];
  const lines = [
    '## EXPLAIN QUERY PLAN',
    '',
    "Page and count SQL of the list scenarios (the baseline's statements, which are Atrium's SQL with the same bound values), planned on the loaded data. `FULL SCAN` = `SCAN <table>` without `USING INDEX`/`USING COVERING INDEX`; `FULL INDEX WALK` = `SCAN <table> USING [COVERING] INDEX` (no range: every entry); `SEARCH` lines are index ranges or lookups.",
    '',
  ];
  for (const p of plans) {
    const flag = p.fullScan ? ' — **full scan**' : p.indexWalk ? ' — **full index walk**' : '';
    lines.push(`### Scenario ${p.scenario}, ${p.label}${flag}`, '', '```sql', p.sql, '```', '');
    lines.push('```');
    for (const l of p.lines) lines.push(`${'  '.repeat(l.depth)}${l.detail}${l.flag ? `   <- ${l.flag}` : ''}`);
    lines.push('```', `Run alone: ${p.rows} row(s) returned, rows_read ${p.rowsRead}.`, '');
  }
  return lines;
}
