import { PDFDocument, rgb } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pageHashes } from '../../../src/print/page-hash.js';

/** Three pages; `grey` is the shade of page 2's square; `padding` adds unused objects first, so every object number differs. */
async function pdf(grey: number, padding = 0): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < padding; i++) doc.context.register(doc.context.obj({ Unused: i }));
  const font = await doc.embedFont('Helvetica');
  for (let i = 0; i < 3; i++) {
    const page = doc.addPage([300, 400]);
    page.setTrimBox(10, 10, 280, 380);
    page.drawText(`Halaman ${i + 1}`, { x: 20, y: 350, size: 12, font });
    page.drawRectangle({ x: 20, y: 20, width: 50, height: 50, color: i === 1 ? rgb(grey, grey, grey) : rgb(0, 0, 0) });
  }
  // Loaded from bytes, as the build and the previews hash it.
  return PDFDocument.load(await doc.save({ useObjectStreams: false }));
}

describe('page hashes', () => {
  it('are the same for a page drawn the same in another file, whatever the object numbers, and differ for a changed page', async () => {
    const a = pageHashes(await pdf(0.5));
    const b = pageHashes(await pdf(0.5, 7));
    const c = pageHashes(await pdf(0.6, 3));
    expect(new Set(a).size).toBe(3);
    expect(b).toEqual(a);
    expect(c[0]).toBe(a[0]);
    expect(c[2]).toBe(a[2]);
    expect(c[1]).not.toBe(a[1]);
  });

  it('change with a page box', async () => {
    const doc = await pdf(0.5);
    const before = pageHashes(doc);
    doc.getPage(2).setTrimBox(12, 10, 276, 380);
    const after = pageHashes(doc);
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
    expect(after[2]).not.toBe(before[2]);
  });
});
