import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/content/article.js';
import { inventory } from '../../../src/print/inventory.js';
import { pageHashes } from '../../../src/print/page-hash.js';
import type { LegBox } from '../../../src/layout/compose.js';

const { article } = parseArticle(
  new TextEncoder().encode(`---\ntitle: Dana Desa\nsection: desa\nkind: berita\nauthor: A\ndate: 2026-05-01\n---\n\nRekapitulasi penyaluran menurut kecamatan di seluruh kabupaten:\n\n| Kecamatan | Desa | Cair |\n|---|---:|---:|\n| Juai | 21 | 18 |\n| Halong | 24 | 20 |\n\nKegiatan padat karya yang dianjurkan antara lain perbaikan jalan usaha tani.\n`),
  { slug: 'dana', file: 'dana.md', sections: ['desa'] },
);

describe('content inventory', () => {
  const full = 'Rekapitulasi penyaluran menurut keca-\nmatan di seluruh kabupaten:\nKecamatan Desa Cair\nJuai 21 18\nHalong 24 20\nKegiatan padat karya yang dianjurkan antara lain perbai-\nkan jalan usaha tani.';

  it('finds every block, with words hyphenated at line ends joined', () => {
    expect(inventory([{ article: article!, text: full, cuts: 0 }])).toEqual([]);
  });

  it('notices a lost table row', () => {
    const [d] = inventory([{ article: article!, text: full.replace('Halong 24 20\n', ''), cuts: 0 }]);
    expect(d).toMatchObject({ file: 'dana.md', rule: 'inventaris-teks', severity: 'error' });
    expect(d!.message).toContain('Halong 24 20');
  });

  it('allows the runs that straddle a cut to a continuation', () => {
    const cut = full.replace('antara lain perbai-\nkan', 'antara lain\n[halaman lain]\nperbaikan');
    expect(inventory([{ article: article!, text: cut, cuts: 1 }])).toEqual([]);
  });
});

describe('leg texts kept by page hash', () => {
  // The compiled module: the reading runs in a worker thread, which loads dist/ (built by the test setup).
  const load = async () => (await import(path.resolve(import.meta.dirname, '../../../dist/print/inventory.js'))) as typeof import('../../../src/print/inventory.js');
  const box = (slug: string, page: number, left: number, right: number): LegBox => ({ slug, page, left, bottom: 20, right, top: 180 });

  it('reads only the pages no earlier build read, and keeps what it read', async () => {
    const { legTexts } = await load();
    const make = async (second: string) => {
      const doc = await PDFDocument.create();
      const font = await doc.embedFont(StandardFonts.Helvetica);
      for (const text of ['Halaman satu', second]) doc.addPage([200, 200]).drawText(text, { x: 10, y: 100, size: 12, font });
      const bytes = await doc.save();
      return { bytes, hashes: pageHashes(await PDFDocument.load(bytes)) };
    };
    const legs = [box('a', 1, 0, 200), box('b', 2, 0, 200)];
    const cache = mkdtempSync(path.join(tmpdir(), 'teks-kolom-'));
    const a = await make('Halaman dua');
    expect(await legTexts(a.bytes, a.hashes, legs, cache)).toEqual(['Halaman satu', 'Halaman dua']);
    const kept = readdirSync(cache);
    expect(kept).toHaveLength(2);
    // Page 1 is drawn the same: its kept text is used (shown by altering it), page 2 is read.
    for (const f of kept) writeFileSync(path.join(cache, f), JSON.stringify(['DARI CACHE']));
    const b = await make('Halaman tiga');
    expect(b.hashes[0]).toBe(a.hashes[0]);
    expect(await legTexts(b.bytes, b.hashes, legs, cache)).toEqual(['DARI CACHE', 'Halaman tiga']);
    expect(readdirSync(cache)).toHaveLength(3);
  });

  it('keeps two columns apart whose baselines nearly meet, and reads a word hyphenated at a line end whole', async () => {
    const { legTexts, normalizedText } = await load();
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([200, 200]);
    // Drawn line by line, alternating columns, the right one 0.4 pt lower: PDFium's page text runs them together.
    page.drawText('antara lain perbai-', { x: 10, y: 100, size: 8, font });
    page.drawText('Sumber: Narasumber Uji.', { x: 110, y: 99.6, size: 6, font });
    page.drawText('kan jalan usaha tani.', { x: 10, y: 90, size: 8, font });
    page.drawText('kecamatan lain', { x: 110, y: 89.6, size: 8, font });
    const bytes = await doc.save();
    const [left, right] = await legTexts(bytes, pageHashes(await PDFDocument.load(bytes)), [box('a', 1, 5, 100), box('b', 1, 105, 200)], mkdtempSync(path.join(tmpdir(), 'teks-kolom-')));
    expect(left).toMatch(/perbai-\s*kan/);
    expect(normalizedText(left!)).toBe('antaralainperbaikanjalanusahatani');
    expect(normalizedText(right!)).toBe('sumbernarasumberujikecamatanlain');
  });
});
