import { extractText, getDocumentProxy } from 'unpdf';

/** A PDF parsed the way a reader would (pdf.js through unpdf): its page count and its text. */
export async function readPdf(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  return { pages: totalPages, text };
}
