import { createScheduledController, env } from 'cloudflare:test';
import { Buffer } from 'node:buffer';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_UPLOAD } from '../../../src/core/files/demo';
import { MAX_FILE_BYTES, PART_BYTES } from '../../../src/core/files/limits';
import { createGroup } from '../../../src/core/identity/groups';
import { createUser } from '../../../src/core/identity/users';
import worker from '../../../src/index';
import { SYSTEM } from '../../support/actors';
import { bearer, call, orm } from '../../support/worker';
import { json, login } from './helpers';

/**
 * Attachments and chunked uploads (iDempiere REST, part 2): the reference's requests, byte-for-byte round
 * trips (files larger than one D1 row), SHA-256 checks, expiry through the Worker's scheduled handler, and
 * the rights: no token, the read-only demo user, another tenant.
 */

let admin: string;
let demo: string;
let rival: string;

/** Deterministic bytes (xorshift): every test file is the same, no file fixtures needed. */
function bytesOf(size: number, seed = 7): Uint8Array {
  const out = new Uint8Array(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 255;
  }
  return out;
}
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const sha = async (bytes: Uint8Array) => Buffer.from(await crypto.subtle.digest('SHA-256', bytes)).toString('hex');
const bytesOfResponse = async (res: Response) => new Uint8Array(await res.arrayBuffer());
/** Byte-for-byte equality (vitest's deep equality walks megabytes element by element). */
function expectBytes(actual: Uint8Array, expected: Uint8Array) {
  expect(actual.byteLength).toBe(expected.byteLength);
  expect(Buffer.compare(actual, expected)).toBe(0);
}
const auditCount = async () =>
  (await env.DB.prepare('select count(*) as n from audit_log').first<{ n: number }>())?.n ?? 0;

const ORDER = '/api/v1/models/C_Order/1002/attachments';

async function attach(token: string, name: string, data: Uint8Array, path = ORDER, extra: object = {}) {
  return call(path, { method: 'POST', ...json({ name, data: b64(data), ...extra }, bearer(token)) });
}

async function initiate(token: string, body: object) {
  return call('/api/v1/uploads', { method: 'POST', ...json(body, bearer(token)) });
}

async function chunk(token: string, id: string, order: number, total: number, bytes: Uint8Array, hash?: string) {
  return call(`/api/v1/uploads/${id}/chunks/${order}`, {
    method: 'PUT',
    headers: {
      ...bearer(token),
      'content-type': 'application/octet-stream',
      'x-total-chunks': String(total),
      'x-content-sha256': hash ?? (await sha(bytes)),
    },
    body: bytes,
  });
}

/** A whole upload: initiate, then every chunk (in the order given), answering the upload id. */
async function upload(token: string, bytes: Uint8Array, name: string, order?: number[]) {
  const started = await initiate(token, { fileName: name, fileSize: bytes.byteLength, sha256: await sha(bytes) });
  expect(started.status).toBe(201);
  const { uploadId, chunkSize } = (await started.json()) as { uploadId: string; chunkSize: number };
  const total = Math.max(1, Math.ceil(bytes.byteLength / chunkSize));
  for (const n of order ?? [...Array(total).keys()].map((i) => i + 1)) {
    const res = await chunk(token, uploadId, n, total, bytes.subarray((n - 1) * chunkSize, n * chunkSize));
    expect(res.status).toBe(200);
  }
  return uploadId;
}

async function tick(at: number) {
  await worker.scheduled(createScheduledController({ scheduledTime: at, cron: '*/15 * * * *' }), env);
}

beforeAll(async () => {
  admin = (await login('admin', 'admin', 102)).token;
  demo = (await login('demo', 'demo', 103)).token;
  await env.DB.batch([
    env.DB.prepare("insert into AD_Client (AD_Client_ID, Value, Name) values (12, 'Rival', 'Rival Inc.')"),
    env.DB.prepare("insert into AD_Org (AD_Org_ID, AD_Client_ID, Value, Name) values (21, 12, 'RHQ', 'Rival HQ')"),
    env.DB.prepare(
      "insert into AD_Role (AD_Role_ID, AD_Client_ID, Name, Group_Name, IsAccessAllTables, IsAccessAllOrgs) values (112, 12, 'Rival Admin', 'Rival Admin', 1, 1)",
    ),
    env.DB.prepare(
      "insert into C_Order (C_Order_ID, AD_Client_ID, DocumentNo, C_BPartner_ID) values (9200, 12, 'R-1', 114)",
    ),
  ]);
  const group = await createGroup(orm(), { name: 'Rival Admin', rights: ['base.framework.record.*'] }, SYSTEM);
  await createUser(orm(), { login: 'rival-files', password: 'rival-pass-1', groupId: group.id }, SYSTEM);
  const res = await call('/api/v1/auth/tokens', {
    method: 'POST',
    ...json({
      userName: 'rival-files',
      password: 'rival-pass-1',
      parameters: { clientId: 12, roleId: 112, organizationId: 21 },
    }),
  });
  rival = ((await res.json()) as { token: string }).token;
});

describe('attachments', () => {
  it('lists, adds (the reference body), gets by name and as JSON, refuses a duplicate unless overwrite', async () => {
    const listed = await call('/api/v1/models/c_order/1001/attachments', { headers: bearer(admin) });
    expect(listed.status).toBe(200);
    expect(await listed.json()).toEqual({ attachments: [{ name: 'order-notes.txt', contentType: 'text/plain' }] });

    const patch = new TextEncoder().encode(
      '# HG changeset patch\n# User example\ndiff -r 02d6 -r 0f98 MProductPricing.java\n',
    );
    const before = await auditCount();
    const added = await attach(admin, 'IDEMPIERE-4018.patch', patch);
    expect(added.status).toBe(201);
    expect(await added.json()).toEqual({
      name: 'IDEMPIERE-4018.patch',
      contentType: 'text/x-patch',
      size: patch.byteLength,
    });
    const row = await env.DB.prepare(
      "select action, after from audit_log where table_name = 'atrium_files' order by id desc limit 1",
    ).first<{ action: string; after: string }>();
    expect(await auditCount()).toBe(before + 1);
    expect(row?.action).toBe('INSERT');
    expect(JSON.parse(row?.after ?? '{}')).toMatchObject({ owner: 'C_Order:1002', name: 'IDEMPIERE-4018.patch' });

    const got = await call(`${ORDER}/IDEMPIERE-4018.patch`, { headers: bearer(admin) });
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('text/x-patch');
    expect(got.headers.get('content-disposition')).toContain('attachment');
    expectBytes(await bytesOfResponse(got), patch);
    const asJson = await call(`${ORDER}/IDEMPIERE-4018.patch?json=true`, { headers: bearer(admin) });
    expect(await asJson.json()).toEqual({ data: b64(patch) });

    expect((await attach(admin, 'IDEMPIERE-4018.patch', patch)).status).toBe(409);
    const replaced = await attach(admin, 'IDEMPIERE-4018.patch', bytesOf(10), ORDER, { overwrite: true });
    expect(replaced.status).toBe(201);
    const again = await call(`${ORDER}/IDEMPIERE-4018.patch`, { headers: bearer(admin) });
    expectBytes(await bytesOfResponse(again), bytesOf(10));
    // By UUID too: the same record, the same attachments.
    const uu = await env.DB.prepare('select C_Order_UU as u from C_Order where C_Order_ID = 1002').first<{
      u: string;
    }>();
    const byUuid = await call(`/api/v1/models/C_Order/${uu?.u}/attachments`, { headers: bearer(admin) });
    expect(((await byUuid.json()) as { attachments: unknown[] }).attachments).toHaveLength(1);
  });

  it('round-trips a file larger than one D1 row, alone and in the zip of all', async () => {
    const big = bytesOf(2 * PART_BYTES + 123_457, 11);
    expect((await attach(admin, 'big.bin', big)).status).toBe(201);
    const parts = await env.DB.prepare(
      "select count(*) as n, max(length(p.data)) as widest from atrium_file_parts p join atrium_files f on f.id = p.file_id where f.name = 'big.bin'",
    ).first<{ n: number; widest: number }>();
    expect(parts?.n).toBe(3);
    expect(parts?.widest).toBeLessThan(2_000_000);
    const got = await call(`${ORDER}/big.bin`, { headers: bearer(admin) });
    expect(got.headers.get('content-type')).toBe('application/octet-stream');
    expectBytes(await bytesOfResponse(got), big);

    expect((await attach(admin, 'note ü.txt', new TextEncoder().encode('hello'))).status).toBe(201);
    const zip = await call(`${ORDER}/zip`, { headers: bearer(admin) });
    expect(zip.status).toBe(200);
    const entries = unzipSync(await bytesOfResponse(zip));
    expect(Object.keys(entries).sort()).toEqual(['IDEMPIERE-4018.patch', 'big.bin', 'note ü.txt']);
    expectBytes(entries['big.bin'], big);
    expect(new TextDecoder().decode(entries['note ü.txt'])).toBe('hello');
    const zipJson = (await (await call(`${ORDER}/zip?json`, { headers: bearer(admin) })).json()) as { data: string };
    expect(Object.keys(unzipSync(Buffer.from(zipJson.data, 'base64')))).toHaveLength(3);
  });

  it('answers bad input in the iDempiere error shape and writes nothing', async () => {
    const before = await auditCount();
    const cases: [string, RequestInit, number][] = [
      [ORDER, { method: 'POST', ...json({ name: 'x.txt', data: 'not base64!' }, bearer(admin)) }, 400],
      [ORDER, { method: 'POST', ...json({ data: 'aGVsbG8=' }, bearer(admin)) }, 400],
      [ORDER, { method: 'POST', ...json({ name: 'a/b.txt', data: 'aGVsbG8=' }, bearer(admin)) }, 400],
      [`${ORDER}/missing.txt`, { headers: bearer(admin) }, 404],
      ['/api/v1/models/C_Order/999999/attachments', { headers: bearer(admin) }, 404],
      ['/api/v1/models/NoSuchTable/1/attachments', { headers: bearer(admin) }, 404],
    ];
    for (const [path, init, status] of cases) {
      const res = await call(path, init);
      expect(res.status, path).toBe(status);
      expect(await res.json()).toMatchObject({ title: expect.any(String), status, detail: expect.any(String) });
    }
    expect(await auditCount()).toBe(before);
  });

  it('refuses a file over the documented size with 413', async () => {
    const over = new Uint8Array(MAX_FILE_BYTES + 1);
    const res = await attach(admin, 'huge.bin', over);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ title: 'Payload too large', status: 413 });
    const body = JSON.stringify({ name: 'huger.bin', data: 'A'.repeat(15_000_000) });
    const refused = await call(ORDER, {
      method: 'POST',
      headers: { ...bearer(admin), 'content-type': 'application/json' },
      body,
    });
    expect(refused.status).toBe(413);
    const initiated = await initiate(admin, { fileName: 'huge.bin', fileSize: MAX_FILE_BYTES + 1 });
    expect(initiated.status).toBe(413);
  });

  it('deletes one entry, then all, each audited; then there is nothing to delete or zip', async () => {
    const before = await auditCount();
    const one = await call(`${ORDER}/big.bin`, { method: 'DELETE', headers: bearer(admin) });
    expect(await one.json()).toEqual({ msg: 'Deleted' });
    expect((await call(`${ORDER}/big.bin`, { headers: bearer(admin) })).status).toBe(404);
    expect((await call(`${ORDER}/big.bin`, { method: 'DELETE', headers: bearer(admin) })).status).toBe(404);
    const all = await call(ORDER, { method: 'DELETE', headers: bearer(admin) });
    expect(all.status).toBe(200);
    expect(await auditCount()).toBe(before + 3);
    expect(await (await call(ORDER, { headers: bearer(admin) })).json()).toEqual({ attachments: [] });
    expect((await call(ORDER, { method: 'DELETE', headers: bearer(admin) })).status).toBe(404);
    expect((await call(`${ORDER}/zip`, { headers: bearer(admin) })).status).toBe(404);
    const parts = await env.DB.prepare(
      'select count(*) as n from atrium_file_parts where file_id not in (select id from atrium_files)',
    ).first<{ n: number }>();
    expect(parts?.n).toBe(0);
  });
});

describe('uploads', () => {
  it('initiates with the reference body, lists it as pending, answers its status', async () => {
    const res = await initiate(admin, {
      fileName: 'emoji_wallpaper.png',
      contentType: 'image/png',
      fileSize: 292287,
      chunkSize: 146144,
      sha256: '0bfbc699c443b29ed58de31d29a0a989d7ea68f07e787c415157332c4bfaf427',
      uploadLocation: 'ARCHIVE',
      expiresInSeconds: 3600,
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { uploadId: string; chunkSize: number; expiresAt: string };
    expect(body.chunkSize).toBe(146144);
    expect(Date.parse(body.expiresAt) - Date.now()).toBeGreaterThan(3500_000);
    const status = await call(`/api/v1/uploads/${body.uploadId}?expiresInSeconds=3600`, { headers: bearer(admin) });
    expect(await status.json()).toMatchObject({
      uploadId: body.uploadId,
      fileName: 'emoji_wallpaper.png',
      fileSize: 292287,
      status: 'INITIATED',
      uploadedChunks: [],
      totalReceivedSize: 0,
    });
    const pending = (await (await call('/api/v1/uploads', { headers: bearer(admin) })).json()) as {
      uploadId: string;
    }[];
    expect(pending.map((p) => p.uploadId)).toContain(body.uploadId);
    expect((await call(`/api/v1/uploads/${body.uploadId}`, { method: 'DELETE', headers: bearer(admin) })).status).toBe(
      200,
    );
    // The demo's completed upload, which the documented examples name.
    const demoFile = await call(`/api/v1/uploads/${DEMO_UPLOAD.id}/file`, { headers: bearer(admin) });
    expect(await demoFile.text()).toBe(DEMO_UPLOAD.text);
  });

  it('round-trips a file of three chunks sent out of order (resumable), then copies it into an attachment', async () => {
    const file = bytesOf(2 * PART_BYTES + 5000, 3);
    const started = await initiate(admin, { fileName: 'scan.pdf', fileSize: file.byteLength, sha256: await sha(file) });
    const { uploadId, chunkSize } = (await started.json()) as { uploadId: string; chunkSize: number };
    expect(chunkSize).toBe(PART_BYTES);
    const piece = (n: number) => file.subarray((n - 1) * chunkSize, n * chunkSize);
    const third = await chunk(admin, uploadId, 3, 3, piece(3));
    expect(await third.json()).toEqual({
      uploadId,
      chunkOrder: 3,
      receivedSize: 5000,
      message: 'Chunk 3 uploaded successfully.',
      isLastChunk: false,
    });
    await chunk(admin, uploadId, 1, 3, piece(1));
    const status = (await (await call(`/api/v1/uploads/${uploadId}`, { headers: bearer(admin) })).json()) as Record<
      string,
      any
    >;
    expect(status.status).toBe('UPLOADING');
    expect(status.uploadedChunks).toEqual([
      { chunkOrder: 1, receivedSize: PART_BYTES },
      { chunkOrder: 3, receivedSize: 5000 },
    ]);
    const last = await chunk(admin, uploadId, 2, 3, piece(2));
    expect(((await last.json()) as { isLastChunk: boolean }).isLastChunk).toBe(true);
    expect(await (await call(`/api/v1/uploads/${uploadId}`, { headers: bearer(admin) })).json()).toMatchObject({
      status: 'COMPLETED',
      totalReceivedSize: file.byteLength,
    });
    const trail = await env.DB.prepare(
      "select json_extract(after, '$.status') as status from audit_log where table_name = 'atrium_uploads' and record_id = ? order by id",
    )
      .bind(uploadId)
      .all<{ status: string }>();
    expect(trail.results.map((r) => r.status)).toEqual([
      'INITIATED',
      'UPLOADING',
      'UPLOADING',
      'UPLOADING',
      'PROCESSING',
      'COMPLETED',
    ]);
    const got = await call(`/api/v1/uploads/${uploadId}/file`, { headers: bearer(admin) });
    expect(got.headers.get('content-type')).toBe('application/pdf');
    expectBytes(await bytesOfResponse(got), file);
    const asJson = (await (await call(`/api/v1/uploads/${uploadId}/file?json`, { headers: bearer(admin) })).json()) as {
      data: string;
    };
    expectBytes(new Uint8Array(Buffer.from(asJson.data, 'base64')), file);
    const pending = (await (await call('/api/v1/uploads', { headers: bearer(admin) })).json()) as {
      uploadId: string;
    }[];
    expect(pending.map((p) => p.uploadId)).not.toContain(uploadId);
    expect((await chunk(admin, uploadId, 1, 3, piece(1))).status).toBe(409);

    const copy = await call(`/api/v1/uploads/${uploadId}/copy`, {
      method: 'POST',
      ...json({ copyLocation: 'ATTACHMENT', tableName: 'C_Order', recordId: '1003' }, bearer(admin)),
    });
    expect(copy.status).toBe(200);
    expect(await copy.json()).toMatchObject({
      uploadId,
      tableName: 'C_Order',
      recordId: 1003,
      recordUU: expect.any(String),
      copyLocation: 'ATTACHMENT',
      fileName: 'scan.pdf',
      contentType: 'application/pdf',
      fileSize: file.byteLength,
    });
    const attached = await call('/api/v1/models/C_Order/1003/attachments/scan.pdf', { headers: bearer(admin) });
    expectBytes(await bytesOfResponse(attached), file);
    for (const [body, status] of [
      [{ copyLocation: '', tableName: '', recordId: '' }, 400],
      [{ copyLocation: 'SHELF', tableName: 'C_Order', recordId: '1003' }, 400],
      [{ copyLocation: 'ATTACHMENT' }, 400],
      [{ copyLocation: 'ARCHIVE', tableName: 'C_Order', recordId: '1003' }, 501],
    ] as const) {
      const res = await call(`/api/v1/uploads/${uploadId}/copy`, { method: 'POST', ...json(body, bearer(admin)) });
      expect(res.status).toBe(status);
    }
    const cancelled = await call(`/api/v1/uploads/${uploadId}`, { method: 'DELETE', headers: bearer(admin) });
    expect(await cancelled.json()).toEqual({ message: `Upload ${uploadId} canceled successfully.` });
    expect((await call(`/api/v1/uploads/${uploadId}`, { method: 'DELETE', headers: bearer(admin) })).status).toBe(400);
    expect((await call(`/api/v1/uploads/${uploadId}/file`, { headers: bearer(admin) })).status).toBe(400);
    // The attachment is a copy: cancelling the upload leaves it.
    expect((await call('/api/v1/models/C_Order/1003/attachments/scan.pdf', { headers: bearer(admin) })).status).toBe(
      200,
    );
  });

  it('refuses a chunk whose SHA-256 differs and stores nothing; a wrong whole-file hash fails the upload', async () => {
    const data = bytesOf(1000, 5);
    const started = await initiate(admin, { fileName: 'a.bin', fileSize: 1000, sha256: await sha(bytesOf(1000, 6)) });
    const { uploadId } = (await started.json()) as { uploadId: string };
    const before = await auditCount();
    const bad = await chunk(admin, uploadId, 1, 1, data, await sha(bytesOf(1000, 9)));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { detail: string }).detail).toContain('SHA-256 mismatch for chunk 1');
    expect(await auditCount()).toBe(before);
    const status = (await (await call(`/api/v1/uploads/${uploadId}`, { headers: bearer(admin) })).json()) as Record<
      string,
      any
    >;
    expect(status).toMatchObject({ status: 'INITIATED', uploadedChunks: [] });
    const whole = await chunk(admin, uploadId, 1, 1, data);
    expect(whole.status).toBe(400);
    expect(await (await call(`/api/v1/uploads/${uploadId}`, { headers: bearer(admin) })).json()).toMatchObject({
      status: 'FAILED',
      uploadedChunks: [],
    });
    expect((await chunk(admin, uploadId, 1, 1, data)).status).toBe(409);
    // Declared sizes must add up.
    const sized = (await (await initiate(admin, { fileName: 'b.bin', fileSize: 999 })).json()) as { uploadId: string };
    expect((await chunk(admin, sized.uploadId, 1, 1, data)).status).toBe(400);
    expect((await chunk(admin, sized.uploadId, 2, 1, data)).status).toBe(400);
    const headerless = await call(`/api/v1/uploads/${sized.uploadId}/chunks/1`, {
      method: 'PUT',
      headers: { ...bearer(admin), 'content-type': 'application/octet-stream' },
      body: data,
    });
    expect(headerless.status).toBe(400);
    expect((await chunk(admin, sized.uploadId, 1, 1, bytesOf(PART_BYTES + 1))).status).toBe(413);
  });

  it('expires an abandoned upload through the scheduled handler, and lazily on access', async () => {
    const data = bytesOf(3000, 8);
    const started = await initiate(admin, { fileName: 'abandoned.bin', fileSize: 6000, expiresInSeconds: 60 });
    const { uploadId } = (await started.json()) as { uploadId: string };
    await chunk(admin, uploadId, 1, 2, data);
    const partsOf = async () =>
      (
        await env.DB.prepare('select count(*) as n from atrium_file_parts where file_id = ?')
          .bind(uploadId)
          .first<{ n: number }>()
      )?.n;
    expect(await partsOf()).toBe(1);
    await tick(Date.now() + 30_000);
    expect((await call(`/api/v1/uploads/${uploadId}`, { headers: bearer(admin) })).status).toBe(200);
    expect(await partsOf()).toBe(1);
    await tick(Date.now() + 61_000);
    expect(await partsOf()).toBe(0);
    // The clock catches up with the job's tick: the session's time is up for requests too.
    await env.DB.prepare('update atrium_uploads set expires_at = expires_at - 61 where id = ?').bind(uploadId).run();
    const audit = await env.DB.prepare(
      "select count(*) as n from audit_log where table_name in ('atrium_uploads', 'atrium_files') and record_id = ? and user_id is null",
    )
      .bind(uploadId)
      .first<{ n: number }>();
    expect(audit?.n).toBe(2);
    const status = await call(`/api/v1/uploads/${uploadId}`, { headers: bearer(admin) });
    expect(await status.json()).toMatchObject({ status: 'FAILED', message: 'Upload session has expired.' });
    expect((await chunk(admin, uploadId, 2, 2, data)).status).toBe(410);
    // Past its retention, the session is gone.
    await tick(Date.now() + 8 * 24 * 3600_000);
    expect((await call(`/api/v1/uploads/${uploadId}`, { headers: bearer(admin) })).status).toBe(404);

    // Lazily: a session whose time is up fails on the next request, before any job ran.
    const lazy = (await (await initiate(admin, { fileName: 'lazy.bin' })).json()) as { uploadId: string };
    await chunk(admin, lazy.uploadId, 1, 2, data);
    await env.DB.prepare('update atrium_uploads set expires_at = expires_at - 100000 where id = ?')
      .bind(lazy.uploadId)
      .run();
    expect((await chunk(admin, lazy.uploadId, 2, 2, data)).status).toBe(410);
    expect(await (await call(`/api/v1/uploads/${lazy.uploadId}`, { headers: bearer(admin) })).json()).toMatchObject({
      status: 'FAILED',
      uploadedChunks: [],
    });
  });

  it('the periodic job removes a staged file never committed, and the attachments of a deleted record', async () => {
    const created = await call('/api/v1/models/C_BPartner', {
      method: 'POST',
      ...json({ Value: 'files-gone', Name: 'Gone Soon' }, bearer(admin)),
    });
    const { id } = (await created.json()) as { id: number };
    expect((await attach(admin, 'card.txt', bytesOf(10), `/api/v1/models/C_BPartner/${id}/attachments`)).status).toBe(
      201,
    );
    expect((await attach(admin, 'kept.txt', bytesOf(10), '/api/v1/models/C_BPartner/114/attachments')).status).toBe(
      201,
    );
    expect((await call(`/api/v1/models/C_BPartner/${id}`, { method: 'DELETE', headers: bearer(admin) })).status).toBe(
      200,
    );
    const owners = async () =>
      (
        await env.DB.prepare("select owner from atrium_files where owner like 'C_BPartner:%' order by owner").all<{
          owner: string;
        }>()
      ).results.map((r) => r.owner);
    // C_BPartner:118 holds the demo's attachment (src/core/files/demo.ts).
    expect(await owners()).toEqual([`C_BPartner:${id}`, 'C_BPartner:114', 'C_BPartner:118'].sort());
    await env.DB.prepare(
      "insert into atrium_files (id, tenant, owner, name, state, expires_at) values ('staged-1', 'client:11', 'C_Order:1001', 'x', 'staging', ?)",
    )
      .bind(Math.floor(Date.now() / 1000) + 10)
      .run();
    await tick(Date.now() + 20_000);
    expect(await env.DB.prepare("select id from atrium_files where id = 'staged-1'").first()).toBeNull();
    expect(await owners()).toEqual(['C_BPartner:114', 'C_BPartner:118']);
  });
});

describe('rights', () => {
  it('every route answers 401 without a token', async () => {
    const routes: [string, string][] = [
      ['GET', ORDER],
      ['POST', ORDER],
      ['DELETE', ORDER],
      ['GET', `${ORDER}/zip`],
      ['GET', `${ORDER}/a.txt`],
      ['DELETE', `${ORDER}/a.txt`],
      ['GET', '/api/v1/uploads'],
      ['POST', '/api/v1/uploads'],
      ['GET', '/api/v1/uploads/x'],
      ['DELETE', '/api/v1/uploads/x'],
      ['PUT', '/api/v1/uploads/x/chunks/1'],
      ['GET', '/api/v1/uploads/x/file'],
      ['POST', '/api/v1/uploads/x/copy'],
    ];
    for (const [method, path] of routes) {
      const res = await call(path, { method, ...(method === 'GET' || method === 'DELETE' ? {} : json({})) });
      expect(res.status, `${method} ${path}`).toBe(401);
    }
  });

  it('the read-only demo user reads attachments, writes nothing', async () => {
    const path = '/api/v1/models/C_Order/1001/attachments';
    expect((await call(path, { headers: bearer(demo) })).status).toBe(200);
    expect((await call(`${path}/order-notes.txt`, { headers: bearer(demo) })).status).toBe(200);
    const before = await auditCount();
    expect((await attach(demo, 'x.txt', bytesOf(5), path)).status).toBe(403);
    expect((await call(path, { method: 'DELETE', headers: bearer(demo) })).status).toBe(403);
    expect((await call(`${path}/order-notes.txt`, { method: 'DELETE', headers: bearer(demo) })).status).toBe(403);
    expect((await initiate(demo, { fileName: 'x.txt' })).status).toBe(403);
    const mine = (await (await initiate(admin, { fileName: 'y.txt' })).json()) as { uploadId: string };
    expect((await chunk(demo, mine.uploadId, 1, 1, bytesOf(5))).status).toBe(403);
    expect((await call(`/api/v1/uploads/${mine.uploadId}`, { method: 'DELETE', headers: bearer(demo) })).status).toBe(
      403,
    );
    // Another user's session does not exist for demo.
    expect((await call(`/api/v1/uploads/${mine.uploadId}`, { headers: bearer(demo) })).status).toBe(404);
    expect(await auditCount()).toBe(before + 1);
  });

  it("another tenant's records and uploads are missing", async () => {
    const ours = '/api/v1/models/C_Order/1001/attachments';
    expect((await call(ours, { headers: bearer(rival) })).status).toBe(404);
    expect((await call(`${ours}/order-notes.txt`, { headers: bearer(rival) })).status).toBe(404);
    expect((await call(`${ours}/zip`, { headers: bearer(rival) })).status).toBe(404);
    expect((await attach(rival, 'x.txt', bytesOf(5), ours)).status).toBe(404);
    expect((await call(ours, { method: 'DELETE', headers: bearer(rival) })).status).toBe(404);
    const theirs = '/api/v1/models/C_Order/9200/attachments';
    expect((await attach(rival, 'r.txt', bytesOf(5), theirs)).status).toBe(201);
    expect((await call(theirs, { headers: bearer(admin) })).status).toBe(404);
    expect((await call(`${theirs}/r.txt`, { headers: bearer(admin) })).status).toBe(404);
    const rivalUpload = await upload(rival, bytesOf(100), 'r.bin');
    expect((await call(`/api/v1/uploads/${rivalUpload}`, { headers: bearer(admin) })).status).toBe(404);
    expect((await call(`/api/v1/uploads/${rivalUpload}/file`, { headers: bearer(admin) })).status).toBe(404);
    const copy = await call(`/api/v1/uploads/${rivalUpload}/copy`, {
      method: 'POST',
      ...json({ copyLocation: 'ATTACHMENT', tableName: 'C_Order', recordId: '1001' }, bearer(rival)),
    });
    expect(copy.status).toBe(404);
    expect(await (await call(ours, { headers: bearer(admin) })).json()).toEqual({
      attachments: [{ name: 'order-notes.txt', contentType: 'text/plain' }],
    });
  });
});
