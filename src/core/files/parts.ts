import { Buffer } from 'node:buffer';
import { fromBase64, READ_BATCH_BYTES } from './limits';
import type { FileSpace, StoredFile } from './store';

/**
 * A file's bytes, read back in order: the parts' sizes first (one small query), then consecutive runs of
 * parts of at most READ_BATCH_BYTES per D1 round trip, however the file was cut (an upload's chunks may be
 * small). Nothing here checks rights: callers hand in a file they found within their space.
 */

export interface PartInfo {
  seq: number;
  size: number;
  sha256: string;
}

type Db = FileSpace['db'];

/** The file's parts in order (seq, size, SHA-256), without their bytes. */
export async function partsOf(db: Db, fileId: string): Promise<PartInfo[]> {
  const { results } = await db
    .prepare('select seq, size, sha256 from atrium_file_parts where file_id = ? order by seq limit 10000')
    .bind(fileId)
    .all<PartInfo>();
  return results;
}

/** Consecutive runs of parts, each at most READ_BATCH_BYTES (a larger part alone). */
function runs(parts: PartInfo[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let bytes = 0;
  for (const part of parts) {
    const last = out.at(-1);
    if (last && bytes + part.size <= READ_BATCH_BYTES) {
      last.to = part.seq;
      bytes += part.size;
    } else {
      out.push({ from: part.seq, to: part.seq });
      bytes = part.size;
    }
  }
  return out;
}

/** The file's bytes as a sequence of pieces (one per part), read run by run. */
export async function* pieces(db: Db, fileId: string, parts?: PartInfo[]): AsyncGenerator<Uint8Array> {
  for (const run of runs(parts ?? (await partsOf(db, fileId)))) {
    const { results } = await db
      .prepare('select data from atrium_file_parts where file_id = ? and seq between ? and ? order by seq')
      .bind(fileId, run.from, run.to)
      .all<{ data: string }>();
    for (const row of results) yield fromBase64(row.data);
  }
}

/** The bytes as a stream, pulled run by run as the client reads (a download never holds the whole file). */
export function fileStream(db: Db, fileId: string): ReadableStream<Uint8Array> {
  const source = pieces(db, fileId);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await source.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await source.return(undefined);
    },
  });
}

/** The whole file in memory (the JSON forms answer it as base64; bounded by MAX_FILE_BYTES). */
export async function readAll(db: Db, fileId: string, parts?: PartInfo[]): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const piece of pieces(db, fileId, parts)) chunks.push(piece);
  const whole = Buffer.concat(chunks);
  return new Uint8Array(whole.buffer, whole.byteOffset, whole.byteLength);
}

/** SHA-256 (hex) and size of the file as stored, streamed through a digest (never whole in memory). */
export async function digestOf(db: Db, fileId: string, parts?: PartInfo[]): Promise<{ sha256: string; size: number }> {
  const digest = new crypto.DigestStream('SHA-256');
  const writer = digest.getWriter();
  let size = 0;
  for await (const piece of pieces(db, fileId, parts)) {
    size += piece.byteLength;
    await writer.write(piece);
  }
  await writer.close();
  return { sha256: Buffer.from(await digest.digest).toString('hex'), size };
}

/** A file found by a service, with its bytes on demand: what faces answer downloads with. */
export interface FileContent<F = StoredFile> {
  file: F;
  stream(): ReadableStream<Uint8Array>;
  bytes(): Promise<Uint8Array>;
}

export function contentOf<F extends { id: string }>(db: Db, file: F): FileContent<F> {
  return { file, stream: () => fileStream(db, file.id), bytes: () => readAll(db, file.id) };
}
