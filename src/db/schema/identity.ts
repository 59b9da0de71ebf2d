import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * One user store for all four faces. Each face renders its own view of a row
 * (Liberty USR_*, DATAGERRY user_name/group_id, Ribbon2 login/groups, iDempiere AD_User).
 */
export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    login: text('login').notNull(),
    firstName: text('first_name'),
    lastName: text('last_name'),
    email: text('email'),
    description: text('description'),
    image: text('image'),
    enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
    language: text('language').notNull().default('en'),
    readOnly: integer('read_only', { mode: 'boolean' }).notNull().default(false),
    dashboard: text('dashboard'),
    /** DATAGERRY authenticator name: how the password is checked. */
    authenticator: text('authenticator').notNull().default('LocalAuthenticationProvider'),
    /** PBKDF2 hash with its salt and iteration count; hidden from every generic API. */
    passwordHash: text('password_hash'),
    registrationTime: text('registration_time').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    updatedAt: text('updated_at'),
    /** Liberty USR_THEME: the name of the user's front-end theme (as APPS_THEME), e.g. `liberty`. */
    theme: text('theme').notNull().default('liberty'),
    /** Liberty USR_MODE: the user's colour mode, `light` or `dark`. */
    mode: text('mode').notNull().default('light'),
    /** Who created and last changed the user (user ids, 0 = System), kept by the identity core on every write. */
    createdBy: integer('created_by').notNull().default(0),
    updatedBy: integer('updated_by').notNull().default(0),
    /**
     * iDempiere's contact columns (the AD_User view, migration 0040): tenant (0 = System, every client's
     * contact) and organisation, business partner, job and image. Not declared as foreign keys: the user store
     * does not depend on a face's tables (the registry links them for the iDempiere face).
     */
    adClientId: integer('ad_client_id').notNull().default(0),
    adOrgId: integer('ad_org_id').notNull().default(0),
    cBpartnerId: integer('c_bpartner_id'),
    cJobId: integer('c_job_id'),
    adImageId: integer('ad_image_id'),
  },
  (t) => [uniqueIndex('users_login_unique').on(sql`lower(${t.login})`), index('users_email_idx').on(t.email)],
);

/** Groups carry rights. Public ids 1 (admin) and 2 (user) are created by the base-data migration. */
export const groups = sqliteTable('groups', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  label: text('label'),
  description: text('description'),
});

/**
 * Memberships. A user has exactly one primary group (DATAGERRY's group_id) and any number of others
 * (Ribbon2's groups list, iDempiere's roles); the identity service keeps exactly one primary row.
 */
export const userGroups = sqliteTable(
  'user_groups',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    groupId: integer('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    isPrimary: integer('is_primary', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.userId, t.groupId] }), index('user_groups_group_idx').on(t.groupId)],
);

/** The rights catalogue: dotted names (`base.framework.object.view`, `base.*`) with security levels. */
export const rights = sqliteTable('rights', {
  name: text('name').primaryKey(),
  level: integer('level').notNull(),
  label: text('label').notNull(),
  description: text('description').notNull(),
});

export const groupRights = sqliteTable(
  'group_rights',
  {
    groupId: integer('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    rightName: text('right_name')
      .notNull()
      .references(() => rights.name, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.rightName] })],
);

/** Revoked token ids (logout, refresh rotation). Checked in D1, never KV: revocation must be consistent. */
export const tokenRevocations = sqliteTable(
  'token_revocations',
  {
    jti: text('jti').primaryKey(),
    userId: integer('user_id'),
    /** Unix seconds; rows past this can be purged since the token is expired anyway. */
    expiresAt: integer('expires_at').notNull(),
    revokedAt: text('revoked_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [index('token_revocations_expires_idx').on(t.expiresAt)],
);

/**
 * The refresh-token ledger (created by migration 0003): one row per refresh token; its family is its
 * session. A text key declared without NOT NULL (SQLite then admits NULL): a table-level key says so.
 */
export const refreshTokens = sqliteTable(
  'atrium_refresh_tokens',
  {
    jti: text('jti'),
    family: text('family').notNull(),
    userId: integer('user_id').notNull(),
    /** Unix seconds. */
    expiresAt: integer('expires_at').notNull(),
    /** The access token issued with it, revoked when the session ends. */
    accessJti: text('access_jti'),
    usedAt: text('used_at'),
  },
  (t) => [primaryKey({ columns: [t.jti] }), index('atrium_refresh_tokens_family').on(t.family)],
);

/**
 * A user's session cut-off (migration 0014): tokens issued up to `ended_at` (unix ms) are refused, except
 * those of `kept_session`. Written by a password change or reset and by disabling the user
 * (core/identity/sessions.ts); read with the user on every token check. Goes with its user.
 */
export const sessionCutoffs = sqliteTable('atrium_session_cutoffs', {
  userId: integer('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  endedAt: integer('ended_at').notNull(),
  /** The session that survives the cut-off: the user's own, when they changed their own password. */
  keptSession: text('kept_session'),
});
