import fc from 'fast-check';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { impose, imposeOptions, sheetOfSide, spreadOrder } from '../../../src/print/impose.js';
import { boxes, openPdf } from '../../helpers/pdf.js';

const MM = 72 / 25.4;

/** A PDF of `n` A4 pages with 3 mm bleed (MediaBox = trim + bleed, TrimBox set), each with its number in big type. */
async function numberedPdf(n: number, trim = { w: 210 * MM, h: 297 * MM }): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bleed = 3 * MM;
  for (let i = 1; i <= n; i++) {
    const page = doc.addPage([trim.w + 2 * bleed, trim.h + 2 * bleed]);
    page.setTrimBox(bleed, bleed, trim.w, trim.h);
    page.drawText(`P${i}Q`, { x: bleed + trim.w / 2 - 40, y: bleed + trim.h / 2, size: 48, font });
  }
  return doc.save();
}

/** Words on a PDF page with their centre x, read back with mupdf. */
function words(bytes: Uint8Array, index: number): { text: string; x: number }[] {
  const doc = openPdf(bytes);
  const json = JSON.parse(doc.loadPage(index).toStructuredText('preserve-whitespace').asJSON()) as { blocks: { lines?: { text: string; bbox: { x: number; w: number } }[] }[] };
  return json.blocks.flatMap((b) => b.lines ?? []).map((l) => ({ text: l.text.trim(), x: l.bbox.x + l.bbox.w / 2 }));
}

/** The page numbers on the left and the right half of an imposed side. */
function sidePages(bytes: Uint8Array, index: number): [number, number] {
  const width = boxes(openPdf(bytes), index).MediaBox[2]!;
  const found = words(bytes, index).map((w) => ({ n: Number(/^P(\d+)Q$/.exec(w.text)?.[1]), x: w.x })).filter((w) => !Number.isNaN(w.n));
  const left = found.filter((w) => w.x < width / 2).map((w) => w.n);
  const right = found.filter((w) => w.x > width / 2).map((w) => w.n);
  expect(left.length, `kiri sisi ${index + 1}`).toBe(1);
  expect(right.length, `kanan sisi ${index + 1}`).toBe(1);
  return [left[0]!, right[0]!];
}

describe('spreadOrder', () => {
  it('gives the printer’s spreads of a 12-page booklet', () => {
    expect(spreadOrder(12)).toEqual([[12, 1], [2, 11], [10, 3], [4, 9], [8, 5], [6, 7]]);
    expect(spreadOrder(4)).toEqual([[4, 1], [2, 3]]);
  });

  it('places every page exactly once, first front [n, 1], every pair summing to n + 1, for 4 … 64', () => {
    for (let n = 4; n <= 64; n += 4) {
      const sides = spreadOrder(n);
      expect(sides).toHaveLength(n / 2);
      expect(sides[0]).toEqual([n, 1]);
      expect(sides.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
      for (const [l, r] of sides) expect(l + r).toBe(n + 1);
      // The back of a sheet carries the pages next to its front's: the sheet folds into four consecutive pairs.
      for (let s = 0; s < n / 4; s++) expect(sides[2 * s + 1]![0]).toBe(sides[2 * s]![1] + 1);
    }
  });

  it('holds as a property: a booklet folded from the sides reads 1 … n in order', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 64 }), (k) => {
      const n = 4 * k;
      const sides = spreadOrder(n);
      // Nest the folded sheets (sheet 1 outermost) and read the right page of each front, etc.: the reading order.
      const reading: number[] = [];
      for (let s = 0; s < k; s++) reading.push(sides[2 * s]![1], sides[2 * s + 1]![0]);
      for (let s = k - 1; s >= 0; s--) reading.push(sides[2 * s + 1]![1], sides[2 * s]![0]);
      expect(reading).toEqual(Array.from({ length: n }, (_, i) => i + 1));
      expect(sheetOfSide(2 * k - 1)).toBe(k - 1);
    }));
  });

  it('refuses a page count that is not a multiple of 4', () => {
    for (const n of [0, 2, 6, 13, -4, 4.5]) expect(() => spreadOrder(n)).toThrow(RangeError);
  });
});

describe('impose', () => {
  it('imposes 8 pages into 2 sheets × 2 sides, each side with the right two pages', async () => {
    const result = await impose(await numberedPdf(8), { sheet: 'A3' });
    expect(result.sheets).toBe(2);
    const doc = openPdf(result.bytes);
    expect(doc.countPages()).toBe(4);
    expect([0, 1, 2, 3].map((i) => sidePages(result.bytes, i))).toEqual([[8, 1], [2, 7], [6, 3], [4, 5]]);
    // A3 landscape; the two trims side by side, scaled to leave the mark area free.
    const b = boxes(doc, 0);
    expect(b.MediaBox[2]).toBeCloseTo(420 * MM, 1);
    expect(b.MediaBox[3]).toBeCloseTo(297 * MM, 1);
    expect(result.scale).toBeCloseTo((297 - 12) / 297, 3);
    expect(b.TrimBox[2]! - b.TrimBox[0]!).toBeCloseTo(2 * 210 * MM * result.scale, 1);
  });

  it('pads a page count that is not a multiple of 4 with blank pages at the end', async () => {
    const result = await impose(await numberedPdf(6), { sheet: 'A3' });
    expect(result.blanks).toBe(2);
    expect(openPdf(result.bytes).countPages()).toBe(4);
    // 8 | 1: page 8 is blank, so only page 1 is on the first side.
    expect(words(result.bytes, 0).map((w) => w.text)).toEqual(['P1Q']);
  });

  it('uses the trim only: the bleed is not on the sheet, and `ganda` is 2 × trim plus the marks', async () => {
    const result = await impose(await numberedPdf(4), { sheet: 'ganda', marks: 6 });
    expect(result.scale).toBe(1);
    expect(result.sheetMm.width).toBeCloseTo(2 * 210 + 12, 6);
    expect(result.sheetMm.height).toBeCloseTo(297 + 12, 6);
  });

  it('moves the pages of inner sheets towards the spine by creep × sheets from the outside', async () => {
    const pdf = await numberedPdf(16);
    const plain = await impose(pdf, { sheet: 'ganda' });
    const crept = await impose(pdf, { sheet: 'ganda', creep: 1 });
    const xOf = (bytes: Uint8Array, side: number, page: number) => words(bytes, side).find((w) => w.text === `P${page}Q`)!.x;
    // Sheet 1 (sides 0, 1) does not move; sheet 4 (side 6: 10 | 7) moves 3 mm, left page right and right page left.
    // (mupdf gives whole-point boxes: within 1 pt)
    expect(Math.abs(xOf(crept.bytes, 0, 16) - xOf(plain.bytes, 0, 16))).toBeLessThan(1);
    expect(Math.abs(xOf(crept.bytes, 6, 10) - xOf(plain.bytes, 6, 10) - 3 * MM)).toBeLessThan(1);
    expect(Math.abs(xOf(crept.bytes, 6, 7) - xOf(plain.bytes, 6, 7) + 3 * MM)).toBeLessThan(1);
    // Sheet 2 (side 2: 14 | 3) moves 1 mm.
    expect(Math.abs(xOf(crept.bytes, 2, 3) - xOf(plain.bytes, 2, 3) + 1 * MM)).toBeLessThan(1);
  });

  it('reads the template block', () => {
    expect(imposeOptions({ imposisi: { lembar: 'A3', creep: 0.1, tanda: 5 } })).toEqual({ sheet: 'A3', creep: 0.1, marks: 5 });
    expect(imposeOptions({})).toEqual({ sheet: undefined, creep: undefined, marks: undefined });
  });
});

describe('the template’s imposisi block', () => {
  it('is read from the bundled templates and refused when wrong', async () => {
    const { loadTemplate } = await import('../../../src/layout/template.js');
    expect(loadTemplate('a4').imposisi).toEqual({ lembar: 'A3', creep: 0.1, tanda: 6 });
    expect(loadTemplate('tabloid').imposisi?.lembar).toBe('ganda');
    const { mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const dir = mkdtempSync(path.join(tmpdir(), 'templat-'));
    const a4 = readFileSync(new URL('../../../templates/a4.yaml', import.meta.url), 'utf8');
    writeFileSync(path.join(dir, 'a4.yaml'), a4.replace(/^imposisi:.*$/m, 'imposisi: { lembar: B5 }'));
    expect(() => loadTemplate('a4', dir)).toThrow();
  });
});
