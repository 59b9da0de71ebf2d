import type { Orm } from '../../db/data-access';
import type { Bindings } from '../../lib/bindings';

/**
 * DATAGERRY demo data (local dev and tests only): type `server` (1) with fields in a section, an external
 * link and a summary; type `switch` (2) with an ACL (only group admin may read); a category tree
 * Infrastructure > Servers, and Network; five servers (server2 references server1 through `uplink`) and one
 * switch.
 */
const SERVER_TYPE = {
  render_meta: {
    icon: 'fas fa-server',
    sections: [
      { type: 'section', name: 'server', label: 'Server', fields: ['hostname', 'ip', 'os', 'cpus', 'uplink'] },
    ],
    externals: [
      {
        name: 'search',
        href: 'https://www.google.com/search?q={hostname}',
        label: 'Search',
        icon: 'fas fa-external-link-alt',
        fields: ['hostname'],
      },
    ],
    summary: { fields: ['hostname', 'ip'] },
  },
  fields: [
    { type: 'text', name: 'hostname', label: 'Hostname', required: true },
    { type: 'text', name: 'ip', label: 'IP address' },
    {
      type: 'select',
      name: 'os',
      label: 'Operating system',
      options: [
        { name: 'linux', label: 'Linux' },
        { name: 'windows', label: 'Windows' },
      ],
    },
    { type: 'number', name: 'cpus', label: 'CPUs' },
    { type: 'ref', name: 'uplink', label: 'Uplink', ref_types: [1, 2] },
  ],
};
const SWITCH_TYPE = {
  render_meta: {
    icon: 'fas fa-network-wired',
    sections: [{ type: 'section', name: 'switch', label: 'Switch', fields: ['name'] }],
    externals: [],
    summary: { fields: ['name'] },
  },
  fields: [{ type: 'text', name: 'name', label: 'Name', required: true }],
  acl: { activated: true, groups: { includes: { '1': ['CREATE', 'READ', 'UPDATE', 'DELETE'] } } },
};

export async function loadCmdbDemo(_orm: Orm, env: Bindings): Promise<void> {
  const db = env.DB;
  if (await db.prepare('select 1 from dg_types where public_id = 1').first()) return;
  const server = (id: number, hostname: string, ip: string, os: string, cpus: number, uplink?: number) =>
    db.prepare('insert or ignore into dg_objects (public_id, type_id, author_id, fields) values (?, 1, 1, ?)').bind(
      id,
      JSON.stringify([
        { name: 'hostname', value: hostname },
        { name: 'ip', value: ip },
        { name: 'os', value: os },
        { name: 'cpus', value: cpus },
        { name: 'uplink', value: uplink ?? null },
      ]),
    );
  await db.batch([
    // The admin's one user setting (the settings routes' examples name it).
    db.prepare(
      `insert or ignore into dg_settings (user_id, identifier, payload, setting_type) values (1, 'dashboard', '{"widgets":["objects","types"]}', 'APPLICATION')`,
    ),
    db
      .prepare(
        "insert or ignore into dg_types (public_id, name, label, description, author_id, render_meta, fields) values (1, 'server', 'Server', 'Physical and virtual servers', 1, ?, ?)",
      )
      .bind(JSON.stringify(SERVER_TYPE.render_meta), JSON.stringify(SERVER_TYPE.fields)),
    db
      .prepare(
        "insert or ignore into dg_types (public_id, name, label, description, author_id, render_meta, fields, acl) values (2, 'switch', 'Switch', 'Core switches (admins only)', 1, ?, ?, ?)",
      )
      .bind(
        JSON.stringify(SWITCH_TYPE.render_meta),
        JSON.stringify(SWITCH_TYPE.fields),
        JSON.stringify(SWITCH_TYPE.acl),
      ),
    db.prepare(`insert or ignore into dg_categories (public_id, name, label, meta, parent, types) values
      (1, 'infrastructure', 'Infrastructure', '{"icon":"fas fa-building","order":0}', null, '[]'),
      (2, 'servers', 'Servers', '{"icon":"fas fa-server","order":0}', 1, '[1]'),
      (3, 'network', 'Network', '{"icon":"fas fa-network-wired","order":1}', null, '[2]')`),
    server(1, 'server1', '10.0.0.1', 'linux', 8),
    server(2, 'server2', '10.0.0.2', 'linux', 4, 1),
    server(3, 'server3', '10.0.0.3', 'windows', 16),
    server(4, 'db1', '10.0.1.1', 'linux', 32),
    server(5, 'web1', '10.0.2.1', 'linux', 2),
    db.prepare(
      'insert or ignore into dg_objects (public_id, type_id, author_id, fields) values (6, 2, 1, \'[{"name":"name","value":"core-switch"}]\')',
    ),
  ]);
}
