/**
 * The page measurements themselves, on small PDFs drawn here with pdf-lib on the A4 grid: holes of
 * known size, full columns, flat photos, the masthead band; hyphen runs, loose lines, straight
 * quotes, column attribution; a paragraph repeated as clipped, hidden text.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { clip, endPath, type PDFFont, PDFDocument, type PDFPage, popGraphicsState, pushGraphicsState, rectangle, rgb } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANS, SERIF, trueTypeFont } from '../../../src/layout/fonts.js';
import { moduleX } from '../../../src/layout/frame.js';
import { geometry, loadTemplate, MM } from '../../../src/layout/template.js';
import { measureHoles, measureTypography, type PageTypography } from '../../helpers/page-metrics.js';

const g = geometry(loadTemplate('a4'), 3);
const L = g.leading;
const SIZE = g.template.body.size;
/** Baseline below a grid line's top, as react-pdf sets the body (measured on the sample edition). */
const ASCENT = 8.8;
const TINT = rgb(0xe8 / 255, 0xed / 255, 0xf3 / 255);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'jurnal-metrics-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An edition folder with just what the measurement reads. */
function edition(name: string, yaml: string): string {
  const d = path.join(dir, name);
  mkdirSync(d, { recursive: true });
  writeFileSync(path.join(d, 'edition.yaml'), yaml);
  return d;
}

interface Sheet {
  doc: PDFDocument;
  serif: PDFFont;
  sans: PDFFont;
  /** Trim's offset from the page corner, pt. */
  o: number;
}

async function sheet(o: number): Promise<Sheet> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const features = { calt: false, liga: false, kern: false, ccmp: false, locl: false, case: false };
  const serif = await doc.embedFont(readFileSync(trueTypeFont(SERIF, 400)), { subset: true, features });
  const sans = await doc.embedFont(readFileSync(trueTypeFont(SANS, 400)), { subset: true, features });
  return { doc, serif, sans, o };
}

function addPage(s: Sheet, trimBox: boolean): PDFPage {
  const page = s.doc.addPage([g.trimWidth + 2 * s.o, g.trimHeight + 2 * s.o]);
  if (trimBox) page.setTrimBox(s.o, s.o, g.trimWidth, g.trimHeight);
  return page;
}

/** Page-space helpers: x of a column, y (pdf-lib, from the bottom) of a grid line's top or baseline. */
const colX = (s: Sheet, pageNo: number, col: number) => s.o + moduleX(g, pageNo, col);
const yTop = (s: Sheet, page: PDFPage, line: number) => page.getHeight() - (s.o + g.top + line * L);
const yBase = (s: Sheet, page: PDFPage, line: number) => yTop(s, page, line) - ASCENT;

const WORDS = 'pemerintah kabupaten balangan membawa layanan administrasi kependudukan langsung ke desa terpencil pada rabu petugas membuka balai sejak pagi hingga sore hari warga dapat merekam data kartu keluarga serta akta kelahiran dan kematian jaringan internet satelit karena sinyal telepon seluler di itu masih lemah'.split(' ');

/** Tokens drawn one by one so that the last ends on the right edge: a justified line. */
function drawJustified(s: Sheet, page: PDFPage, tokens: string[], x: number, baseline: number, width = g.columnWidth): number {
  const widths = tokens.map((t) => s.serif.widthOfTextAtSize(t, SIZE));
  const gap = (width - widths.reduce((a, b) => a + b, 0)) / (tokens.length - 1);
  let at = x;
  tokens.forEach((t, i) => {
    page.drawText(t, { x: at, y: baseline, size: SIZE, font: s.serif });
    at += widths[i]! + gap;
  });
  return gap / SIZE;
}

/**
 * Words from WORDS (from about `start` on, after `prefix`) and a last token made by `last` from
 * one of WORDS such that the justified word space falls in [lo, hi] em. Fails the setup if none.
 */
function fit(s: Sheet, start: number, last: (word: string) => string[], lo = 0.26, hi = 0.42, prefix: string[] = []): string[] {
  const w = (t: string) => s.serif.widthOfTextAtSize(t, SIZE);
  for (let skip = 0; skip < WORDS.length; skip++) {
    for (let n = 1; n <= 8; n++) {
      const head = [...prefix, ...Array.from({ length: n }, (_, i) => WORDS[(start + skip + i) % WORDS.length]!)];
      const used = head.reduce((a, t) => a + w(t), 0);
      for (let k = 0; k < WORDS.length; k++) {
        for (const tail of last(WORDS[(start + skip + n + k) % WORDS.length]!)) {
          const gap = (g.columnWidth - used - w(tail)) / head.length / SIZE;
          if (gap >= lo && gap <= hi) return [...head, tail];
        }
      }
    }
  }
  throw new Error(`no line fits from word ${start}`);
}

const plain = (word: string) => [word];
const broken = (word: string) => Array.from({ length: Math.max(0, word.length - 3) }, (_, i) => `${word.slice(0, i + 2)}-`);

/** Justified body lines in every grid line from `from` to `to` (exclusive) of a column. */
function fillColumn(s: Sheet, page: PDFPage, pageNo: number, col: number, from: number, to: number): void {
  for (let line = from; line < to; line++) drawJustified(s, page, fit(s, line * 3 + col, plain), colX(s, pageNo, col), yBase(s, page, line));
}

describe('holes', () => {
  let pdf: string;
  let ed: string;
  const o = (3 + 10) * MM;
  let headWidth = 0;

  beforeAll(async () => {
    const s = await sheet(o);
    // Page 1: masthead band (lines 0–9) left white; every column full below it except C 30–49.
    const p1 = addPage(s, true);
    for (let c = 0; c < g.columns; c++) {
      if (c === 2) {
        fillColumn(s, p1, 1, c, g.template.mastheadLines, 30);
        fillColumn(s, p1, 1, c, 50, g.lines);
      } else fillColumn(s, p1, 1, c, g.template.mastheadLines, g.lines);
    }
    // Page 2: A: a flat light photo over lines 5–15; B: a tint box over lines 20–40 holding a title
    // and two lines at its top (a filler box); C: a 2-line gap (no hole); D: text ends at line 58.
    const p2 = addPage(s, true);
    fillColumn(s, p2, 2, 0, 0, 5);
    fillColumn(s, p2, 2, 0, 15, g.lines);
    const flat = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#dde8f0' } }).png().toBuffer();
    const photo = await s.doc.embedPng(flat);
    p2.drawImage(photo, { x: colX(s, 2, 0), y: yTop(s, p2, 15), width: g.columnWidth, height: 10 * L });
    fillColumn(s, p2, 2, 1, 0, 20);
    p2.drawRectangle({ x: colX(s, 2, 1), y: yTop(s, p2, 40), width: g.columnWidth, height: (20 - 0.6) * L, color: TINT });
    p2.drawText('Balangan dalam Angka', { x: colX(s, 2, 1) + 8, y: yBase(s, p2, 21), size: 11, font: s.sans, color: rgb(0.11, 0.25, 0.43) });
    p2.drawText('Kabupaten Balangan terdiri', { x: colX(s, 2, 1) + 8, y: yBase(s, p2, 22), size: 9, font: s.serif });
    p2.drawText('atas delapan kecamatan.', { x: colX(s, 2, 1) + 8, y: yBase(s, p2, 23), size: 9, font: s.serif });
    fillColumn(s, p2, 2, 1, 40, g.lines);
    fillColumn(s, p2, 2, 2, 0, 30);
    fillColumn(s, p2, 2, 2, 32, g.lines);
    fillColumn(s, p2, 2, 3, 0, 58);
    // Page 3: a headline over three columns whose second line ends in column A; body from line 6.
    const p3 = addPage(s, true);
    const head = 'Dana Desa Tahap Dua Cair, Desa Diminta';
    headWidth = s.sans.widthOfTextAtSize(head, 20);
    p3.drawText(head, { x: colX(s, 3, 0), y: yTop(s, p3, 0) - 19, size: 20, font: s.sans });
    p3.drawText('Utamakan Karya', { x: colX(s, 3, 0), y: yTop(s, p3, 0) - 43, size: 20, font: s.sans });
    for (let c = 0; c < g.columns; c++) fillColumn(s, p3, 3, c, c < 3 ? 6 : 0, g.lines);
    pdf = path.join(dir, 'holes.pdf');
    writeFileSync(pdf, await s.doc.save());
    ed = edition('holes', 'format: a4\nprofile: offset\nprint: { bleed: 3 }\n');
  });

  it('finds a blank run in a tint box and at a column foot, with its height to within a line', async () => {
    const [, p2] = await measureHoles(pdf, ed);
    const runs = p2!.runs;
    expect(runs.map((r) => r.columnLetter)).toEqual(['B', 'D']);
    const [box, foot] = runs;
    // The box's tint below its two text lines (23) down to its foot (40): about 16 lines.
    expect(box!.topLine).toBeGreaterThan(23);
    expect(box!.topLine).toBeLessThan(25);
    expect(Math.abs(box!.heightLines - 16)).toBeLessThanOrEqual(1);
    expect(Math.abs(box!.heightMm - (16 * L) / MM)).toBeLessThanOrEqual(L / MM);
    expect(Math.abs(box!.topMm - (g.top + box!.topLine * L) / MM)).toBeLessThan(0.2);
    // Below the last line (57) of column D to the foot of the type area.
    expect(Math.abs(foot!.topLine - 58)).toBeLessThanOrEqual(1);
    expect(Math.abs(foot!.heightLines - (g.lines - 58))).toBeLessThanOrEqual(1);
    const area = (g.columnWidth / MM) * ((g.lines * L) / MM) * g.columns;
    expect(p2!.columnAreaMm2).toBeCloseTo(area, -1);
    const blank = ((box!.heightLines + foot!.heightLines) * L * g.columnWidth) / MM / MM;
    expect(Math.abs(p2!.blankAreaMm2 - blank)).toBeLessThan(0.02 * blank);
    expect(p2!.percent).toBeCloseTo((100 * p2!.blankAreaMm2) / p2!.columnAreaMm2, 0);
    // The flat photo is no hole, but counts as photo area.
    expect(p2!.photoAreaMm2).toBeGreaterThan(0.9 * ((10 * L * g.columnWidth) / MM / MM));
    expect(p2!.percentWithoutPhotos).toBeCloseTo((100 * p2!.blankAreaMm2) / (p2!.columnAreaMm2 - p2!.photoAreaMm2), 0);
  });

  it('finds nothing in full columns, and leaves the masthead band of page 1 out', async () => {
    const [p1] = await measureHoles(pdf, ed);
    expect(p1!.runs).toHaveLength(1);
    expect(p1!.runs[0]).toMatchObject({ page: 1, columnLetter: 'C' });
    expect(Math.abs(p1!.runs[0]!.topLine - 30)).toBeLessThanOrEqual(1);
    expect(Math.abs(p1!.runs[0]!.heightLines - 20)).toBeLessThanOrEqual(1);
    expect(p1!.columnAreaMm2).toBeCloseTo((g.columnWidth / MM) * (((g.lines - g.template.mastheadLines) * L) / MM) * g.columns, -1);
  });

  it('leaves the white beside a headline that runs over several columns out', async () => {
    expect(headWidth).toBeGreaterThan(2 * g.columnWidth + 2 * g.gutter + 20);
    const [, , p3] = await measureHoles(pdf, ed);
    expect(p3!.runs).toEqual([]);
  });

  it('counts more with a lower threshold, and a 2-line gap once runs of 2 lines count', async () => {
    const [, p2] = await measureHoles(pdf, ed, { minLines: 1.5 });
    expect(p2!.runs.map((r) => r.columnLetter)).toEqual(['B', 'C', 'D']);
    expect(Math.abs(p2!.runs[1]!.heightLines - 2)).toBeLessThanOrEqual(1);
  });

  it('places the grid from the profile when the PDF has no TrimBox', async () => {
    const s = await sheet(3 * MM);
    const page = addPage(s, false);
    for (let c = 0; c < g.columns; c++) fillColumn(s, page, 1, c, g.template.mastheadLines, c === 1 ? 40 : g.lines);
    const file = path.join(dir, 'kantor.pdf');
    writeFileSync(file, await s.doc.save());
    // kantor: no crop marks, so the trim sits one bleed (3 mm) in.
    const [p1] = await measureHoles(file, edition('kantor', 'format: a4\nprofile: kantor\nprint: { bleed: 3 }\n'));
    expect(p1!.runs.map((r) => r.columnLetter)).toEqual(['B']);
    expect(Math.abs(p1!.runs[0]!.heightLines - (g.lines - 40))).toBeLessThanOrEqual(1);
  });
});

describe('body-text typography', () => {
  let report: Awaited<ReturnType<typeof measureTypography>>;
  let page: PageTypography;
  const gaps: Record<string, number> = {};
  let firstLine: string[] = [];

  beforeAll(async () => {
    const o = (3 + 10) * MM;
    const s = await sheet(o);
    const p = addPage(s, true);
    const p2 = addPage(s, true);
    const x = colX(s, 1, 0);
    // Column A, from line 20: word, hyphen ×3, word, en dash, hyphen, very loose, loose, almost
    // loose, a paragraph's last line, a line with straight quotes, word.
    const kinds: [string, string[]][] = [
      ['word', fit(s, 0, plain)],
      ['hyphen', fit(s, 3, broken)],
      ['hyphen', fit(s, 6, broken)],
      ['hyphen', fit(s, 9, broken)],
      ['word', fit(s, 12, plain)],
      ['endash', fit(s, 15, () => ['Paringin–'])],
      ['hyphen', fit(s, 18, broken)],
      ['veryLoose', ['Selama', 'bertahun-tahun,']],
      ['loose', fit(s, 21, plain, 0.6, 0.9)],
      ['tight', fit(s, 24, plain, 0.42, 0.47)],
    ];
    firstLine = kinds[0]![1];
    kinds.forEach(([kind, tokens], i) => {
      gaps[kind] = drawJustified(s, p, tokens, x, yBase(s, p, 20 + i));
    });
    // A paragraph's last line, short of the edge: never loose, however wide its spaces.
    drawJustified(s, p, ['yang', 'sama', 'setiap', 'pagi.'], x, yBase(s, p, 30), ['yang', 'sama', 'setiap', 'pagi.'].reduce((a, t) => a + s.serif.widthOfTextAtSize(t, SIZE), 0) + 3 * 0.7 * SIZE);
    drawJustified(s, p, fit(s, 27, plain, 0.26, 0.42, ['"Kami', 'datang,"']), x, yBase(s, p, 31));
    drawJustified(s, p, fit(s, 30, plain), x, yBase(s, p, 32));
    // Not body text: a caption in Inter, a serif line at 9 pt, a serif line across the A|B gutter.
    p.drawText('Petugas melayani warga di balai desa.', { x, y: yBase(s, p, 34), size: 6.5, font: s.sans });
    p.drawText('Kabupaten Balangan', { x, y: yBase(s, p, 35), size: 9, font: s.serif });
    drawJustified(s, p, fit(s, 0, plain).concat(fit(s, 5, plain)), x, yBase(s, p, 37), 2 * g.columnWidth + g.gutter);
    // Column B: four hyphenated lines, a word, three hyphenated lines; three empty lines (a
    // headline, say); two more hyphenated lines, which do not add to the run of three.
    const xb = colX(s, 1, 1);
    for (const line of [10, 11, 12, 13, 15, 16, 17, 21, 22]) drawJustified(s, p, fit(s, 40 + 3 * line, broken), xb, yBase(s, p, line));
    drawJustified(s, p, fit(s, 60, plain), xb, yBase(s, p, 14));
    // The last paragraph of page 1's column C, drawn again on page 2 above its column, clipped
    // away: a continuation leg that carries its predecessor's text.
    const para = [
      ['Selama', 'bertahun-tahun,'],
      ['warga', 'yang', 'berkebun', 'karet'],
      ['dan', 'sayur', 'di', 'seberang', 'su-'],
    ];
    const xc1 = colX(s, 1, 2);
    para.forEach((tokens, i) => drawJustified(s, p, tokens, xc1, yBase(s, p, 40 + i)));
    p.drawText('ngai harus memilih jalan.', { x: xc1, y: yBase(s, p, 43), size: SIZE, font: s.serif });
    const xc2 = colX(s, 2, 2);
    p2.pushOperators(pushGraphicsState(), rectangle(xc2, yTop(s, p2, g.lines), g.columnWidth, (g.lines - 6) * L), clip(), endPath());
    para.forEach((tokens, i) => drawJustified(s, p2, tokens, xc2, yBase(s, p2, 2 + i)));
    p2.drawText('ngai harus memilih jalan.', { x: xc2, y: yBase(s, p2, 5), size: SIZE, font: s.serif });
    p2.pushOperators(popGraphicsState());
    drawJustified(s, p2, fit(s, 5, plain), xc2, yBase(s, p2, 7));
    p2.drawText('Ini kalimat lain yang hanya muncul satu kali saja di sini.', { x: colX(s, 2, 0), y: yBase(s, p2, 10), size: SIZE, font: s.serif });
    const pdf = path.join(dir, 'type.pdf');
    writeFileSync(pdf, await s.doc.save());
    report = await measureTypography(pdf, edition('type', 'format: a4\nprint: { bleed: 3 }\n'));
    page = report.pages[0]!;
  });

  it('the fixture is what it says', () => {
    expect(gaps.veryLoose).toBeGreaterThan(2);
    expect(gaps.loose).toBeGreaterThan(0.6);
    expect(gaps.tight).toBeLessThan(0.5);
    expect(gaps.word).toBeLessThan(0.45);
  });

  it('counts the body lines of each column, and nothing else', () => {
    const [a, b, c, d] = page.columns;
    expect(a!.lines).toBe(13);
    expect(b!.lines).toBe(10);
    expect(c!.lines).toBe(4);
    expect(d!.lines).toBe(0);
    expect(a!.bodyLines!.map((l) => l.line)).toEqual([20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32]);
    expect(a!.bodyLines![0]!.text).toBe(firstLine.join(' '));
  });

  it('counts hyphenated line ends and their longest run per column, not an en dash', () => {
    const [a, b] = page.columns;
    expect(a!.hyphenated).toBe(4);
    expect(a!.longestHyphenRun).toBe(3);
    expect(a!.longestHyphenRunAt).toBe(21);
    // "Paringin–" ends in an en dash after a letter: no hyphen.
    expect(a!.bodyLines!.find((l) => l.line === 25)).toMatchObject({ hyphen: false, justified: true });
    expect(a!.bodyLines!.find((l) => l.line === 25)!.text).toMatch(/Paringin–$/);
    // Column B: 4 in a row; 3 after a word; 2 after a gap, which is no continuation of the 3.
    expect(b!.hyphenated).toBe(9);
    expect(b!.longestHyphenRun).toBe(4);
    expect(b!.longestHyphenRunAt).toBe(10);
    expect(page.longestHyphenRun).toBe(4);
    expect(page.longestHyphenRunColumn).toBe(1);
    // …and column C's "su-".
    expect(page.hyphenated).toBe(14);
  });

  it('finds loose justified lines by their word space, not paragraph ends', () => {
    const a = page.columns[0]!;
    expect(a.justified).toBe(12);
    expect(a.loose).toBe(2);
    const loose = page.looseLines.filter((l) => l.columnLetter === 'A');
    expect(loose.map((l) => l.line)).toEqual([27, 28]);
    expect(loose[0]!.gapEm).toBeCloseTo(gaps.veryLoose!, 1);
    expect(loose[1]!.gapEm).toBeCloseTo(gaps.loose!, 1);
    const tight = a.bodyLines!.find((l) => l.line === 29)!;
    expect(tight.gapEm).toBeCloseTo(gaps.tight!, 1);
    const last = a.bodyLines!.find((l) => l.line === 30)!;
    expect(last).toMatchObject({ justified: false, loose: false });
    expect(last.gapEm).toBeCloseTo(0.7, 1);
  });

  it('finds straight quotes in body lines', () => {
    expect(page.straightQuotes).toBe(2);
    expect(page.straightQuoteLines).toEqual([expect.objectContaining({ columnLetter: 'A', line: 31 })]);
  });

  it('catches a paragraph repeated as clipped, hidden text, and does not count its lines', () => {
    const hidden = report.duplicates.filter((d) => d.hidden);
    expect(hidden).toEqual([
      {
        text: 'Selama bertahun-tahun, warga yang berkebun karet dan sayur di seberang sungai harus memilih jalan.',
        occurrences: [
          { page: 1, hidden: false },
          { page: 2, hidden: true },
        ],
        hidden: true,
      },
    ]);
    expect(report.duplicates).toHaveLength(1);
    expect(report.totals.hiddenDuplicateSentences).toBe(1);
    const c2 = report.pages[1]!.columns[2]!;
    expect(c2.lines).toBe(1);
    expect(c2.bodyLines![0]!.line).toBe(7);
  });
});
