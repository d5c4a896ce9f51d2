/** Reads the texts of some pages of a PDF off the main thread (see inventory.ts `readInWorker`). */
import { parentPort, workerData } from 'node:worker_threads';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The texts of `wanted` (1-based page numbers), in that order. */
async function extractPageTexts(pdf: Uint8Array, wanted: readonly number[]): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), disableFontFace: true, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (const i of wanted) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join(''));
  }
  await doc.destroy();
  return pages;
}

const { pdf, pages } = workerData as { pdf: Uint8Array; pages: number[] };
parentPort!.postMessage(await extractPageTexts(pdf, pages));
