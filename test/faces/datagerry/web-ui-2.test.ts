import { createScheduledController, env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import worker from '../../../src/index';
import fixture from '../../fixtures/datagerry-web-ui-2.json';
import { bearer, call } from '../../support/worker';
import { count, objectAs, userWith } from './cmdb-helpers';
import { adminToken, demoToken } from './helpers';

/**
 * DATAGERRY's own web UI against Atrium, second stage (issue 27): the pipelines of its table searches and
 * of a category's types, and its media library (the object view's attachments, the file explorer), each
 * request as the UI sends it (test/fixtures/datagerry-web-ui-2.json, recorded from the UI) and what the UI
 * reads from the answer; then bad input, no token, wrong rights, and that the demo user changes nothing.
 */

type Request = { method: string; path: string; body?: unknown; multipart?: { file: string; metadata: string } };
const ui = fixture as unknown as Record<string, Request>;

async function send(request: Request, token: string | null, override: Partial<Request> = {}, content = 'notes') {
  const r = { ...request, ...override };
  let body: BodyInit | undefined;
  const headers: Record<string, string> = token ? bearer(token) : {};
  if (r.multipart) {
    // As the UI's FileService.postFile: the file and its metadata (JSON) as form fields.
    const form = new FormData();
    form.append('file', new File([content], r.multipart.file, { type: 'text/plain' }));
    form.append('metadata', r.multipart.metadata);
    body = form;
  } else if (r.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(r.body);
  }
  const res = await call(r.path, { method: r.method, headers, body });
  const text = await res.text();
  let parsed: any = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {}
  return { res, status: res.status, body: parsed };
}

/** The request with its search term (the `$regex` values) replaced. */
const searching = (request: Request, from: string, to: string): Request => ({
  ...request,
  path: request.path.replaceAll(`%22${from}%22`, `%22${to}%22`).replaceAll(`"${from}"`, `"${to}"`),
});
const ids = (results: { object_information: { object_id: number } }[]) =>
  results.map((r) => r.object_information.object_id);

let admin: string;
let demo: string;
beforeAll(async () => {
  admin = await adminToken();
  demo = await demoToken();
});

describe("DATAGERRY's web UI: table searches and the sidebar's pipelines", () => {
  it('searches the objects of a type, all objects and an object’s references, rendered (the UI reads results and total)', async () => {
    const byType = await send(ui.objectsOfTypeSearch, admin);
    expect(byType.status, JSON.stringify(byType.body)).toBe(200);
    // server1 by its hostname, server2 through its uplink to server1 (the referenced object's fields).
    expect(ids(byType.body.results)).toEqual([2, 1]);
    expect(byType.body.total).toBe(2);
    expect(byType.body.results[0].fields.find((f: { name: string }) => f.name === 'hostname').value).toBe('server2');
    // The UI's table cells have no component for Atrium's `number` fields: answered as `text` in lists,
    // the value still a number; the single object (the view and edit forms, which know `number`) keeps it.
    const cpus = (fields: { name: string; type: string; value: unknown }[]) => fields.find((f) => f.name === 'cpus');
    expect(cpus(byType.body.results[0].fields)).toMatchObject({ type: 'text' });
    const single = await send({ method: 'GET', path: '/rest/objects/2' }, admin);
    expect(cpus(single.body.fields)?.type).toBe('number');

    const all = await send(ui.allObjectsSearch, demo);
    expect(ids(all.body.results)).toEqual([5, 4, 2, 1]);
    // The type ACL before any stage: the switch is found by admin only.
    const core = searching(ui.allObjectsSearch, 'linux', 'core-switch');
    expect(ids((await send(core, admin)).body.results)).toEqual([6]);
    expect((await send(core, demo)).body).toMatchObject({ results: [], total: 0 });

    const references = await send(ui.referencesSearch, demo);
    expect(ids(references.body.results)).toEqual([2]);
    // The creation date as text ($dateToString) is searched too.
    const today = new Date().toISOString().slice(0, 7);
    expect((await send(searching(ui.objectsOfTypeSearch, 'server1', today), demo)).body.total).toBe(5);
    expect((await send(ui.objectsOfTypeSearch, null)).status).toBe(401);
  });

  it('searches users, groups, types and document templates ($addFields $toString); the ACL still applies', async () => {
    const users = await send(ui.usersSearch, admin);
    expect(users.status).toBe(200);
    expect(users.body.results.map((u: { user_name: string }) => u.user_name)).toEqual(['demo']);
    // As DATAGERRY's backend answers it: the pipeline's documents, public_id as the text $toString made.
    expect(users.body.results[0].public_id).toBe('2');
    expect(users.body.results[0]).not.toHaveProperty('password');
    expect((await send(ui.usersSearch, null)).status).toBe(401);

    const groups = await send(ui.groupsSearch, admin);
    expect(groups.body.results.map((g: { name: string }) => g.name)).toContain('admin');
    const types = await send(ui.typesSearch, demo);
    expect(types.body.results.map((t: { name: string }) => t.name)).toEqual(['server']);
    expect((await send(searching(ui.typesSearch, 'serv', 'switch'), demo)).body.total).toBe(0);
    expect((await send(searching(ui.typesSearch, 'serv', 'switch'), admin)).body.total).toBe(1);
    expect((await send(ui.docTemplatesSearch, admin)).status).toBe(200);
  });

  it("lists a category's types ($lookup with let, a sub-pipeline and $expr) and the uncategorised ones", async () => {
    const servers = await send(ui.typesOfCategory, demo);
    expect(servers.status, JSON.stringify(servers.body)).toBe(200);
    expect(servers.body.results.map((t: { public_id: number }) => t.public_id)).toEqual([1]);
    expect(servers.body.results[0]).not.toHaveProperty('category');
    const network = searching(ui.typesOfCategory, '', '');
    network.path = ui.typesOfCategory.path.replace('%22public_id%22:2', '%22public_id%22:3');
    expect(network.path).not.toBe(ui.typesOfCategory.path);
    expect((await send(network, admin)).body.results.map((t: { public_id: number }) => t.public_id)).toEqual([2]);
    expect((await send(network, demo)).body.results).toEqual([]);
    expect((await send(ui.uncategorizedTypes, admin)).body.results).toEqual([]);
  });

  it('refuses every other expression, stage or $expr (400 in DATAGERRY’s shape)', async () => {
    for (const filter of [
      [{ $addFields: { a: { $add: ['$public_id', 1] } } }],
      [{ $group: { _id: '$type_id', n: { $sum: 1 } } }],
      [{ $match: { $expr: { $eq: ['$type_id', 1] } } }],
      [
        {
          $lookup: {
            from: 'framework.types',
            let: { t: '$type_id' },
            pipeline: [{ $match: { $expr: { $gt: ['$$t', 1] } } }],
            as: 'x',
          },
        },
      ],
      [{ $unwind: '$fields' }, { $group: { _id: '$_id', fields: { $first: '$fields' } } }],
    ]) {
      const res = await send(
        { method: 'GET', path: `/rest/objects/?filter=${encodeURIComponent(JSON.stringify(filter))}` },
        admin,
      );
      expect(res.status, JSON.stringify(filter)).toBe(400);
      expect(res.body).toMatchObject({
        status: 400,
        response: 'Bad Request',
        message: expect.stringMatching(/filter/i),
      });
    }
  });
});

describe("DATAGERRY's web UI: the media library and the object view's attachments", () => {
  it('uploads an attachment, lists it, answers it by name (or null) and downloads it', async () => {
    const files = await count("select count(*) as n from atrium_files where tenant = 'cmdb'");
    const up = await send(ui.uploadAttachment, admin, {}, 'first');
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    expect(up.body).toMatchObject({ result_id: expect.any(Number), response_type: 'INSERT' });
    expect(up.body.raw).toMatchObject({
      filename: 'notes.txt',
      size: 5,
      metadata: { reference: 1, reference_type: 'object', folder: false },
    });

    // The attachments tab reads `results` (their length is its total); the modal reads `pager`.
    const tab = await send(ui.attachmentsOfObject, demo);
    expect(tab.status).toBe(200);
    expect(tab.body.results.map((f: { filename: string }) => f.filename)).toEqual(['notes.txt']);
    expect(tab.body.pager).toMatchObject({ page: 1, total_pages: 1 });
    expect(tab.body.results[0].upload_date.$date).toEqual(expect.any(Number));

    const exists = await send(ui.fileExists, admin, {
      path: ui.fileExists.path
        .replace('ui-upload.txt', 'notes.txt')
        .replace('%22parent%22:null,%22folder%22:false', '%22reference%22:1'),
    });
    expect(exists.body).toMatchObject({ filename: 'notes.txt' });
    expect((await send(ui.fileExists, admin)).body).toBeNull();

    const download = await send(ui.download, demo);
    expect(download.status).toBe(200);
    expect(download.body).toBe('first');
    expect(download.res.headers.get('content-disposition')).toContain('attachment');
    expect(download.res.headers.get('content-security-policy')).toContain('sandbox');

    // The same name with the same metadata replaces the file (DATAGERRY), bytes and all.
    const again = await send(ui.uploadAttachment, admin, {}, 'second');
    expect(again.status).toBe(201);
    expect((await send(ui.attachmentsOfObject, admin)).body.total).toBe(1);
    expect((await send(ui.download, admin)).body).toBe('second');
    expect(await count("select count(*) as n from atrium_files where tenant = 'cmdb'")).toBe(files + 1);
    expect(
      await count("select count(*) as n from audit_log where table_name = 'dg_media_files' and action = 'DELETE'"),
    ).toBe(1);
    expect((await send(ui.attachmentsOfObject, null)).status).toBe(401);
  });

  it('attaches a library file to an object and detaches it (PUT, as the file explorer and the tab do)', async () => {
    const up = await send(ui.upload, admin, {
      multipart: { file: 'manual.txt', metadata: '{"parent":null,"folder":false}' },
    });
    expect(up.status).toBe(201);
    const file = up.body.raw;
    const library = await send(ui.explorerFiles, admin);
    expect(library.body.results.map((f: { filename: string }) => f.filename)).toContain('manual.txt');

    const attach = ui.attach.body as Record<string, any>;
    const attached = await send(ui.attach, admin, {
      body: {
        ...attach,
        public_id: file.public_id,
        filename: 'manual.txt',
        metadata: { ...attach.metadata, reference: [1, 1] },
      },
    });
    expect(attached.status, JSON.stringify(attached.body)).toBe(200);
    expect(attached.body).toMatchObject({
      filename: 'manual.txt',
      metadata: { reference: 1, reference_type: 'object' },
    });
    expect(
      (await send(ui.attachmentsOfObject, admin)).body.results.map((f: { filename: string }) => f.filename),
    ).toContain('manual.txt');

    // The demo user sees it, and changes nothing.
    const detach = ui.detach.body as Record<string, any>;
    const body = { ...detach, public_id: file.public_id, filename: 'manual.txt' };
    expect((await send(ui.detach, demo, { body })).status).toBe(403);
    const detached = await send(ui.detach, admin, { body });
    expect(detached.body.metadata.reference).toEqual([]);
    const tab = (await send(ui.attachmentsOfObject, admin)).body.results.map((f: { filename: string }) => f.filename);
    expect(tab).not.toContain('manual.txt');
    expect((await send(ui.explorerFiles, admin)).body.results.map((f: { filename: string }) => f.filename)).toContain(
      'manual.txt',
    );
  });

  it('makes folders, renames into a free name, deletes a folder with what it holds (bytes and all)', async () => {
    const folder = await send(ui.newFolder, admin);
    expect(folder.status).toBe(201);
    expect(folder.body.raw.metadata.folder).toBe(true);
    expect((await send(ui.explorerFolders, admin)).body.results.map((f: { filename: string }) => f.filename)).toEqual([
      'docs',
    ]);
    const meta = JSON.stringify({ parent: folder.body.result_id, folder: false });
    const inside = await send(ui.upload, admin, { multipart: { file: 'a.txt', metadata: meta } });
    const other = await send(ui.upload, admin, { multipart: { file: 'b.txt', metadata: meta } });
    // Renaming b.txt to a.txt in that folder makes it copy_(1)_a.txt, as DATAGERRY.
    const renamed = await send({ method: 'PUT', path: '/rest/media_file/' }, admin, {
      body: { ...other.body.raw, filename: 'a.txt' },
    });
    expect(renamed.body.filename).toBe('copy_(1)_a.txt');
    const before = await count("select count(*) as n from atrium_files where tenant = 'cmdb'");
    expect(
      (await send({ method: 'DELETE', path: `/rest/media_file/${folder.body.result_id}?metadata=%7B%7D` }, demo))
        .status,
    ).toBe(403);
    const deleted = await send(
      { method: 'DELETE', path: `/rest/media_file/${folder.body.result_id}?metadata=%7B%7D` },
      admin,
    );
    expect(deleted.status).toBe(200);
    expect(deleted.body.filename).toBe('docs');
    expect(await count("select count(*) as n from atrium_files where tenant = 'cmdb'")).toBe(before - 2);
    expect(
      await count(
        'select count(*) as n from dg_media_files where public_id in (?, ?)',
        inside.body.result_id,
        other.body.result_id,
      ),
    ).toBe(0);
    expect((await send({ method: 'DELETE', path: `/rest/media_file/${folder.body.result_id}` }, admin)).status).toBe(
      404,
    );
  });

  it('keeps files of objects a caller cannot read hidden, and refuses attaching to them', async () => {
    const switchFile = await send(ui.uploadAttachment, admin, {
      multipart: { file: 'switch.txt', metadata: '{"reference":6,"reference_type":"object"}' },
    });
    expect(switchFile.status).toBe(201);
    const editor = await userWith(['base.framework.object.view', 'base.framework.object.edit']);
    const six = { metadata: '%7B%22reference%22:6,%22reference_type%22:%22object%22%7D' };
    const list = await send({ method: 'GET', path: `/rest/media_file/?metadata=${six.metadata}` }, editor.token);
    expect(list.body).toMatchObject({ results: [], total: 0 });
    expect(
      (await send({ method: 'GET', path: `/rest/media_file/switch.txt?metadata=${six.metadata}` }, editor.token)).body,
    ).toBeNull();
    expect(
      (
        await send(
          { method: 'GET', path: `/rest/media_file/download/switch.txt?metadata=${six.metadata}` },
          editor.token,
        )
      ).status,
    ).toBe(404);
    expect(
      (await send({ method: 'DELETE', path: `/rest/media_file/${switchFile.body.result_id}` }, editor.token)).status,
    ).toBe(404);
    const refused = await send(ui.uploadAttachment, editor.token, {
      multipart: { file: 'x.txt', metadata: '{"reference":6,"reference_type":"object"}' },
    });
    expect(refused).toMatchObject({ status: 400, body: { message: 'Object 6 not found' } });
    // Without the edit right (and for the read-only demo user) nothing is written.
    const viewer = await userWith(['base.framework.object.view']);
    const rows = await count('select count(*) as n from dg_media_files');
    expect((await send(ui.upload, viewer.token)).status).toBe(403);
    expect((await send(ui.upload, demo)).status).toBe(403);
    expect(await count('select count(*) as n from dg_media_files')).toBe(rows);
  });

  it('refuses bad input: metadata, a missing file, another media type', async () => {
    const rows = await count('select count(*) as n from dg_media_files');
    for (const metadata of ['{bad', '{"reference":"x"}', '{"unknown":1}', '{"parent":999999}'])
      expect((await send(ui.upload, admin, { multipart: { file: 'x.txt', metadata } })).status, metadata).toBe(400);
    const json = await call('/rest/media_file/', {
      method: 'POST',
      headers: { ...bearer(admin), 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(415);
    const form = new FormData();
    form.append('metadata', '{}');
    expect((await call('/rest/media_file/', { method: 'POST', headers: bearer(admin), body: form })).status).toBe(400);
    expect((await send({ method: 'GET', path: '/rest/media_file/?metadata=%7Bbad' }, admin)).status).toBe(400);
    expect(await count('select count(*) as n from dg_media_files')).toBe(rows);
    expect((await send(ui.upload, null)).status).toBe(401);
  });

  it('a deleted object’s attachments disappear, and the periodic job removes them with their bytes', async () => {
    const object = await objectAs(admin, 1, [{ name: 'hostname', value: 'temp' }]);
    const up = await send(ui.uploadAttachment, admin, {
      multipart: { file: 'temp.txt', metadata: `{"reference":${object},"reference_type":"object"}` },
    });
    expect(up.status).toBe(201);
    expect((await send({ method: 'DELETE', path: `/rest/objects/${object}` }, admin)).status).toBe(200);
    const path = `/rest/media_file/?metadata=${encodeURIComponent(JSON.stringify({ reference: object }))}`;
    expect((await send({ method: 'GET', path }, admin)).body.total).toBe(0);
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: '*/15 * * * *' }), env);
    expect(await count('select count(*) as n from dg_media_files where public_id = ?', up.body.result_id)).toBe(0);
  });
});

describe("DATAGERRY's rights catalogue: section templates and DocAPI (migration 0071)", () => {
  it('answers DATAGERRY’s labels, levels and descriptions', async () => {
    const rights = await send({ method: 'GET', path: '/rest/rights/?limit=0' }, admin);
    const byName = new Map(rights.body.results.map((r: { name: string }) => [r.name, r]));
    expect(byName.get('base.framework.sectionTemplate.*')).toMatchObject({
      label: 'sectionTemplate.*',
      level: 10,
      description: 'Manage section templates from framework',
    });
    expect(byName.get('base.framework.sectionTemplate.edit')).toMatchObject({
      label: 'sectionTemplate.edit',
      level: 30,
    });
    expect(byName.get('base.framework.sectionTemplate.delete')).toMatchObject({ level: 50 });
    expect(byName.get('base.docapi.*')).toMatchObject({ label: 'docapi.*', level: 50, description: 'Manage DocAPI' });
    expect(byName.get('base.docapi.template.*')).toMatchObject({ label: 'template.*', level: 50 });
    for (const [verb, text] of [
      ['view', 'View'],
      ['add', 'Add'],
      ['edit', 'Edit'],
      ['delete', 'Delete'],
    ])
      expect(byName.get(`base.docapi.template.${verb}`)).toMatchObject({
        label: `template.${verb}`,
        level: 50,
        description: `${text} template`,
      });
  });
});
