import { AppError } from '../../lib/errors';
import { APP_NAME, APP_VERSION } from '../../lib/version';
import { type Actor, auditUser, requireRight, requireWrite } from '../identity/actor';
import { auditStatement } from '../ops/audit';
import { isolateStartedAt } from '../ops/bootstrap';

type Db = D1Database | D1DatabaseSession;

/**
 * DATAGERRY's system settings sections (`auth`, `date`) and the system information its web UI shows.
 * Reading the auth settings needs `base.system.view`, changing any section `base.system.edit` (a read-only
 * user changes none); the regional (`date`) settings are read by anyone, as DATAGERRY reads them before
 * login to format dates. Each write and its audit row are one batch.
 */
export const SYSTEM_RIGHTS = { view: 'base.system.view', edit: 'base.system.edit' } as const;

/** The one authentication provider Atrium has: its own users and passwords (the identity core). */
export const LOCAL_PROVIDER = 'LocalAuthenticationProvider';

export interface AuthSettings {
  _id: 'auth';
  enable_external: boolean;
  token_lifetime: number;
  providers: { class_name: string; config: Record<string, unknown> }[];
}
export interface DateSettings {
  _id: 'date';
  date_format: string;
  timezone: string;
}

const AUTH_DEFAULTS: AuthSettings = {
  _id: 'auth',
  enable_external: false,
  token_lifetime: 1400,
  providers: [{ class_name: LOCAL_PROVIDER, config: { active: true } }],
};
const DATE_DEFAULTS: DateSettings = { _id: 'date', date_format: 'YYYY-MM-DDThh:mm:ssZ', timezone: 'UTC' };

async function readSection<T>(db: Db, section: string, defaults: T): Promise<T> {
  const row = await db
    .prepare('select payload from dg_system_settings where section = ?')
    .bind(section)
    .first<{ payload: string }>();
  return row ? { ...defaults, ...(JSON.parse(row.payload) as Partial<T>) } : defaults;
}

async function writeSection<T extends { _id: string }>(db: Db, actor: Actor, value: T): Promise<T> {
  requireWrite(actor, SYSTEM_RIGHTS.edit);
  const before = await db
    .prepare('select payload from dg_system_settings where section = ?')
    .bind(value._id)
    .first<{ payload: string }>();
  const { _id, ...payload } = value;
  await db.batch([
    db
      .prepare(
        'insert into dg_system_settings (section, payload) values (?, ?) on conflict(section) do update set payload = excluded.payload',
      )
      .bind(_id, JSON.stringify(payload)),
    auditStatement(db, {
      user: auditUser(actor),
      table: 'dg_system_settings',
      recordId: _id,
      action: before ? 'UPDATE' : 'INSERT',
      before: before ? JSON.parse(before.payload) : undefined,
      after: payload,
      requestId: actor.requestId,
    }),
  ]);
  return value;
}

/** Right `base.system.view`. */
export async function readAuthSettings(db: Db, actor: Actor): Promise<AuthSettings> {
  requireRight(actor, SYSTEM_RIGHTS.view);
  return readSection(db, 'auth', AUTH_DEFAULTS);
}

/**
 * Right `base.system.edit`. The token lifetime and the external flag are stored as given (Atrium's tokens
 * keep their configured lifetime; it has no external provider); providers must be ones Atrium has.
 */
export async function saveAuthSettings(
  db: Db,
  actor: Actor,
  input: {
    enable_external?: boolean;
    token_lifetime?: number;
    providers?: { class_name: string; config?: Record<string, unknown> }[];
  },
): Promise<AuthSettings> {
  requireWrite(actor, SYSTEM_RIGHTS.edit);
  const current = await readSection(db, 'auth', AUTH_DEFAULTS);
  const providers = input.providers ?? current.providers;
  const unknown = providers.find((p) => p.class_name !== LOCAL_PROVIDER);
  if (unknown)
    throw new AppError('BAD_REQUEST', `Unknown authentication provider '${unknown.class_name.slice(0, 64)}'`);
  return writeSection(db, actor, {
    _id: 'auth',
    enable_external: input.enable_external ?? current.enable_external,
    token_lifetime: input.token_lifetime ?? current.token_lifetime,
    providers: providers.map((p) => ({ class_name: p.class_name, config: { ...p.config, active: true } })),
  });
}

/** The installed providers, as DATAGERRY lists them (right `base.system.view`). */
export function authProviders(actor: Actor): { class_name: string; external: boolean }[] {
  requireRight(actor, SYSTEM_RIGHTS.view);
  return [{ class_name: LOCAL_PROVIDER, external: false }];
}

/** One provider's configuration (right `base.system.view`); 404 for a provider Atrium does not have. */
export async function authProviderConfig(db: Db, actor: Actor, name: string): Promise<Record<string, unknown>> {
  const settings = await readAuthSettings(db, actor);
  const provider = settings.providers.find((p) => p.class_name === name);
  if (name !== LOCAL_PROVIDER || !provider) throw new AppError('NOT_FOUND', 'Provider not found');
  return provider.config;
}

/** Anyone: the date format and time zone the UI formats dates with. */
export function readDateSettings(db: Db): Promise<DateSettings> {
  return readSection(db, 'date', DATE_DEFAULTS);
}

/** A time zone the runtime knows (an IANA name such as `Europe/Berlin`, or `UTC`). */
function knownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Right `base.system.edit`. */
export async function saveDateSettings(
  db: Db,
  actor: Actor,
  input: { date_format: string; timezone: string },
): Promise<DateSettings> {
  requireWrite(actor, SYSTEM_RIGHTS.edit);
  if (!knownTimeZone(input.timezone))
    throw new AppError('BAD_REQUEST', `Unknown time zone '${input.timezone.slice(0, 64)}'`);
  return writeSection(db, actor, { _id: 'date', date_format: input.date_format, timezone: input.timezone });
}

/** Whether the pool answers a query (DATAGERRY's `connected`). */
export async function databaseConnected(db: Db): Promise<boolean> {
  try {
    return (await db.prepare('select 1 as ok').first<{ ok: number }>())?.ok === 1;
  } catch {
    return false;
  }
}

/** The newest migration applied to the pool (its number), 0 when none is recorded. */
async function databaseVersion(db: Db): Promise<number> {
  try {
    const row = await db.prepare('select name from d1_migrations order by id desc limit 1').first<{ name: string }>();
    return row ? Number.parseInt(row.name, 10) || 0 : 0;
  } catch {
    return 0;
  }
}

/** What DATAGERRY's system page shows, for any signed-in user: name, version, database version, uptime. */
export async function systemInformation(db: Db) {
  return {
    title: APP_NAME,
    version: APP_VERSION,
    db_version: await databaseVersion(db),
    runtime: (Date.now() - isolateStartedAt()) / 1000,
    starting_parameters: [] as string[],
  };
}
