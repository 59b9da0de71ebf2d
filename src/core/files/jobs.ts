import { registerPeriodicJob } from '../ops/periodic';
import { findTable, getPoolSchema } from '../records/registry';
import { removal } from './store';
import { expiryStatements } from './uploads';

/**
 * The file store's periodic jobs (core/ops/periodic.ts). Requests already treat what has expired as gone
 * (lazy expiry); these free the space: abandoned uploads fail and lose their chunks, ended sessions go
 * after their retention, and files past their expiry (staged writes never committed, completed uploads'
 * files) are removed, and so are the attachments of records that were deleted. Every removal is audited as
 * the system, in the batch that makes it.
 */

registerPeriodicJob({
  name: 'uploads.expire',
  async run({ data, pool, now, actor }) {
    const db = data.d1(pool);
    await db.batch(expiryStatements({ db, pool, actor }, now, '1 = 1'));
    return 'done';
  },
});

registerPeriodicJob({
  name: 'files.expire',
  async run({ data, pool, now, actor }) {
    const db = data.d1(pool);
    const [count] = await db.batch([
      db.prepare('select count(*) as n from atrium_files where expires_at is not null and expires_at <= ?').bind(now),
      ...removal({ db, pool, actor }, 'expires_at is not null and expires_at <= ?', now),
    ]);
    return { removed: (count.results[0] as { n: number } | undefined)?.n ?? 0 };
  },
});

/**
 * Attachments whose record is gone (iDempiere deletes a record's attachment with it). Ids are never reused
 * (AUTOINCREMENT), so such files were unreachable already; this frees their space. Owners are
 * `<Table>:<key>`: tables come from the schema registry (its allowlist), a table it does not know (another
 * service's owners, `upload:<id>`) is left alone.
 */
registerPeriodicJob({
  name: 'attachments.orphans',
  async run({ data, pool, actor }) {
    const db = data.d1(pool);
    const schema = await getPoolSchema(data, pool);
    const { results } = await db
      .prepare(
        `select distinct substr(owner, 1, instr(owner, ':') - 1) as name from atrium_files
         where state = 'ready' and instr(owner, ':') > 1 limit 200`,
      )
      .all<{ name: string }>();
    let tables = 0;
    for (const { name } of results) {
      const table = findTable(schema, name);
      if (!table || table.name !== name || table.primaryKey.length !== 1) continue;
      const key = table.primaryKey[0].replaceAll('"', '""');
      const where = `state = 'ready' and substr(owner, 1, ?) = ? and not exists
        (select 1 from "${table.name.replaceAll('"', '""')}" r where r."${key}" = substr(atrium_files.owner, ?))`;
      await db.batch(removal({ db, pool, actor }, where, name.length + 1, `${name}:`, name.length + 2));
      tables += 1;
    }
    return { tables };
  },
});
