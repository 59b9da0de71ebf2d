import {
  type AnySQLiteColumn,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { nowIsoSeconds } from './types';

/**
 * Ribbon2 face (migration 0005, ids AUTOINCREMENT since 0007): directories (dotted full names), access
 * rules, the permission registry, messages with directories, tags and properties, and import/export
 * schemes. All r2_* tables are internal: reached only through the messaging services, which apply the
 * directory access rules. Ribbon2 dates are ISO text to the second.
 */

// Text keys declared without NOT NULL (SQLite then admits NULL): table-level keys say exactly that.
export const r2Permissions = sqliteTable(
  'r2_permissions',
  {
    key: text('key'),
    defaultValue: integer('default_value').notNull(),
    description: text('description').notNull(),
  },
  (t) => [primaryKey({ columns: [t.key] })],
);

export const r2Directories = sqliteTable(
  'r2_directories',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    fullName: text('full_name').notNull(),
    parentId: integer('parent_id').references((): AnySQLiteColumn => r2Directories.id, { onDelete: 'cascade' }),
    description: text('description'),
    created: text('created').notNull().default(nowIsoSeconds),
    createdBy: text('created_by'),
  },
  (t) => [uniqueIndex('r2_directories_full_name').on(t.fullName), index('r2_directories_parent').on(t.parentId)],
);

/** Access rules; subject_name names a user (login) or group, or is '' for ALL. */
export const r2Access = sqliteTable(
  'r2_access',
  {
    directoryId: integer('directory_id')
      .notNull()
      .references(() => r2Directories.id, { onDelete: 'cascade' }),
    subjectType: text('subject_type').notNull(),
    subjectName: text('subject_name').notNull().default(''),
    permission: text('permission')
      .notNull()
      .references(() => r2Permissions.key),
    allowed: integer('allowed').notNull(),
  },
  (t) => [primaryKey({ columns: [t.directoryId, t.subjectType, t.subjectName, t.permission] })],
);

export const r2Messages = sqliteTable(
  'r2_messages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: text('uid').notNull(),
    parentUid: text('parent_uid'),
    header: text('header').notNull(),
    content: text('content').notNull().default(''),
    created: text('created').notNull().default(nowIsoSeconds),
    createdBy: text('created_by').notNull(),
    updated: text('updated'),
    updatedBy: text('updated_by'),
  },
  (t) => [uniqueIndex('r2_messages_uid').on(t.uid)],
);

export const r2MessageDirs = sqliteTable(
  'r2_message_dirs',
  {
    messageId: integer('message_id')
      .notNull()
      .references(() => r2Messages.id, { onDelete: 'cascade' }),
    directoryId: integer('directory_id')
      .notNull()
      .references(() => r2Directories.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.messageId, t.directoryId] }),
    index('r2_message_dirs_directory').on(t.directoryId, t.messageId),
  ],
);

export const r2MessageTags = sqliteTable(
  'r2_message_tags',
  {
    messageId: integer('message_id')
      .notNull()
      .references(() => r2Messages.id, { onDelete: 'cascade' }),
    tag: text('tag').notNull(),
  },
  (t) => [primaryKey({ columns: [t.messageId, t.tag] }), index('r2_message_tags_tag').on(t.tag, t.messageId)],
);

export const r2PropertyTypes = sqliteTable(
  'r2_property_types',
  {
    type: text('type'),
    description: text('description').notNull(),
  },
  (t) => [primaryKey({ columns: [t.type] })],
);

export const r2Properties = sqliteTable(
  'r2_properties',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: text('uid').notNull(),
    messageId: integer('message_id')
      .notNull()
      .references(() => r2Messages.id, { onDelete: 'cascade' }),
    type: text('type')
      .notNull()
      .references(() => r2PropertyTypes.type),
    content: text('content').notNull().default(''),
    created: text('created').notNull().default(nowIsoSeconds),
    createdBy: text('created_by').notNull(),
  },
  (t) => [index('r2_properties_message').on(t.messageId)],
);

export const r2IoSchemes = sqliteTable(
  'r2_io_schemes',
  {
    type: text('type').notNull(),
    protocol: text('protocol').notNull(),
    name: text('name').notNull(),
    /** JSON object; values of secret keys (password, secret, token, key) are stored encrypted (ENC:…). */
    config: text('config').notNull(),
  },
  (t) => [primaryKey({ columns: [t.type, t.protocol, t.name] })],
);

export const r2IoAssignments = sqliteTable(
  'r2_io_assignments',
  {
    protocol: text('protocol').notNull(),
    name: text('name').notNull(),
    directoryId: integer('directory_id')
      .notNull()
      .references(() => r2Directories.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.protocol, t.name, t.directoryId] })],
);
