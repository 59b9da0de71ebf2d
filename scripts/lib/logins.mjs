// Logs in on the four faces of a running server as the demo users (local dev data), as clients would.
async function post(base, path, body, headers = {}) {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res;
}

export async function loginAll(base) {
  const liberty = (
    await (await post(base, '/api/auth/token?mode=framework', { user: 'admin', password: 'admin' })).json()
  ).access_token;
  const first = (await (await post(base, '/api/v1/auth', { userName: 'admin', password: 'admin' })).json()).token;
  const idempiere = (
    await (
      await fetch(`${base}/api/v1/auth`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${first}` },
        body: JSON.stringify({ clientId: 11, roleId: 102, organizationId: 11, warehouseId: 103 }),
      })
    ).json()
  ).token;
  const datagerry = (await (await post(base, '/rest/auth/login', { user_name: 'admin', password: 'admin' })).json())
    .token;
  const ribbon2 = await (await post(base, '/auth', { login: 'admin', password: 'admin' })).text();
  const demo = await (await post(base, '/auth', { login: 'demo', password: 'demo' })).text();
  return { liberty, idempiere, datagerry, ribbon2, demo };
}
