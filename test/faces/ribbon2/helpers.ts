import { call } from '../../support/worker';

export async function r2Login(login: string, password: string): Promise<string> {
  const res = await call('/auth', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  if (res.status !== 200) throw new Error(`login ${login}: ${res.status}`);
  return res.text();
}

export function r2(token: string, method = 'GET', body?: unknown): RequestInit {
  return {
    method,
    headers: { 'x-ribbon2-auth': token, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  };
}

export async function r2call(path: string, token: string, method = 'GET', body?: unknown) {
  const res = await call(path, r2(token, method, body));
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as any) : null };
}
