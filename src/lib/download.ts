/**
 * A download: always `Content-Disposition: attachment` with a sandboxing policy and `nosniff`, so a stored
 * HTML or SVG file is saved, never rendered as a page of the API's origin (iDempiere's attachments and
 * uploads, DATAGERRY's media files).
 */

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
