import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/content/article.js';
import { inventory } from '../../../src/print/inventory.js';
import { pageHashes } from '../../../src/print/page-hash.js';

const { article } = parseArticle(
  new TextEncoder().encode(`---\ntitle: Dana Desa\nsection: desa\nkind: berita\nauthor: A\ndate: 2026-05-01\n---\n\nRekapitulasi penyaluran menurut kecamatan di seluruh kabupaten:\n\n| Kecamatan | Desa | Cair |\n|---|---:|---:|\n| Juai | 21 | 18 |\n| Halong | 24 | 20 |\n\nKegiatan padat karya yang dianjurkan antara lain perbaikan jalan usaha tani.\n`),
  { slug: 'dana', file: 'dana.md', sections: ['desa'] },
);

describe('content inventory', () => {
  const full = 'Rekapitulasi penyaluran menurut keca-\nmatan di seluruh kabupaten:\nKecamatan Desa Cair\nJuai 21 18\nHalong 24 20\nKegiatan padat karya yang dianjurkan antara lain perbai-\nkan jalan usaha tani.';

  it('finds every block, with words hyphenated at line ends joined', () => {
    expect(inventory([full], [{ article: article!, pages: [1], cuts: 0 }])).toEqual([]);
  });

  it('notices a lost table row', () => {
    const [d] = inventory([full.replace('Halong 24 20\n', '')], [{ article: article!, pages: [1], cuts: 0 }]);
    expect(d).toMatchObject({ file: 'dana.md', rule: 'inventaris-teks', severity: 'error' });
    expect(d!.message).toContain('Halong 24 20');
  });

  it('allows the runs that straddle a cut to a continuation', () => {
    const cut = full.replace('antara lain perbai-\nkan', 'antara lain\n[halaman lain]\nperbaikan');
    expect(inventory([cut], [{ article: article!, pages: [1], cuts: 1 }])).toEqual([]);
  });
});

describe('page texts kept by page hash', () => {
  it('reads only the pages no earlier build read, and keeps what it read', async () => {
    // The compiled module: the reading runs in a worker thread, which loads dist/ (built by the test setup).
    const { pageTexts } = (await import(path.resolve(import.meta.dirname, '../../../dist/print/inventory.js'))) as typeof import('../../../src/print/inventory.js');
    const make = async (second: string) => {
      const doc = await PDFDocument.create();
      const font = await doc.embedFont(StandardFonts.Helvetica);
      for (const text of ['Halaman satu', second]) doc.addPage([200, 200]).drawText(text, { x: 10, y: 100, size: 12, font });
      const bytes = await doc.save();
      return { bytes, hashes: pageHashes(await PDFDocument.load(bytes)) };
    };
    const cache = mkdtempSync(path.join(tmpdir(), 'teks-halaman-'));
    const a = await make('Halaman dua');
    expect((await pageTexts(a.bytes, a.hashes, cache)).map((t) => t.trim())).toEqual(['Halaman satu', 'Halaman dua']);
    const kept = readdirSync(cache);
    expect(kept).toHaveLength(2);
    // Page 1 is drawn the same: its kept text is used (shown by altering it), page 2 is read.
    for (const f of kept) writeFileSync(path.join(cache, f), 'DARI CACHE');
    const b = await make('Halaman tiga');
    expect(b.hashes[0]).toBe(a.hashes[0]);
    expect((await pageTexts(b.bytes, b.hashes, cache)).map((t) => t.trim())).toEqual(['DARI CACHE', 'Halaman tiga']);
    expect(readdirSync(cache)).toHaveLength(3);
  });

  it('reads a word hyphenated at a line end as one word again', async () => {
    const { pageTexts, normalizedText } = (await import(path.resolve(import.meta.dirname, '../../../dist/print/inventory.js'))) as typeof import('../../../src/print/inventory.js');
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([200, 200]);
    page.drawText('antara lain perbai-', { x: 10, y: 100, size: 10, font });
    page.drawText('kan jalan usaha tani.', { x: 10, y: 88, size: 10, font });
    const bytes = await doc.save();
    const [text] = await pageTexts(bytes, pageHashes(await PDFDocument.load(bytes)), mkdtempSync(path.join(tmpdir(), 'teks-halaman-')));
    expect(text).toMatch(/perbai-\s*kan/);
    expect(normalizedText(text!)).toContain('antaralainperbaikanjalanusahatani');
  });
});
