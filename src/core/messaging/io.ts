import { AppError } from '../../lib/errors';
import { type Actor, auditUser, requireRight, requireWrite } from '../identity/actor';
import { auditStatement } from '../ops/audit';
import { encrypt, isEncrypted } from '../ops/encryption';
import { KV_TTL, KvStore, kvKeys } from '../ops/kv';
import { MESSAGING_RIGHTS } from './access';
import { requireDirectory } from './directories';
import type { Message } from './messages';

type Db = D1Database | D1DatabaseSession;

/**
 * Ribbon2 import/export. Atrium's protocols: `plain` export (each message created or updated in an
 * assigned directory is written as a JSON file to a KV-backed outbox, readable through the API) and
 * `plain` import (a posted document becomes a message in the scheme's directory). Secret config values
 * (keys containing password, secret, token or key) are stored encrypted and answered masked.
 * Schemes and outboxes need the core rights io.view (read) and io.edit (write); the face narrows them
 * further to Admins. An import is a message creation and is checked as one (createMessage).
 */

export const PROTOCOLS = [
  { id: 'export:plain', type: 'EXPORT', protocol: 'plain', requiredConfigKeys: ['format', 'charset'] },
  { id: 'import:plain', type: 'IMPORT', protocol: 'plain', requiredConfigKeys: ['directory', 'format'] },
] as const;

export const MASK = '********';
const SECRET_KEY = /password|secret|token|key/i;

export interface Scheme {
  id: string;
  scheme: string;
  config: Record<string, string>;
}

/**
 * The built protocol of an `id` (`type:protocol`). Any other, documented (the seed's `import:mail`) or
 * not, is what the original answers when no IO module serves the protocol: CALL_ERROR (its gateway's
 * call to the missing module fails), never a validation error.
 */
function protocolOf(id: string) {
  const protocol = PROTOCOLS.find((p) => p.id === id.toLowerCase());
  if (!protocol) throw notBuilt(id);
  return protocol;
}

/** The built protocol of a type and protocol name (paths `/{type}/{protocol}/...`), as protocolOf. */
export function requireBuilt(type: string, protocol: string) {
  return protocolOf(`${type}:${protocol}`);
}

const notBuilt = (id: string) =>
  new AppError('NOT_IMPLEMENTED', `No IO module serves protocol '${id.slice(0, 64)}' on this server`, {
    details: { ribbon2Code: 'CALL_ERROR' },
  });

const schemeNotFound = () => new AppError('NOT_FOUND', 'Scheme not found');

/** Creates or updates a scheme; a masked secret in an update keeps the stored value. */
export async function saveScheme(db: Db, env: Cloudflare.Env, actor: Actor, input: Scheme): Promise<Scheme> {
  requireWrite(actor, MESSAGING_RIGHTS.ioEdit);
  const protocol = protocolOf(input.id);
  const missing = protocol.requiredConfigKeys.find((k) => !(k in input.config));
  // The seed has no code for a scheme's config: UNREGISTERED 400.
  if (missing) throw new AppError('BAD_REQUEST', `Config key '${missing}' is required`);
  const existing = await db
    .prepare('select config from r2_io_schemes where type = ? and protocol = ? and name = ?')
    .bind(protocol.type, protocol.protocol, input.scheme)
    .first<{ config: string }>();
  const previous = existing ? (JSON.parse(existing.config) as Record<string, string>) : {};
  const stored: Record<string, string> = {};
  for (const [key, value] of Object.entries(input.config)) {
    if (SECRET_KEY.test(key))
      stored[key] =
        value === MASK && previous[key]
          ? previous[key]
          : isEncrypted(value)
            ? value
            : await encrypt(value, env.ENCRYPTION_KEY);
    else stored[key] = value;
  }
  await db.batch([
    db
      .prepare('insert or replace into r2_io_schemes (type, protocol, name, config) values (?, ?, ?, ?)')
      .bind(protocol.type, protocol.protocol, input.scheme, JSON.stringify(stored)),
    auditStatement(db, {
      user: auditUser(actor),
      table: 'r2_io_schemes',
      recordId: `${input.id}:${input.scheme}`,
      action: existing ? 'UPDATE' : 'INSERT',
      after: { id: input.id, scheme: input.scheme, keys: Object.keys(stored) },
      requestId: actor.requestId,
    }),
  ]);
  return { id: input.id, scheme: input.scheme, config: masked(stored) };
}

function masked(config: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(config).map(([k, v]) => [k, SECRET_KEY.test(k) ? MASK : v]));
}

export async function listSchemes(db: Db, actor: Actor) {
  requireRight(actor, MESSAGING_RIGHTS.ioView);
  const { results } = await db
    .prepare('select type, protocol, name from r2_io_schemes order by type, protocol, name limit 500')
    .all<{ type: string; protocol: string; name: string }>();
  return results.map((r) => ({
    id: `${r.type.toLowerCase()}:${r.protocol}`,
    type: r.type,
    protocol: r.protocol,
    scheme: r.name,
  }));
}

async function schemeRow(db: Db, type: string, protocol: string, name: string) {
  const row = await db
    .prepare('select config from r2_io_schemes where type = ? and protocol = ? and name = ?')
    .bind(type.toUpperCase(), protocol, name)
    .first<{ config: string }>();
  if (!row) throw schemeNotFound();
  return JSON.parse(row.config) as Record<string, string>;
}

export async function getScheme(db: Db, actor: Actor, type: string, protocol: string, name: string): Promise<Scheme> {
  requireRight(actor, MESSAGING_RIGHTS.ioView);
  requireBuilt(type, protocol);
  const config = await schemeRow(db, type, protocol, name);
  return { id: `${type.toLowerCase()}:${protocol}`, scheme: name, config: masked(config) };
}

export async function deleteScheme(db: Db, actor: Actor, type: string, protocol: string, name: string) {
  requireWrite(actor, MESSAGING_RIGHTS.ioEdit);
  requireBuilt(type, protocol);
  await schemeRow(db, type, protocol, name);
  await db.batch([
    db
      .prepare('delete from r2_io_schemes where type = ? and protocol = ? and name = ?')
      .bind(type.toUpperCase(), protocol, name),
    db.prepare('delete from r2_io_assignments where protocol = ? and name = ?').bind(protocol, name),
    auditStatement(db, {
      user: auditUser(actor),
      table: 'r2_io_schemes',
      recordId: `${type}:${protocol}:${name}`,
      action: 'DELETE',
      requestId: actor.requestId,
    }),
  ]);
}

/** Assigns (or dismisses) an export scheme to a directory given by full name (io.edit). */
export async function assignExport(
  db: Db,
  actor: Actor,
  protocol: string,
  name: string,
  directory: string,
  assign: boolean,
) {
  requireWrite(actor, MESSAGING_RIGHTS.ioEdit);
  requireBuilt('export', protocol);
  const directoryId = (await requireDirectory(db, directory)).id;
  await schemeRow(db, 'EXPORT', protocol, name);
  await db.batch([
    assign
      ? db
          .prepare('insert or ignore into r2_io_assignments (protocol, name, directory_id) values (?, ?, ?)')
          .bind(protocol, name, directoryId)
      : db
          .prepare('delete from r2_io_assignments where protocol = ? and name = ? and directory_id = ?')
          .bind(protocol, name, directoryId),
    auditStatement(db, {
      user: auditUser(actor),
      table: 'r2_io_assignments',
      recordId: `${protocol}:${name}:${directoryId}`,
      action: assign ? 'INSERT' : 'DELETE',
      requestId: actor.requestId,
    }),
  ]);
}

const outboxKey = (protocol: string, name: string, file?: string) =>
  `${kvKeys.cachePrefix('r2-outbox')}${protocol}:${name}:${file ?? ''}`;

/**
 * Writes a message to the outbox of every export scheme assigned to one of its directories. KV is only
 * the outbox: a KV failure is logged, never fails the write that already landed in D1.
 */
export async function exportMessage(db: Db, kv: KVNamespace, message: Message): Promise<void> {
  try {
    const { results } = await db
      .prepare(
        `select distinct a.protocol, a.name from r2_io_assignments a join r2_directories d on d.id = a.directory_id
         where d.full_name in (select value from json_each(?)) limit 20`,
      )
      .bind(JSON.stringify(message.directories))
      .all<{ protocol: string; name: string }>();
    const store = new KvStore(kv);
    for (const r of results)
      await store.putJson(outboxKey(r.protocol, r.name, `${message.uid}.json`), message, KV_TTL.outbox);
  } catch (error) {
    console.error(
      JSON.stringify({
        level: 'warn',
        message: 'export outbox write failed',
        cause: error instanceof Error ? error.message : '',
      }),
    );
  }
}

/** Whether an outbox holds a file (the demo data refills its outbox after KV was emptied). */
export async function outboxHas(kv: KVNamespace, protocol: string, name: string, file: string): Promise<boolean> {
  return (await kv.get(outboxKey(protocol, name, file))) !== null;
}

export async function outboxFiles(kv: KVNamespace, actor: Actor, protocol: string, name: string): Promise<string[]> {
  requireRight(actor, MESSAGING_RIGHTS.ioView);
  const page = await new KvStore(kv).list(outboxKey(protocol, name), { limit: 1000 });
  return page.keys.map((key) => key.slice(outboxKey(protocol, name).length));
}

export async function outboxFile(
  kv: KVNamespace,
  actor: Actor,
  protocol: string,
  name: string,
  file: string,
): Promise<unknown> {
  requireRight(actor, MESSAGING_RIGHTS.ioView);
  const value = await new KvStore(kv).getJson(outboxKey(protocol, name, file));
  if (value === null) throw new AppError('NOT_FOUND', 'File not found');
  return value;
}

/** The directory an import scheme writes to (the import is then checked as a message creation). */
export async function importTarget(db: Db, protocol: string, name: string): Promise<string> {
  requireBuilt('import', protocol);
  const config = await schemeRow(db, 'IMPORT', protocol, name);
  return config.directory;
}
