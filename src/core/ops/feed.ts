import type { DataAccess } from '../../db/data-access';
import { feedStub } from '../../lib/do-stubs';
import type { Principal } from '../identity/principal';
import type { RowTenant } from '../records/scope';

/**
 * The live change feed (issue 17): one Durable Object per topic (durable/feed-do.ts) holds the topic's
 * WebSockets with the Hibernation API; a committed write publishes `{action, id, at, by}` to the topics it
 * touched, after the response (waitUntil), and the Durable Object sends each subscriber the row as that
 * subscriber would read it, checked per event with the subscriber's own token and the core's read function
 * (one read per group of subscribers that read alike, e.g. per user), so a right or rule taken away while
 * connected stops the events at once.
 *
 * Topics: `message:<directory>` (Ribbon2), `object:<type id>` (DATAGERRY), `record:<table>` (iDempiere).
 * How a topic's rows are read is registered by its face (`registerFeedReader`): the core's read, rendered
 * as that face renders the row.
 */
export type TopicKind = 'message' | 'object' | 'record';

export interface Topic {
  kind: TopicKind;
  /** The directory's full name, the type id, the table name. */
  name: string;
}

export type FeedAction = 'INSERT' | 'UPDATE' | 'DELETE';

/** What a committed write publishes. */
export interface FeedEvent {
  action: FeedAction;
  /** The row's id as its face names it (message uid, object public id, record key). */
  id: string | number;
  at: string;
  by: string | null;
  /**
   * Where the row lived (records: client and organisation, or its owning row), so a deletion reaches only
   * subscribers whose scope held it. Never sent to subscribers.
   */
  tenant?: RowTenant;
}

/** What a subscriber receives: the event and the row as it would read it (null for a deletion). */
export interface FeedMessage extends Omit<FeedEvent, 'tenant'> {
  row: unknown;
}

export interface FeedReader {
  /** Refuses (AppError: 401/403/404 as the face's GET would) a principal that may not follow the topic. */
  follow(data: DataAccess, principal: Principal, topic: string): Promise<void>;
  /** The row as this principal reads it, or undefined when it may not (or the row is gone). */
  read(data: DataAccess, principal: Principal, topic: string, id: string): Promise<unknown | undefined>;
  /** Subscribers with the same key read every row alike (one read serves them all); default: the user. */
  readsAlike?(principal: Principal): string;
  /**
   * Whether the principal's scope held a row that is gone (a deletion), from the event's tenant. Topics
   * without tenants leave it out: following the topic is enough.
   */
  held?(data: DataAccess, principal: Principal, topic: string, event: FeedEvent): Promise<boolean>;
}

const readers = new Map<TopicKind, FeedReader>();

export function registerFeedReader(kind: TopicKind, reader: FeedReader): void {
  readers.set(kind, reader);
}

export function feedReader(kind: TopicKind): FeedReader {
  const reader = readers.get(kind);
  if (!reader) throw new Error(`No feed reader for ${kind}`);
  return reader;
}

export const topicKey = (topic: Topic) => `${topic.kind}:${topic.name}`;

export function parseTopicKey(key: string): Topic | undefined {
  const at = key.indexOf(':');
  const kind = key.slice(0, at) as TopicKind;
  return at > 0 && readers.has(kind) ? { kind, name: key.slice(at + 1) } : undefined;
}

export function readsAlikeKey(kind: TopicKind, principal: Principal): string {
  return feedReader(kind).readsAlike?.(principal) ?? `user:${principal.userId}`;
}

/** A change to publish: its topics and the event. */
export interface Change {
  topics: Topic[];
  event: FeedEvent;
}

export const changeAt = () => new Date().toISOString();

/**
 * What a topic's Durable Object answers a publish: how many messages went out, and, when the topic has no
 * subscriber, for how long this isolate may skip publishing to it (a quiet lease, below).
 */
export interface PublishAnswer {
  sent: number;
  quietMs?: number;
}

/**
 * Quiet leases: topic key → until when (this isolate's clock) a write need not publish to it. A topic's
 * Durable Object grants one when it has no subscriber, and lets no subscriber in before every lease it
 * granted has run out (durable/feed-do.ts), so a write skipped under a lease can only be one no subscriber
 * was there for. The lease starts when the publish was sent, never later, so it ends here before it ends
 * there. A plain bounded map: losing it only means publishing again.
 */
const quietUntil = new Map<string, number>();
const MAX_QUIET_TOPICS = 1000;

/** Whether a write to `key` must be published now (no quiet lease of this isolate covers it). */
function mustPublish(key: string, now: number): boolean {
  const until = quietUntil.get(key);
  if (until === undefined) return true;
  if (until > now) return false;
  quietUntil.delete(key);
  return true;
}

/** Whether a quiet lease of this isolate covers the topic now: a write to it publishes nothing. */
export function isQuiet(topic: Topic): boolean {
  return !mustPublish(topicKey(topic), Date.now());
}

function leaseQuiet(key: string, sentAt: number, answer: PublishAnswer | number | undefined): void {
  const quietMs = typeof answer === 'object' ? answer?.quietMs : undefined;
  if (!quietMs || quietMs <= 0) return;
  if (quietUntil.size >= MAX_QUIET_TOPICS && !quietUntil.has(key)) {
    const oldest = quietUntil.keys().next().value;
    if (oldest !== undefined) quietUntil.delete(oldest);
  }
  quietUntil.set(key, sentAt + quietMs);
}

/**
 * The changes' events by topic key, leaving out the topics under a quiet lease: nothing to publish (an
 * empty map) costs a write no Durable Object call, no task after the response.
 */
export function eventsToPublish(changes: Change[]): Map<string, FeedEvent[]> {
  const byTopic = new Map<string, FeedEvent[]>();
  const now = Date.now();
  for (const change of changes)
    for (const topic of change.topics) {
      const key = topicKey(topic);
      const events = byTopic.get(key);
      if (events) events.push(change.event);
      else if (mustPublish(key, now)) byTopic.set(key, [change.event]);
    }
  return byTopic;
}

/**
 * Sends committed events to their topics' Durable Objects (one call per topic). `bookmark` is the write's
 * D1 bookmark, so the readers see it even on a read replica. Failures are logged, never thrown: the write
 * has committed and answered; a lost event is a subscriber's missed notification, not a lost change.
 */
export async function publishChanges(
  env: Cloudflare.Env,
  byTopic: Map<string, FeedEvent[]>,
  bookmark?: string | null,
): Promise<void> {
  await Promise.all(
    [...byTopic].map(async ([key, events]) => {
      try {
        const sentAt = Date.now();
        leaseQuiet(key, sentAt, await feedStub(env, key).publish(key, events, bookmark ?? undefined));
      } catch (error) {
        console.error(
          JSON.stringify({
            level: 'error',
            message: 'feed publish failed',
            topic: key.slice(0, 200),
            cause: error instanceof Error ? error.message : String(error),
          }),
        );
      }
    }),
  );
}

/**
 * Hands a subscriber's WebSocket upgrade to the topic's Durable Object, once the caller has authenticated
 * it and checked that it may follow the topic. Answers the 101 with the client end of the socket.
 */
export async function openSubscription(
  env: Cloudflare.Env,
  topic: Topic,
  token: string,
  alike: string,
): Promise<Response> {
  const response = await feedStub(env, topicKey(topic)).fetch(
    new Request('https://feed.internal/subscribe', {
      headers: { upgrade: 'websocket', 'x-feed-token': token, 'x-feed-alike': alike },
    }),
  );
  if (response.status !== 101 || !response.webSocket) throw new Error(`feed subscription refused: ${response.status}`);
  // A fresh response: the Durable Object's has immutable headers, and the app's middleware adds some.
  return new Response(null, { status: 101, webSocket: response.webSocket });
}
