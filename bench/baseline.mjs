// The baseline: plain code running the same data SQL as each benchmark scenario and returning JSON, with
// no framework, no auth and no validation around it. Scenarios are keyed by path (see scenarios.mjs).
// Like Atrium (src/core/ops/versions.ts), a list keeps its total, and Liberty's numbered page and
// Ribbon2's directory tree their rows, with the versions of the tables read (atrium_table_versions, set by
// triggers on every write), and reads them again only when those versions changed: the same statements
// in the steady state (Atrium learns the tables a statement reads with EXPLAIN once; here they are known).
// List scenarios answer `x-d1-stats` like Atrium does under D1_STATS_HEADER, and `x-bench-rows`
// (rows returned, matching total); GET /explain?s=1|1b|1c|4|5|6 answers the EXPLAIN QUERY PLAN of their SQL.
import { BENCH_QUERY_SQL, DG_FILTER, DG_LIMIT, LIBERTY_LIMIT, LIBERTY_Q } from './fixtures.mjs';

// C_BPartner's visible columns, in Atrium's select order (bench/statements.mjs checks them against Atrium's).
const BP_COLUMNS = [
  'C_BPartner_ID',
  'AD_Client_ID',
  'AD_Org_ID',
  'IsActive',
  'Created',
  'CreatedBy',
  'Updated',
  'UpdatedBy',
  'Value',
  'Name',
  'Name2',
  'Description',
  'IsSummary',
  'C_BP_Group_ID',
  'IsCustomer',
  'IsVendor',
  'IsEmployee',
  'IsSalesRep',
  'SalesRep_ID',
  'TaxID',
  'SO_CreditLimit',
  'TotalOpenBalance',
  'M_PriceList_ID',
  'C_BPartner_UU',
];
const BP_LIST = BP_COLUMNS.map((c) => `"${c}"`).join(', ');

/** The foreign-key labels Atrium selects with a row (labelColumns in src/core/records/lookups.ts). */
const labels = (table, keys) =>
  keys
    .map(
      ([column, parent, key]) =>
        `(select __p."Name" from "${parent}" as __p where __p."${key}" = "${table}"."${column}") as "__label__${column}"`,
    )
    .join(', ');
const BP_LABELS = labels('C_BPartner', [
  ['M_PriceList_ID', 'M_PriceList', 'M_PriceList_ID'],
  ['C_BP_Group_ID', 'C_BP_Group', 'C_BP_Group_ID'],
  ['AD_Client_ID', 'AD_Client', 'AD_Client_ID'],
  ['AD_Org_ID', 'AD_Org', 'AD_Org_ID'],
  ['CreatedBy', 'AD_User', 'AD_User_ID'],
  ['UpdatedBy', 'AD_User', 'AD_User_ID'],
  ['SalesRep_ID', 'AD_User', 'AD_User_ID'],
]);

/** A page of partners with their labels computed on the page's rows only (the outer query: issue 26). */
const bpPage = (order) =>
  `select ${BP_LIST}, ${BP_LABELS} from (select ${BP_LIST} from "C_BPartner" where "IsActive" = ? order by ${order} limit ? offset ?) as "C_BPartner" order by ${order}`;

/** The groups of a page expanded (`$expand=C_BP_Group_ID`), with their own labels, as Atrium reads them. */
const bpGroups = (count) =>
  `select "C_BP_Group_ID", "AD_Client_ID", "AD_Org_ID", "IsActive", "Created", "CreatedBy", "Updated", "UpdatedBy", "Value", "Name", "Description", "IsDefault", "C_BP_Group_UU", ${labels(
    'C_BP_Group',
    [
      ['AD_Client_ID', 'AD_Client', 'AD_Client_ID'],
      ['AD_Org_ID', 'AD_Org', 'AD_Org_ID'],
      ['CreatedBy', 'AD_User', 'AD_User_ID'],
      ['UpdatedBy', 'AD_User', 'AD_User_ID'],
    ],
  )} from "C_BP_Group" where "C_BP_Group_ID" in (${Array(count).fill('?').join(', ')}) limit ?`;

const json = (body, status = 200, headers = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

async function pbkdf2(password) {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const salt = new Uint8Array(16);
  return crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 100000 }, key, 256);
}

const READABLE = JSON.stringify([901, 902, 903, 904, 905]);
const DG_COLUMNS =
  'o.public_id, o.type_id, o.status, o.version, o.creation_time, o.author_id, o.last_edit_time, o.editor_id, o.active, o.fields, o.views';
const [[LIBERTY_FROM, LIBERTY_TO]] = LIBERTY_Q.map((q) => [q.DD_ID['>='], q.DD_ID['<']]);

/** Ribbon2's page of message ids with their directories, walking the links in id order (Atrium's plan once it knows the total). */
const R2_WALK =
  'select message_id as id, json_group_array(json_array(rowid, directory_id)) as dirs from r2_message_dirs group by message_id having max(directory_id in (select value from json_each(?))) order by message_id asc limit ? offset ?';
/** The page's messages with tags and properties, in one statement (Atrium's listMessages, id order). */
const r2Page = (ids) =>
  `select m.id, m.uid, m.parent_uid as parentUid, m.header, m.content, m.created, m.created_by as createdBy, m.updated, m.updated_by as updatedBy, pg.dirs as dirs, (select json_group_array(json_array(t.rowid, t.tag)) from r2_message_tags t where t.message_id = m.id) as tags, (select json_group_array(json_object('id', p.id, 'uid', p.uid, 'type', p.type, 'content', p.content, 'created', p.created, 'createdBy', p.created_by)) from r2_properties p where p.message_id = m.id) as properties, (select min(message_id) from r2_message_dirs) as lo, (select max(message_id) from r2_message_dirs) as hi from (${ids}) pg join r2_messages m on m.id = pg.id`;

/**
 * The data SQL of the list scenarios, as Atrium renders it (same text shape, same bound values): the page,
 * the count and the tables whose versions decide whether a kept total still holds. Scenario 4 has no count:
 * Liberty pages with limit + 1 rows to know `hasMore`, and keeps the numbered page.
 */
const BP_COUNT = ['select count(*) as total from "C_BPartner" where "IsActive" = ?', [1]];
const LIST_SQL = {
  1: { page: [bpPage('"Name" asc, "C_BPartner_ID"'), [1, 20, 0]], count: BP_COUNT, tables: ['C_BPartner'] },
  '1b': {
    page: [bpPage('"SO_CreditLimit" desc, "C_BPartner_ID"'), [1, 20, 0]],
    count: BP_COUNT,
    tables: ['C_BPartner'],
  },
  // The page of scenario 1; its groups are read after it, keyed by the page's group ids.
  '1c': {
    page: [bpPage('"Name" asc, "C_BPartner_ID"'), [1, 20, 0]],
    count: BP_COUNT,
    expand: [bpGroups(2), [103, 104, 1000]],
    tables: ['C_BPartner'],
  },
  4: {
    page: [
      `select * from (select row_number() over () as ROW_ID, s.* from (${BENCH_QUERY_SQL}) s) t where (t."DD_ID" >= ? and t."DD_ID" < ?) order by ROW_ID limit ? offset ?`,
      [LIBERTY_FROM, LIBERTY_TO, LIBERTY_LIMIT + 1, 0],
    ],
    tables: ['LY_DICTIONARY'],
  },
  5: {
    // dg_types too: Atrium reads its version with the page (the types it keeps to mask the page's fields).
    page: [
      `select ${DG_COLUMNS} from dg_objects o where 1 = 1 and o."type_id" = ? order by o."public_id" asc, o.public_id asc limit ? offset ?`,
      [DG_FILTER.type_id, DG_LIMIT, 0],
    ],
    count: ['select count(*) as n from dg_objects o where 1 = 1 and o."type_id" = ?', [DG_FILTER.type_id]],
    tables: ['dg_objects', 'dg_types'],
  },
  6: {
    page: [r2Page(R2_WALK), [READABLE, 30, 0]],
    count: [
      'select count(distinct v.message_id) as n from r2_message_dirs v where v.directory_id in (select value from json_each(?))',
      [READABLE],
    ],
    tables: ['r2_message_dirs'],
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

/** What a kept figure was read at: the versions of its tables. */
function versionRead(db, tables) {
  return db
    .prepare(
      `select name, cast(version as text) as version from atrium_table_versions where name in (${tables.map(() => '?').join(', ')})`,
    )
    .bind(...tables);
}
const versionsOf = (tables, result) =>
  tables.map((t) => String(result.results.find((r) => r.name === t)?.version)).join(',');

const kept = new Map();

/**
 * A page and its total, the total kept while the count's tables are unchanged: the same batches as
 * Atrium's pageAndCount (versions + page; after a write, versions + count; both again if a write came in
 * between). Answers the rows, the total and every statement's result (for x-d1-stats).
 */
async function pageAndCount(db, key, tables, page, count) {
  const versions = versionRead(db, tables);
  const cached = kept.get(key);
  if (!cached) {
    const [v, rows, total] = await db.batch([versions, page, count]);
    const value = Object.values(total.results[0])[0];
    kept.set(key, { versions: versionsOf(tables, v), value });
    return { rows, total: value, results: [v, rows, total] };
  }
  const [v, rows] = await db.batch([versions, page]);
  const now = versionsOf(tables, v);
  if (now === cached.versions) return { rows, total: cached.value, results: [v, rows] };
  const [v2, total] = await db.batch([versions, count]);
  if (versionsOf(tables, v2) === now) {
    const value = Object.values(total.results[0])[0];
    kept.set(key, { versions: now, value });
    return { rows, total: value, results: [v, rows, v2, total] };
  }
  const [v3, rows3, total3] = await db.batch([versions, page, count]);
  const value = Object.values(total3.results[0])[0];
  kept.set(key, { versions: versionsOf(tables, v3), value });
  return { rows: rows3, total: value, results: [v, rows, v2, total, v3, rows3, total3] };
}

/** A read kept while its tables are unchanged (Liberty's numbered page, Ribbon2's directory tree). */
async function keptRead(db, key, tables, statements) {
  const versions = versionRead(db, tables);
  const cached = kept.get(key);
  if (cached) {
    const [v] = await db.batch([versions]);
    if (versionsOf(tables, v) === cached.versions) return { value: cached.value, results: [v] };
  }
  const [v, ...results] = await db.batch([versions, ...statements]);
  kept.set(key, { versions: versionsOf(tables, v), value: results.map((r) => r.results) });
  return { value: results.map((r) => r.results), results: [v, ...results] };
}

/** One page of objects, with count, as Atrium's listObjects runs it. */
async function dgPage(db) {
  const { rows, total, results } = await pageAndCount(
    db,
    's5',
    LIST_SQL[5].tables,
    statement(db, LIST_SQL[5].page),
    statement(db, LIST_SQL[5].count),
  );
  const objects = rows.results.map((r) => ({ ...r, active: Boolean(r.active), fields: JSON.parse(r.fields) }));
  return { results, objects, total };
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
  for (const label of ['page', 'count', 'expand'].filter((l) => queries[l])) {
    const [text, params] = queries[label];
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

/**
 * The D1 database, recording every statement's text in `texts` (bench/statements.mjs compares them with
 * Atrium's); only for a request with `x-bench-sql: 1`, never in the measured runs.
 */
function recording(db, texts) {
  const wrap = (statement, text) => ({
    real: statement,
    text,
    bind: (...values) => wrap(statement.bind(...values), text),
    all: () => texts.push(text) && statement.all(),
    first: (column) => texts.push(text) && statement.first(column),
    run: () => texts.push(text) && statement.run(),
  });
  return {
    prepare: (text) => wrap(db.prepare(text), text),
    batch: (statements) => {
      for (const s of statements) texts.push(s.text);
      return db.batch(statements.map((s) => s.real));
    },
  };
}

export default {
  async fetch(request, env) {
    const texts = request.headers.get('x-bench-sql') === '1' ? [] : undefined;
    const response = await answer(request, texts ? recording(env.DB, texts) : env.DB);
    if (texts) response.headers.set('x-d1-sql', encodeURIComponent(JSON.stringify(texts)));
    return response;
  },
};

async function answer(request, db) {
  {
    const url = new URL(request.url);
    switch (url.pathname) {
      case '/hello':
        return json({ ok: true });
      case '/explain':
        return explain(db, url.searchParams.get('s'));
      case '/s1':
      case '/s1b':
      case '/s1c': {
        const id = url.pathname.slice(2);
        const { rows, total, results } = await pageAndCount(
          db,
          `s${id}`,
          LIST_SQL[id].tables,
          statement(db, LIST_SQL[id].page),
          statement(db, LIST_SQL[id].count),
        );
        let records = rows.results;
        const all = [...results];
        if (id === '1c') {
          // The page's groups, keyed by its group ids, with their labels (one more statement, as Atrium).
          const ids = [...new Set(records.map((r) => r.C_BP_Group_ID).filter((v) => v !== null))];
          const groups = await db
            .prepare(bpGroups(ids.length))
            .bind(...ids, 1000)
            .all();
          all.push(groups);
          const byId = new Map(groups.results.map((g) => [g.C_BP_Group_ID, g]));
          records = records.map((r) => ({ ...r, C_BP_Group_ID: byId.get(r.C_BP_Group_ID) ?? r.C_BP_Group_ID }));
        }
        return json({ records, total }, 200, stats(all, records.length, total));
      }
      case '/s2':
        // Atrium's statement: the visible columns, their labels and the record's version in one query.
        return json(
          await db
            .prepare(
              `select ${BP_LIST}, ${BP_LABELS}, (select coalesce(max(__a.id), 0) from audit_log __a where __a.table_name = ? and __a.record_id = cast("C_BPartner"."C_BPartner_ID" as text)) as "__atrium_version" from "C_BPartner" where "C_BPartner_ID" = ? limit 1`,
            )
            .bind('C_BPartner', 5000)
            .first(),
        );
      case '/s3': {
        // Atrium's statements, in one batch: the insert returning the row and its labels, and the audit row
        // with the new key and the JSON image of the visible columns.
        const body = await request.json();
        const uuid = crypto.randomUUID();
        const image = `json_object(${BP_COLUMNS.map((c) => `?, "${c}"`).join(', ')})`;
        const [created] = await db.batch([
          db
            .prepare(
              `insert into "C_BPartner" ("Value", "Name", "IsActive", "C_BPartner_UU", "CreatedBy", "UpdatedBy") values (?, ?, ?, ?, ?, ?) returning ${BP_LIST}, ${BP_LABELS}`,
            )
            .bind(body.Value, body.Name, body.IsActive ? 1 : 0, uuid, 100, 100),
          db
            .prepare(
              `insert into audit_log (user_id, user_login, pool, table_name, record_id, action, before, after, request_id) values (?, ?, ?, ?, (select "C_BPartner_ID" from "C_BPartner" where "C_BPartner_UU" = ?), 'INSERT', null, (select ${image} from "C_BPartner" where "C_BPartner_UU" = ?), ?)`,
            )
            .bind(1, 'admin', 'default', 'C_BPartner', uuid, ...BP_COLUMNS, uuid, crypto.randomUUID()),
        ]);
        return json(created.results[0], 201);
      }
      case '/s4': {
        const { value, results } = await keptRead(db, 's4', LIST_SQL[4].tables, [statement(db, LIST_SQL[4].page)]);
        const items = value[0].slice(0, LIBERTY_LIMIT);
        return json(
          { items, hasMore: value[0].length > LIBERTY_LIMIT, count: items.length },
          200,
          stats(results, items.length, 0),
        );
      }
      case '/s5a': {
        const { results, objects, total } = await dgPage(db);
        return json({ results: objects, total }, 200, stats(results, objects.length, total));
      }
      case '/s5b': {
        const { results, objects, total } = await dgPage(db);
        const rendered = await dgRender(db, objects);
        return json(
          { results: rendered.rendered, total },
          200,
          stats([...results, ...rendered.results], objects.length, total),
        );
      }
      case '/s6': {
        // The directory tree (kept), then the page with its messages and the kept total.
        const tree = await keptRead(
          db,
          's6-tree',
          ['r2_access', 'r2_directories'],
          [
            db.prepare(
              'select id, name, full_name as fullName, description from r2_directories order by full_name limit 5001',
            ),
            db.prepare(
              'select d.full_name as fullName, a.directory_id as directoryId, a.subject_type as subjectType, a.subject_name as subjectName, a.permission, a.allowed from r2_access a join r2_directories d on d.id = a.directory_id limit 50001',
            ),
          ],
        );
        const names = new Map(tree.value[0].map((d) => [d.id, d.fullName]));
        const { rows, total, results } = await pageAndCount(
          db,
          's6',
          LIST_SQL[6].tables,
          statement(db, LIST_SQL[6].page),
          statement(db, LIST_SQL[6].count),
        );
        // Directories and tags as [rowid, value] pairs, answered in the order they were written.
        const inOrder = (pairs) =>
          JSON.parse(pairs)
            .sort((a, b) => a[0] - b[0])
            .map((p) => p[1]);
        const content = rows.results
          .sort((a, b) => a.id - b.id)
          .map(({ dirs, tags, properties, lo, hi, ...m }) => ({
            ...m,
            directories: inOrder(dirs).map((id) => names.get(id)),
            tags: inOrder(tags),
            properties: JSON.parse(properties),
          }));
        return json({ content, totalCount: total }, 200, stats([...tree.results, ...results], content.length, total));
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
  }
}
