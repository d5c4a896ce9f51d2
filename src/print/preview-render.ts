/**
 * Renders page previews: a PNG of every page's trim area. PDFium (the Chromium PDF renderer, BSD/Apache,
 * as WebAssembly through @hyzyla/pdfium, MIT) draws the page, sharp crops and encodes it. PDFium draws
 * the text of 24 tabloid pages in about a second, pdf.js in five; the print photos are scaled down
 * first, as either renderer spends most of a photo page decoding CMYK JPEGs at print resolution.
 */
import { readFile } from 'node:fs/promises';
import { PDFiumLibrary } from '@hyzyla/pdfium';
import { ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, type PDFPageLeaf, PDFRawStream, PDFRef, PDFStream } from 'pdf-lib';
import sharp from 'sharp';
import { previewThumbnail } from '../images/prepare.js';
import { pageHashes } from './page-hash.js';

export interface PreviewRequest {
  pdf: Uint8Array;
  /** Resolution of the page PNGs. */
  dpi: number;
  /** This worker renders pages `first + k × stride` (1-based) of the document. */
  first: number;
  stride: number;
  /** The layout's photo cache, where each print photo has a small preview copy (images/prepare.ts). */
  photoCache?: string;
  /** Hashes (page-hash.ts) of pages the caller already has previews of: those are not drawn. */
  known?: string[];
}

export interface RenderedPage {
  page: number;
  png: Uint8Array;
  width: number;
  height: number;
}

export interface PreviewPart {
  /** The pages drawn: this worker's share of those not `known`. */
  pages: RenderedPage[];
  total: number;
  /** The hash of every page of the document, in page order. */
  hashes: string[];
}

export async function renderPages({ pdf, dpi, first, stride, photoCache, known = [] }: PreviewRequest): Promise<PreviewPart> {
  // The trim of each page (the renderer draws the whole media box): the preview shows the page as it is cut.
  const source = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const all = source.getPages();
  // Hashed before the photos are swapped for their small copies.
  const hashes = pageHashes(source);
  const skip = new Set(known);
  const mine = all.map((_, i) => i + 1).filter((n) => n >= first && (n - first) % stride === 0 && !skip.has(hashes[n - 1]!));
  if (!mine.length) return { pages: [], total: all.length, hashes };
  const boxes = all.map((p) => ({ media: p.getMediaBox(), trim: p.getTrimBox() }));
  const light = (await shrinkPhotos(source, mine.map((n) => all[n - 1]!.node), dpi, photoCache)) ? await source.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY }) : pdf;
  const library = await PDFiumLibrary.init();
  const scale = dpi / 72;
  const encoded: Promise<RenderedPage>[] = [];
  try {
    const doc = await library.loadDocument(new Uint8Array(light));
    try {
      for (const n of mine) {
        const bitmap = await doc.getPage(n - 1).render({ scale, render: 'bitmap' });
        const { media, trim } = boxes[n - 1]!;
        // RGBA: the wrapper renders with PDFium's reverse byte order.
        const rgba = bitmap.data;
        const left = clamp(Math.round((trim.x - media.x) * scale), 0, bitmap.width - 1);
        const top = clamp(Math.round((media.y + media.height - (trim.y + trim.height)) * scale), 0, bitmap.height - 1);
        const width = clamp(Math.round(trim.width * scale), 1, bitmap.width - left);
        const height = clamp(Math.round(trim.height * scale), 1, bitmap.height - top);
        // Encoded by libvips off the JS thread while the next page is drawn.
        encoded.push(
          sharp(rgba, { raw: { width: bitmap.width, height: bitmap.height, channels: 4 } })
            .extract({ left, top, width, height })
            .flatten({ background: '#ffffff' })
            .png()
            .toBuffer()
            .then((png) => ({ page: n, png: new Uint8Array(png), width, height })),
        );
      }
    } finally {
      doc.destroy();
    }
  } finally {
    library.destroy();
  }
  return { pages: await Promise.all(encoded), total: all.length, hashes };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * Replaces the JPEG photos reachable from `pages` (through nested forms too) by small sRGB images:
 * the preview copy the layout made when it prepared the photo, or else one scaled down here, 2 × `dpi`
 * per inch of a 300 ppi print photo. Returns whether anything changed.
 */
async function shrinkPhotos(doc: PDFDocument, pages: PDFPageLeaf[], dpi: number, photoCache: string | undefined): Promise<boolean> {
  const seen = new Set<string>();
  const photos: PDFRef[] = [];
  const visit = (resources: unknown): void => {
    const res = resources instanceof PDFRef ? doc.context.lookup(resources) : resources;
    if (!(res instanceof PDFDict)) return;
    const xobjects = res.lookup(PDFName.of('XObject'));
    if (!(xobjects instanceof PDFDict)) return;
    for (const value of xobjects.values()) {
      if (!(value instanceof PDFRef) || seen.has(value.toString())) continue;
      seen.add(value.toString());
      const stream = doc.context.lookup(value);
      if (!(stream instanceof PDFStream)) continue;
      const subtype = stream.dict.get(PDFName.of('Subtype'));
      if (subtype === PDFName.of('Form')) visit(stream.dict.get(PDFName.of('Resources')));
      else if (subtype === PDFName.of('Image') && stream instanceof PDFRawStream && isJpeg(stream.dict.get(PDFName.of('Filter')))) photos.push(value);
    }
  };
  for (const page of pages) visit(page.Resources());
  const jobs = photos.map(async (ref) => {
    const stream = doc.context.lookup(ref) as PDFRawStream;
    const copy = photoCache ? await readFile(previewThumbnail(photoCache, stream.contents)).catch(() => undefined) : undefined;
    if (copy) {
      const { width, height, channels } = await sharp(copy).metadata();
      doc.context.assign(ref, doc.context.stream(copy, { Type: 'XObject', Subtype: 'Image', Width: width, Height: height, ColorSpace: channels === 1 ? 'DeviceGray' : 'DeviceRGB', BitsPerComponent: 8, Filter: 'DCTDecode' }));
      return;
    }
    const width = (stream.dict.get(PDFName.of('Width')) as PDFNumber | undefined)?.asNumber() ?? 0;
    const target = Math.max(16, Math.round((width * dpi * 2) / 300));
    if (width <= target) return;
    const { data, info } = await sharp(stream.contents, { limitInputPixels: 80_000_000 }).resize({ width: target }).toColourspace('srgb').removeAlpha().raw().toBuffer({ resolveWithObject: true });
    doc.context.assign(ref, doc.context.stream(data, { Type: 'XObject', Subtype: 'Image', Width: info.width, Height: info.height, ColorSpace: 'DeviceRGB', BitsPerComponent: 8 }));
  });
  await Promise.all(jobs);
  return photos.length > 0;
}

const isJpeg = (filter: unknown): boolean => filter === PDFName.of('DCTDecode') || (filter instanceof PDFArray && filter.size() === 1 && filter.get(0) === PDFName.of('DCTDecode'));
