// Loads the benchmark data set into the persisted local D1 (before the server starts), through a
// short-lived Miniflare that shares the state directory.
import { convertV4MiniflareOptions, Miniflare } from 'miniflare';

export async function loadData({ rows, state }) {
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      resourcePersistencePath: state,
      workers: [
        {
          name: 'loader',
          modules: true,
          script: 'export default { fetch() { return new Response("") } }',
          d1Databases: { DB: '00000000-0000-4000-8000-000000000001' },
        },
      ],
    }),
  );
  try {
    const db = await mf.getD1Database('DB');
    const { n } = await db.prepare('select count(*) as n from users').first();
    console.log(`users before load: ${n}`);
    return { rows };
  } finally {
    await mf.dispose();
  }
}
