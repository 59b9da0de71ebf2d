import { DurableObject } from 'cloudflare:workers';
import type { Principal } from '../core/identity/principal';
import { authenticateToken } from '../core/identity/tokens';
import { type FeedEvent, type FeedMessage, feedReader, type PublishAnswer, parseTopicKey } from '../core/ops/feed';
import { DataAccess } from '../db/data-access';

/** What each socket carries through hibernation (serializeAttachment): who listens, and how they read. */
interface Subscriber {
  token: string;
  /** Subscribers with the same key read alike: one read per event serves them all. */
  alike: string;
}

/** Sockets sent to before the delivery pauses for other work, and the pause (as measured in bench/results/feed.md). */
const SEND_SLICE = 10;
const SLICE_PAUSE_MS = 1;
/** How often a waiting delivery looks whether its turn has come, and when a turn counts as abandoned. */
const TURN_POLL_MS = 2;
const TURN_STALE_MS = 30_000;

/**
 * Quiet leases (core/ops/feed.ts): how long a Worker isolate may skip publishing to a topic without
 * subscribers; a lease is renewed (and stored) once less than half of it is left. A new subscriber waits
 * for the last lease granted to run out, plus a margin for Date.now(), which advances only on I/O.
 */
const QUIET_MS = 1000;
const QUIET_MARGIN_MS = 50;
const QUIET_KEY = 'quietUntil';

/** Close codes: the token no longer authenticates (expired, revoked, user disabled or deleted). */
export const FEED_CLOSE_UNAUTHENTICATED = 4401;

/**
 * One topic's live feed (core/ops/feed.ts): its subscribers are WebSockets accepted with the Hibernation API,
 * so idle subscribers cost nothing (the object may sleep; each socket's attachment survives). The Worker
 * authenticates a subscriber and checks it may follow the topic before it hands the upgrade over.
 *
 * `publish` runs per event and per group of subscribers that read alike: the group's tokens are
 * authenticated again (the per-isolate principal cache keeps that brief), then the core's read function
 * runs once for the group with that principal; the row goes to the group's sockets only if it may read it.
 * A deletion carries no row and goes to those who may still follow the topic and whose scope held the row
 * (the event's tenant: an iDempiere record's client and organisation).
 */
export class FeedDO extends DurableObject<Cloudflare.Env> {
  /**
   * Deliveries run one after the other, in the order published, by ticket: each publish call waits on its
   * own timer for its turn, never on the promise of an earlier call (that promise belongs to another
   * request's context). A turn not handed on within TURN_STALE_MS (its request was cancelled) is skipped.
   */
  private nextTicket = 0;
  private serving = 0;
  private servingSince = 0;
  /** Each socket's attachment, deserialized once while the object is awake (not once per event). */
  private readonly subscribers = new WeakMap<WebSocket, Subscriber>();
  /** When the last quiet lease granted runs out (this object's clock; stored, so it outlives eviction). */
  private quietUntil: number | undefined;
  /** Subscribers waiting for the leases to run out: while there are any, no lease is granted. */
  private joining = 0;

  private async loadQuiet(): Promise<number> {
    if (this.quietUntil === undefined) this.quietUntil = (await this.ctx.storage.get<number>(QUIET_KEY)) ?? 0;
    return this.quietUntil;
  }

  /**
   * A quiet lease for a publish that found no subscriber (none connected, none joining), decided and noted
   * without a pause in between, so a subscriber arriving meanwhile always sees it.
   */
  private async quietLease(): Promise<number | undefined> {
    await this.loadQuiet();
    if (this.joining > 0 || this.ctx.getWebSockets().length > 0) return undefined;
    const now = Date.now();
    const left = (this.quietUntil ?? 0) - now;
    if (left >= QUIET_MS / 2) return left;
    this.quietUntil = now + QUIET_MS;
    await this.ctx.storage.put(QUIET_KEY, this.quietUntil);
    return QUIET_MS;
  }

  private subscriberOf(ws: WebSocket): Subscriber | undefined {
    let sub = this.subscribers.get(ws);
    if (!sub) {
      sub = (ws.deserializeAttachment() as Subscriber | null) ?? undefined;
      if (sub) this.subscribers.set(ws, sub);
    }
    return sub;
  }

  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get('upgrade')?.toLowerCase() !== 'websocket')
      return new Response('Expected a WebSocket upgrade', { status: 426 });
    const token = request.headers.get('x-feed-token');
    const alike = request.headers.get('x-feed-alike');
    if (!token || !alike) return new Response('Missing subscriber', { status: 400 });
    // No subscriber comes in before every quiet lease granted has run out: a write skipped under one
    // happened before this subscription.
    this.joining += 1;
    try {
      await this.loadQuiet();
      for (;;) {
        const wait = (this.quietUntil ?? 0) + QUIET_MARGIN_MS - Date.now();
        if (wait <= 0) break;
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    } finally {
      this.joining -= 1;
    }
    const { 0: client, 1: server } = new WebSocketPair();
    this.ctx.acceptWebSocket(server, [alike.slice(0, 256)]);
    const sub: Subscriber = { token, alike };
    server.serializeAttachment(sub);
    this.subscribers.set(server, sub);
    return new Response(null, { status: 101, webSocket: client });
  }

  /**
   * Sends committed events to every subscriber that may read them; answers how many messages went out and,
   * when there was no subscriber, a quiet lease.
   */
  async publish(topicKey: string, events: FeedEvent[], bookmark?: string): Promise<PublishAnswer> {
    const ticket = this.nextTicket++;
    while (this.serving < ticket) {
      if (this.servingSince && Date.now() - this.servingSince > TURN_STALE_MS) this.serving += 1;
      else await new Promise((resolve) => setTimeout(resolve, TURN_POLL_MS));
    }
    this.servingSince = Date.now();
    try {
      const sent = await this.deliver(topicKey, events, bookmark);
      if (sent > 0 || this.ctx.getWebSockets().length > 0) return { sent };
      return { sent, quietMs: await this.quietLease() };
    } finally {
      if (this.serving === ticket) {
        this.serving = ticket + 1;
        this.servingSince = this.serving < this.nextTicket ? Date.now() : 0;
      }
    }
  }

  private async deliver(topicKey: string, events: FeedEvent[], bookmark?: string): Promise<number> {
    const sockets = this.ctx.getWebSockets();
    const topic = parseTopicKey(topicKey);
    if (sockets.length === 0 || !topic) return 0;
    const groups = new Map<string, { sockets: WebSocket[]; tokens: Set<string> }>();
    for (const ws of sockets) {
      const sub = this.subscriberOf(ws);
      if (!sub) continue;
      const group = groups.get(sub.alike) ?? { sockets: [], tokens: new Set() };
      group.sockets.push(ws);
      group.tokens.add(sub.token);
      groups.set(sub.alike, group);
    }
    const data = new DataAccess(this.env, bookmark);
    const reader = feedReader(topic.kind);
    let sent = 0;
    await Promise.all(
      [...groups.values()].map(async (group) => {
        // Every token of the group is checked again (cached briefly); sockets whose token fails are closed.
        const valid = new Map<string, Principal>();
        for (const token of group.tokens) {
          const principal = await authenticateToken(data.orm(), this.env, token).catch(() => undefined);
          if (principal) valid.set(token, principal);
        }
        const live = group.sockets.filter((ws) => {
          const ok = valid.has(this.subscriberOf(ws)?.token ?? '');
          if (!ok) ws.close(FEED_CLOSE_UNAUTHENTICATED, 'The token no longer authenticates');
          return ok;
        });
        const principal = valid.values().next().value;
        if (!principal || live.length === 0) return;
        for (const event of events) {
          const message = await this.messageFor(reader, data, principal, topic.name, event);
          if (!message) continue;
          const text = JSON.stringify(message);
          for (const [i, ws] of live.entries()) {
            // A large topic is served in slices with a pause: other work of this process (a write) runs in
            // between, so delivering to many subscribers never holds up the requests that made the events.
            if (i > 0 && i % SEND_SLICE === 0) await new Promise((resolve) => setTimeout(resolve, SLICE_PAUSE_MS));
            try {
              ws.send(text);
              sent += 1;
            } catch {
              // A socket closing meanwhile: nothing to deliver to.
            }
          }
        }
      }),
    );
    return sent;
  }

  private async messageFor(
    reader: ReturnType<typeof feedReader>,
    data: DataAccess,
    principal: Principal,
    topic: string,
    event: FeedEvent,
  ): Promise<FeedMessage | undefined> {
    const { tenant: _, ...shown } = event;
    if (event.action === 'DELETE') {
      // A deletion goes to those who may follow the topic and whose scope held the row as it was.
      const held = await reader
        .follow(data, principal, topic)
        .then(() => reader.held?.(data, principal, topic, event) ?? true)
        .catch(() => false);
      return held ? { ...shown, row: null } : undefined;
    }
    const row = await reader.read(data, principal, topic, String(event.id)).catch(() => undefined);
    return row === undefined ? undefined : { ...shown, row };
  }

  override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    // The feed is one-way; a `ping` is answered so clients can check the connection.
    if (message === 'ping') ws.send('pong');
  }

  override async webSocketClose(ws: WebSocket, code: number, reason: string): Promise<void> {
    // Completes the closing handshake the client started (1005/1006 cannot be sent back).
    try {
      ws.close(code === 1005 || code === 1006 ? 1000 : code, reason);
    } catch {
      // Already closed.
    }
  }
}
