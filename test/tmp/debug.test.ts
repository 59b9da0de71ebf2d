import { it } from 'vitest';
import { call } from '../support/worker';
import { json, login } from '../faces/idempiere/helpers';

it('debug', async () => {
  const admin = (await login('admin', 'admin', 102)).token;
  const h = { authorization: `Bearer ${admin}` };
  const order = await (await call('/api/v1/models/C_Order/1004?$expand=C_OrderLine', { headers: h })).json() as any;
  const first = order.C_OrderLine[0];
  const res = await call('/api/v1/models/C_Order/1004', { method: 'PUT', ...json({ GrandTotal: 999, C_OrderLine: [{ M_Product_ID: 125, QtyEntered: 3 }, { id: first.id, '(delete)': true }, { id: first.id, '(delete)': true }] }, h) });
  console.log(res.status, await res.text());
  const r2 = await call('/api/v1/models/C_BP_Group', { method: 'POST', ...json({ Value: 'NEST2', Name: 'Nested group 2', C_BPartner: [{ Name: 'Nested partner', C_Order: [{ C_OrderLine: [{ M_Product_ID: 122 }, { M_Product_ID: 123 }] }] }] }, h) });
  console.log(r2.status, (await r2.text()).slice(0, 300));
});
