import { bearer, call } from '../../support/worker';

export async function ly(path: string, token: string | null, method = 'GET', body?: unknown) {
  const res = await call(path, {
    method,
    headers: { ...(token ? bearer(token) : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: any = text;
  try {
    parsed = JSON.parse(text);
  } catch {}
  return { res, status: res.status, body: parsed };
}

export async function loginLiberty(user: string, password: string, mode = 'session'): Promise<string> {
  const r = await ly(`/api/auth/token?pool=default&mode=${mode}&type=database`, null, 'POST', { user, password });
  if (r.status !== 200) throw new Error(`login ${user}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.access_token;
}
