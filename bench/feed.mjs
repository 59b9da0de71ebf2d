// The live-feed scenario (issue 17), run by bench/run.mjs (`--only=feed` runs it alone, `--feed=false`
// skips it): SUBSCRIBERS WebSockets (spread over USERS users, so each event costs USERS reads) follow one
// Ribbon2 directory through /api/message/stream. Measured:
// - delivery: messages written one by one; for each, the time from the write's start to its arrival at
//   every subscriber (p50, p99, max over all arrivals; target p99 ≤ 1 s), and how many never arrived;
// - the writes' own latency at a steady rate (RATE writes/s for SECONDS s, into the same directory),
//   without subscribers and then while all of them listen (and receive every write): publishing runs after
//   the response (waitUntil), so the target is p50 and p99 within 10 % of the run without subscribers.
import { fetchRetry } from './scenarios.mjs';

const SUBSCRIBERS = 1000;
const USERS = 10;
const MESSAGES = 20;
const GAP_MS = 250;
const RATE = 10;
const SECONDS = 10;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const quantile = (xs, q) => {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};

async function post(base, path, body, token) {
  const res = await fetchRetry(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { 'x-ribbon2-auth': token } : {}) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res;
}

/** Writes at a steady rate (not waiting for one another) and answers each write's latency in ms. */
async function steadyWrites(base, token, directory, label) {
  const latencies = [];
  const pending = [];
  const start = performance.now();
  for (let i = 0; i < RATE * SECONDS; i++) {
    const due = start + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    pending.push(
      (async () => {
        const t0 = performance.now();
        await post(base, '/api/message', { directories: [directory], header: `${label} ${i}` }, token);
        latencies.push(performance.now() - t0);
      })(),
    );
  }
  await Promise.all(pending);
  return { p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), count: latencies.length };
}

/** Opens one subscriber; resolves once the socket is open. Arrivals are recorded in `arrivals` by uid. */
function subscribe(base, directory, token, arrivals) {
  const url = `${base.replace(/^http/, 'ws')}/api/message/stream?directory=${encodeURIComponent(directory)}&token=${encodeURIComponent(token)}`;
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.addEventListener('open', () => resolve(ws), { once: true });
    ws.addEventListener('error', () => reject(new Error('subscriber failed to connect')), { once: true });
    ws.addEventListener('message', (event) => {
      const at = performance.now();
      const { id } = JSON.parse(String(event.data));
      // Recorded even when it beats the write's own answer to the writer.
      const list = arrivals.get(id) ?? [];
      list.push(at);
      arrivals.set(id, list);
    });
  });
}

export async function measureFeed({ atrium }) {
  const admin = await (await post(atrium, '/auth', { login: 'admin', password: 'admin' })).text();
  const directory = `BenchFeed${Date.now()}`;
  await post(atrium, '/api/directory', { fullName: directory }, admin);
  const tokens = [];
  for (let u = 0; u < USERS; u++) {
    const login = `feed-${Date.now()}-${u}`;
    await post(atrium, '/api/user', { login, password: `${login}-pw` }, admin);
    tokens.push(await (await post(atrium, '/auth', { login, password: `${login}-pw` })).text());
  }

  const quiet = await steadyWrites(atrium, admin, directory, 'quiet');

  const arrivals = new Map();
  const connectStart = performance.now();
  const sockets = [];
  // In waves of 100: each connect is an authenticated request through the Worker to the topic's object.
  for (let i = 0; i < SUBSCRIBERS; i += 100)
    sockets.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(100, SUBSCRIBERS - i) }, (_, k) =>
          subscribe(atrium, directory, tokens[(i + k) % USERS], arrivals),
        ),
      )),
    );
  const connectMs = performance.now() - connectStart;

  const sent = new Map();
  for (let m = 0; m < MESSAGES; m++) {
    const t0 = performance.now();
    const res = await post(atrium, '/api/message', { directories: [directory], header: `feed ${m}` }, admin);
    const { uid } = await res.json();
    sent.set(uid, t0);
    await sleep(GAP_MS);
  }
  const deadline = performance.now() + 5000;
  const expected = SUBSCRIBERS * MESSAGES;
  const count = () => [...sent.keys()].reduce((n, uid) => n + (arrivals.get(uid)?.length ?? 0), 0);
  while (count() < expected && performance.now() < deadline) await sleep(50);
  const delays = [...sent].flatMap(([uid, t0]) => (arrivals.get(uid) ?? []).map((at) => at - t0));

  const listening = await steadyWrites(atrium, admin, directory, 'listening');
  for (const ws of sockets) ws.close(1000, 'done');

  return {
    subscribers: SUBSCRIBERS,
    users: USERS,
    messages: MESSAGES,
    connectMs,
    delivered: delays.length,
    expected,
    delivery: { p50: quantile(delays, 0.5), p99: quantile(delays, 0.99), max: Math.max(...delays) },
    writes: { rate: RATE, seconds: SECONDS, quiet, listening },
  };
}

export function renderFeed(result) {
  if (!result) return [];
  const fmt = (n, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');
  const ratio = (key) => result.writes.listening[key] / result.writes.quiet[key];
  const deliveryMet = result.delivery.p99 <= 1000 && result.delivered === result.expected;
  const writesMet = ratio('p50') <= 1.1 && ratio('p99') <= 1.1;
  return [
    '## Live feed (1,000 subscribers on one topic)',
    '',
    `${result.subscribers} WebSockets on one Ribbon2 directory (\`/api/message/stream\`), spread over ${result.users} users (one read per user and event); connected in ${fmt(result.connectMs)} ms. ${result.messages} messages written one by one, ${GAP_MS} ms apart.`,
    '',
    '| measure | value | target |',
    '| --- | ---: | --- |',
    `| arrivals | ${result.delivered} of ${result.expected} | all ${deliveryMet ? 'met' : 'MISSED'} |`,
    `| write start → arrival p50 ms | ${fmt(result.delivery.p50, 1)} | |`,
    `| write start → arrival p99 ms | ${fmt(result.delivery.p99, 1)} | ≤ 1000 ${deliveryMet ? 'met' : 'MISSED'} |`,
    `| write start → arrival max ms | ${fmt(result.delivery.max, 1)} | |`,
    `| write p50 ms, no subscribers / listening | ${fmt(result.writes.quiet.p50, 2)} / ${fmt(result.writes.listening.p50, 2)} (${fmt(ratio('p50'), 2)}x) | ≤ 1.10x ${writesMet ? 'met' : 'MISSED'} |`,
    `| write p99 ms, no subscribers / listening | ${fmt(result.writes.quiet.p99, 2)} / ${fmt(result.writes.listening.p99, 2)} (${fmt(ratio('p99'), 2)}x) | ≤ 1.10x ${writesMet ? 'met' : 'MISSED'} |`,
    '',
    `Writes: ${result.writes.rate} message creations per second for ${result.writes.seconds} s into the same directory, first without subscribers, then while all ${result.subscribers} listen (each write reaches all of them).`,
  ];
}
