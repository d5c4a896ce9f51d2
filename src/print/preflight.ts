/** Preflight: what a print shop checks first, read back from the finished PDF with pdf-lib. */
import { PDFArray, PDFDict, type PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { walkResources } from './resources.js';

export interface Preflight {
  pages: number;
  multipleOf4: boolean;
  fonts: { name: string; embedded: boolean }[];
  boxes: { media: number[]; trim: number[]; bleed: number[] };
  /** Pages whose vector content or images use colour (not only K / gray). */
  colourPages: number[];
  photos: { slug: string; page: number; ppi: number }[];
}

export function preflight(doc: PDFDocument, photos: Preflight['photos']): Preflight {
  const fonts = new Map<string, boolean>();
  const colourPages = new Set<number>();
  doc.getPages().forEach((page, i) => {
    walkResources(doc, page.node.get(PDFName.of('Resources')), { resources: (res) => {
      const fontDict = res.lookupMaybe(PDFName.of('Font'), PDFDict);
      for (const [, ref] of fontDict?.entries() ?? []) {
        const font = doc.context.lookup(ref);
        if (!(font instanceof PDFDict)) continue;
        const descendants = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray);
        const target = descendants ? (doc.context.lookup(descendants.get(0)) as PDFDict) : font;
        const descriptor = target.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
        const embedded = !!descriptor && ['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor.has(PDFName.of(k)));
        fonts.set(String(font.get(PDFName.of('BaseFont'))).replace(/^\//, ''), embedded);
      }
      const xobjects = res.lookupMaybe(PDFName.of('XObject'), PDFDict);
      for (const [, ref] of xobjects?.entries() ?? []) {
        const x = doc.context.lookup(ref);
        if (x instanceof PDFRawStream && x.dict.get(PDFName.of('Subtype')) === PDFName.of('Image') && x.dict.get(PDFName.of('ColorSpace')) === PDFName.of('DeviceRGB')) colourPages.add(i + 1);
      }
    } });
  });
  const first = doc.getPage(0);
  const box = (b: { x: number; y: number; width: number; height: number }) => [b.x, b.y, b.x + b.width, b.y + b.height].map((v) => Math.round(v * 100) / 100);
  return {
    pages: doc.getPageCount(),
    multipleOf4: doc.getPageCount() % 4 === 0,
    fonts: [...fonts].map(([name, embedded]) => ({ name, embedded })).sort((a, b) => a.name.localeCompare(b.name)),
    boxes: { media: box(first.getMediaBox()), trim: box(first.getTrimBox()), bleed: box(first.getBleedBox()) },
    colourPages: [...colourPages].sort((a, b) => a - b),
    photos,
  };
}
