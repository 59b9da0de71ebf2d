import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import fixture from '../../fixtures/datagerry-web-ui.json';
import { readPdf } from '../../support/pdf';
import { bearer, call } from '../../support/worker';
import { count, objectAs, unique, userWith } from './cmdb-helpers';
import { adminToken, demoToken } from './helpers';

/**
 * DATAGERRY's own web UI against Atrium (issue 27): each request as the UI sends it (method, path and
 * query, body: test/fixtures/datagerry-web-ui.json, recorded from the UI) and what the UI reads from the
 * answer; then bad input, no token, wrong rights, and that the read-only demo user changes nothing.
 */

type Request = { method: string; path: string; body?: unknown };
const ui = fixture as unknown as Record<string, Request>;

async function send(request: Request, token: string | null, override: Partial<Request> = {}) {
  const r = { ...request, ...override };
  const res = await call(r.path, {
    method: r.method,
    headers: {
      ...(token ? bearer(token) : {}),
      ...(r.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: r.body === undefined ? undefined : JSON.stringify(r.body),
  });
  const text = await res.text();
  return { res, status: res.status, body: text ? (JSON.parse(text) as any) : null };
}

let admin: string;
let demo: string;
beforeAll(async () => {
  admin = await adminToken();
  demo = await demoToken();
});

describe("DATAGERRY's web UI: connection, intro, system and settings pages", () => {
  it('connects without credentials and sees the intro steps and the system information', async () => {
    const connection = await send(ui.connection, null);
    expect(connection.status).toBe(200);
    expect(connection.body).toMatchObject({ title: 'Atrium', connected: true, version: expect.any(String) });

    const intro = await send(ui.intro, admin);
    expect(intro.body.execute).toBe(true);
    expect(intro.body.steps.map((s: { label: string; state: boolean }) => [s.label, s.state])).toEqual([
      ['Category', true],
      ['Type', true],
      ['Object', true],
    ]);
    expect((await send(ui.intro, null)).status).toBe(401);

    // The UI shows the uptime from `runtime` (seconds: a number, not NaN) and the database version.
    const system = await send(ui.systemInformation, demo);
    expect(system.status).toBe(200);
    expect(system.body.runtime).toBeGreaterThanOrEqual(0);
    expect(system.body.db_version).toBeGreaterThanOrEqual(70);
    expect(system.body.title).toBe('Atrium');
    expect((await send(ui.systemInformation, null)).status).toBe(401);
  });

  it('lists the local authentication provider and stores the auth settings (base.system.*)', async () => {
    const providers = await send(ui.authProviders, admin);
    expect(providers.body).toEqual([{ class_name: 'LocalAuthenticationProvider', external: false }]);
    const config = await send({ method: 'GET', path: '/rest/auth/providers/LocalAuthenticationProvider' }, admin);
    expect(config.body).toEqual({ active: true });
    expect((await send({ method: 'GET', path: '/rest/auth/providers/LdapAuthenticationProvider' }, admin)).status).toBe(
      404,
    );
    expect((await send(ui.authProviders, demo)).status).toBe(403);
    expect((await send(ui.authProviders, null)).status).toBe(401);

    const body = { ...(ui.saveAuthSettings.body as object), token_lifetime: 900 };
    const saved = await send(ui.saveAuthSettings, admin, { body });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ _id: 'auth', token_lifetime: 900, enable_external: false });
    expect((await send(ui.authSettings, admin)).body.token_lifetime).toBe(900);
    const audits = await count("select count(*) as n from audit_log where table_name = 'dg_system_settings'");

    for (const bad of [
      { token_lifetime: -1 },
      { providers: [{ class_name: 'LdapAuthenticationProvider', config: { active: true } }] },
    ])
      expect((await send(ui.saveAuthSettings, admin, { body: bad })).status).toBe(400);
    expect((await send(ui.saveAuthSettings, demo)).status).toBe(403);
    const readOnly = await userWith(['base.system.*'], { readOnly: true });
    expect((await send(ui.saveAuthSettings, readOnly.token)).status).toBe(403);
    expect((await send(ui.saveAuthSettings, null)).status).toBe(401);
    expect((await send(ui.authSettings, admin)).body.token_lifetime).toBe(900);
    expect(await count("select count(*) as n from audit_log where table_name = 'dg_system_settings'")).toBe(audits);
  });

  it('reads the regional settings without credentials; only base.system.edit changes them', async () => {
    expect((await send(ui.dateSettings, null)).body).toMatchObject({ _id: 'date', date_format: expect.any(String) });
    const saved = await send(ui.saveDateSettings, admin);
    expect(saved.status).toBe(200);
    expect((await send(ui.dateSettings, null)).body).toMatchObject({ timezone: 'Europe/Berlin' });
    const bad = await send(ui.saveDateSettings, admin, { body: { date_format: 'YYYY', timezone: 'Mars/Olympus' } });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ status: 400, response: 'Bad Request' });
    const other = { body: { date_format: 'DD.MM.YYYY', timezone: 'UTC' } };
    expect((await send(ui.saveDateSettings, demo, other)).status).toBe(403);
    expect((await send(ui.saveDateSettings, null, other)).status).toBe(401);
    expect((await send(ui.dateSettings, null)).body.timezone).toBe('Europe/Berlin');
  });
});

describe("DATAGERRY's web UI: objects, types and categories", () => {
  it('creates an object with the UI body (status true) and reads the new id from the answer', async () => {
    const created = await send(ui.createObject, admin);
    expect(created.status).toBe(200);
    expect(created.body).toEqual(expect.any(Number));
    // The UI then opens /framework/object/view/<answer>.
    const view = await send({ method: 'GET', path: `/rest/objects/${created.body}` }, admin);
    expect(view.body.object_information.object_id).toBe(created.body);
    // Answered as a boolean, as DATAGERRY's schema has it (stored 1/0).
    expect((await send({ method: 'GET', path: `/rest/objects/${created.body}/native` }, admin)).body.status).toBe(true);

    const before = await count('select count(*) as n from dg_objects');
    const unknownField = { ...(ui.createObject.body as object), fields: [{ name: 'nope', value: 'x' }] };
    expect((await send(ui.createObject, admin, { body: unknownField })).status).toBe(400);
    expect((await send(ui.createObject, admin, { body: { ...unknownField, status: 'yes' } })).status).toBe(400);
    expect((await send(ui.createObject, demo)).status).toBe(403);
    expect((await send(ui.createObject, null)).status).toBe(401);
    expect(await count('select count(*) as n from dg_objects')).toBe(before);
  });

  it("updates an object with the UI body and answers DATAGERRY's {results, failed}", async () => {
    const id = await objectAs(admin, 1, [
      { name: 'hostname', value: unique('edit') },
      { name: 'uplink', value: 1 },
    ]);
    const body = ui.updateObject.body as { fields: { name: string; value: unknown }[] };
    const updated = await send(ui.updateObject, admin, {
      path: `/rest/objects/${id}`,
      body: { ...body, public_id: id },
    });
    expect(updated.status).toBe(200);
    // The UI reads `failed` (empty: stay on the object) and Atrium keeps `result` for the seed's readers.
    expect(updated.body.failed).toEqual([]);
    expect(updated.body.results[0]).toMatchObject({ public_id: id, version: '1.1.0' });
    expect(updated.body.result.public_id).toBe(id);
    const readOnly = await userWith(['base.framework.object.*'], { readOnly: true });
    expect((await send(ui.updateObject, readOnly.token, { path: `/rest/objects/${id}` })).status).toBe(403);
    expect((await send(ui.updateObject, demo, { path: `/rest/objects/${id}` })).status).toBe(403);
  });

  it('renders fields with their definitions: select options, the ref target as the caller may see it', async () => {
    const rendered = await send(ui.renderedObject, demo);
    const field = (name: string) => rendered.body.fields.find((f: { name: string }) => f.name === name);
    expect(field('os').options.map((o: { name: string }) => o.name)).toEqual(['linux', 'windows']);
    expect(field('hostname').required).toBe(true);
    expect(field('uplink')).toMatchObject({
      ref_types: [1, 2],
      value: 1,
      reference: {
        object_id: 1,
        type_id: 1,
        type_label: 'Server',
        summaries: [{ value: 'server1' }, { value: '10.0.0.1' }],
      },
    });
    // Uplink to the admin-only switch: demo sees no reference, like a missing one.
    const hidden = await objectAs(admin, 1, [
      { name: 'hostname', value: unique('to-switch') },
      { name: 'uplink', value: 6 },
    ]);
    const shown = await send({ method: 'GET', path: `/rest/objects/${hidden}` }, demo);
    expect(shown.body.fields.find((f: { name: string }) => f.name === 'uplink').reference.object_id).toBe(0);
    const asAdmin = await send({ method: 'GET', path: `/rest/objects/${hidden}` }, admin);
    expect(asAdmin.body.fields.find((f: { name: string }) => f.name === 'uplink').reference.type_label).toBe('Switch');
  });

  it('answers the type list ACL filter from the caller’s own ACL, never from the group it names', async () => {
    const all = await send(ui.typesCreatable, admin);
    expect(all.body.results.map((t: { name: string }) => t.name)).toEqual(expect.arrayContaining(['server', 'switch']));
    // The filter names group 1 (admin): demo still gets only the types it may create objects of.
    const user = await userWith(['base.framework.*']);
    const reader = await send({ method: 'POST', path: '/rest/types/' }, admin, {
      body: {
        name: unique('acl_read'),
        fields: [],
        acl: { activated: true, groups: { includes: { [String(user.group.id)]: ['READ'] } } },
      },
    });
    const creatable = await send(ui.typesCreatable, user.token);
    const names = creatable.body.results.map((t: { name: string }) => t.name);
    expect(names).toContain('server');
    expect(names).not.toContain('switch');
    expect(creatable.body.results.map((t: { public_id: number }) => t.public_id)).not.toContain(reader.body.result_id);
    const readable = await send({ method: 'GET', path: ui.typesCreatable.path.replace('CREATE', 'READ') }, user.token);
    expect(readable.body.results.map((t: { public_id: number }) => t.public_id)).toContain(reader.body.result_id);
    expect((await send(ui.typesCreatable, null)).status).toBe(401);
    const bad = ui.typesCreatable.path.replace('CREATE', 'EVERYTHING');
    expect((await send({ method: 'GET', path: bad }, admin)).status).toBe(400);
  });

  it('answers the category tree as {category, children, types} nodes and objects per type', async () => {
    const tree = await send(ui.categoryTree, demo);
    expect(tree.body.results.map((n: { category: { label: string } }) => n.category.label)).toEqual([
      'Infrastructure',
      'Network',
    ]);
    expect(tree.body.results[1].types).toEqual([]); // the admin-only switch type
    const groups = await send(ui.objectsPerType, demo);
    expect(groups.body).toEqual([{ _id: 1, count: expect.any(Number), label: 'Server' }]);
    const adminGroups = await send(ui.objectsPerType, admin);
    expect(adminGroups.body.map((g: { _id: number }) => g._id)).toEqual([1, 2]);
    expect((await send({ method: 'GET', path: '/rest/objects/group/version' }, admin)).status).toBe(400);
    expect((await send(ui.objectsPerType, null)).status).toBe(401);
  });
});

describe("DATAGERRY's web UI: object links, logs, search", () => {
  it('links objects the caller may read, with the object.add/delete rights and the type ACL', async () => {
    const created = await send(ui.createObjectLink, admin);
    expect(created.status).toBe(201);
    expect(created.body.raw).toMatchObject({ primary: 1, secondary: 3, creation_time: { $date: expect.any(Number) } });
    const listed = await send(ui.objectLinks, demo);
    expect(listed.body.results.map((l: { public_id: number }) => l.public_id)).toContain(created.body.result_id);
    expect((await send(ui.createObjectLink, admin)).status).toBe(409);
    expect((await send(ui.createObjectLink, admin, { body: { primary: 3, secondary: 1 } })).status).toBe(409);
    expect((await send(ui.createObjectLink, admin, { body: { primary: 1, secondary: 1 } })).status).toBe(400);
    const links = await count('select count(*) as n from dg_object_links');
    expect((await send(ui.createObjectLink, demo, { body: { primary: 1, secondary: 4 } })).status).toBe(403);
    const writer = await userWith(['base.framework.object.*']);
    // The switch (6) is hidden from the writer: refused like a missing object.
    const hidden = await send(ui.createObjectLink, writer.token, { body: { primary: 1, secondary: 6 } });
    const missing = await send(ui.createObjectLink, writer.token, { body: { primary: 1, secondary: 999999 } });
    expect([hidden.status, missing.status]).toEqual([400, 400]);
    expect((await send(ui.createObjectLink, null)).status).toBe(401);
    expect(await count('select count(*) as n from dg_object_links')).toBe(links);

    const switchLink = await send(ui.createObjectLink, admin, { body: { primary: 2, secondary: 6 } });
    const forWriter = await send(
      { method: 'GET', path: '/rest/objects/links/?filter=%7B%22primary%22:2%7D' },
      writer.token,
    );
    expect(forWriter.body.total).toBe(0);
    const remove = (id: number, token: string) => send({ method: 'DELETE', path: `/rest/objects/links/${id}` }, token);
    expect((await remove(switchLink.body.result_id, writer.token)).status).toBe(404);
    expect((await remove(created.body.result_id, demo)).status).toBe(403);
    const removed = await remove(created.body.result_id, admin);
    expect(removed.status).toBe(202);
    expect(removed.body.raw.public_id).toBe(created.body.result_id);
    expect((await remove(created.body.result_id, admin)).status).toBe(404);
  });

  it("reads an object's logs from the audit trail, with the changes and the state of each version", async () => {
    const id = await objectAs(admin, 1, [{ name: 'hostname', value: unique('logged') }]);
    await send({ method: 'PUT', path: `/rest/objects/${id}` }, admin, {
      body: { fields: [{ name: 'hostname', value: 'renamed' }] },
    });
    await send({ method: 'PUT', path: `/rest/objects/${id}/state` }, admin, { body: false });
    const logs = await send(ui.objectLogs, demo, { path: ui.objectLogs.path.replace('/object/1?', `/object/${id}?`) });
    expect(logs.status).toBe(200);
    expect(logs.body.total).toBe(3);
    const [state, edit, create] = logs.body.results;
    expect([state.action_name, edit.action_name, create.action_name]).toEqual(['ACTIVE_CHANGE', 'EDIT', 'CREATE']);
    expect(state.changes).toEqual({ old: true, new: false });
    expect(edit.changes.new).toEqual([{ name: 'hostname', value: 'renamed' }]);
    expect(edit).toMatchObject({ object_id: id, user_name: 'admin', version: '2.0.0' });

    const one = await send({ method: 'GET', path: `/rest/logs/${edit.public_id}` }, demo);
    const rendered = JSON.parse(one.body.render_state);
    expect(rendered.fields.find((f: { name: string }) => f.name === 'hostname').value).toBe('renamed');
    const corresponding = await send({ method: 'GET', path: `/rest/logs/${create.public_id}/corresponding` }, admin);
    expect(corresponding.body.map((l: { public_id: number }) => l.public_id)).toEqual([edit.public_id]);

    const hiddenLogs = await send(ui.objectLogs, demo, {
      path: ui.objectLogs.path.replace('/object/1?', '/object/6?'),
    });
    expect(hiddenLogs.status).toBe(404);
    const outsider = await userWith(['base.framework.object.view']);
    expect((await send(ui.objectLogs, outsider.token)).status).toBe(403);
    expect((await send(ui.objectLogs, null)).status).toBe(401);
  });

  it('searches with the query builder, bounded by the type ACL, matching references too', async () => {
    const results = await send(ui.search, demo);
    expect(results.status).toBe(200);
    expect(results.body.total_results).toBeGreaterThanOrEqual(3);
    const first = results.body.results[0];
    expect(first.result.object_information.object_id).toBe(1);
    expect(first.matches.map((m: { name: string }) => m.name)).toEqual(['hostname']);
    expect(results.body.groups[0]).toMatchObject({
      searchForm: 'type',
      settings: { types: [1] },
      searchLabel: 'Server',
    });

    // server2 references server1: a text only server1 holds finds both.
    const byReference = await send(ui.search, demo, { body: [{ searchText: '10.0.0.1', searchForm: 'text' }] });
    expect(
      byReference.body.results.map(
        (r: { result: { object_information: { object_id: number } } }) => r.result.object_information.object_id,
      ),
    ).toEqual(expect.arrayContaining([1, 2]));

    // A matched `number` field comes as `text`, as the UI's result cells can show it.
    const byNumber = await send(ui.search, admin, { body: [{ searchText: '16', searchForm: 'text' }] });
    const numberMatches = byNumber.body.results.flatMap((r: { matches: { name: string; type: string }[] | null }) =>
      (r.matches ?? []).filter((m) => m.name === 'cpus'),
    );
    expect(numberMatches.length).toBeGreaterThan(0);
    expect(numberMatches.every((m: { type: string }) => m.type === 'text')).toBe(true);

    // The UI asks again with the text as a public id: not a number, no result.
    expect((await send(ui.searchPublicId, admin)).body.total_results).toBe(0);
    const byId = await send(ui.searchPublicId, admin, { body: [{ searchText: '6', searchForm: 'publicID' }] });
    expect(byId.body.total_results).toBe(1);
    expect(
      (await send(ui.searchPublicId, demo, { body: [{ searchText: '6', searchForm: 'publicID' }] })).body.total_results,
    ).toBe(0);

    const typed = await send(ui.search, admin, {
      body: [
        { searchText: 'Switch', searchForm: 'type', settings: { types: [2] } },
        { searchText: 'Infrastructure', searchForm: 'category', settings: { categories: [2] } },
      ],
    });
    expect(typed.body.total_results).toBe(0);

    // The search bar's preview: server1, and the objects referencing it.
    const preview = (await send(ui.quickCount, demo)).body;
    expect(preview.total).toBeGreaterThanOrEqual(2);
    expect(preview.active + preview.inactive).toBe(preview.total);
    expect((await send(ui.search, admin, { body: [{ searchForm: 'everything' }] })).status).toBe(400);
    expect((await send(ui.search, null)).status).toBe(401);
    const outsider = await userWith(['base.framework.type.view']);
    expect((await send(ui.quickCount, outsider.token)).status).toBe(403);
  });
});

describe("DATAGERRY's web UI: section templates, document templates, export", () => {
  it('creates, lists, counts, updates and deletes section templates (base.framework.sectionTemplate.*)', async () => {
    const created = await send(ui.createSectionTemplate, admin);
    expect(created.status).toBe(200);
    expect(created.body).toEqual(expect.any(Number));
    const list = await send(ui.sectionTemplates, admin);
    const template = list.body.results.find((t: { public_id: number }) => t.public_id === created.body);
    expect(template).toMatchObject({ name: 'section_template_ui', is_global: true, type: 'section' });
    expect(template.fields).toEqual([{ type: 'text', name: 'dg-network-ip', label: 'IP address' }]);
    const path = `/rest/section_templates/${created.body}`;
    expect((await send({ method: 'GET', path: `${path}/count` }, admin)).body).toEqual({ types: 0, objects: 0 });
    const body = { ...(ui.createSectionTemplate.body as object), public_id: created.body, label: 'Net' };
    const updated = await send({ method: 'PUT', path: '/rest/section_templates/', body }, admin);
    expect(updated.status).toBe(202);
    expect(updated.body).toMatchObject({ result: { label: 'Net' }, failed: null });

    const before = await count('select count(*) as n from dg_section_templates');
    expect((await send(ui.createSectionTemplate, admin)).status).toBe(409);
    const notJson = { ...(ui.createSectionTemplate.body as object), name: 'other', fields: '[{' };
    expect((await send(ui.createSectionTemplate, admin, { body: notJson })).status).toBe(400);
    expect((await send(ui.sectionTemplates, demo)).status).toBe(403);
    const readOnly = await userWith(['base.framework.sectionTemplate.*'], { readOnly: true });
    expect((await send(ui.createSectionTemplate, readOnly.token, { body: { ...notJson, fields: '[]' } })).status).toBe(
      403,
    );
    expect((await send(ui.createSectionTemplate, null)).status).toBe(401);
    expect(await count('select count(*) as n from dg_section_templates')).toBe(before);

    const predefined = await send(ui.createSectionTemplate, admin, {
      body: { ...(ui.createSectionTemplate.body as object), name: unique('predefined'), predefined: true },
    });
    expect((await send({ method: 'DELETE', path: `/rest/section_templates/${predefined.body}` }, admin)).status).toBe(
      409,
    );
    expect((await send({ method: 'DELETE', path }, demo)).status).toBe(403);
    const removed = await send({ method: 'DELETE', path }, admin);
    expect([removed.status, removed.body]).toEqual([200, true]);
    expect((await send({ method: 'GET', path }, admin)).status).toBe(404);
  });

  it('keeps document templates and finds those of a type as the object page asks', async () => {
    const template = {
      name: unique('sheet'),
      label: 'Sheet',
      active: true,
      description: null,
      template_type: 'OBJECT',
      template_parameters: { type: 1 },
      template_data: '<h1>{{hostname}}</h1>',
      template_style: '',
    };
    const created = await send({ method: 'POST', path: '/rest/docapi/template/', body: template }, admin);
    expect(created.status).toBe(200);
    const ofType = await send(ui.docTemplatesOfType, demo);
    expect(ofType.body.map((t: { public_id: number }) => t.public_id)).toContain(created.body);
    const other = ui.docTemplatesOfType.path.replace('%22type%22:1', '%22type%22:2');
    expect((await send({ method: 'GET', path: other }, demo)).body).toEqual([]);
    const listed = await send(ui.docTemplates, demo);
    expect(listed.body.results[0]).toMatchObject({ public_id: created.body, author_id: 1 });
    const byName = await send({ method: 'GET', path: `/rest/docapi/template/name/${template.name}` }, demo);
    expect(byName.body.public_id).toBe(created.body);
    const updated = await send(
      { method: 'PUT', path: '/rest/docapi/template/', body: { ...template, public_id: created.body, label: 'S2' } },
      admin,
    );
    expect(updated.body).toMatchObject({ public_id: created.body, label: 'S2' });

    const before = await count('select count(*) as n from dg_docapi_templates');
    expect((await send({ method: 'POST', path: '/rest/docapi/template/', body: template }, admin)).status).toBe(409);
    expect((await send({ method: 'GET', path: '/rest/docapi/template/by/%7Bnope' }, admin)).status).toBe(400);
    const write = { method: 'POST', path: '/rest/docapi/template/', body: { ...template, name: 'by-demo' } };
    expect((await send(write, demo)).status).toBe(403);
    expect((await send(write, null)).status).toBe(401);
    expect((await send({ method: 'DELETE', path: `/rest/docapi/template/${created.body}` }, demo)).status).toBe(403);
    expect(await count('select count(*) as n from dg_docapi_templates')).toBe(before);
    expect((await send({ method: 'DELETE', path: `/rest/docapi/template/${created.body}` }, admin)).body).toBe(true);
  });

  it("renders a document template of an object to PDF (the object page's documents), under the object's ACL", async () => {
    // What DATAGERRY's template builder writes: HTML with its placeholders.
    const target = await objectAs(admin, 1, [{ name: 'hostname', value: unique('target') }]);
    const targetName = (await send({ method: 'GET', path: `/rest/objects/${target}/native` }, admin)).body.fields[0]
      .value;
    const host = unique('doc-host');
    const object = await objectAs(admin, 1, [
      { name: 'hostname', value: host },
      { name: 'ip', value: '10.1.2.3 & <b>' },
      { name: 'uplink', value: target },
    ]);
    const hidden = await objectAs(admin, 1, [
      { name: 'hostname', value: unique('to-switch') },
      { name: 'uplink', value: 6 },
    ]);
    const template = {
      name: unique('datasheet'),
      label: 'Server datasheet',
      template_type: 'OBJECT',
      template_parameters: { type: 1 },
      template_data:
        "<h1>Server {{id}}</h1><p>Hostname: {{fields['hostname']}}</p><p>IP: {{ fields.ip }}</p>" +
        "<table><tbody><tr><th>Field</th><th>Value</th></tr><tr><td>Uplink</td><td>{{fields['uplink']['fields']['hostname']}}</td></tr>" +
        "<tr><td>Uplink id</td><td>{{fields['uplink']['id']}}</td></tr><tr><td>Switch</td><td>{{fields['uplink']['fields']['name']}}</td></tr></tbody></table>{% if x %}<p>{{ nope.nothing }}</p>{% endif %}",
      template_style: 'h1 { color: red; }',
    };
    const id = (await send({ method: 'POST', path: '/rest/docapi/template/', body: template }, admin)).body as number;
    const path = ui.renderDocument.path.replace('{template}', String(id)).replace('/1', `/${object}`);

    const res = await call(path, { headers: bearer(demo) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename=output.pdf');
    const pdf = await readPdf(new Uint8Array(await res.arrayBuffer()));
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain('Server datasheet');
    expect(pdf.text).toContain(`Server ${object}`);
    expect(pdf.text).toContain(`Hostname: ${host}`);
    expect(pdf.text).toContain('IP: 10.1.2.3 & <b>'); // a value is text, never markup
    expect(pdf.text).toContain(targetName);
    expect(pdf.text).toContain(String(target));
    expect(pdf.text).not.toContain('{{');

    // A reference the caller cannot read prints as nothing; the object itself as a missing one.
    const viaSwitch = path.replace(`/${object}`, `/${hidden}`);
    expect(
      (await readPdf(new Uint8Array(await (await call(viaSwitch, { headers: bearer(demo) })).arrayBuffer()))).text,
    ).not.toContain('core-switch');
    expect(
      (await readPdf(new Uint8Array(await (await call(viaSwitch, { headers: bearer(admin) })).arrayBuffer()))).text,
    ).toContain('core-switch');
    expect((await call(path.replace(`/${object}`, '/6'), { headers: bearer(demo) })).status).toBe(404);
    expect((await call(path.replace(`/${object}`, '/6'), { headers: bearer(admin) })).status).toBe(200);

    // Bad input, no token, wrong rights.
    expect((await send({ method: 'GET', path: path.replace(`/${id}/`, '/999999/') }, admin)).status).toBe(404);
    const bad = await send({ method: 'GET', path: path.replace(`/${object}`, '/abc') }, admin);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ status: 400, response: 'Bad Request' });
    expect((await send({ method: 'GET', path }, null)).status).toBe(401);
    const noTemplates = await userWith(['base.framework.object.view']);
    expect((await send({ method: 'GET', path }, noTemplates.token)).status).toBe(403);
    const noObjects = await userWith(['base.docapi.template.view']);
    expect((await send({ method: 'GET', path }, noObjects.token)).status).toBe(403);
  });

  it('exports the objects the caller may read as CSV, JSON or XLSX', async () => {
    const formats = await send(ui.exportFormats, demo);
    expect(formats.body.map((f: { extension: string }) => f.extension)).toEqual([
      'CsvExportType',
      'JsonExportType',
      'XlsxExportType',
    ]);
    const csv = await call(
      '/rest/exporter/?classname=CsvExportType&filter=%7B%22type_id%22:1%7D&sort=public_id&order=1',
      {
        headers: bearer(demo),
      },
    );
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename=.+\.csv$/);
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toBe('public_id,active,hostname,ip,os,cpus,uplink');
    expect(lines[1]).toBe('1,true,server1,10.0.0.1,linux,8,None');
    const json = await send({ method: 'GET', path: '/rest/exporter/?classname=JsonExportType' }, demo);
    expect(json.body.every((o: { type_label: string }) => o.type_label === 'Server')).toBe(true);
    // XLSX: a sheet per type the caller may read, every cell an inline string (never a formula).
    const sheets = async (token: string) => {
      const res = await call('/rest/exporter/?classname=XlsxExportType&sort=public_id&order=1', {
        headers: bearer(token),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=.+\.xlsx$/);
      const zip = unzipSync(new Uint8Array(await res.arrayBuffer()));
      const text = (name: string) => strFromU8(zip[name]);
      expect(Object.keys(zip)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml']));
      return { workbook: text('xl/workbook.xml'), first: text('xl/worksheets/sheet1.xml'), zip };
    };
    const asDemo = await sheets(demo);
    expect(asDemo.workbook).toContain('<sheet name="Server" sheetId="1" r:id="rId1"/>');
    expect(asDemo.workbook).not.toContain('Switch');
    expect(asDemo.first).toContain('<c r="C1" t="inlineStr"><is><t xml:space="preserve">hostname</t></is></c>');
    expect(asDemo.first).toContain('<t xml:space="preserve">server1</t>');
    expect(asDemo.first).not.toContain('<f>');
    const asAdmin = await sheets(admin);
    expect(asAdmin.workbook).toContain('<sheet name="Switch" sheetId="2" r:id="rId2"/>');
    expect(strFromU8(asAdmin.zip['xl/worksheets/sheet2.xml'])).toContain('core-switch');

    const mixed = await send({ method: 'GET', path: '/rest/exporter/?classname=CsvExportType' }, admin);
    expect(mixed.status).toBe(400);
    expect((await send({ method: 'GET', path: '/rest/exporter/?classname=XmlExportType' }, admin)).status).toBe(400);
    expect((await send({ method: 'GET', path: '/rest/exporter/' }, null)).status).toBe(401);
  });
});
