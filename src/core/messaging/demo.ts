import type { Orm } from '../../db/data-access';
import type { Bindings } from '../../lib/bindings';
import { SYSTEM_ACTOR } from '../identity/actor';
import { createGroup, findGroupByName, updateGroup } from '../identity/groups';
import { findUserByLogin, findUserWithGroups, updateUser } from '../identity/users';
import { ADMINS_GROUP } from './access';
import { exportMessage, outboxHas } from './io';
import { loadMessages } from './messages';

/**
 * Core rights of the demo `Admins` group: holding every directory permission is Ribbon2's own rule, but
 * the core still decides each verb, so Admins need the messaging rights too, and user management for
 * Ribbon2's user and group routes (within the identity policy: never over users holding more).
 */
export const ADMINS_DEMO_RIGHTS = [
  'base.framework.message.*',
  'base.framework.directory.*',
  'base.framework.io.*',
  'base.user-management.*',
];

/**
 * Ribbon2 demo data (local dev and tests only): group `Admins` (with ADMINS_DEMO_RIGHTS, added when
 * missing) with the bootstrap admin, directories System, System.Test, Edit, Edit.Translation; on System:
 * ALL may read, Admins may everything; three messages with tags and one property; an export scheme
 * (plain `export-json`) assigned to System.Test, with the welcome message in its outbox.
 */
export async function loadMessagingDemo(orm: Orm, env: Bindings): Promise<void> {
  if (!(await findGroupByName(orm, ADMINS_GROUP))) {
    try {
      await createGroup(
        orm,
        {
          name: ADMINS_GROUP,
          label: 'Ribbon2 administrators',
          description: 'Hold every directory permission',
          rights: ADMINS_DEMO_RIGHTS,
        },
        SYSTEM_ACTOR,
      );
    } catch (error) {
      if (!(await findGroupByName(orm, ADMINS_GROUP))) throw error;
    }
  }
  const admins = await findGroupByName(orm, ADMINS_GROUP);
  const missing = ADMINS_DEMO_RIGHTS.filter((right) => !admins?.rights.includes(right));
  if (admins && missing.length)
    await updateGroup(orm, admins.id, { rights: [...admins.rights, ...missing] }, SYSTEM_ACTOR);
  const admin = await findUserByLogin(orm, 'admin');
  if (admins && admin) {
    const current = await findUserWithGroups(orm, admin.id);
    if (current && !current.groupIds.includes(admins.id))
      await updateUser(orm, admin.id, { groupIds: [...current.groupIds, admins.id] }, SYSTEM_ACTOR);
  }
  const db = env.DB;
  if (!(await db.prepare("select 1 from r2_directories where full_name = 'System'").first())) await loadRows(db);
  await fillOutbox(db, env.CACHE);
}

/** The demo's export scheme (plain `export-json`, on System.Test) and the welcome message in its outbox. */
const DEMO_SCHEME = { protocol: 'plain', name: 'export-json', message: '00000000-0000-4000-8000-00000000a001' };

/** The outbox is KV (emptied with it): put the welcome message back when it is missing. */
async function fillOutbox(db: D1Database, kv: KVNamespace): Promise<void> {
  if (await outboxHas(kv, DEMO_SCHEME.protocol, DEMO_SCHEME.name, `${DEMO_SCHEME.message}.json`)) return;
  const row = await db
    .prepare('select id from r2_messages where uid = ?')
    .bind(DEMO_SCHEME.message)
    .first<{ id: number }>();
  const [message] = row ? await loadMessages(db, [row.id]) : [];
  if (message) await exportMessage(db, kv, message);
}

async function loadRows(db: D1Database): Promise<void> {
  const dir = (full: string) => `(select id from r2_directories where full_name = '${full}')`;
  const permissions = [
    'canCreateDir',
    'canUpdateDir',
    'canDeleteDir',
    'canEditAccessDir',
    'canReadMessage',
    'canCreateMessage',
    'canUpdateMessage',
    'canDeleteMessage',
  ];
  const messages = [
    [
      '00000000-0000-4000-8000-00000000a001',
      'System.Test',
      'Welcome',
      'Welcome to Ribbon2 on Atrium',
      ['welcome', 'test'],
    ],
    ['00000000-0000-4000-8000-00000000a002', 'System', 'Maintenance window', 'Saturday 02:00 UTC', ['ops']],
    [
      '00000000-0000-4000-8000-00000000a003',
      'Edit.Translation',
      'Translate the release notes',
      'Into French and German',
      ['transl'],
    ],
  ] as const;
  await db.batch([
    db.prepare(
      "insert or ignore into r2_directories (name, full_name, parent_id, description, created_by) values ('System', 'System', null, 'System messages', 'admin'), ('Edit', 'Edit', null, 'Editorial', 'admin')",
    ),
    db.prepare(
      `insert or ignore into r2_directories (name, full_name, parent_id, description, created_by) values ('Test', 'System.Test', ${dir('System')}, 'Test directory', 'admin'), ('Translation', 'Edit.Translation', ${dir('Edit')}, 'Translation team', 'admin')`,
    ),
    db.prepare(
      `insert or ignore into r2_access (directory_id, subject_type, subject_name, permission, allowed) values (${dir('System')}, 'ALL', '', 'canReadMessage', 1)`,
    ),
    ...permissions.map((p) =>
      db
        .prepare(
          `insert or ignore into r2_access (directory_id, subject_type, subject_name, permission, allowed) values (${dir('System')}, 'GROUP', ?, ?, 1)`,
        )
        .bind(ADMINS_GROUP, p),
    ),
    ...messages.flatMap(([uid, directory, header, content, tags]) => [
      db
        .prepare("insert or ignore into r2_messages (uid, header, content, created_by) values (?, ?, ?, 'admin')")
        .bind(uid, header, content),
      db
        .prepare(
          `insert or ignore into r2_message_dirs (message_id, directory_id) values ((select id from r2_messages where uid = ?), ${dir(directory)})`,
        )
        .bind(uid),
      ...tags.map((tag) =>
        db
          .prepare(
            'insert or ignore into r2_message_tags (message_id, tag) values ((select id from r2_messages where uid = ?), ?)',
          )
          .bind(uid, tag),
      ),
    ]),
    db
      .prepare(
        "insert or ignore into r2_properties (uid, message_id, type, content, created_by) values ('00000000-0000-4000-8000-00000000b001', (select id from r2_messages where uid = ?), 'MARK', 'Received from foreign reporter AP', 'admin')",
      )
      .bind(messages[0][0]),
    db
      .prepare("insert or ignore into r2_io_schemes (type, protocol, name, config) values ('EXPORT', ?, ?, ?)")
      .bind(DEMO_SCHEME.protocol, DEMO_SCHEME.name, JSON.stringify({ format: 'json', charset: 'UTF-8' })),
    db
      .prepare(
        `insert or ignore into r2_io_assignments (protocol, name, directory_id) values (?, ?, ${dir('System.Test')})`,
      )
      .bind(DEMO_SCHEME.protocol, DEMO_SCHEME.name),
  ]);
}
