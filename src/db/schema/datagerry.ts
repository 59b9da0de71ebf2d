import {
  type AnySQLiteColumn,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { users } from './identity';
import { nowIso } from './types';

/**
 * DATAGERRY face (migration 0004, ids AUTOINCREMENT since 0007): CMDB types, objects, categories and user
 * settings. All dg_* tables are internal: reached only through the cmdb services, which apply rights and
 * type ACLs. JSON text columns hold DATAGERRY's nested documents (render_meta, fields, acl, meta, payload).
 */

export const dgTypes = sqliteTable(
  'dg_types',
  {
    publicId: integer('public_id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    label: text('label'),
    description: text('description'),
    active: integer('active').notNull().default(1),
    authorId: integer('author_id'),
    creationTime: text('creation_time').notNull().default(nowIso),
    version: text('version').notNull().default('1.0.0'),
    renderMeta: text('render_meta').notNull().default('{}'),
    fields: text('fields').notNull().default('[]'),
    acl: text('acl').notNull().default('{"activated":false,"groups":{"includes":{}}}'),
  },
  (t) => [uniqueIndex('dg_types_name').on(t.name)],
);

export const dgObjects = sqliteTable(
  'dg_objects',
  {
    publicId: integer('public_id').primaryKey({ autoIncrement: true }),
    typeId: integer('type_id')
      .notNull()
      .references(() => dgTypes.publicId),
    status: integer('status'),
    version: text('version').notNull().default('1.0.0'),
    creationTime: text('creation_time').notNull().default(nowIso),
    authorId: integer('author_id'),
    lastEditTime: text('last_edit_time'),
    editorId: integer('editor_id'),
    active: integer('active').notNull().default(1),
    fields: text('fields').notNull().default('[]'),
    views: integer('views').notNull().default(0),
  },
  (t) => [index('dg_objects_type').on(t.typeId, t.publicId), index('dg_objects_active').on(t.active, t.publicId)],
);

export const dgCategories = sqliteTable(
  'dg_categories',
  {
    publicId: integer('public_id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    label: text('label'),
    meta: text('meta').notNull().default('{"icon":"","order":null}'),
    parent: integer('parent').references((): AnySQLiteColumn => dgCategories.publicId, { onDelete: 'set null' }),
    types: text('types').notNull().default('[]'),
  },
  (t) => [uniqueIndex('dg_categories_name').on(t.name)],
);

export const dgSettings = sqliteTable(
  'dg_settings',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    identifier: text('identifier').notNull(),
    payload: text('payload').notNull().default('{}'),
    settingType: text('setting_type').notNull().default('GLOBAL'),
  },
  (t) => [primaryKey({ columns: [t.userId, t.identifier] })],
);

/**
 * DATAGERRY's web UI (migration 0070): object links, section templates, DocAPI templates and the system
 * settings sections the UI edits (`auth`, `date`). Internal like the other dg_* tables.
 */
export const dgObjectLinks = sqliteTable(
  'dg_object_links',
  {
    publicId: integer('public_id').primaryKey({ autoIncrement: true }),
    primaryId: integer('primary_id')
      .notNull()
      .references(() => dgObjects.publicId, { onDelete: 'cascade' }),
    secondaryId: integer('secondary_id')
      .notNull()
      .references(() => dgObjects.publicId, { onDelete: 'cascade' }),
    creationTime: text('creation_time').notNull().default(nowIso),
  },
  (t) => [
    uniqueIndex('dg_object_links_pair').on(t.primaryId, t.secondaryId),
    index('dg_object_links_secondary').on(t.secondaryId),
  ],
);

export const dgSectionTemplates = sqliteTable(
  'dg_section_templates',
  {
    publicId: integer('public_id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    label: text('label'),
    type: text('type').notNull().default('section'),
    isGlobal: integer('is_global').notNull().default(0),
    predefined: integer('predefined').notNull().default(0),
    fields: text('fields').notNull().default('[]'),
  },
  (t) => [uniqueIndex('dg_section_templates_name').on(t.name)],
);

export const dgDocapiTemplates = sqliteTable(
  'dg_docapi_templates',
  {
    publicId: integer('public_id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    label: text('label'),
    description: text('description'),
    active: integer('active').notNull().default(1),
    authorId: integer('author_id'),
    templateData: text('template_data').notNull().default(''),
    templateStyle: text('template_style').notNull().default(''),
    templateType: text('template_type').notNull().default('OBJECT'),
    templateParameters: text('template_parameters').notNull().default('{}'),
  },
  (t) => [uniqueIndex('dg_docapi_templates_name').on(t.name), index('dg_docapi_templates_kind').on(t.templateType)],
);

export const dgSystemSettings = sqliteTable('dg_system_settings', {
  section: text('section').primaryKey(),
  payload: text('payload').notNull().default('{}'),
});

/**
 * DATAGERRY's media library (`/media_file/`, migration 0072): files and folders. A file's bytes are in the
 * core file store (tenant `cmdb`, owner `owner`); a folder has none. `parent` is the folder a file is in.
 */
export const dgMediaFiles = sqliteTable(
  'dg_media_files',
  {
    publicId: integer('public_id').primaryKey({ autoIncrement: true }),
    filename: text('filename').notNull(),
    owner: text('owner'),
    size: integer('size').notNull().default(0),
    folder: integer('folder').notNull().default(0),
    parent: integer('parent').references((): AnySQLiteColumn => dgMediaFiles.publicId, { onDelete: 'cascade' }),
    referenceType: text('reference_type'),
    mimeType: text('mime_type').notNull().default('application/octet-stream'),
    authorId: integer('author_id'),
    permission: text('permission'),
    uploadDate: text('upload_date').notNull().default(nowIso),
  },
  (t) => [index('dg_media_files_parent').on(t.parent, t.filename), index('dg_media_files_name').on(t.filename)],
);

/**
 * The objects a media file is attached to. No foreign key: ids are never reused, so the row of a deleted
 * object stays and keeps the file hidden (a file is seen through an object its reader may read).
 */
export const dgMediaFileRefs = sqliteTable(
  'dg_media_file_refs',
  {
    mediaId: integer('media_id')
      .notNull()
      .references(() => dgMediaFiles.publicId, { onDelete: 'cascade' }),
    objectId: integer('object_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.mediaId, t.objectId] }),
    index('dg_media_file_refs_object').on(t.objectId, t.mediaId),
  ],
);
