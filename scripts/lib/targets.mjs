// The parameters that reach SQL (for sqlmap) and the soak mix (reads and writes on all four faces).
const bearer = (t) => ({ Authorization: `Bearer ${t}` });

export function sqlTargets(t) {
  const demo = { 'x-ribbon2-auth': t.demo };
  return [
    {
      face: 'iDempiere',
      path: "/api/v1/models/C_BPartner?$filter=Name%20eq%20'Joe%20Block'",
      param: '$filter',
      headers: bearer(t.idempiere),
    },
    {
      face: 'iDempiere',
      path: '/api/v1/models/C_BPartner?$orderby=Name',
      param: '$orderby',
      headers: bearer(t.idempiere),
    },
    {
      face: 'iDempiere',
      path: '/api/v1/models/C_BPartner?$select=Name',
      param: '$select',
      headers: bearer(t.idempiere),
    },
    {
      face: 'iDempiere',
      path: '/api/v1/models/C_Order?$expand=C_OrderLine',
      param: '$expand',
      headers: bearer(t.idempiere),
    },
    {
      face: 'iDempiere',
      path: '/api/v1/models/C_BPartner?$valrule=1&$context=C_BP_Group_ID:104',
      param: '$context',
      headers: bearer(t.idempiere),
    },
    {
      face: 'Liberty',
      path: '/api/db/query?query=1&q=%5B%7B%22DD_ID%22%3A%7B%22like%22%3A%22ACT%25%22%7D%7D%5D',
      param: 'q',
      headers: bearer(t.liberty),
    },
    {
      face: 'Liberty',
      path: '/api/db/query?query=2&params=%7B%22MIN_ID%22%3A1%7D',
      param: 'params',
      headers: bearer(t.liberty),
    },
    {
      face: 'DATAGERRY',
      path: '/rest/objects/?filter=%7B%22public_id%22%3A1%7D',
      param: 'filter',
      headers: bearer(t.datagerry),
    },
    { face: 'DATAGERRY', path: '/rest/objects/?sort=public_id', param: 'sort', headers: bearer(t.datagerry) },
    {
      face: 'DATAGERRY',
      path: '/rest/objects/?projection=%7B%22public_id%22%3A1%7D',
      param: 'projection',
      headers: bearer(t.datagerry),
    },
    { face: 'Ribbon2', path: '/api/message?orderBy=id', param: 'orderBy', headers: demo },
    { face: 'Ribbon2', path: '/api/message?tag=welcome', param: 'tag', headers: demo },
    { face: 'Ribbon2', path: '/api/message?directory=System', param: 'directory', headers: demo },
  ];
}

export function soakMix(base, t) {
  const get = (path, headers) => () => fetch(`${base}${path}`, { headers });
  const send = (method, path, headers, body) => () =>
    fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(typeof body === 'function' ? body() : body),
    });
  let n = 0;
  const marker = `soak-${Date.now()}`;
  const ops = [
    {
      name: 'iDempiere list',
      run: get('/api/v1/models/C_BPartner?$filter=IsActive%20eq%20true&$top=20', bearer(t.idempiere)),
    },
    {
      name: 'iDempiere insert',
      write: true,
      run: send('POST', '/api/v1/models/C_BPartner', bearer(t.idempiere), () => ({
        Value: `S${n++}`,
        Name: `${marker} ${n}`,
      })),
    },
    { name: 'Liberty query', run: get('/api/db/query?query=1&limit=50', bearer(t.liberty)) },
    { name: 'DATAGERRY objects', run: get('/rest/objects/?limit=20&view=render', bearer(t.datagerry)) },
    {
      name: 'DATAGERRY insert',
      write: true,
      run: send('POST', '/rest/objects/', bearer(t.datagerry), () => ({
        type_id: 1,
        fields: [{ name: 'hostname', value: `${marker}-${n++}` }],
      })),
    },
    { name: 'Ribbon2 messages', run: get('/api/message?size=30', { 'x-ribbon2-auth': t.demo }) },
    {
      name: 'Ribbon2 post',
      write: true,
      run: send('POST', '/api/message', { 'x-ribbon2-auth': t.ribbon2 }, () => ({
        directories: ['System'],
        header: `${marker} ${n++}`,
        tags: [marker],
      })),
    },
  ];
  async function countWrites() {
    const partners = await (
      await fetch(
        `${base}/api/v1/models/C_BPartner?$filter=${encodeURIComponent(`startswith(Name, '${marker}')`)}&$top=1`,
        { headers: bearer(t.idempiere) },
      )
    ).json();
    const objects = await (
      await fetch(
        `${base}/rest/objects/?limit=1&filter=${encodeURIComponent(JSON.stringify({ 'fields.hostname': { $regex: `^${marker}` } }))}`,
        { headers: bearer(t.datagerry) },
      )
    ).json();
    const messages = await (
      await fetch(`${base}/api/message?size=1&tag=${encodeURIComponent(marker)}`, {
        headers: { 'x-ribbon2-auth': t.ribbon2 },
      })
    ).json();
    return (partners['row-count'] ?? 0) + (objects.total ?? 0) + (messages.totalCount ?? 0);
  }
  return { ops, countWrites };
}
