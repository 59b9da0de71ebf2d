import { AppError } from '../../lib/errors';
import type { Actor } from '../identity/actor';

/**
 * Liberty's AI routes (`/api/ai/prompt`, `/api/ai/welcome`) through a Workers AI binding. Atrium ships
 * without one: the binding is an account resource and a cost, so it is added on purpose (`[ai] binding =
 * "AI"` in wrangler.toml; optional var AI_MODEL). Without it the routes answer 501 naming the setting;
 * they never reach the network otherwise. Any authenticated user may ask (no data is read).
 */
export const DEFAULT_AI_MODEL = '@cf/meta/llama-3.1-8b-instruct';
const MAX_PROMPT = 8000;
/** Longer answers are cut here, and said to be (`is_truncated`). */
const MAX_ANSWER = 16_000;
const WELCOME =
  'Say hello to a user who has just opened the Liberty framework, in one or two short sentences, and offer help with its data, queries and applications.';

export interface AiAnswer {
  message: string;
  is_truncated: boolean;
}
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export const AI_NOT_CONFIGURED =
  'AI is not configured on this server: add a Workers AI binding named AI to wrangler.toml ([ai] binding = "AI") and deploy again';

/**
 * The bindings these routes read. Not declared on Cloudflare.Env: `npm run cf-typegen` declares `AI` there
 * once the binding is added to wrangler.toml, and a second declaration would clash.
 */
interface AiEnv {
  AI?: { run(model: string, input: unknown): Promise<unknown> };
  AI_MODEL?: string;
}

function binding(env: AiEnv): NonNullable<AiEnv['AI']> {
  if (!env.AI || typeof env.AI.run !== 'function') throw new AppError('NOT_IMPLEMENTED', AI_NOT_CONFIGURED);
  return env.AI;
}

/** The text of a Workers AI answer (`{response}` for text generation models). */
function textOf(result: unknown): string {
  if (typeof result === 'string') return result;
  const response = (result as { response?: unknown } | null)?.response;
  if (typeof response === 'string') return response;
  throw new AppError('UNAVAILABLE', 'The AI service gave no answer; retry shortly', { retryAfter: 1 });
}

async function ask(env: AiEnv, messages: ChatMessage[]): Promise<AiAnswer> {
  const ai = binding(env);
  const total = messages.reduce((n, m) => n + m.content.length, 0);
  if (total === 0) throw new AppError('BAD_REQUEST', 'Request body cannot be empty. JSON object is required.');
  if (total > MAX_PROMPT) throw new AppError('BAD_REQUEST', `The prompt is longer than ${MAX_PROMPT} characters`);
  let result: unknown;
  try {
    result = await ai.run(env.AI_MODEL || DEFAULT_AI_MODEL, { messages });
  } catch {
    throw new AppError('UNAVAILABLE', 'The AI service is unavailable; retry shortly', { retryAfter: 1 });
  }
  const text = textOf(result);
  return text.length > MAX_ANSWER
    ? { message: text.slice(0, MAX_ANSWER), is_truncated: true }
    : { message: text, is_truncated: false };
}

/** A question (or a conversation) put to the model. */
export async function aiPrompt(env: object, _actor: Actor, messages: ChatMessage[]): Promise<AiAnswer> {
  return ask(env as AiEnv, messages);
}

/** The greeting Liberty's client asks for when it starts a conversation (`context`: optional user text). */
export async function aiWelcome(env: object, _actor: Actor, context?: string): Promise<AiAnswer> {
  return ask(env as AiEnv, [
    { role: 'system', content: WELCOME },
    ...(context ? [{ role: 'user' as const, content: context }] : []),
  ]);
}
