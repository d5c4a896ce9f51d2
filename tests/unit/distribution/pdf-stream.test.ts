import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allocate } from '../../../src/distribution/allocate.js';
import { allocationSchema } from '../../../src/distribution/config.js';
import { labelPdf, manifestPdf, receiptPdf } from '../../../src/distribution/documents.js';
import type { Recipient } from '../../../src/distribution/registry.js';
import { fonts, openPdf, pageText } from '../../helpers/pdf.js';

const config = allocationSchema.parse({ eksemplar: { skpd: 3, desa: 2, kelurahan: 2, vertikal: 1, kim: 1, lainnya: 1 }, cadangan: { persen: 5, minimum: 10 }, isiIkat: 50 });
const edition = { id: '2026-05', title: 'Jurnal Balangan', number: 5, date: '2026-05-19', pages: 12, format: 'a4' };
const meta = { title: 'Tanda terima — Jurnal Balangan Edisi 5', date: new Date('2026-05-19T00:00:00Z') };
const recipient = (i: number, name: string): Recipient => ({ id: `r-${i}`, category: i % 2 ? 'desa' : 'skpd', name, kecamatan: i % 2 ? 'Halong' : '', kodeWilayah: '', address: '', contact: '', route: '', source: '', line: i + 2 });
// Copies differ (skpd 3, desa 2), so receipts on one page use two drawn-once heads.
const allocation = allocate(Array.from({ length: 7 }, (_, i) => recipient(i, i === 3 ? 'Desa\u200bTanah Habang' : `Penerima Nomor ${i}`)), config);
const work = mkdtempSync(path.join(tmpdir(), 'jurnal-pdfstream-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('streamed paperwork', () => {
  it('the same input gives the same bytes', async () => {
    const [a, b] = [await receiptPdf(allocation, edition, meta), await receiptPdf(allocation, edition, meta)];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const [m1, m2] = [await manifestPdf(allocation, edition, config, new Set(), meta), await manifestPdf(allocation, edition, config, new Set(), meta)];
    expect(Buffer.from(m1).equals(Buffer.from(m2))).toBe(true);
  });

  it('every receipt on a page keeps its own copies, name and number; fonts are embedded subsets with the title set', async () => {
    const doc = openPdf(await receiptPdf(allocation, edition, meta));
    expect(doc.countPages()).toBe(3);
    const text = Array.from({ length: 3 }, (_, i) => pageText(doc, i)).join('\n').replace(/\s+/g, ' ');
    for (const d of allocation.routes.flatMap((r) => r.deliveries)) {
      expect(text).toContain(`No. 5/${d.recipient.id}`);
      expect(text).toContain(d.recipient.name.replace('\u200b', ' '));
    }
    expect(text.match(/Telah diterima 3 \(tiga\)/g)).toHaveLength(4);
    expect(text.match(/Telah diterima 2 \(dua\)/g)).toHaveLength(3);
    const used = fonts(doc);
    expect(used.length).toBeGreaterThan(0);
    expect(used.every((f) => f.embedded && /^[A-Z]{6}\+/.test(f.name))).toBe(true);
    expect(doc.getTrailer().get('Info').get('Title').asString()).toBe(meta.title);
  });

  it('writes to a temporary file beside the target, which appears only on commit and goes on discard', async () => {
    const file = path.join(work, 'label.pdf');
    const staged = await labelPdf(allocation, edition, config, meta, file);
    expect(existsSync(file)).toBe(false);
    staged.commit();
    expect(openPdf(readFileSync(file)).countPages()).toBe(1);
    const again = await labelPdf(allocation, edition, config, meta, path.join(work, 'lagi.pdf'));
    again.discard();
    expect(readdirSync(work)).toEqual(['label.pdf']);
  });
});
