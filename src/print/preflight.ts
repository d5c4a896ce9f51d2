/** Preflight: what a print shop checks first, read back from the finished PDF with pdf-lib. */
import { PDFArray, PDFDict, type PDFDocument, PDFName, type PDFObject, PDFRawStream, PDFRef, PDFString, PDFHexString } from 'pdf-lib';
import type { PrintProfile } from '../images/prepare.js';
import { embeddedFonts } from './fonts.js';
import { filledRects, rectsOutside } from './paint.js';
import { walkResources } from './resources.js';

export interface Preflight {
  pages: number;
  multipleOf4: boolean;
  fonts: { name: string; embedded: boolean }[];
  /** Embedded font programs (distinct bytes) and font dictionaries holding them. */
  fontPrograms: number;
  fontObjects: number;
  /** Subset names (BaseFont) used by more than one different font program: an error. */
  duplicateSubsetNames: string[];
  boxes: { media: number[]; trim: number[]; bleed: number[] };
  /** Pages whose vector content or images use colour (not only K / gray). */
  colourPages: number[];
  photos: { slug: string; page: number; ppi: number }[];
  /** Colour space of every image XObject drawn, per page (`DeviceCMYK`, `ICCBased/4`, `DeviceGray`, …). */
  images: { page: number; colourSpace: string }[];
  /** Images whose colour space the print profile does not allow (offset: CMYK; koran: gray). */
  wrongImageColour: { page: number; colourSpace: string }[];
  /** The catalog's PDF/X output intent, if any. */
  outputIntent: { identifier: string; condition: string; components: number } | null;
  /** Filled areas reaching past the BleedBox into the slug (page, rectangle in pt). */
  outsideBleed: { page: number; rect: number[] }[];
  /** The failing checks, one sentence each; the build treats each as an error. */
  errors: string[];
}

const round = (v: number) => Math.round(v * 100) / 100;

function colourSpaceName(doc: PDFDocument, cs: PDFObject | undefined): string {
  const o = cs instanceof PDFRef ? doc.context.lookup(cs) : cs;
  if (o instanceof PDFName) return o.decodeText();
  if (o instanceof PDFArray) {
    const family = o.get(0);
    if (family === PDFName.of('ICCBased')) {
      const stream = doc.context.lookup(o.get(1));
      const n = stream instanceof PDFRawStream ? stream.dict.get(PDFName.of('N')) : undefined;
      return `ICCBased/${n?.toString() ?? '?'}`;
    }
    if (family === PDFName.of('Indexed')) return `Indexed/${colourSpaceName(doc, o.get(1))}`;
    return family instanceof PDFName ? family.decodeText() : 'unknown';
  }
  return 'none';
}

const allowed: Record<PrintProfile['id'], (cs: string) => boolean> = {
  offset: (cs) => cs === 'DeviceCMYK' || cs === 'ICCBased/4',
  koran: (cs) => cs === 'DeviceGray' || cs === 'ICCBased/1',
  kantor: () => true,
};

const text = (o: PDFObject | undefined) => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : '');

export function preflight(doc: PDFDocument, photos: Preflight['photos'], options: { profile?: PrintProfile['id'] } = {}): Preflight {
  const fonts = new Map<string, boolean>();
  const colourPages = new Set<number>();
  const images: Preflight['images'] = [];
  doc.getPages().forEach((page, i) => {
    const seenImages = new Set<string>();
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
        if (!(x instanceof PDFRawStream) || x.dict.get(PDFName.of('Subtype')) !== PDFName.of('Image')) continue;
        if (x.dict.get(PDFName.of('ImageMask'))?.toString() === 'true') continue;
        const cs = colourSpaceName(doc, x.dict.get(PDFName.of('ColorSpace')));
        if (!seenImages.has(ref.toString())) {
          seenImages.add(ref.toString());
          images.push({ page: i + 1, colourSpace: cs });
        }
        if (!['DeviceGray', 'ICCBased/1', 'Indexed/DeviceGray'].includes(cs)) colourPages.add(i + 1);
      }
    } });
  });

  // Font programs and the names they go by.
  const embedded = embeddedFonts(doc).filter((f) => f.program);
  const programsByName = new Map<string, Set<string>>();
  for (const f of embedded) {
    for (const name of new Set([f.name, f.descendantName, f.descriptorName].filter((n): n is string => !!n))) {
      const set = programsByName.get(name) ?? new Set<string>();
      set.add(f.program!);
      programsByName.set(name, set);
    }
  }
  const duplicateSubsetNames = [...programsByName].filter(([, s]) => s.size > 1).map(([n]) => n).sort();

  const intents = doc.catalog.lookupMaybe(PDFName.of('OutputIntents'), PDFArray);
  const gts = intents?.asArray().map((r) => doc.context.lookup(r)).find((d): d is PDFDict => d instanceof PDFDict && d.get(PDFName.of('S')) === PDFName.of('GTS_PDFX'));
  const profileStream = gts?.lookup(PDFName.of('DestOutputProfile'));
  const outputIntent = gts
    ? {
        identifier: text(gts.get(PDFName.of('OutputConditionIdentifier'))),
        condition: text(gts.get(PDFName.of('OutputCondition'))),
        components: profileStream instanceof PDFRawStream ? Number(profileStream.dict.get(PDFName.of('N'))?.toString() ?? 0) : 0,
      }
    : null;

  const outsideBleed: Preflight['outsideBleed'] = [];
  doc.getPages().forEach((page, i) => {
    const b = page.getBleedBox();
    for (const r of rectsOutside(filledRects(doc, page), { x1: b.x, y1: b.y, x2: b.x + b.width, y2: b.y + b.height })) {
      outsideBleed.push({ page: i + 1, rect: [r.x1, r.y1, r.x2, r.y2].map(round) });
    }
  });

  const first = doc.getPage(0);
  const box = (b: { x: number; y: number; width: number; height: number }) => [b.x, b.y, b.x + b.width, b.y + b.height].map(round);
  const profile = options.profile;
  const wrongImageColour = profile ? images.filter((im) => !allowed[profile](im.colourSpace)) : [];

  const errors: string[] = [];
  if (duplicateSubsetNames.length) errors.push(`nama subset fon dipakai oleh lebih dari satu program fon: ${duplicateSubsetNames.join(', ')}`);
  if (profile && wrongImageColour.length) {
    const want = profile === 'offset' ? 'CMYK' : 'DeviceGray';
    errors.push(`gambar bukan ${want} untuk profil ${profile}: ${wrongImageColour.map((w) => `hal. ${w.page} ${w.colourSpace}`).join(', ')}`);
  }
  if (profile === 'offset' && (!outputIntent || outputIntent.components !== 4)) errors.push('output intent (GTS_PDFX, profil CMYK) tidak ada');
  if (outsideBleed.length) errors.push(`bidang berwarna melewati BleedBox: ${outsideBleed.map((o) => `hal. ${o.page} [${o.rect.join(' ')}]`).join(', ')}`);

  return {
    pages: doc.getPageCount(),
    multipleOf4: doc.getPageCount() % 4 === 0,
    fonts: [...fonts].map(([name, embedded]) => ({ name, embedded })).sort((a, b) => a.name.localeCompare(b.name)),
    fontPrograms: new Set(embedded.map((f) => f.program)).size,
    fontObjects: embedded.length,
    duplicateSubsetNames,
    boxes: { media: box(first.getMediaBox()), trim: box(first.getTrimBox()), bleed: box(first.getBleedBox()) },
    colourPages: [...colourPages].sort((a, b) => a - b),
    photos,
    images,
    wrongImageColour,
    outputIntent,
    outsideBleed,
    errors,
  };
}
