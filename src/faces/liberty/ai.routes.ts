import { createRoute, z } from '@hono/zod-openapi';
import { AI_NOT_CONFIGURED, aiPrompt, aiWelcome, type ChatMessage } from '../../core/ops/ai';
import { AppError } from '../../lib/errors';
import { SECURITY } from '../../lib/openapi';
import { actorOf, authenticate } from '../../middleware/auth';
import { createRouter } from '../../middleware/router';
import { errorResponses, json, LibertyFailure } from './errors';
import { EXAMPLES, TAGS } from './openapi';

/**
 * `/api/ai/prompt` and `/api/ai/welcome` (the reference document's AI operations) through core/ops/ai.ts:
 * a Workers AI binding when one is configured, else 501 naming the setting to add.
 */
const AiResponse = z
  .object({
    message: z.string(),
    is_truncated: z.boolean().openapi({ description: 'True when the answer was cut at its maximum length.' }),
  })
  .openapi('LibertyAiResponse');
const Message = z.object({ role: z.enum(['system', 'user', 'assistant']), content: z.string().max(8000) });
const AiRequest = z
  .object({
    prompt: z.string().max(8000).optional().openapi({ description: 'The question.' }),
    question: z.string().max(8000).optional().openapi({ description: 'The question (another name for `prompt`).' }),
    message: z.string().max(8000).optional().openapi({ description: 'The question (another name for `prompt`).' }),
    messages: z.array(Message).max(50).optional().openapi({ description: 'A conversation, oldest first.' }),
  })
  .passthrough()
  .openapi('LibertyAiRequest', {
    description: 'A JSON object with the question (`prompt`, `question` or `message`) or a conversation (`messages`).',
  });
const notConfigured = {
  501: {
    description: `AI is not configured: ${AI_NOT_CONFIGURED}`,
    content: { 'application/json': { schema: LibertyFailure } },
  },
} as const;
const EMPTY = 'Request body cannot be empty. JSON object is required.';

function messagesOf(body: z.infer<typeof AiRequest>): ChatMessage[] {
  const text = body.prompt ?? body.question ?? body.message;
  const messages: ChatMessage[] = [
    ...(body.messages ?? []),
    ...(text ? [{ role: 'user' as const, content: text }] : []),
  ];
  if (messages.length === 0) throw new AppError('BAD_REQUEST', EMPTY);
  return messages;
}

export function aiRoutes() {
  const app = createRouter();
  const security = SECURITY.bearer;
  const tags = [TAGS.ai.name];
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/ai/prompt',
      operationId: 'libertyAiPrompt',
      tags,
      security,
      middleware: [authenticate()],
      summary: 'Ask the AI a question (needs the AI binding; else 501)',
      description: `Any authenticated user. Answers \`{message, is_truncated}\`. ${AI_NOT_CONFIGURED.replace(/^AI is not configured on this server: /, 'Without the binding, 501: ')}.`,
      request: {
        body: { content: { 'application/json': { schema: AiRequest, example: EXAMPLES.aiPrompt } }, required: false },
      },
      responses: { 200: json(AiResponse, 'AI response'), ...notConfigured, ...errorResponses },
    }),
    async (c) => {
      const body = c.req.valid('json') as z.infer<typeof AiRequest>;
      return c.json(await aiPrompt(c.env, actorOf(c), messagesOf(body)), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/ai/welcome',
      operationId: 'libertyAiWelcome',
      tags,
      security,
      middleware: [authenticate()],
      summary: 'A welcome message from the AI, to start a conversation (needs the AI binding; else 501)',
      description:
        'Any authenticated user. Answers `{message, is_truncated}`; an optional body (`prompt`) gives the model context about the user. Without the AI binding, 501 naming the setting to add.',
      request: {
        body: { content: { 'application/json': { schema: AiRequest, example: EXAMPLES.aiPrompt } }, required: false },
      },
      responses: { 200: json(AiResponse, 'AI response'), ...notConfigured, ...errorResponses },
    }),
    async (c) => {
      const body = c.req.valid('json') as z.infer<typeof AiRequest>;
      return c.json(await aiWelcome(c.env, actorOf(c), body.prompt ?? body.question ?? body.message), 200);
    },
  );
  return app;
}
