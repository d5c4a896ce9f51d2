/**
 * Print post-processing with pdf-lib: TrimBox and BleedBox (react-pdf cannot write them), crop marks
 * in the slug outside the bleed, vector colours to DeviceCMYK with greys and black as K only (rich
 * black smears on newsprint), and document metadata with the edition's fixed date.
 */
import { createHash } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';
import { cmyk, PDFArray, PDFDict, type PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFRef, PDFString, type PDFPage } from 'pdf-lib';
import { uniqueFontSubsets } from './fonts.js';
import { walkResources } from './resources.js';
import { MM } from '../layout/template.js';

export interface PrepressOptions {
  /** Trim size and distances from the page edge, in points. */
  trimWidth: number;
  trimHeight: number;
  bleed: number;
  slug: number;
  marks: boolean;
  meta: { title: string; subject: string; keywords: string[]; date: Date };
  /** A PDF/X-style output intent (offset only): the CMYK profile the photos were separated with. */
  outputIntent?: OutputIntent;
}

export interface OutputIntent {
  /** ICC profile bytes (CMYK, 4 components). */
  icc: Uint8Array;
  /** /OutputConditionIdentifier: a registered name (FOGRA39 …) or `Custom`. */
  identifier: string;
  /** /OutputCondition and /Info: what the profile is. */
  condition: string;
}

/** Adds /OutputIntents [<< /S /GTS_PDFX … /DestOutputProfile icc >>] to the catalog. */
export function addOutputIntent(doc: PDFDocument, intent: OutputIntent): void {
  const data = deflateSync(intent.icc, { level: 9 });
  const icc = doc.context.register(PDFRawStream.of(doc.context.obj({ N: 4, Filter: 'FlateDecode', Length: data.length }) as PDFDict, data));
  const dict = doc.context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFX',
    OutputConditionIdentifier: PDFString.of(intent.identifier),
    OutputCondition: PDFString.of(intent.condition),
    Info: PDFString.of(intent.condition),
    RegistryName: PDFString.of('http://www.color.org'),
    DestOutputProfile: icc,
  });
  doc.catalog.set(PDFName.of('OutputIntents'), doc.context.obj([doc.context.register(dict)]));
}

const num = (v: string) => Number.parseFloat(v);
const fmt = (v: number) => String(Math.round(v * 10000) / 10000);

/** CMYK for an sRGB triple: greys become K only; colours get the usual naive separation. */
export function rgbToCmyk(r: number, g: number, b: number): [number, number, number, number] {
  if (Math.abs(r - g) < 0.004 && Math.abs(g - b) < 0.004) return [0, 0, 0, 1 - r];
  const k = 1 - Math.max(r, g, b);
  return [(1 - r - k) / (1 - k), (1 - g - k) / (1 - k), (1 - b - k) / (1 - k), k];
}

/** Rewrites the colour operators of one content stream. */
export function cmykContent(content: string): string {
  const n = '(-?[\\d.]+)';
  return content
    .replace(new RegExp(`/DeviceRGB (cs|CS)(\\s+)${n} ${n} ${n} (scn|SCN|sc|SC)`, 'g'), (_m, op: string, ws: string, r: string, g: string, b: string, set: string) => {
      const c = rgbToCmyk(num(r), num(g), num(b)).map(fmt).join(' ');
      return `/DeviceCMYK ${op}${ws}${c} ${set}`;
    })
    .replace(new RegExp(`(^|\\s)${n} ${n} ${n} (rg|RG)(?=\\s)`, 'g'), (_m, pre: string, r: string, g: string, b: string, op: string) => {
      return `${pre}${rgbToCmyk(num(r), num(g), num(b)).map(fmt).join(' ')} ${op === 'rg' ? 'k' : 'K'}`;
    });
}

function rewriteStream(doc: PDFDocument, ref: PDFRef): void {
  const stream = doc.context.lookup(ref);
  if (!(stream instanceof PDFRawStream)) return;
  const filter = stream.dict.get(PDFName.of('Filter'));
  if (filter && filter !== PDFName.of('FlateDecode')) return;
  const raw = filter ? inflateSync(stream.contents) : Buffer.from(stream.contents);
  const before = raw.toString('latin1');
  const after = cmykContent(before);
  if (after === before) return;
  const dict = stream.dict.clone(doc.context);
  const data = deflateSync(Buffer.from(after, 'latin1'));
  dict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
  dict.set(PDFName.of('Length'), doc.context.obj(data.length));
  doc.context.assign(ref, PDFRawStream.of(dict, data));
}

/** Content streams of a page and of every form XObject it draws (galleys are forms). */
function contentStreams(doc: PDFDocument, page: PDFPage): PDFRef[] {
  const refs: PDFRef[] = [];
  const contents = page.node.get(PDFName.of('Contents'));
  if (contents instanceof PDFRef) refs.push(contents);
  else if (contents instanceof PDFArray) for (const c of contents.asArray()) if (c instanceof PDFRef) refs.push(c);
  walkResources(doc, page.node.get(PDFName.of('Resources')), { form: (ref) => refs.push(ref) });
  return refs;
}

function cropMarks(page: PDFPage, o: PrepressOptions): void {
  const origin = o.bleed + o.slug;
  const left = origin;
  const right = origin + o.trimWidth;
  const bottom = origin;
  const top = origin + o.trimHeight;
  const gap = o.bleed + 1;
  const length = o.slug - 2 * MM;
  // Registration colour: the marks print on every plate.
  const color = cmyk(1, 1, 1, 1);
  const line = (x1: number, y1: number, x2: number, y2: number) => page.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness: 0.25, color });
  for (const x of [left, right]) {
    line(x, bottom - gap, x, bottom - gap - length);
    line(x, top + gap, x, top + gap + length);
  }
  for (const y of [bottom, top]) {
    line(left - gap, y, left - gap - length, y);
    line(right + gap, y, right + gap + length, y);
  }
}

export function prepress(doc: PDFDocument, o: PrepressOptions): { fonts: { before: number; after: number } } {
  const origin = o.bleed + o.slug;
  const fonts = uniqueFontSubsets(doc);
  for (const page of doc.getPages()) {
    for (const ref of contentStreams(doc, page)) rewriteStream(doc, ref);
    const { width, height } = page.getSize();
    page.setBleedBox(o.slug, o.slug, width - 2 * o.slug, height - 2 * o.slug);
    page.setTrimBox(origin, origin, o.trimWidth, o.trimHeight);
    if (o.marks) cropMarks(page, o);
  }
  doc.setTitle(o.meta.title, { showInWindowTitleBar: true });
  doc.setAuthor('Dinas Kominfosan Kabupaten Balangan');
  doc.setSubject(o.meta.subject);
  doc.setKeywords(o.meta.keywords);
  doc.setCreator('jurnal');
  doc.setProducer('jurnal (react-pdf, pdf-lib)');
  doc.setLanguage('id-ID');
  doc.setCreationDate(o.meta.date);
  doc.setModificationDate(o.meta.date);
  if (o.outputIntent) addOutputIntent(doc, o.outputIntent);
  // A fixed file identifier (PDF/X wants one; pdf-lib writes none): derived from the title and date.
  const id = PDFHexString.of(createHash('md5').update(`${o.meta.title}\n${o.meta.date.toISOString()}`).digest('hex'));
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
  return { fonts };
}
