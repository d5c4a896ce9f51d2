import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/content/article.js';
import { inventory } from '../../../src/print/inventory.js';

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
