/**
 * Renders page previews: a PNG of every page's trim area. pdf.js parses and draws, @napi-rs/canvas (MIT)
 * rasterises and encodes. Only ever imported by preview-worker.ts: pdf.js must stay off the main thread
 * (it replaces global built-ins with slow polyfills, see notes-pdf.md).
 */
import { type Canvas, createCanvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, type PDFPageLeaf, PDFRawStream, PDFRef, PDFStream } from 'pdf-lib';
import sharp from 'sharp';

export interface PreviewRequest {
  pdf: Uint8Array;
  /** Resolution of the page PNGs. */
  dpi: number;
  /** This worker renders pages `first + k × stride` (1-based) of the document. */
  first: number;
  stride: number;
}

export interface RenderedPage {
  page: number;
  png: Uint8Array;
  width: number;
  height: number;
}

export interface PreviewPart {
  pages: RenderedPage[];
  total: number;
}

export async function renderPages({ pdf, dpi, first, stride }: PreviewRequest): Promise<PreviewPart> {
  // The trim of each page (pdf.js only exposes the crop box): the preview shows the page as it is cut.
  const source = await PDFDocument.load(pdf, { updateMetadata: false });
  const all = source.getPages();
  const mine = all.map((_, i) => i + 1).filter((n) => n >= first && (n - first) % stride === 0);
  const trims = all.map((p) => p.getTrimBox());
  // pdf.js decodes CMYK JPEGs in JavaScript, most of the time on a page with photos: scale them down first.
  const light = (await shrinkPhotos(source, mine.map((n) => all[n - 1]!.node), dpi)) ? await source.save({ useObjectStreams: false }) : pdf;
  const doc = await getDocument({ data: new Uint8Array(light), disableFontFace: true, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const scale = dpi / 72;
  const rendered: { page: number; canvas: Canvas }[] = [];
  const encoded: Promise<Buffer>[] = [];
  for (const n of mine) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale });
    const [viewLeft, viewBottom, viewRight, viewTop] = page.view as [number, number, number, number];
    const trim = trims[n - 1] ?? { x: viewLeft, y: viewBottom, width: viewRight - viewLeft, height: viewTop - viewBottom };
    const canvas = createCanvas(Math.max(1, Math.round(trim.width * scale)), Math.max(1, Math.round(trim.height * scale)));
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    const dx = -(trim.x - viewLeft) * scale;
    const dy = -(viewTop - (trim.y + trim.height)) * scale;
    await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: context as unknown as CanvasRenderingContext2D, viewport, transform: [1, 0, 0, 1, dx, dy] }).promise;
    page.cleanup();
    rendered.push({ page: n, canvas });
    encoded.push(canvas.encode('png')); // off the JS thread, while the next page is drawn
  }
  await doc.destroy();
  const pngs = await Promise.all(encoded);
  return { pages: rendered.map((r, i) => ({ page: r.page, png: new Uint8Array(pngs[i]!), width: r.canvas.width, height: r.canvas.height })), total: all.length };
}

/**
 * Replaces the JPEG photos reachable from `pages` (through nested forms too) by small uncompressed
 * sRGB images: 2 × `dpi` per inch of a 300 ppi print photo. Returns whether anything changed.
 */
async function shrinkPhotos(doc: PDFDocument, pages: PDFPageLeaf[], dpi: number): Promise<boolean> {
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
