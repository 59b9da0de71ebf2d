import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/core/identity/actor';
import { listMessages } from '../../../src/core/messaging/message-list';
import { loadMessages } from '../../../src/core/messaging/messages';
import { DataAccess } from '../../../src/db/data-access';
import { adminActor } from '../../support/actors';

/**
 * Ribbon2's usual listing (by id, no directory or tag filter) is one statement per page, its ids found by
 * walking the message links or from the readable directories' index, whichever reads less: whatever the
 * plan, a page must be exactly what the general path (loadMessages of the same ids) answers.
 */

const reader: Actor = {
  userId: 900,
  login: 'list-reader',
  groups: [{ id: 900, name: 'ListReaders' }],
  rights: ['base.framework.message.view'],
};

beforeAll(async () => {
  const db = env.DB;
  await db.batch([
    db.prepare(
      "insert into r2_directories (name, full_name, parent_id, created_by) values ('L', 'L', null, 'admin'), ('b', 'L.b', null, 'admin'), ('a', 'L.a', null, 'admin'), ('Hidden', 'Hidden', null, 'admin')",
    ),
    db.prepare(
      "insert into r2_access (directory_id, subject_type, subject_name, permission, allowed) select id, 'ALL', '', 'canReadMessage', 0 from r2_directories where full_name = 'Hidden'",
    ),
  ]);
  const dir = (name: string) => `(select id from r2_directories where full_name = '${name}')`;
  for (let i = 0; i < 12; i++) {
    const uid = `list-${i}`;
    const dirs = i % 3 === 0 ? ['Hidden'] : i % 3 === 1 ? ['L.b', 'L.a', 'Hidden'] : ['L'];
    await db.batch([
      db
        .prepare("insert into r2_messages (uid, header, content, created_by) values (?, ?, 'c', 'admin')")
        .bind(uid, `h${i}`),
      ...dirs.map((d) =>
        db
          .prepare(
            `insert into r2_message_dirs (message_id, directory_id) values ((select id from r2_messages where uid = ?), ${dir(d)})`,
          )
          .bind(uid),
      ),
      ...['zeta', 'Alpha', 'beta']
        .slice(0, i % 4)
        .map((tag) =>
          db
            .prepare(
              'insert into r2_message_tags (message_id, tag) values ((select id from r2_messages where uid = ?), ?)',
            )
            .bind(uid, tag),
        ),
      ...[2, 1]
        .slice(0, i % 3)
        .map((n) =>
          db
            .prepare(
              "insert into r2_properties (uid, message_id, type, content, created_by) values (?, (select id from r2_messages where uid = ?), 'MARK', ?, 'admin')",
            )
            .bind(`${uid}-p${n}`, uid, `p${n}`),
        ),
    ]);
  }
});

describe('listMessages by id', () => {
  it('answers exactly the general path, for admins and readers, both orders, every plan', async () => {
    // The first page learns the total (from the directories' index), the next ones may walk the links.
    for (const actor of [adminActor(), reader])
      for (const descending of [false, true])
        for (const size of [1, 4, 50])
          for (let round = 0; round < 2; round++)
            for (let page = 0; page < 3; page++) {
              const db = new DataAccess(env).d1();
              const got = await listMessages(db, actor, { page, size, orderBy: 'id', descending });
              const expected = await loadMessages(
                db,
                got.content.map((m) => m.id),
              );
              expect(got.content).toEqual(expected);
              const visible = await db
                .prepare(
                  actor === reader
                    ? "select count(distinct m.message_id) as n from r2_message_dirs m join r2_directories d on d.id = m.directory_id where d.full_name <> 'Hidden'"
                    : 'select count(*) as n from r2_messages',
                )
                .first<{ n: number }>();
              expect(got.totalCount).toBe(visible?.n);
              const ids = got.content.map((m) => m.id);
              expect(ids).toEqual([...ids].sort((a, b) => (descending ? b - a : a - b)));
              if (actor === reader)
                expect(got.content.every((m) => m.directories.some((d) => d !== 'Hidden'))).toBe(true);
            }
  });
});
