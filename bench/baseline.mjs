// The baseline: plain code running the same data SQL as each benchmark scenario and returning JSON, with
// no framework, no auth and no validation around it. Scenarios are keyed by path (see scenarios.mjs).
const json = (body, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

async function pbkdf2(password) {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const salt = new Uint8Array(16);
  return crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 100000 }, key, 256);
}

export default {
  async fetch(request, env) {
    const db = env.DB;
    switch (new URL(request.url).pathname) {
      case '/hello':
        return json({ ok: true });
      case '/s1': {
        const [page, count] = await db.batch([
          db
            .prepare(
              'select "C_BPartner_ID", "C_BPartner_UU", "Value", "Name", "IsActive", "SO_CreditLimit", "C_BP_Group_ID" from "C_BPartner" where "IsActive" = ? order by "Name" asc, "C_BPartner_ID" limit ? offset ?',
            )
            .bind(1, 20, 0),
          db.prepare('select count(*) as total from "C_BPartner" where "IsActive" = ?').bind(1),
        ]);
        const groups = [...new Set(page.results.map((r) => r.C_BP_Group_ID))];
        const labels = await db
          .prepare(
            `select "C_BP_Group_ID", "Name" from "C_BP_Group" where "C_BP_Group_ID" in (${groups.map(() => '?').join(',')})`,
          )
          .bind(...groups)
          .all();
        return json({
          records: page.results,
          total: count.results[0].total,
          labels: labels.results,
          rowsRead: page.meta.rows_read + count.meta.rows_read,
        });
      }
      case '/s2':
        return json(
          await db.prepare('select * from "C_BPartner" where "C_BPartner_ID" = ? limit 1').bind(5000).first(),
        );
      case '/s3': {
        const [inserted] = await db.batch([
          db
            .prepare('insert into "C_BPartner" ("Value", "Name", "IsActive") values (?, ?, ?) returning *')
            .bind('W', 'Written by baseline', 1),
          db.prepare(
            "insert into audit_log (table_name, record_id, action, after) values ('C_BPartner', last_insert_rowid(), 'INSERT', '{}')",
          ),
        ]);
        return json(inserted.results[0], 201);
      }
      case '/s6': {
        const readable = JSON.stringify([901, 902, 903, 904, 905]);
        const where =
          'where exists (select 1 from r2_message_dirs v where v.message_id = m.id and v.directory_id in (select value from json_each(?)))';
        const [rows, count] = await db.batch([
          db.prepare(`select m.id from r2_messages m ${where} order by m.id asc limit 30 offset 0`).bind(readable),
          db.prepare(`select count(*) as n from r2_messages m ${where}`).bind(readable),
        ]);
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
        return json({
          content: detail[0].results,
          totalCount: count.results[0].n,
          rowsRead: rows.meta.rows_read + count.meta.rows_read,
        });
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
