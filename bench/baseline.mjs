// The baseline: plain code running the same data SQL as each benchmark scenario and returning JSON, with
// no framework, no auth and no validation around it. Scenarios are keyed by path (see scenarios.mjs).
// List scenarios answer `x-d1-stats` like Atrium does under D1_STATS_HEADER, and `x-bench-rows`
// (rows returned, matching total); GET /explain?s=1|4|5|6 answers the EXPLAIN QUERY PLAN of their SQL.
import { BENCH_QUERY_SQL, DG_FILTER, DG_LIMIT, LIBERTY_LIMIT, LIBERTY_Q } from './fixtures.mjs';

// C_BPartner's visible columns (migrations/0003_idempiere.sql), in Atrium's select order.
const BP_COLUMNS = [
  'C_BPartner_ID',
  'C_BPartner_UU',
  'AD_Client_ID',
  'Value',
  'Name',
  'Description',
  'IsActive',
  'IsCustomer',
  'IsVendor',
  'SO_CreditLimit',
  'C_BP_Group_ID',
  'Created',
  'Updated',
];

// The foreign-key label Atrium selects with each C_BPartner row (labelColumns in src/faces/idempiere/po.ts).
const BP_GROUP_LABEL =
  '(select __p."Name" from "C_BP_Group" as __p where __p."C_BP_Group_ID" = "C_BPartner"."C_BP_Group_ID") as "__label__C_BP_Group_ID"';

const json = (body, status = 200, headers = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

async function pbkdf2(password) {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const salt = new Uint8Array(16);
  return crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 100000 }, key, 256);
}

const READABLE = JSON.stringify([901, 902, 903, 904, 905]);
const R2_WHERE =
  'where m.id in (select v.message_id from r2_message_dirs v where v.directory_id in (select value from json_each(?)))';
const DG_COLUMNS =
  'o.public_id, o.type_id, o.status, o.version, o.creation_time, o.author_id, o.last_edit_time, o.editor_id, o.active, o.fields, o.views';
const [[LIBERTY_FROM, LIBERTY_TO]] = LIBERTY_Q.map((q) => [q.DD_ID['>='], q.DD_ID['<']]);

/**
 * The data SQL of the list scenarios, as Atrium renders it (same text shape, same bound values): the page
 * and the count. Scenario 4 has no count: Liberty pages with limit + 1 rows to know `hasMore`.
 */
const LIST_SQL = {
  1: {
    page: [
      'select "C_BPartner_ID", "C_BPartner_UU", "Value", "Name", "IsActive", "SO_CreditLimit", "C_BP_Group_ID" from "C_BPartner" where "IsActive" = ? order by "Name" asc, "C_BPartner_ID" limit ? offset ?',
      [1, 20, 0],
    ],
    count: ['select count(*) as total from "C_BPartner" where "IsActive" = ?', [1]],
  },
  4: {
    page: [
      `select * from (select row_number() over () as ROW_ID, s.* from (${BENCH_QUERY_SQL}) s) t where (t."DD_ID" >= ? and t."DD_ID" < ?) order by ROW_ID limit ? offset ?`,
      [LIBERTY_FROM, LIBERTY_TO, LIBERTY_LIMIT + 1, 0],
    ],
  },
  5: {
    page: [
      `select ${DG_COLUMNS} from dg_objects o where 1 = 1 and o."type_id" = ? order by o."public_id" asc, o.public_id asc limit ? offset ?`,
      [DG_FILTER.type_id, DG_LIMIT, 0],
    ],
    count: ['select count(*) as n from dg_objects o where 1 = 1 and o."type_id" = ?', [DG_FILTER.type_id]],
  },
  6: {
    page: [`select m.id from r2_messages m ${R2_WHERE} order by m.id asc limit 30 offset 0`, [READABLE]],
    count: [
      'select count(distinct v.message_id) as n from r2_message_dirs v where v.directory_id in (select value from json_each(?))',
      [READABLE],
    ],
  },
};

const statement = (db, [text, params]) => db.prepare(text).bind(...params);

/** Sums D1's meta over every result of the request, in Atrium's `x-d1-stats` format. */
function stats(results, returned, total) {
  const sum = (key) => results.reduce((n, r) => n + (r.meta?.[key] ?? 0), 0);
  return {
    'x-d1-stats': `queries=${results.length}; rows_read=${sum('rows_read')}; rows_written=${sum('rows_written')}`,
    'x-bench-rows': `returned=${returned}; total=${total}`,
  };
}

/** One page of objects, with count, as Atrium's listObjects runs it (one batch). */
async function dgPage(db) {
  const [rows, count] = await db.batch([statement(db, LIST_SQL[5].page), statement(db, LIST_SQL[5].count)]);
  const objects = rows.results.map((r) => ({ ...r, active: Boolean(r.active), fields: JSON.parse(r.fields) }));
  return { rows, count, objects, total: count.results[0].n };
}

/** DATAGERRY's render view without a framework: the page's types and authors, labels and summary line. */
async function dgRender(db, objects) {
  const typeIds = JSON.stringify([...new Set(objects.map((o) => o.type_id))]);
  const types = await db
    .prepare(
      'select public_id, name, label, description, active, author_id, creation_time, version, render_meta, fields, acl from dg_types where public_id in (select value from json_each(?))',
    )
    .bind(typeIds)
    .all();
  const byId = new Map(
    types.results.map((t) => [
      t.public_id,
      { ...t, render_meta: JSON.parse(t.render_meta), fields: JSON.parse(t.fields), acl: JSON.parse(t.acl) },
    ]),
  );
  const userIds = [...new Set(objects.flatMap((o) => [o.author_id, o.editor_id]).filter((v) => v !== null))];
  const users = await db
    .prepare('select id, login from users where id in (select value from json_each(?))')
    .bind(JSON.stringify(userIds))
    .all();
  const names = new Map(users.results.map((u) => [u.id, u.login]));
  const rendered = objects.map((o) => {
    const type = byId.get(o.type_id);
    const value = (name) => o.fields.find((f) => f.name === name)?.value ?? null;
    const summaries = (type?.render_meta.summary?.fields ?? []).map((name) => ({ name, value: value(name) }));
    return {
      object_information: { object_id: o.public_id, author_name: names.get(o.author_id) ?? null, version: o.version },
      type_information: { type_id: o.type_id, type_name: type?.name ?? null, type_label: type?.label ?? null },
      fields: (type?.fields ?? []).map((f) => ({ type: f.type, name: f.name, label: f.label, value: value(f.name) })),
      sections: type?.render_meta.sections ?? [],
      summaries,
      summary_line: summaries.map((s) => (s.value === null ? '' : String(s.value))).join(' | '),
      externals: (type?.render_meta.externals ?? []).map((e) => ({
        ...e,
        href: (e.fields ?? []).reduce(
          (h, n) => h.replace(`{${n}}`, encodeURIComponent(String(value(n) ?? ''))),
          e.href,
        ),
      })),
    };
  });
  return { rendered, results: [types, users] };
}

/**
 * EXPLAIN QUERY PLAN of a list scenario's statements, and what each reads when run (rows, meta.rows_read);
 * `tables` tells real tables from subquery aliases.
 */
async function explain(db, scenario) {
  const queries = LIST_SQL[scenario];
  if (!queries) return json({ error: 'unknown scenario' }, 404);
  const { results: tables } = await db
    .prepare("select name from sqlite_master where type = 'table' and name not like '\\_cf\\_%' escape '\\'")
    .all();
  const out = {};
  for (const [label, [text, params]] of Object.entries(queries)) {
    const { results } = await db
      .prepare(`explain query plan ${text}`)
      .bind(...params)
      .all();
    const run = await statement(db, [text, params]).all();
    out[label] = {
      sql: text,
      params,
      plan: results.map((r) => ({ id: r.id, parent: r.parent, detail: r.detail })),
      rows: run.results.length,
      rowsRead: run.meta.rows_read,
    };
  }
  return json({ statements: out, tables: tables.map((t) => t.name) });
}

export default {
  async fetch(request, env) {
    const db = env.DB;
    const url = new URL(request.url);
    switch (url.pathname) {
      case '/hello':
        return json({ ok: true });
      case '/explain':
        return explain(db, url.searchParams.get('s'));
      case '/s1': {
        const [page, count] = await db.batch([statement(db, LIST_SQL[1].page), statement(db, LIST_SQL[1].count)]);
        const groups = [...new Set(page.results.map((r) => r.C_BP_Group_ID))];
        const labels = await db
          .prepare(
            `select "C_BP_Group_ID", "Name" from "C_BP_Group" where "C_BP_Group_ID" in (${groups.map(() => '?').join(',')})`,
          )
          .bind(...groups)
          .all();
        const total = count.results[0].total;
        return json(
          { records: page.results, total, labels: labels.results },
          200,
          stats([page, count, labels], page.results.length, total),
        );
      }
      case '/s2':
        // Atrium's statement: the visible columns and the group's label in one query.
        return json(
          await db
            .prepare(
              `select ${BP_COLUMNS.map((c) => `"${c}"`).join(', ')}, ${BP_GROUP_LABEL} from "C_BPartner" where "C_BPartner_ID" = ? limit 1`,
            )
            .bind(5000)
            .first(),
        );
      case '/s3': {
        // Atrium's statements: the insert returning the row and its group's label, and the audit row
        // with the new key and the JSON image of the visible columns.
        const image = `json_object(${BP_COLUMNS.map((c) => `'${c}', "${c}"`).join(', ')})`;
        const inserted = 'rowid = last_insert_rowid()';
        const [created] = await db.batch([
          db
            .prepare(
              `insert into "C_BPartner" ("Value", "Name", "IsActive") values (?, ?, ?) returning ${BP_COLUMNS.map((c) => `"${c}"`).join(', ')}, ${BP_GROUP_LABEL}`,
            )
            .bind('W', 'Written by baseline', 1),
          db
            .prepare(
              `insert into audit_log (user_id, user_login, pool, table_name, record_id, action, before, after, request_id) values (?, ?, ?, ?, (select "C_BPartner_ID" from "C_BPartner" where ${inserted}), ?, null, (select ${image} from "C_BPartner" where ${inserted}), ?)`,
            )
            .bind(1, 'admin', 'default', 'C_BPartner', 'INSERT', crypto.randomUUID()),
        ]);
        return json(created.results[0], 201);
      }
      case '/s4': {
        const page = await statement(db, LIST_SQL[4].page).all();
        const items = page.results.slice(0, LIBERTY_LIMIT);
        return json(
          { items, hasMore: page.results.length > LIBERTY_LIMIT, count: items.length },
          200,
          stats([page], items.length, 0),
        );
      }
      case '/s5a': {
        const { rows, count, objects, total } = await dgPage(db);
        return json({ results: objects, total }, 200, stats([rows, count], objects.length, total));
      }
      case '/s5b': {
        const { rows, count, objects, total } = await dgPage(db);
        const { rendered, results } = await dgRender(db, objects);
        return json({ results: rendered, total }, 200, stats([rows, count, ...results], objects.length, total));
      }
      case '/s6': {
        const [rows, count] = await db.batch([statement(db, LIST_SQL[6].page), statement(db, LIST_SQL[6].count)]);
        const ids = JSON.stringify(rows.results.map((r) => r.id));
        const detail = await db.batch([
          db.prepare('select * from r2_messages where id in (select value from json_each(?))').bind(ids),
          db
            .prepare(
              'select md.message_id, d.full_name from r2_message_dirs md join r2_directories d on d.id = md.directory_id where md.message_id in (select value from json_each(?))',
            )
            .bind(ids),
          db
            .prepare('select message_id, tag from r2_message_tags where message_id in (select value from json_each(?))')
            .bind(ids),
          db.prepare('select * from r2_properties where message_id in (select value from json_each(?))').bind(ids),
        ]);
        const total = count.results[0].n;
        return json(
          { content: detail[0].results, totalCount: total },
          200,
          stats([rows, count, ...detail], detail[0].results.length, total),
        );
      }
      case '/s7': {
        const user = await db
          .prepare('select id, password_hash from users where lower(login) = lower(?) limit 1')
          .bind('reader')
          .first();
        await pbkdf2('reader-pass');
        return json({ token: String(user?.id) });
      }
      default:
        return json({ error: 'unknown scenario' }, 404);
    }
  },
};
