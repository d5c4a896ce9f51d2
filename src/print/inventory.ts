/**
 * Content inventory: the text of the finished PDF is extracted again (PDFium), leg by leg, and every
 * word of every placed article must be found in its legs, so nothing silently went missing between
 * layout and print.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { answerOf } from '../util/worker.js';
import type { Article } from '../content/article.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LegBox } from '../layout/compose.js';
import { writeFileAtomic } from '../util/atomic.js';
import { programHash } from '../util/program-hash.js';

/** Text as one run of letters and digits: hyphens, spaces and line ends left out, so words broken at a line or leg end read whole. */
export const normalizedText = (text: string): string => text.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The texts of the given boxes of some pages of a PDF, read by PDFium in a worker thread
 * (inventory-worker.ts), while the main thread draws the proof.
 */
function readInWorker(pdf: Uint8Array, pages: { page: number; boxes: LegBox[] }[]): Promise<string[][]> {
  return answerOf(new Worker(new URL('./inventory-worker.js', import.meta.url), { workerData: { pdf, pages } }), 'pembaca teks PDF berhenti dengan kode');
}

/**
 * The text of every leg of a PDF, in the order of `legs`. A page's legs are read only when no
 * earlier build read a page drawn the same (page-hash.ts, `hashes` in page order) with the same
 * legs: what was read is kept in `cacheDir` by page hash, legs and the program's hash, so after one
 * article is edited only its pages are read again.
 */
export async function legTexts(pdf: Uint8Array, hashes: readonly string[], legs: readonly LegBox[], cacheDir: string): Promise<string[]> {
  const program = await programHash();
  const pages = [...new Set(legs.map((l) => l.page))].sort((a, b) => a - b).map((page) => {
    const boxes = legs.filter((l) => l.page === page);
    const key = createHash('sha256').update(`${program}\0${hashes[page - 1]}\0${JSON.stringify(boxes)}`).digest('hex').slice(0, 40);
    return { page, boxes, file: path.join(cacheDir, `${key}.json`) };
  });
  const kept = await Promise.all(pages.map((p) => readFile(p.file, 'utf8').then((t) => JSON.parse(t) as string[], () => undefined)));
  const missing = pages.filter((_, i) => kept[i] === undefined);
  if (missing.length) {
    const read = await readInWorker(pdf, missing);
    for (const [k, p] of missing.entries()) {
      kept[pages.indexOf(p)] = read[k]!;
      await writeFileAtomic(p.file, JSON.stringify(read[k])).catch(() => undefined);
    }
  }
  const text = new Map(pages.flatMap((p, i) => p.boxes.map((box, k) => [box, kept[i]![k]!] as const)));
  return legs.map((l) => text.get(l)!);
}

/**
 * Every block of every placed article (paragraph, list item, table row) must be found in the text of
 * its legs, read in order, as runs of four words. Runs may only be missing where a story is cut and
 * continues elsewhere: the runs that span the cut, at most four per cut (three between words, four
 * when the cut falls inside a hyphenated word).
 */
export function inventory(placed: readonly { article: Article; text: string; cuts: number }[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { article, text, cuts } of placed) {
    const found = normalizedText(text);
    const missing: string[] = [];
    for (const block of article.text.split('\n')) {
      const words = block.split(/\s+/).filter((w) => normalizedText(w));
      for (let i = 0; i < Math.max(1, words.length - 3); i++) {
        const run = words.slice(i, i + 4);
        if (run.length && !found.includes(normalizedText(run.join('')))) missing.push(run.join(' '));
      }
    }
    if (missing.length > 4 * cuts) {
      out.push({ file: article.file, rule: 'inventaris-teks', severity: 'error', message: `${missing.length} potongan naskah tidak ditemukan di PDF (mis. "${missing.slice(0, 2).join('", "')}")`, hint: 'laporkan ke pengembang: teks hilang saat tata letak' });
    }
  }
  return out;
}
