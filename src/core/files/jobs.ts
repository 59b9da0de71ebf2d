import { registerPeriodicJob } from '../ops/periodic';
import { removal } from './store';
import { expiryStatements } from './uploads';

/**
 * The file store's periodic jobs (core/ops/periodic.ts). Requests already treat what has expired as gone
 * (lazy expiry); these free the space: abandoned uploads fail and lose their chunks, ended sessions go
 * after their retention, and files past their expiry (staged writes never committed, completed uploads'
 * files) are removed. Every removal is audited as the system, in the batch that makes it.
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
