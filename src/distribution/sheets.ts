/**
 * A small drawing kit over pdf-lib for one-off sheets (the story budget), and the text fitting that
 * the streamed distribution paperwork (pdf-stream.ts, canvas.ts) shares with it: text wrapped and cut
 * to fit, measured from cached per-character advances.
 */
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { type PDFFont, PDFDocument, type PDFPage, rgb, type RGB } from 'pdf-lib';
import { SANS, SERIF, trueTypeFont } from '../layout/fonts.js';

export const A4: [number, number] = [595.28, 841.89];
export const INK = rgb(0, 0, 0);
export const GREY = rgb(0.27, 0.27, 0.27);
export const ACCENT = rgb(0x1d / 255, 0x3f / 255, 0x6e / 255);
export const ALERT = rgb(0.69, 0, 0.13);
export const TINT = rgb(0xe8 / 255, 0xed / 255, 0xf3 / 255);

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  heavy: PDFFont;
  serif: PDFFont;
  serifBold: PDFFont;
}

export async function createSheets(meta: { title: string; date: Date }): Promise<{ doc: PDFDocument; fonts: Fonts }> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  // Without contextual alternates, ligatures and kerning, fontkit's shaping was 7× cheaper, and
  // widths become plain sums of advances (see width()). Plain forms suit lists and forms.
  const features = { calt: false, liga: false, kern: false, ccmp: false, locl: false, case: false };
  const embed = (family: typeof SANS | typeof SERIF, weight: number) => doc.embedFont(readFileSync(trueTypeFont(family, weight)), { subset: true, features });
  const fonts = { regular: await embed(SANS, 400), bold: await embed(SANS, 700), heavy: await embed(SANS, 800), serif: await embed(SERIF, 400), serifBold: await embed(SERIF, 700) };
  doc.setTitle(meta.title);
  doc.setAuthor('Dinas Kominfosan Kabupaten Balangan');
  doc.setCreator('jurnal');
  doc.setProducer('jurnal (pdf-lib)');
  doc.setLanguage('id-ID');
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  return { doc, fonts };
}

/** A font that can measure: pdf-lib's, or a streamed Face. */
export interface Measured {
  widthOfTextAtSize(text: string, size: number): number;
}

const advances = new WeakMap<Measured, Map<string, number>>();

/** Width of `text` from cached per-character advances (no shaping call per measurement). */
export function width(text: string, font: Measured, size: number): number {
  let cache = advances.get(font);
  if (!cache) advances.set(font, (cache = new Map()));
  let sum = 0;
  for (const ch of text) {
    let w = cache.get(ch);
    if (w === undefined) cache.set(ch, (w = font.widthOfTextAtSize(ch, 1000)));
    sum += w;
  }
  return (sum * size) / 1000;
}

/** Lines of `text` no wider than `width`; the last is cut with "…" if more would be needed. */
export function wrap(text: string, font: Measured, size: number, maxWidth: number, maxLines: number): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (width(candidate, font, size) <= maxWidth || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines.map((l) => fit(l, font, size, maxWidth));
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = fit(`${kept[maxLines - 1]} ${lines.slice(maxLines).join(' ')}`, font, size, maxWidth);
  return kept;
}

/** Lines of `text` no wider than `maxWidth`, never cut: a word wider than the line is broken between letters. */
export function wrapAll(text: string, font: Measured, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (width(candidate, font, size) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    let rest = word;
    while (width(rest, font, size) > maxWidth && [...rest].length > 1) {
      const chars = [...rest];
      let n = chars.length - 1;
      while (n > 1 && width(chars.slice(0, n).join(''), font, size) > maxWidth) n--;
      lines.push(chars.slice(0, n).join(''));
      rest = chars.slice(n).join('');
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Text that must be printed whole (a recipient's name): wrapped to `maxLines` at the largest size
 * from `size` down to `minSize` that fits; if even `minSize` needs more lines, it gets them.
 * Never cut with "…". `leading` is given per point of type size.
 */
export function fitWhole(text: string, font: Measured, options: { size: number; minSize: number; maxWidth: number; maxLines: number; leading?: number }): { lines: string[]; size: number; leading: number } {
  const { minSize, maxWidth, maxLines } = options;
  const ratio = options.leading ?? 1.18;
  for (let size = options.size; size >= minSize - 1e-9; size = Math.round((size - 0.25) * 100) / 100) {
    const lines = wrapAll(text, font, size, maxWidth);
    if (lines.length <= maxLines) return { lines, size, leading: size * ratio };
  }
  return { lines: wrapAll(text, font, minSize, maxWidth), size: minSize, leading: minSize * ratio };
}

/** `text` cut with "…" to fit `width`. */
export function fit(text: string, font: Measured, size: number, maxWidth: number): string {
  if (width(text, font, size) <= maxWidth) return text;
  let cut = text;
  while (cut.length > 1 && width(`${cut}…`, font, size) > maxWidth) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** Drawing with y measured from the top of the page, as the layouts are designed. */
export class Sheet {
  constructor(readonly page: PDFPage, readonly fonts: Fonts) {}

  text(text: string, x: number, top: number, size: number, font: PDFFont = this.fonts.regular, color: RGB = INK): void {
    this.page.drawText(text, { x, y: this.page.getHeight() - top - size * 0.8, size, font, color });
  }

  right(text: string, xRight: number, top: number, size: number, font: PDFFont = this.fonts.regular, color: RGB = INK): void {
    this.text(text, xRight - width(text, font, size), top, size, font, color);
  }

  center(text: string, x: number, span: number, top: number, size: number, font: PDFFont = this.fonts.regular, color: RGB = INK): void {
    this.text(text, x + (span - width(text, font, size)) / 2, top, size, font, color);
  }

  lines(lines: readonly string[], x: number, top: number, size: number, leading: number, font: PDFFont = this.fonts.regular, color: RGB = INK): number {
    lines.forEach((line, i) => this.text(line, x, top + i * leading, size, font, color));
    return top + lines.length * leading;
  }

  rule(x: number, top: number, width: number, thickness = 0.5, color: RGB = INK): void {
    const y = this.page.getHeight() - top;
    this.page.drawLine({ start: { x, y }, end: { x: x + width, y }, thickness, color });
  }

  vrule(x: number, top: number, height: number, thickness = 0.5, color: RGB = GREY): void {
    const y = this.page.getHeight() - top;
    this.page.drawLine({ start: { x, y }, end: { x, y: y - height }, thickness, color });
  }

  box(x: number, top: number, boxWidth: number, height: number, options: { fill?: RGB; border?: RGB; dashed?: boolean; thickness?: number } = {}): void {
    this.page.drawRectangle({
      x,
      y: this.page.getHeight() - top - height,
      width: boxWidth,
      height,
      color: options.fill,
      borderColor: options.border,
      borderWidth: options.border ? (options.thickness ?? 0.6) : 0,
      borderDashArray: options.dashed ? [3, 2] : undefined,
    });
  }
}
