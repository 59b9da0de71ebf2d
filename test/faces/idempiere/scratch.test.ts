import { beforeAll, it } from 'vitest';
import { bearer, call } from '../../support/worker';
import { json, login } from './helpers';

let admin: string;
beforeAll(async () => {
  admin = (await login('admin', 'admin', 102)).token;
});
const show = async (path: string, init: RequestInit = {}) => {
  const res = await call(path, { ...init, headers: { ...bearer(admin), ...(init.headers ?? {}) } });
  console.log(init.method ?? 'GET', path, res.status, (await res.text()).slice(0, 1500));
};
it('scratch', async () => {
  await show('/api/v1/windows?$filter=' + encodeURIComponent("name eq 'Bank/Cash'"));
  await show('/api/v1/windows/bank-cash/tabs');
  await show('/api/v1/windows/bank-cash/tabs/bank-cash/fields');
  await show('/api/v1/windows/bank-cash');
  await show('/api/v1/windows/bank-cash/100?$expand=account');
  await show('/api/v1/windows/bank-cash/tabs/account/100/bank-account-document');
  await show('/api/v1/windows/bank-cash/tabs/bank-account-document/100');
  await show('/api/v1/windows/bank-cash/tabs/bank-account-document/100', { method: 'PUT', ...json({ id: 100, name: 'My Check Book' }) });
  await show('/api/v1/windows/bank-cash/tabs/account/100/bank-account-document', { method: 'POST', ...json({ AD_Org_ID: { identifier: 'HQ' }, name: 'My Check Book 2', isActive: true, paymentRule: { id: 'S' }, currentNext: 1000, Check_PrintFormat_ID: { id: 124 } }) });
  await show('/api/v1/windows/bank-cash/tabs/bank-account-document/1000000', { method: 'DELETE' });
  await show('/api/v1/windows/sales-order', { method: 'POST', ...json({ isSOTrx: true, C_DocTypeTarget_ID: { identifier: 'Standard Order' }, C_BPartner_ID: { identifier: 'C&W Construction' }, deliveryViaRule: 'P', 'order-line': [{ M_Product_ID: { identifier: 'Azalea Bush' }, qtyEntered: 1 }], 'doc-action': 'CO' }) });
  await show('/api/v1/windows/sales-order?$save=false', { method: 'POST', ...json({ isSOTrx: true, C_DocTypeTarget_ID: { identifier: 'Standard Order' }, C_BPartner_ID: { identifier: 'C&W Construction' } }) });
});
