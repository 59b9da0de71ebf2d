import { beforeAll, describe, expect, it } from 'vitest';
import fixture from '../../fixtures/datagerry-web-ui-logs.json';
import { count, objectAs, typeAs, unique, userWith } from './cmdb-helpers';
import { adminToken, demoToken, dg } from './helpers';

/**
 * DATAGERRY's web UI, Settings → Logs → Objects (issue 27): the three tabs' tables and deleting a log,
 * each request as the UI sends it (test/fixtures/datagerry-web-ui-logs.json, recorded in Chromium) and
 * what the UI reads from the answer (`results`, `total`; per log `public_id`, `object_id`, `action_name`,
 * `changes`, `user_name`, `version`, `log_time`). Deleting hides a log with an audit row of its own.
 */

type Request = { method: string; path: string };
const ui = fixture as unknown as Record<string, Request>;
type Log = { public_id: number; object_id: number; action: number; action_name: string; changes: any };

/** The UI's request with some query parameters changed (the newest logs first, a page big enough). */
function send(request: Request, token: string | null, query: Record<string, string> = {}) {
  const url = new URL(request.path, 'http://x');
  for (const [k, v] of Object.entries({ order: '-1', limit: '100', ...query })) url.searchParams.set(k, v);
  return dg(`${url.pathname}${url.search}`, token, request.method);
}
const idsOf = (body: { results: Log[] }) => body.results.map((l) => l.public_id);
const logsOf = async (objectId: number, token: string) =>
  (await dg(`/rest/logs/object/${objectId}?limit=100`, token)).body.results as Log[];
const hidingRows = () => count("select count(*) as n from audit_log where table_name = 'dg_object_logs'");

let admin: string;
let demo: string;
let kept: number;
let gone: number;
let hiddenGone: number;
let hiddenType: number;
beforeAll(async () => {
  admin = await adminToken();
  demo = await demoToken();
  kept = await objectAs(admin, 1, [{ name: 'hostname', value: unique('log-kept') }]);
  expect(
    (
      await dg(`/rest/objects/${kept}`, admin, 'PUT', {
        type_id: 1,
        fields: [{ name: 'hostname', value: unique('renamed') }],
      })
    ).status,
  ).toBe(200);
  gone = await objectAs(admin, 1, [{ name: 'hostname', value: unique('log-gone') }]);
  expect((await dg(`/rest/objects/${gone}`, admin, 'DELETE')).status).toBe(200);
  hiddenType = await typeAs(admin, {
    name: unique('log-hidden'),
    fields: [{ type: 'text', name: 'name', label: 'Name' }],
    acl: { activated: true, groups: { includes: { '1': ['CREATE', 'READ', 'UPDATE', 'DELETE'] } } },
  });
  hiddenGone = await objectAs(admin, hiddenType, [{ name: 'name', value: 'secret' }]);
  expect((await dg(`/rest/objects/${hiddenGone}`, admin, 'DELETE')).status).toBe(200);
});

describe("DATAGERRY's web UI: the object-log settings pages", () => {
  it('lists the logs of existing objects, sorted as the table asks, the search taken as DATAGERRY takes it', async () => {
    const res = await send(ui.existingLogs, admin);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const mine = (res.body.results as Log[]).filter((l) => l.object_id === kept);
    expect(mine.map((l) => l.action_name)).toEqual(['EDIT', 'CREATE']);
    expect(mine[0].changes.new[0].name).toBe('hostname');
    expect(mine[0]).toMatchObject({ user_name: 'admin', version: '2.0.0', log_type: 'CmdbObjectLog' });
    expect(res.body.total).toBeGreaterThanOrEqual(2);
    expect((res.body.results as Log[]).some((l) => l.object_id === gone || l.action_name === 'DELETE')).toBe(false);

    const byObject = await send(ui.existingByObjectDesc, admin);
    const objectIds = (byObject.body.results as Log[]).map((l) => l.object_id);
    expect(objectIds).toEqual([...objectIds].sort((a, b) => b - a));
    // The table search sends a pipeline ($addFields, $regex with $options 'ismx'): DATAGERRY's backend ignores it.
    const searched = await send(ui.existingSearch, admin);
    expect(searched.status).toBe(200);
    expect(searched.body.total).toBe(res.body.total);
    // The table's largest page size (500) is answered whole, as the pager says.
    const big = await send(ui.existingLogs, admin, { limit: '500' });
    expect(big.body.results.length).toBe(Math.min(big.body.total, 500));
    expect(big.body.pager.page_size).toBe(500);
  });

  it('lists the logs of deleted objects and the delete logs, only of types the caller may read', async () => {
    const deletedObjects = await send(ui.deletedObjectsLogs, admin);
    expect(deletedObjects.status).toBe(200);
    const created = (deletedObjects.body.results as Log[]).filter((l) => [gone, hiddenGone].includes(l.object_id));
    expect(created.map((l) => [l.object_id, l.action_name])).toEqual([
      [hiddenGone, 'CREATE'],
      [gone, 'CREATE'],
    ]);
    const deletes = await send(ui.deleteLogs, admin);
    const mine = (deletes.body.results as Log[]).filter((l) => [gone, hiddenGone].includes(l.object_id));
    expect(mine.map((l) => [l.object_id, l.action, l.action_name])).toEqual([
      [hiddenGone, 3, 'DELETE'],
      [gone, 3, 'DELETE'],
    ]);

    // The demo user reads the same pages, without the logs of a type whose ACL hides it.
    for (const request of [ui.deletedObjectsLogs, ui.deleteLogs]) {
      const res = await send(request, demo);
      expect(res.status).toBe(200);
      const objects = (res.body.results as Log[]).map((l) => l.object_id);
      expect(objects).toContain(gone);
      expect(objects).not.toContain(hiddenGone);
    }
  });

  it('refuses bad input, no token and missing rights', async () => {
    expect((await send(ui.existingLogs, admin, { sort: 'password' })).status).toBe(400);
    expect((await send(ui.existingLogs, admin, { filter: '[{' })).status).toBe(400);
    expect((await send(ui.deleteLogs, admin, { order: '2' })).status).toBe(400);
    expect((await send(ui.existingLogs, null)).status).toBe(401);
    const noLogRight = await userWith(['base.framework.object.view']);
    const noObjectRight = await userWith(['base.framework.log.view']);
    expect((await send(ui.deletedObjectsLogs, noLogRight.token)).status).toBe(403);
    expect((await send(ui.deletedObjectsLogs, noObjectRight.token)).status).toBe(403);
  });

  it('deletes a log as an audited admin action: hidden from every log view, the audit trail kept', async () => {
    const [edit, create] = await logsOf(kept, admin);
    const path = ui.deleteLog.path.replace('{public_id}', String(edit.public_id));
    const before = await hidingRows();

    // The read-only demo user, a user without log.delete, one that cannot see the log, no token: nothing.
    expect((await dg(path, demo, 'DELETE')).status).toBe(403);
    const viewer = await userWith(['base.framework.object.view', 'base.framework.log.view']);
    expect((await dg(path, viewer.token, 'DELETE')).status).toBe(403);
    const readOnly = await userWith(['base.framework.*'], { readOnly: true });
    expect((await dg(path, readOnly.token, 'DELETE')).status).toBe(403);
    expect((await dg(path, null, 'DELETE')).status).toBe(401);
    expect((await dg('/rest/logs/abc', admin, 'DELETE')).status).toBe(400);
    const deleter = await userWith(['base.framework.*']);
    const hiddenDelete = (await send(ui.deleteLogs, admin)).body.results.find((l: Log) => l.object_id === hiddenGone);
    expect((await dg(`/rest/logs/${hiddenDelete.public_id}`, deleter.token, 'DELETE')).status).toBe(404);
    expect(await hidingRows()).toBe(before);

    const res = await dg(path, admin, 'DELETE');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toBe(true);
    expect((await logsOf(kept, admin)).map((l) => l.public_id)).toEqual([create.public_id]);
    expect(idsOf((await send(ui.existingLogs, admin)).body)).not.toContain(edit.public_id);
    expect((await dg(`/rest/logs/${edit.public_id}`, admin)).status).toBe(404);
    expect((await dg(`/rest/logs/${create.public_id}/corresponding`, admin)).body).toEqual([]);
    // The audit row stays; one more records who hid it.
    expect(await count('select count(*) as n from audit_log where id = ?', edit.public_id)).toBe(1);
    expect(
      await count(
        "select count(*) as n from audit_log where table_name = 'dg_object_logs' and record_id = ? and action = 'DELETE' and user_login = 'admin'",
        String(edit.public_id),
      ),
    ).toBe(1);
    expect((await dg(path, admin, 'DELETE')).status).toBe(404);

    // A non-admin with log.delete who sees the log deletes it too.
    expect((await dg(`/rest/logs/${create.public_id}`, deleter.token, 'DELETE')).body).toBe(true);
    expect(await hidingRows()).toBe(before + 2);
  });
});
