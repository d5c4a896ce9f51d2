import { PDFDocument, rgb } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readingSpreads } from '../../../src/print/preview-contact.js';
import { contactSheet } from '../../../src/print/preview-contact.js';
import { renderPages } from '../../../src/print/preview-render.js';
import { previewFiles, previewPageName, previewsFor } from '../../../src/print/preview.js';
import { previewThumbnail } from '../../../src/images/prepare.js';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const MM = 72 / 25.4;

/** Pages of two shapes (A4, tabloid), with bleed and a slug; a photo (CMYK JPEG) on page 2. */
async function samplePdf(square = rgb(0, 0, 0)): Promise<{ bytes: Uint8Array; trims: { w: number; h: number }[] }> {
  const doc = await PDFDocument.create();
  const trims = [{ w: 210, h: 297 }, { w: 210, h: 297 }, { w: 280, h: 430 }, { w: 210, h: 297 }].map((t) => ({ w: t.w * MM, h: t.h * MM }));
  const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 200, g: 30, b: 30 } } }).toColourspace('cmyk').jpeg().toBuffer();
  const image = await doc.embedJpg(photo);
  const outer = 10 * MM;
  trims.forEach((t, i) => {
    const page = doc.addPage([t.w + 2 * outer, t.h + 2 * outer]);
    page.setTrimBox(outer, outer, t.w, t.h);
    page.drawRectangle({ x: 0, y: 0, width: t.w + 2 * outer, height: t.h + 2 * outer, color: rgb(0, 0, 1) }); // outside the trim: must not show
    page.drawRectangle({ x: outer, y: outer, width: t.w, height: t.h, color: rgb(1, 1, 1) });
    page.drawRectangle({ x: outer + 10, y: outer + 10, width: 50, height: 50, color: i === 3 ? square : rgb(0, 0, 0) });
    if (i === 1) page.drawImage(image, { x: outer + 20, y: outer + 200, width: 300, height: 200 });
  });
  return { bytes: await doc.save(), trims };
}

const pngSize = async (png: Uint8Array) => {
  const m = await sharp(png).metadata();
  return { width: m.width!, height: m.height! };
};

describe('page previews', () => {
  it('renders one PNG per page, each with the aspect of the page’s trim (±1 %), nothing of the slug', async () => {
    const { bytes, trims } = await samplePdf();
    const part = await renderPages({ pdf: bytes, dpi: 40, first: 1, stride: 1 });
    expect(part.total).toBe(4);
    expect(part.pages.map((p) => p.page)).toEqual([1, 2, 3, 4]);
    for (const [i, p] of part.pages.entries()) {
      const size = await pngSize(p.png);
      expect(size).toEqual({ width: p.width, height: p.height });
      expect(Math.abs(size.width / size.height / (trims[i]!.w / trims[i]!.h) - 1)).toBeLessThan(0.01);
      expect(size.width).toBeCloseTo((trims[i]!.w / 72) * 40, -1);
      // The corner is white paper, not the blue slug; the black square near the bottom-left corner is drawn.
      const { data, info } = await sharp(p.png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      const at = (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)];
      expect(at(1, 1)).toEqual([255, 255, 255]);
      expect(at(Math.round(((10 + 25) / 72) * 40), info.height - 1 - Math.round(((10 + 25) / 72) * 40))).toEqual([0, 0, 0]);
      if (i === 1) {
        // The (shrunk) CMYK photo keeps its colour: red.
        const [r, g, b] = at(Math.round(((20 + 150) / 72) * 40), info.height - 1 - Math.round(((200 + 100) / 72) * 40));
        expect(r).toBeGreaterThan(150);
        expect(g).toBeLessThan(90);
        expect(b).toBeLessThan(90);
      }
    }
  });

  it("draws a photo from the layout's preview copy when the photo cache has one", async () => {
    const doc = await PDFDocument.create();
    const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 200, g: 30, b: 30 } } }).toColourspace('cmyk').jpeg().toBuffer();
    const page = doc.addPage([300, 300]);
    page.drawImage(await doc.embedJpg(photo), { x: 0, y: 0, width: 300, height: 200 });
    const cache = mkdtempSync(path.join(tmpdir(), 'jurnal-pratinjau-foto-'));
    // A green copy, so the pixel tells which one was drawn.
    const copy = previewThumbnail(cache, photo);
    mkdirSync(path.dirname(copy), { recursive: true });
    writeFileSync(copy, await sharp({ create: { width: 60, height: 40, channels: 3, background: { r: 30, g: 180, b: 40 } } }).jpeg().toBuffer());
    const pdf = await doc.save();
    const colour = async (photoCache?: string) => {
      const [rendered] = (await renderPages({ pdf, dpi: 40, first: 1, stride: 1, ...(photoCache ? { photoCache } : {}) })).pages;
      const { data, info } = await sharp(rendered!.png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      const at = (Math.round(info.height * 0.8) * info.width + Math.round(info.width / 2)) * 3;
      return [...data.subarray(at, at + 3)];
    };
    const [r, g] = await colour(cache);
    expect(g).toBeGreaterThan(140);
    expect(r).toBeLessThan(80);
    expect((await colour())[0]).toBeGreaterThan(150);
  });

  it('splits the pages between workers by stride, with the same pixels', async () => {
    const { bytes } = await samplePdf();
    const whole = await renderPages({ pdf: bytes, dpi: 40, first: 1, stride: 1 });
    const even = await renderPages({ pdf: bytes, dpi: 40, first: 2, stride: 2 });
    expect(even.pages.map((p) => p.page)).toEqual([2, 4]);
    expect(Buffer.from(even.pages[0]!.png).equals(Buffer.from(whole.pages[1]!.png))).toBe(true);
  });

  it('is deterministic: the same PDF gives the same PNG bytes', async () => {
    const { bytes } = await samplePdf();
    const a = await renderPages({ pdf: bytes, dpi: 40, first: 1, stride: 1 });
    const b = await renderPages({ pdf: bytes, dpi: 40, first: 1, stride: 1 });
    expect(a.pages.map((p) => Buffer.from(p.png).toString('base64'))).toEqual(b.pages.map((p) => Buffer.from(p.png).toString('base64')));
  });

  it('lays the contact print out in reading spreads, with room for every page', async () => {
    expect(readingSpreads(1)).toEqual([[null, 1]]);
    expect(readingSpreads(4)).toEqual([[null, 1], [2, 3], [4, null]]);
    expect(readingSpreads(5)).toEqual([[null, 1], [2, 3], [4, 5]]);
    expect(readingSpreads(24).flat().filter((n) => n !== null)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    const { bytes } = await samplePdf();
    const part = await renderPages({ pdf: bytes, dpi: 40, first: 1, stride: 1 });
    const contact = await contactSheet(part.pages.map((p) => p.png), 100);
    const size = await pngSize(contact);
    // 3 spreads, 2 per row: 2 rows of pages 100 px high, 2 × 2 pages wide.
    expect(size.height).toBeGreaterThan(200);
    expect(size.width).toBeGreaterThan(4 * 70);
  });

  it('names the files pratinjau/hal-NN.png and pratinjau/lembar-kontak.png', () => {
    expect(previewPageName(3, 24)).toBe('hal-03.png');
    expect(previewPageName(3, 120)).toBe('hal-003.png');
    const files = previewFiles({ pages: [1, 2].map((page) => ({ page, png: new Uint8Array([page]), width: 1, height: 1 })), contact: new Uint8Array([9]), ms: 0 });
    expect(files.map(([name]) => name)).toEqual(['pratinjau/hal-01.png', 'pratinjau/hal-02.png', 'pratinjau/lembar-kontak.png']);
  });

  it('takes the previews of the previous build over when they were rendered from the same PDF bytes', async () => {
    const pdf = new Uint8Array([1, 2, 3]);
    const dir = mkdtempSync(path.join(tmpdir(), 'pratinjau-'));
    mkdirSync(path.join(dir, 'pratinjau'));
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    writeFileSync(path.join(dir, 'pratinjau', 'pratinjau.json'), JSON.stringify({ sumber: 'proof-x.pdf', sha256, dpi: 40, halaman: 2 }));
    for (const name of ['hal-01.png', 'hal-02.png', 'lembar-kontak.png']) writeFileSync(path.join(dir, 'pratinjau', name), name);
    const reused = await previewsFor(pdf, 'proof-x.pdf', dir);
    expect(reused.reused).toBe(true);
    expect(previewFiles(reused).map(([name, bytes]) => `${name}=${Buffer.from(bytes).toString().slice(0, 12)}`)).toEqual(['pratinjau/hal-01.png=hal-01.png', 'pratinjau/hal-02.png=hal-02.png', 'pratinjau/lembar-kontak.png=lembar-konta', 'pratinjau/pratinjau.json={\n  "sumber"']);
    // Another source name (a print build after a proof build) must not take them over: it renders, which
    // fails here on the bytes that are no PDF.
    await expect(previewsFor(pdf, 'jurnal-balangan-x.pdf', dir)).rejects.toThrow();
  });

  it('draws again only the pages that changed since the previous build, and takes the others over as drawn then', async () => {
    // The compiled module: rendering runs in a worker thread, which loads dist/ (built by the test setup).
    const { previewsFor: render } = (await import(path.resolve(import.meta.dirname, '../../../dist/print/preview.js'))) as typeof import('../../../src/print/preview.js');
    const dir = mkdtempSync(path.join(tmpdir(), 'pratinjau-'));
    const first = await render((await samplePdf()).bytes, 'jurnal-balangan-x.pdf', dir);
    expect(first.drawn).toBe(4);
    mkdirSync(path.join(dir, 'pratinjau'));
    for (const [name, bytes] of previewFiles(first)) writeFileSync(path.join(dir, name), bytes);
    const changed = (await samplePdf(rgb(0.5, 0.5, 0.5))).bytes;
    const second = await render(changed, 'jurnal-balangan-x.pdf', dir);
    expect(second.reused).toBeUndefined();
    expect(second.drawn).toBe(1);
    const fresh = await renderPages({ pdf: changed, dpi: 40, first: 1, stride: 1 });
    expect(second.pages.map((p) => Buffer.from(p.png).equals(Buffer.from(fresh.pages[p.page - 1]!.png)))).toEqual([true, true, true, true]);
    expect(Buffer.from(second.pages[3]!.png).equals(Buffer.from(first.pages[3]!.png))).toBe(false);
  });
});
