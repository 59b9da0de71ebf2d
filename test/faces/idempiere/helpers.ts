import { bearer, call } from '../../support/worker';

export const json = (body: unknown, headers: Record<string, string> = {}) => ({
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

/** Both login phases as a client does them; answers the API token. */
export async function login(
  userName: string,
  password: string,
  roleId: number,
): Promise<{ token: string; refresh: string; userId: number }> {
  const first = await call('/api/v1/auth/tokens', { method: 'POST', ...json({ userName, password }) });
  if (first.status !== 200) throw new Error(`login failed: ${first.status}`);
  const { token } = (await first.json()) as { token: string };
  const second = await call('/api/v1/auth/tokens', {
    method: 'PUT',
    ...json({ clientId: 11, roleId, organizationId: 11, warehouseId: 103, language: 'en_US' }, bearer(token)),
  });
  if (second.status !== 200) throw new Error(`login phase 2 failed: ${second.status} ${await second.text()}`);
  const body = (await second.json()) as { token: string; refresh_token: string; userId: number };
  return { token: body.token, refresh: body.refresh_token, userId: body.userId };
}

export async function get(path: string, token?: string) {
  const res = await call(path, { headers: token ? bearer(token) : {} });
  return { res, body: (await res.json()) as Record<string, any> };
}
