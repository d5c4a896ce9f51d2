/**
 * Content inventory: the text of the finished PDF is extracted again (PDFium) and every word of every
 * placed article must be found, so nothing silently went missing between layout and print.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Article } from '../content/article.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { writeFileAtomic } from '../util/atomic.js';
import { programHash } from '../util/program-hash.js';

const normalize = (word: string): string => word.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The texts of the given pages (1-based) of a PDF, read by PDFium in a worker thread
 * (inventory-worker.ts), while the main thread draws the proof.
 */
function readInWorker(pdf: Uint8Array, pages: number[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./inventory-worker.js', import.meta.url), { workerData: { pdf, pages } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`pembaca teks PDF berhenti dengan kode ${code}`)));
  });
}

/**
 * The text of every page of a PDF. A page is read only when no earlier build read a page drawn the
 * same (page-hash.ts, `hashes` in page order): read pages are kept in `cacheDir` by their hash and
 * the program's, so after one article is edited only its pages are read again.
 */
export async function pageTexts(pdf: Uint8Array, hashes: readonly string[], cacheDir: string): Promise<string[]> {
  const program = await programHash();
  const files = hashes.map((h) => path.join(cacheDir, `${createHash('sha256').update(`${program}\0${h}`).digest('hex').slice(0, 40)}.txt`));
  const texts = await Promise.all(files.map((f) => readFile(f, 'utf8').catch(() => undefined)));
  const missing = texts.flatMap((t, i) => (t === undefined ? [i + 1] : []));
  if (missing.length) {
    const read = await readInWorker(pdf, missing);
    for (const [k, page] of missing.entries()) {
      texts[page - 1] = read[k]!;
      await writeFileAtomic(files[page - 1]!, read[k]!).catch(() => undefined);
    }
  }
  return texts as string[];
}

/** Page text as one run of letters and digits, with words hyphenated at line or leg ends joined again. */
export function normalizedText(text: string): string {
  return normalize(text.replace(/[-\u00ad]\s+(?=\p{Ll})/gu, ''));
}

/**
 * Every block of every placed article (paragraph, list item, table row) must be found in the text of
 * its pages, as runs of four words. Runs may only be missing where a story is cut and continues
 * elsewhere: the runs that span the cut, at most four per cut (three between words, four when the
 * cut falls inside a hyphenated word).
 */
export function inventory(pageTexts: readonly string[], placed: readonly { article: Article; pages: number[]; cuts: number }[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { article, pages, cuts } of placed) {
    const found = normalizedText(pages.map((p) => pageTexts[p - 1] ?? '').join('\n'));
    const missing: string[] = [];
    for (const block of article.text.split('\n')) {
      const words = block.split(/\s+/).filter((w) => normalize(w));
      for (let i = 0; i < Math.max(1, words.length - 3); i++) {
        const run = words.slice(i, i + 4);
        if (run.length && !found.includes(normalize(run.join('')))) missing.push(run.join(' '));
      }
    }
    if (missing.length > 4 * cuts) {
      out.push({ file: article.file, rule: 'inventaris-teks', severity: 'error', message: `${missing.length} potongan naskah tidak ditemukan di PDF (mis. "${missing.slice(0, 2).join('", "')}")`, hint: 'laporkan ke pengembang: teks hilang saat tata letak' });
    }
  }
  return out;
}
