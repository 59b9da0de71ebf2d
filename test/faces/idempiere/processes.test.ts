import { createScheduledController, env, runDurableObjectAlarm } from 'cloudflare:test';
import { Buffer } from 'node:buffer';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGroup } from '../../../src/core/identity/groups';
import { createUser } from '../../../src/core/identity/users';
import { nodeId } from '../../../src/core/processes/node';
import worker from '../../../src/index';
import { processStub } from '../../../src/lib/do-stubs';
import { SYSTEM } from '../../support/actors';
import { readPdf } from '../../support/pdf';
import { bearer, call, orm } from '../../support/worker';
import { json, login } from './helpers';

/**
 * Processes, files, print, servers, nodes and tasks (docs/faces/idempiere.md): the reference's requests,
 * a report run end to end (parameters → output file → /files), a print that parses as a PDF, background
 * jobs through their Durable Object, a scheduler run from a scheduled event, and refusals.
 */

let admin: string;
let demo: string;
/** GardenWorld's rival: client 12, an all-tables role with process access to the reports and prints. */
let rival: string;

const run = (slug: string, body: unknown, token = admin) =>
  call(`/api/v1/processes/${slug}`, { method: 'POST', ...json(body, bearer(token)) });

/** Lets a queued job's alarm run (it may have fired already) and waits until its Durable Object is idle. */
async function settle(instanceId: number) {
  const stub = processStub(env, `default:${instanceId}`);
  await runDurableObjectAlarm(stub);
  for (let i = 0; i < 200 && (await stub.pending()); i++) await runDurableObjectAlarm(stub);
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
      'insert into AD_Process_Access (AD_Process_ID, AD_Role_ID) select AD_Process_ID, 112 from AD_Process where AD_Process_ID in (110, 116, 119, 200)',
    ),
  ]);
  const group = await createGroup(
    orm(),
    { name: 'Rival Admin', rights: ['base.framework.record.*', 'base.system.view'] },
    SYSTEM,
  );
  await createUser(orm(), { login: 'rival-procs', password: 'rival-pass-1', groupId: group.id }, SYSTEM);
  const res = await call('/api/v1/auth/tokens', {
    method: 'POST',
    ...json({
      userName: 'rival-procs',
      password: 'rival-pass-1',
      parameters: { clientId: 12, roleId: 112, organizationId: 21 },
    }),
  });
  rival = ((await res.json()) as { token: string }).token;
});

describe('/processes', () => {
  it('lists and describes processes as the role may see them (the reference examples)', async () => {
    const all = await call('/api/v1/processes', { headers: bearer(admin) });
    expect(all.status).toBe(200);
    const { processes } = (await all.json()) as { processes: { slug: string; Value: string; IsReport: boolean }[] };
    expect(processes.map((p) => p.slug)).toEqual(
      expect.arrayContaining(['rv_bpartneropen', 'rv_orderdetail', 'rpt-c_order', 'c_order-process']),
    );
    const mine = (await (await call('/api/v1/processes', { headers: bearer(demo) })).json()) as {
      processes: { slug: string }[];
    };
    expect(mine.processes.map((p) => p.slug)).not.toContain('c_order-process');
    const filtered = await call(`/api/v1/processes?filter=${encodeURIComponent("contains(Name,'Order')")}`, {
      headers: bearer(admin),
    });
    expect(((await filtered.json()) as { processes: unknown[] }).processes.length).toBeGreaterThan(0);

    const one = await call('/api/v1/processes/rv_bpartneropen', { headers: bearer(admin) });
    expect(one.status).toBe(200);
    const described = (await one.json()) as Record<string, any>;
    expect(described).toMatchObject({ 'model-name': 'ad_process', slug: 'rv_bpartneropen', IsReport: true });
    expect(described.parameters.map((p: { parameterName: string }) => p.parameterName)).toEqual([
      'C_BPartner_ID',
      'DateInvoiced',
    ]);
    expect((await call('/api/v1/processes/no-such-process', { headers: bearer(admin) })).status).toBe(404);
    expect((await call('/api/v1/processes/c_order-process', { headers: bearer(demo) })).status).toBe(403);
    expect((await call('/api/v1/processes')).status).toBe(401);
  });

  it('runs a report end to end: parameters, ProcessInfo with the file, the same bytes through /files', async () => {
    const res = await run('rv_orderdetail', { C_BPartner_ID: '114,115,116', 'report-type': 'HTML' });
    expect(res.status).toBe(200);
    const info = (await res.json()) as Record<string, any>;
    expect(info).toMatchObject({ process: 'rv_orderdetail', isError: false, nodeId: nodeId(env) });
    expect(info.exportFileName).toMatch(/^Order_Detail_\d+\.html$/);
    const html = Buffer.from(info.exportFile, 'base64').toString();
    expect(html).toContain('<h1>Order Detail</h1>');
    expect(info.exportFileLength).toBe(Buffer.from(info.exportFile, 'base64').length);
    const file = await call(`/api/v1/files?fileName=${info.exportFileName}&length=${info.exportFileLength}`, {
      headers: bearer(admin),
    });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('text/html');
    expect(await file.text()).toBe(html);
    const asJson = await call(
      `/api/v1/files?fileName=${info.exportFileName}&length=${info.exportFileLength}&json=true`,
      {
        headers: bearer(admin),
      },
    );
    expect(((await asJson.json()) as { data: string }).data).toBe(info.exportFile);
    // A wrong length is refused, another user does not see the file, no token is a 401.
    expect(
      (await call(`/api/v1/files?fileName=${info.exportFileName}&length=1`, { headers: bearer(admin) })).status,
    ).toBe(403);
    expect(
      (
        await call(`/api/v1/files?fileName=${info.exportFileName}&length=${info.exportFileLength}`, {
          headers: bearer(demo),
        })
      ).status,
    ).toBe(404);
    expect((await call(`/api/v1/files?fileName=${info.exportFileName}&length=${info.exportFileLength}`)).status).toBe(
      401,
    );

    const csv = (await (await run('rv_orderdetail', { 'report-type': 'CSV' }, demo)).json()) as Record<string, any>;
    expect(csv.isError).toBe(false);
    expect(Buffer.from(csv.exportFile, 'base64').toString().split('\r\n')[0]).toBe(
      'Document No,Date,Status,Business Partner,Line,Product,Quantity,Price,Amount',
    );
    const pdf = (await (await run('rv_orderdetail', { 'report-type': 'PDF' })).json()) as Record<string, any>;
    expect(pdf.reportFileName).toMatch(/\.pdf$/);
    expect((await readPdf(Buffer.from(pdf.reportFile, 'base64'))).text).toContain('Order Detail');
  });

  it('refuses bad parameters with a 400 and writes no instance', async () => {
    const before = await env.DB.prepare('select count(*) as n from AD_PInstance').first<{ n: number }>();
    const bad = await run('rv_orderdetail', { DateOrdered: 'yesterday' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ title: 'Bad request', status: 400 });
    expect((await run('rv_orderdetail', { 'report-type': 'XLS' })).status).toBe(400);
    const after = await env.DB.prepare('select count(*) as n from AD_PInstance').first<{ n: number }>();
    expect(after?.n).toBe(before?.n);
  });

  it("runs an order's document action through the workflow; a read-only user changes nothing", async () => {
    const created = await call('/api/v1/models/C_Order', {
      method: 'POST',
      ...json({ C_BPartner_ID: 114 }, bearer(admin)),
    });
    const orderId = ((await created.json()) as { id: number }).id;
    const denied = await run('c_order-process', { 'record-id': orderId, DocAction: 'CO' }, demo);
    expect(denied.status).toBe(403);
    const done = (await (await run('c_order-process', { 'record-id': orderId, DocAction: 'CO' })).json()) as Record<
      string,
      any
    >;
    expect(done).toMatchObject({ isError: false });
    expect(done.summary).toMatch(/completed/);
    const status = (id: number) =>
      env.DB.prepare('select DocStatus as s from C_Order where C_Order_ID = ?').bind(id).first<{ s: string }>();
    expect((await status(orderId))?.s).toBe('CO');
    const again = (await (await run('c_order-process', { 'record-id': orderId, DocAction: 'CO' })).json()) as Record<
      string,
      any
    >;
    expect(again.isError).toBe(true);
    const voided = (await (await run('c_order-process', { 'record-id': 1003, DocAction: 'VO' })).json()) as Record<
      string,
      any
    >;
    expect(voided.isError).toBe(false);
    expect((await status(1003))?.s).toBe('VO');
    const audit = await env.DB.prepare(
      "select count(*) as n from audit_log where table_name = 'AD_PInstance' and record_id = ?",
    )
      .bind(String(done.AD_PInstance_ID))
      .first<{ n: number }>();
    expect(audit?.n).toBe(2);
  });

  it('generates invoices from completed orders once; prints the invoice; lists it as an open item', async () => {
    const created = await call('/api/v1/models/C_Order', {
      method: 'POST',
      ...json(
        {
          C_BPartner_ID: 117,
          C_OrderLine: [
            { M_Product_ID: 122, QtyEntered: 3, PriceEntered: 12.5 },
            { M_Product_ID: 123, QtyEntered: 1, PriceEntered: 40 },
          ],
        },
        bearer(admin),
      ),
    });
    expect(created.status).toBe(201);
    const orderId = ((await created.json()) as { id: number }).id;
    const generate = async (body: object, token = admin) => (await run('c_invoice_generate', body, token)).json();
    // A drafted order is not invoiced; the read-only demo role has no access to the process.
    expect(await generate({ C_Order_ID: orderId })).toMatchObject({ isError: false, summary: 'Invoices generated: 0' });
    expect((await run('c_invoice_generate', { C_Order_ID: orderId }, demo)).status).toBe(403);
    await run('c_order-process', { 'record-id': orderId, DocAction: 'CO' });
    // Another tenant's run does not reach the order.
    expect(await generate({ C_Order_ID: orderId }, rival)).toMatchObject({ summary: 'Invoices generated: 0' });

    const info = (await generate({ C_Order_ID: orderId, DateInvoiced: '2026-01-15' })) as Record<string, any>;
    expect(info).toMatchObject({ isError: false, summary: 'Invoices generated: 1' });
    expect(info.logs[0].msg).toMatch(/^Invoice \d+ of order \d+: 2 lines, 77\.50$/);
    const invoice = await env.DB.prepare(
      `select C_Invoice_ID as id, DocumentNo as documentNo, DocStatus as status, C_DocType_ID as docType, TotalLines as lines,
         DateInvoiced as date, C_BPartner_Location_ID as location, CreatedBy as createdBy,
         (select count(*) from C_InvoiceLine l where l.C_Invoice_ID = i.C_Invoice_ID) as lineCount
       from C_Invoice i where C_Order_ID = ?`,
    )
      .bind(orderId)
      .first<Record<string, any>>();
    expect(invoice).toMatchObject({ status: 'CO', docType: 116, lines: 77.5, lineCount: 2, location: 117 });
    expect(invoice?.date).toMatch(/^2026-01-15/);
    expect(invoice?.id).toBeGreaterThanOrEqual(1000000);
    const order = await env.DB.prepare(
      'select IsInvoiced as invoiced, (select sum(QtyOrdered - QtyInvoiced) from C_OrderLine where C_Order_ID = ?) as open from C_Order where C_Order_ID = ?',
    )
      .bind(orderId, orderId)
      .first<{ invoiced: number; open: number }>();
    expect(order).toEqual({ invoiced: 1, open: 0 });
    const audited = await env.DB.prepare(
      "select count(*) as n from audit_log where table_name = 'C_Invoice' and record_id = ? and action = 'INSERT'",
    )
      .bind(String(invoice?.id))
      .first<{ n: number }>();
    expect(audited?.n).toBe(1);
    // Once invoiced, nothing is left to invoice (the demo's invoiced orders neither).
    expect(await generate({})).toMatchObject({ summary: 'Invoices generated: 0' });

    const printed = (await (
      await call(`/api/v1/models/c_invoice/${invoice?.id}/print`, { headers: bearer(admin) })
    ).json()) as Record<string, any>;
    expect(printed).toMatchObject({ process: 'rpt-c_invoice', isError: false });
    const address = await env.DB.prepare(
      'select l.Address1 as street, l.City as city from C_BPartner_Location bl join C_Location l on l.C_Location_ID = bl.C_Location_ID where bl.C_BPartner_Location_ID = 117',
    ).first<{ street: string; city: string }>();
    const { text } = await readPdf(Buffer.from(printed.reportFile, 'base64'));
    expect(text).toContain(`Invoice ${invoice?.documentNo}`);
    expect(text).toContain(String(address?.street));
    expect(text).toContain(String(address?.city));
    expect(text).toContain('77.50');

    const open = (await (await run('rv_bpartneropen', { C_BPartner_ID: 117, 'report-type': 'CSV' })).json()) as Record<
      string,
      any
    >;
    const csv = Buffer.from(open.exportFile, 'base64').toString().split('\r\n');
    expect(csv[0]).toBe('Partner No,Business Partner,Document No,Date Invoiced,Days Due,Open Amount,Currency');
    expect(csv.some((row) => row.includes(`,${invoice?.documentNo},2026-01-15,`) && row.includes('77.50'))).toBe(true);
    // The rival's open items hold none of GardenWorld's invoices.
    const theirs = (await (await run('rv_bpartneropen', { 'report-type': 'CSV' }, rival)).json()) as Record<
      string,
      any
    >;
    expect(theirs.summary).toMatch(/^0 open invoices/);
  });

  it('keeps another tenant out: processes, prints, jobs, files, servers', async () => {
    const listed = (await (await call('/api/v1/processes', { headers: bearer(rival) })).json()) as {
      processes: { slug: string }[];
    };
    expect(listed.processes.map((p) => p.slug).sort()).toEqual([
      'c_invoice_generate',
      'rpt-c_invoice',
      'rpt-c_order',
      'rv_bpartneropen',
    ]);
    expect((await call('/api/v1/models/c_order/1001/print', { headers: bearer(rival) })).status).toBe(404);
    expect((await run('rpt-c_order', { 'record-id': 1001 }, rival)).status).toBe(404);
    const mine = (await (await run('rv_orderdetail', { 'report-type': 'CSV' })).json()) as Record<string, any>;
    const file = `/api/v1/files?fileName=${mine.exportFileName}&length=${mine.exportFileLength}`;
    expect((await call(file, { headers: bearer(rival) })).status).toBe(404);
    const queued = (await (
      await call('/api/v1/processes/jobs/rv_orderdetail', { method: 'POST', ...json({}, bearer(admin)) })
    ).json()) as { id: number };
    expect((await call(`/api/v1/processes/jobs/${queued.id}`, { headers: bearer(rival) })).status).toBe(404);
    await settle(queued.id);
    const servers = (await (await call('/api/v1/servers', { headers: bearer(rival) })).json()) as {
      servers: unknown[];
    };
    expect(servers.servers).toEqual([]);
    expect((await call('/api/v1/servers/Scheduler101', { headers: bearer(rival) })).status).toBe(404);
    expect((await call('/api/v1/servers/schedulers/101', { headers: bearer(rival) })).status).toBe(404);
    // Generic writes cannot forge runs or grant process access (security tables: base.* only).
    const forged = await call('/api/v1/models/AD_Process_Access', {
      method: 'POST',
      ...json({ AD_Process_ID: 104, AD_Role_ID: 112 }, bearer(rival)),
    });
    expect(forged.status).toBe(403);
    const own = (await (await run('rv_bpartneropen', { 'report-type': 'CSV' }, rival)).json()) as Record<string, any>;
    const instance = await call(`/api/v1/models/AD_PInstance/${own.AD_PInstance_ID}`, {
      method: 'PUT',
      ...json({ AD_User_ID: 100 }, bearer(rival)),
    });
    expect(instance.status).toBe(403);
  });

  it('runs a process as a background job in its Durable Object', async () => {
    const queued = await call('/api/v1/processes/jobs/rv_orderdetail', {
      method: 'POST',
      ...json({ 'report-type': 'CSV' }, bearer(admin)),
    });
    expect(queued.status).toBe(200);
    const job = (await queued.json()) as { id: number; processing: boolean };
    expect(job.processing).toBe(true);
    await settle(job.id);
    const done = (await (await call(`/api/v1/processes/jobs/${job.id}`, { headers: bearer(admin) })).json()) as Record<
      string,
      any
    >;
    expect(done).toMatchObject({ id: job.id, processing: false, isError: false });
    expect((await call(`/api/v1/processes/jobs/${job.id}`, { headers: bearer(demo) })).status).toBe(404);
  });
});

describe('print', () => {
  it('prints an order as a PDF with its document number and lines', async () => {
    const res = await call('/api/v1/models/c_order/1001/print', { headers: bearer(demo) });
    expect(res.status).toBe(200);
    const info = (await res.json()) as Record<string, any>;
    expect(info).toMatchObject({ process: 'rpt-c_order', isError: false });
    const { pages, text } = await readPdf(Buffer.from(info.reportFile, 'base64'));
    expect(pages).toBe(1);
    const documentNo = (
      await env.DB.prepare('select DocumentNo from C_Order where C_Order_ID = 1001').first<{ DocumentNo: string }>()
    )?.DocumentNo;
    expect(text).toContain(`Order ${documentNo}`);
    expect(text).toContain('Grand total');
    // The partner's bill-to address: street, postal code and city, country.
    const address = await env.DB.prepare(
      `select l.Address1 as street, l.Postal as postal, l.City as city, c.Name as country from C_Order o
       join C_BPartner_Location bl on bl.C_BPartner_Location_ID = o.Bill_Location_ID join C_Location l on l.C_Location_ID = bl.C_Location_ID
       join C_Country c on c.C_Country_ID = l.C_Country_ID where o.C_Order_ID = 1001`,
    ).first<Record<string, string>>();
    expect(address?.street).toBeTruthy();
    for (const part of [address?.street, `${address?.postal} ${address?.city}`, address?.country])
      expect(text).toContain(String(part));
    expect((await call('/api/v1/models/c_order/999999/print', { headers: bearer(admin) })).status).toBe(404);
    expect((await call('/api/v1/models/c_bpartner/114/print', { headers: bearer(admin) })).status).toBe(404);
    expect((await call('/api/v1/models/c_order/1001/print')).status).toBe(401);
  });
});

describe('/servers, schedulers and nodes', () => {
  it('shows schedulers as server jobs, toggles, runs and logs them', async () => {
    const list = (await (await call('/api/v1/servers', { headers: bearer(admin) })).json()) as {
      servers: { id: string }[];
    };
    expect(list.servers.map((s) => s.id)).toContain('Scheduler101');
    expect((await call('/api/v1/servers', { headers: bearer(demo) })).status).toBe(403);
    const one = (await (await call('/api/v1/servers/Scheduler101', { headers: bearer(admin) })).json()) as Record<
      string,
      any
    >;
    expect(one).toMatchObject({ id: 'Scheduler101', started: true, nodeId: nodeId(env) });
    const stopped = await call('/api/v1/servers/Scheduler101/state', { method: 'POST', headers: bearer(admin) });
    expect(((await stopped.json()) as { started: boolean }).started).toBe(false);
    expect((await call('/api/v1/servers/Scheduler101/state', { method: 'POST', headers: bearer(demo) })).status).toBe(
      403,
    );
    await call('/api/v1/servers/Scheduler101/state', { method: 'POST', headers: bearer(admin) });

    const got = (await (await call('/api/v1/servers/schedulers/100', { headers: bearer(admin) })).json()) as Record<
      string,
      any
    >;
    expect(got).toMatchObject({ id: 100, 'server-id': 'Scheduler100', 'scheduler-state': 'Not scheduled' });
    const added = await call('/api/v1/servers/schedulers/100', { method: 'POST', headers: bearer(admin) });
    expect(added.status).toBe(201);
    expect((await call('/api/v1/servers/schedulers/100', { method: 'POST', headers: bearer(admin) })).status).toBe(409);
    const removed = await call('/api/v1/servers/schedulers/100', { method: 'DELETE', headers: bearer(admin) });
    expect(((await removed.json()) as Record<string, unknown>)['scheduler-state']).toBe('Not scheduled');
    expect((await call('/api/v1/servers/reload', { method: 'POST', headers: bearer(admin) })).status).toBe(200);
    expect((await call('/api/v1/servers/Nope1', { headers: bearer(admin) })).status).toBe(404);
  });

  it('runs a due scheduler from a scheduled event and logs the run', async () => {
    await env.DB.prepare(
      "update AD_Scheduler set DateNextRun = '2000-01-01T00:00:00.000Z' where AD_Scheduler_ID = 101",
    ).run();
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: '*/15 * * * *' }), env);
    const instance = await env.DB.prepare(
      'select AD_PInstance_ID as id from AD_PInstance where AD_Scheduler_ID = 101 order by 1 desc',
    ).first<{
      id: number;
    }>();
    expect(instance).toBeTruthy();
    await settle(instance?.id ?? 0);
    const logs = (await (await call('/api/v1/servers/Scheduler101/logs', { headers: bearer(admin) })).json()) as {
      logs: { summary: string; error: boolean }[];
    };
    expect(logs.logs[0]).toMatchObject({ error: false });
    expect(logs.logs[0].summary).toMatch(/order lines/);
    const next = await env.DB.prepare('select DateNextRun as d from AD_Scheduler where AD_Scheduler_ID = 101').first<{
      d: string;
    }>();
    expect(Date.parse(next?.d ?? '')).toBeGreaterThan(Date.now());
  });

  it('answers the node and its log files from the log store; rotate and delete need the log rights', async () => {
    const nodes = (await (await call('/api/v1/nodes', { headers: bearer(admin) })).json()) as {
      nodes: { id: string }[];
    };
    expect(nodes.nodes).toHaveLength(1);
    const id = nodes.nodes[0].id;
    expect((await call(`/api/v1/nodes/${id}`, { headers: bearer(admin) })).status).toBe(200);
    expect((await call('/api/v1/nodes/not-a-node', { headers: bearer(admin) })).status).toBe(404);
    const logs = (await (await call(`/api/v1/nodes/${id}/logs`, { headers: bearer(admin) })).json()) as {
      logs: { fileName: string; fileSize: number }[];
    };
    expect(logs.logs.length).toBeGreaterThan(0);
    const file = await call(`/api/v1/nodes/${id}/logs/file?fileName=${logs.logs[0].fileName}`, {
      headers: bearer(admin),
    });
    expect(await file.text()).toContain('"category":"process"');
    const rotated = (await (
      await call(`/api/v1/nodes/${id}/logs/rotate`, { method: 'POST', headers: bearer(admin) })
    ).json()) as {
      currentLogFile: string;
    };
    expect(rotated.currentLogFile).toMatch(/^atrium-\d{4}-\d{2}-\d{2}\.1\.log$/);
    expect((await call(`/api/v1/nodes/${id}/logs`, { method: 'DELETE', headers: bearer(demo) })).status).toBe(403);
    expect((await call(`/api/v1/nodes/${id}/logs`, { method: 'DELETE', headers: bearer(admin) })).status).toBe(200);
  });

  it('lists and runs the built-in tasks', async () => {
    const tasks = (await (await call('/api/v1/tasks', { headers: bearer(admin) })).json()) as {
      tasks: { slug: string }[];
    };
    expect(tasks.tasks.map((t) => t.slug)).toContain('java-version');
    const ran = await call('/api/v1/tasks/java-version', { method: 'POST', headers: bearer(admin) });
    expect(await ran.json()).toMatchObject({ exitValue: 0, stdErr: '' });
    expect((await call('/api/v1/tasks/java-version', { method: 'POST', headers: bearer(demo) })).status).toBe(403);
    expect((await call('/api/v1/tasks/nope', { headers: bearer(admin) })).status).toBe(404);
  });
});
