import { z } from '@hono/zod-openapi';
import { toBase64 } from '../../core/files/limits';
import type { FileContent } from '../../core/files/parts';
import { download } from '../../lib/download';

export { download };

/**
 * What the attachment and upload routes share: the `json` switch, the `{data}` answer (base64) and
 * downloads. A download is always `Content-Disposition: attachment` with a sandboxing policy, so a stored
 * HTML or SVG file is saved, never rendered as a page of the API's origin.
 */

export const AsJson = z.object({
  json: z.string().max(16).optional().openapi({
    description: 'When present (any value), the file comes as JSON `{data}` (base64) instead of its bytes.',
    example: 'true',
  }),
});

export const Base64Data = z
  .object({ data: z.string().openapi({ description: 'The file content, base64 encoded.', example: 'SGVsbG8=' }) })
  .openapi('IdBase64File');

/** A 200 that is the file's bytes, or `{data}` with `json`. */
export function fileResponse(description: string, type = 'application/octet-stream') {
  return {
    description,
    content: {
      [type]: { schema: z.string().openapi({ format: 'binary' }) },
      'application/json': { schema: Base64Data },
    },
  };
}

/** The file as the route answers it: bytes, or `{data}` when `json` was given. */
export async function answerFile(
  content: FileContent,
  json: string | undefined,
  contentType: string,
): Promise<Response> {
  if (json !== undefined) return Response.json({ data: toBase64(await content.bytes()) }, { status: 200 });
  return download(content.stream(), { contentType, fileName: content.file.name, size: content.file.size });
}
