import type { Context } from 'hono';
import {
  type Change,
  changeAt,
  eventsToPublish,
  type FeedAction,
  feedReader,
  openSubscription,
  publishChanges,
  readsAlikeKey,
  type Topic,
} from '../core/ops/feed';
import { AppError } from '../lib/errors';
import { principalOf, tokenFromRequest } from './auth';
import type { AppEnv } from './env';

/**
 * The faces' side of the live feed (core/ops/feed.ts): opening a subscription on a stream route, and
 * publishing a committed write's changes after the response.
 */

const MAX_SUBSCRIBER_TOKEN = 1536;

/**
 * A stream route's answer: 400 without `Upgrade: websocket`; the topic's access check (the face's GET rules,
 * in its error shape); then the WebSocket from the topic's Durable Object. The route authenticated the
 * caller with `authenticate({ queryToken: true })`.
 */
export async function subscribe(c: Context<AppEnv>, topic: Topic, ribbon2Header = false): Promise<Response> {
  if (c.req.header('upgrade')?.toLowerCase() !== 'websocket')
    throw new AppError('BAD_REQUEST', 'This is a WebSocket endpoint: connect with Upgrade: websocket');
  const principal = principalOf(c);
  await feedReader(topic.kind).follow(c.var.data, principal, topic.name);
  const token = tokenFromRequest(c.req.raw.headers, c.env, ribbon2Header) ?? c.req.query('token') ?? '';
  // The token rides in the socket's attachment (at most 2 KiB, with the read group).
  if (token.length > MAX_SUBSCRIBER_TOKEN)
    throw new AppError(
      'BAD_REQUEST',
      `A feed subscription takes a token of at most ${MAX_SUBSCRIBER_TOKEN} characters`,
    );
  return openSubscription(c.env, topic, token, readsAlikeKey(topic.kind, principal));
}

/** The change a write of the caller made: its topics, the action, the row's id, now, by the caller. */
export function changeOf(c: Context<AppEnv>, topics: Topic[], action: FeedAction, id: string | number): Change {
  return { topics, event: { action, id, at: changeAt(), by: c.get('principal')?.login ?? null } };
}

/**
 * Publishes committed changes without slowing the write: after the response (`waitUntil`), with the write's
 * D1 bookmark. Without an execution context (an in-process `app.fetch`) it runs on its own. Topics under a
 * quiet lease (no subscriber: core/ops/feed.ts) are left out; with none left, nothing runs at all.
 */
export function publishAfterCommit(c: Context<AppEnv>, changes: Change[]): void {
  if (!changes.length) return;
  const byTopic = eventsToPublish(changes);
  if (byTopic.size === 0) return;
  const task = publishChanges(c.env, byTopic, c.var.data.latestBookmark());
  try {
    c.executionCtx.waitUntil(task);
  } catch {
    // No execution context: the promise runs anyway; its errors are logged by publishChanges.
  }
}
