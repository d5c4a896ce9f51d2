/**
 * Reads the text of legs of body text off the main thread (see inventory.ts `readInWorker`), with
 * PDFium: for 24 tabloid pages it takes 0.7 s where pdf.js took 3.6 s (pdf.js parses every embedded font
 * program in JavaScript).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PDFiumLibrary, type PDFiumPage } from '@hyzyla/pdfium';
import type { LegBox } from '../layout/compose.js';

/** The parts of PDFium's C interface a leg's reading needs (the package wraps only the page's whole text). */
interface TextApi {
  _FPDFText_LoadPage(page: number): number;
  _FPDFText_ClosePage(textPage: number): void;
  _FPDFText_CountChars(textPage: number): number;
  _FPDFText_GetUnicode(textPage: number, index: number): number;
  _FPDFText_IsGenerated(textPage: number, index: number): number;
  _FPDFText_GetCharBox(textPage: number, index: number, left: number, right: number, bottom: number, top: number): number;
  _FPDFText_GetCharOrigin(textPage: number, index: number, x: number, y: number): number;
  wasmExports: { malloc(size: number): number; free(ptr: number): void };
  HEAPU8: Uint8Array;
}

/**
 * The text of each box on a page: the characters whose centre and baseline lie inside it, in the
 * order the page draws them, a line break where the baseline changes (a galley page's line clipped
 * above its leg has its baseline above the box). Reading box by box keeps neighbouring
 * columns apart: PDFium's own page text merges lines of two columns whose baselines nearly meet.
 * Characters PDFium made up (spaces, line ends) are left out; the inventory compares letters only.
 */
function readBoxes(page: PDFiumPage, boxes: readonly LegBox[]): string[] {
  const { module: api, pageIdx } = page as unknown as { module: TextApi; pageIdx: number };
  const out = boxes.map(() => '');
  const lastY = boxes.map(() => Number.NaN);
  const textPage = api._FPDFText_LoadPage(pageIdx);
  if (!textPage) throw new Error('PDFium tidak dapat membaca teks halaman');
  const ptr = api.wasmExports.malloc(32);
  try {
    const count = api._FPDFText_CountChars(textPage);
    let last = -1;
    for (let i = 0; i < count; i++) {
      if (api._FPDFText_IsGenerated(textPage, i) === 1) continue;
      const code = api._FPDFText_GetUnicode(textPage, i);
      // A space has no ink to place it by: it belongs with the character before it.
      if (code === 0x20) {
        if (last >= 0) out[last] += ' ';
        continue;
      }
      // The box's left and right, then the origin written over its bottom and top: x from the ink, y from the baseline.
      if (!api._FPDFText_GetCharBox(textPage, i, ptr, ptr + 8, ptr + 16, ptr + 24) || !api._FPDFText_GetCharOrigin(textPage, i, ptr + 16, ptr + 24)) continue;
      const [left, right, , baseline] = new Float64Array(api.HEAPU8.buffer, ptr, 4);
      const x = (left! + right!) / 2;
      const y = baseline!;
      last = boxes.findIndex((b) => x >= b.left && x <= b.right && y >= b.bottom && y <= b.top);
      if (last < 0) continue;
      // PDFium reports a hyphen it takes for a line-end hyphen as U+FFFE.
      const char = code === 0xfffe ? '-' : String.fromCodePoint(code);
      if (Math.abs(y - lastY[last]!) > 2) out[last] += out[last] ? '\n' : '';
      out[last] += char;
      lastY[last] = y;
    }
  } finally {
    api.wasmExports.free(ptr);
    api._FPDFText_ClosePage(textPage);
  }
  return out;
}

/** For each wanted page (1-based), the texts of its boxes, in their order. */
async function extractLegTexts(pdf: Uint8Array, wanted: readonly { page: number; boxes: LegBox[] }[]): Promise<string[][]> {
  const library = await PDFiumLibrary.init();
  try {
    const doc = await library.loadDocument(pdf);
    try {
      return wanted.map(({ page, boxes }) => readBoxes(doc.getPage(page - 1), boxes));
    } finally {
      doc.destroy();
    }
  } finally {
    library.destroy();
  }
}

const { pdf, pages } = workerData as { pdf: Uint8Array; pages: { page: number; boxes: LegBox[] }[] };
parentPort!.postMessage(await extractLegTexts(pdf, pages));
