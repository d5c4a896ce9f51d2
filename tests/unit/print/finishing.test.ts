import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, Font, Image, Page, renderToBuffer, Text } from '@react-pdf/renderer';
import { fill, PDFArray, PDFDocument, PDFName, PDFRawStream, popGraphicsState, pushGraphicsState, rectangle, setFillingCmykColor } from 'pdf-lib';
import { createElement as h } from 'react';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cmykProfile, preparePhoto, PROFILES } from '../../../src/images/prepare.js';
import { SANS } from '../../../src/layout/fonts.js';
import { registerFonts } from '../../../src/layout/register-fonts.js';
import { embeddedFonts } from '../../../src/print/fonts.js';
import { preflight } from '../../../src/print/preflight.js';
import { prepress, type PrepressOptions } from '../../../src/print/prepress.js';

registerFonts(Font);

const options = (extra: Partial<PrepressOptions> = {}): PrepressOptions => ({
  trimWidth: 200,
  trimHeight: 200,
  bleed: 8,
  slug: 20,
  marks: true,
  meta: { title: 'Uji', subject: 'Uji', keywords: [], date: new Date('2026-05-19T00:00:00Z') },
  ...extra,
});

const galley = (text: string) => renderToBuffer(h(Document, null, h(Page, { size: [256, 256] }, h(Text, { style: { fontFamily: SANS, fontWeight: 700 } }, text))));

/** Galleys merged as pdf-lib merges them in the build: each one a form XObject on the page. */
async function merged(texts: string[]): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([256, 256]);
  for (const [i, t] of texts.entries()) {
    const [embedded] = await doc.embedPdf(await galley(t));
    page.drawPage(embedded!, { x: 0, y: i * 10 });
  }
  return doc;
}

async function photo(profile: keyof typeof PROFILES): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'jurnal-photo-'));
  const source = path.join(dir, 'merah.png');
  await sharp({ create: { width: 120, height: 80, channels: 3, background: { r: 200, g: 30, b: 40 } } }).png().toFile(source);
  const prepared = await preparePhoto({ file: source, width: 120, height: 80, focus: { x: 0.5, y: 0.5 } }, { width: 36, height: 24 }, PROFILES[profile], dir);
  return prepared.file;
}

const withPhoto = async (file: string) =>
  PDFDocument.load(await renderToBuffer(h(Document, null, h(Page, { size: [256, 256] }, h(Image, { src: readFileSync(file), style: { width: 36, height: 24 } })))));

function images(doc: PDFDocument): PDFRawStream[] {
  return doc.context.enumerateIndirectObjects().flatMap(([, o]) => (o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of('Image') ? [o] : []));
}

describe('font subsets in the finished file', () => {
  it('gives two different subsets that share a tag their own tags, consistently in all three names', async () => {
    const doc = await merged(['Jembatan Gantung', 'Pasar Murah Paringin']);
    expect(preflight(doc, []).duplicateSubsetNames.length).toBeGreaterThan(0);
    prepress(doc, options());
    const check = preflight(await PDFDocument.load(await doc.save()), []);
    expect(check.duplicateSubsetNames).toEqual([]);
    expect(check.errors).toEqual([]);
    const fonts = embeddedFonts(doc);
    expect(fonts).toHaveLength(2);
    const names = fonts.map((f) => f.name);
    expect(new Set(names).size).toBe(2);
    for (const f of fonts) {
      expect(f.name).toMatch(/^[A-Z]{6}\+Inter-Bold$/);
      expect(f.descendantName ?? f.name).toBe(f.name);
      expect(f.descriptorName).toBe(f.name);
    }
  });

  it('merges identical font programs into one object, deterministically', async () => {
    const doc = await merged(['Sama saja', 'Sama saja', 'Lain lagi']);
    expect(embeddedFonts(doc).length).toBe(3);
    const { fonts } = prepress(doc, options());
    expect(fonts).toEqual({ before: 3, after: 2 });
    const again = await merged(['Sama saja', 'Sama saja', 'Lain lagi']);
    prepress(again, options());
    expect(Buffer.from(await again.save()).equals(Buffer.from(await doc.save()))).toBe(true);
  });
});

describe('photo colour per print profile', () => {
  it('offset: the placed photo is a CMYK JPEG, embedded as DeviceCMYK with the Adobe decode', async () => {
    const file = await photo('offset');
    expect((await sharp(file).metadata()).channels).toBe(4);
    const doc = await withPhoto(file);
    const [image] = images(doc);
    expect(image!.dict.get(PDFName.of('ColorSpace'))).toBe(PDFName.of('DeviceCMYK'));
    expect(image!.dict.lookup(PDFName.of('Decode'), PDFArray).toString()).toBe('[ 1 0 1 0 1 0 1 0 ]');
    const check = preflight(doc, [], { profile: 'offset' });
    expect(check.images).toEqual([{ page: 1, colourSpace: 'DeviceCMYK' }]);
    expect(check.wrongImageColour).toEqual([]);
  });

  it('koran stays gray and kantor RGB; an RGB photo fails the offset check', async () => {
    const gray = preflight(await withPhoto(await photo('koran')), [], { profile: 'koran' });
    expect(gray.images).toEqual([{ page: 1, colourSpace: 'DeviceGray' }]);
    expect(gray.wrongImageColour).toEqual([]);
    const rgb = await withPhoto(await photo('kantor'));
    expect(preflight(rgb, [], { profile: 'kantor' }).errors).toEqual([]);
    const asOffset = preflight(rgb, [], { profile: 'offset' });
    expect(asOffset.wrongImageColour).toEqual([{ page: 1, colourSpace: 'DeviceRGB' }]);
    expect(asOffset.errors.join(' ')).toContain('bukan CMYK');
  });
});

describe('output intent', () => {
  it('is there for offset, with the CMYK profile the photos were separated with', async () => {
    const icc = await cmykProfile();
    expect(icc.toString('latin1', 16, 20)).toBe('CMYK');
    const doc = await merged(['Offset']);
    prepress(doc, options({ outputIntent: { icc, identifier: 'Custom', condition: 'Chemical proof' } }));
    const check = preflight(await PDFDocument.load(await doc.save()), [], { profile: 'offset' });
    expect(check.outputIntent).toEqual({ identifier: 'Custom', condition: 'Chemical proof', components: 4 });
    expect(check.errors).toEqual([]);
  });

  it('is absent for kantor, which an offset preflight reports', async () => {
    const doc = await merged(['Kantor']);
    prepress(doc, options({ marks: false, slug: 0 }));
    const saved = await PDFDocument.load(await doc.save());
    expect(preflight(saved, [], { profile: 'kantor' }).outputIntent).toBeNull();
    expect(preflight(saved, [], { profile: 'offset' }).errors).toContain('output intent (GTS_PDFX, profil CMYK) tidak ada');
  });
});

describe('nothing but the marks in the slug', () => {
  it('reports a filled band that runs past the bleed and accepts one that ends at it', async () => {
    const o = options();
    const edge = o.slug + o.bleed + o.trimWidth + o.bleed + o.slug;
    const make = async (y: number, height: number) => {
      const doc = await PDFDocument.create();
      const page = doc.addPage([edge, edge]);
      // As react-pdf paints: a paper-white page background, then the band (`re` … `f`).
      page.pushOperators(pushGraphicsState(), setFillingCmykColor(0, 0, 0, 0), rectangle(0, 0, edge, edge), fill(), popGraphicsState());
      page.pushOperators(pushGraphicsState(), setFillingCmykColor(1, 0.6, 0, 0.2), rectangle(o.slug, y, edge - 2 * o.slug, height), fill(), popGraphicsState());
      prepress(doc, o);
      return preflight(await PDFDocument.load(await doc.save()), []);
    };
    const inside = await make(edge - o.slug - 30, 30);
    expect(inside.outsideBleed).toEqual([]);
    const outside = await make(edge - 30, 30);
    expect(outside.outsideBleed).toHaveLength(1);
    expect(outside.errors.join(' ')).toContain('BleedBox');
  });
});
