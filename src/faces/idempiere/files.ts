import { z } from '@hono/zod-openapi';
import { toBase64 } from '../../core/files/limits';
import type { FileContent } from '../../core/files/parts';

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

/** RFC 6266: an ASCII fallback and the UTF-8 name. */
function disposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function download(
  body: ReadableStream<Uint8Array>,
  file: { contentType: string; fileName: string; size?: number },
): Response {
  const headers: Record<string, string> = {
    'content-type': file.contentType,
    'content-disposition': disposition(file.fileName),
    'content-security-policy': "default-src 'none'; sandbox",
    'x-content-type-options': 'nosniff',
  };
  if (file.size === undefined) return new Response(body, { status: 200, headers });
  // A known size goes out as Content-Length (a client can show progress); the bytes still stream.
  const sized = new FixedLengthStream(file.size);
  body.pipeTo(sized.writable).catch(() => undefined);
  return new Response(sized.readable, { status: 200, headers });
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
