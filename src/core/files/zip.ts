import { Zip, ZipPassThrough } from 'fflate';
import { pieces } from './parts';
import type { FileSpace, StoredFile } from './store';

/**
 * A zip of files, streamed: each pull reads the next part of the next file and passes it through fflate's
 * streaming zip writer. Entries are stored, not deflated: compressing costs CPU the Workers limit counts,
 * and most attachments (images, PDFs, office files) are compressed already. Memory stays at about one part.
 */
export function zipStream(db: FileSpace['db'], files: StoredFile[]): ReadableStream<Uint8Array> {
  const out: Uint8Array[] = [];
  let failure: unknown;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else out.push(chunk);
  });
  async function* steps(): AsyncGenerator<void> {
    for (const file of files) {
      const entry = new ZipPassThrough(file.name);
      entry.mtime = new Date(file.createdAt);
      zip.add(entry);
      for await (const piece of pieces(db, file.id)) {
        entry.push(piece);
        yield;
      }
      entry.push(new Uint8Array(0), true);
    }
    zip.end();
  }
  const source = steps();
  let done = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      while (!out.length && !done) {
        done = Boolean((await source.next()).done);
        if (failure) throw failure;
      }
      for (const chunk of out.splice(0)) controller.enqueue(chunk);
      if (done) controller.close();
    },
    async cancel() {
      await source.return(undefined);
    },
  });
}
