import { bearer, call, tokenFor } from '../../support/worker';

export async function dg(path: string, token: string | null, method = 'GET', body?: unknown) {
  const res = await call(path, {
    method,
    headers: { ...(token ? bearer(token) : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { res, status: res.status, body: text ? (JSON.parse(text) as any) : null };
}

export const adminToken = () => tokenFor('admin');
export const demoToken = () => tokenFor('demo');
