import { Font, Text, View } from '@react-pdf/renderer';
import { createElement as h, type ReactElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/content/article.js';
import { articleBody } from '../../../src/layout/body.js';
import { registerFonts } from '../../../src/layout/register-fonts.js';
import { paragraphRest, layOutGalley, START } from '../../../src/layout/galley.js';
import { bodyStyles } from '../../../src/layout/styles.js';
import { geometry, loadTemplate } from '../../../src/layout/template.js';

const textOf = (node: ReactNode): string =>
  typeof node === 'string' ? node : Array.isArray(node) ? node.map(textOf).join('') : node && typeof node === 'object' && 'props' in node ? textOf((node.props as { children?: ReactNode }).children) : '';

describe('paragraphRest: a paragraph cut between legs continues with the text not yet shown', () => {
  const paragraph = h(Text, { style: { textIndent: 8 } }, 'Dinas PUPR-Perkim ', h(Text, { style: { fontWeight: 700 } }, 'membuka layanan'), ' pengaduan bagi warga yang menemukan kerusakan.');

  it('skips the hyphens textkit inserted and white space, keeps inline styles, drops the indent', () => {
    const rest = paragraphRest(paragraph, 'Dinas PUPR-Perkim membuka la-yanan pengadu-')!;
    expect(textOf(rest)).toBe('an bagi warga yang menemukan kerusakan.');
    expect((rest.props as { style: { textIndent: number } }).style.textIndent).toBe(0);
    const inside = paragraphRest(paragraph, 'Dinas PUPR-Perkim mem-')!;
    const children = (inside.props as { children: ReactNode[] }).children;
    expect(textOf(inside)).toBe('buka layanan pengaduan bagi warga yang menemukan kerusakan.');
    // The bold run keeps its element, cut to what is left of it.
    expect((children[0] as ReactElement<{ style: object }>).props.style).toEqual({ fontWeight: 700 });
  });

  it('gives up (the galley then pulls the block up) when the shown text does not match, or nothing is left', () => {
    expect(paragraphRest(paragraph, 'Teks yang lain sama sekali')).toBeUndefined();
    expect(paragraphRest(paragraph, textOf(paragraph))).toBeUndefined();
    expect(paragraphRest(h('View', {}, 'bukan paragraf') as ReactElement, 'bukan')).toBeUndefined();
  });
});

describe('a table at the foot of a leg', () => {
  const source = [
    '---',
    'title: Dana Desa Tahap Dua Cair',
    'section: desa',
    'kind: berita',
    'author: Tim Liputan',
    'date: 2026-05-12',
    'verification: { status: verified, by: Redaksi, date: 2026-05-12 }',
    '---',
    '',
    'Kepala Bidang Pemberdayaan Masyarakat Desa menjelaskan bahwa desa yang sudah menyampaikan laporan realisasi tahap pertama menerima dana lebih dahulu.',
    '',
    'Rekapitulasi sementara penyaluran menurut kecamatan:',
    '',
    '| Kecamatan | Desa | Cair |',
    '|---|---:|---:|',
    ...['Juai', 'Halong', 'Awayan', 'Batu Mandi', 'Lampihong', 'Paringin'].map((k, i) => `| ${k} | ${20 + i} | ${18 + i} |`),
    '',
    'Kegiatan padat karya yang dianjurkan antara lain perbaikan jalan usaha tani.',
  ].join('\n');

  // react-pdf kept a nested table whose rows all moved on to the next leg on the current one, every
  // row squeezed into the line that was left and drawn over the others.
  it('moves on whole or in rows, never squeezed into the space left, its head row never alone', async () => {
    registerFonts(Font);
    const { article } = parseArticle(new TextEncoder().encode(source), { slug: 'dana-desa', file: 'dana-desa.md', sections: ['desa'] });
    const g = geometry(loadTemplate('a4'), 3);
    const blocks = articleBody(article!, { geometry: g, styles: bodyStyles(g), photos: [] }) as ReactElement[];
    const table = blocks.findIndex((b) => b.type === View);
    const rows = 7;
    for (let legLines = 5; legLines <= 16; legLines++) {
      const { fragments } = await layOutGalley(g, blocks, legLines, START, new Date(0));
      const parts = fragments.flat().filter((f) => f.block === table);
      const height = parts.reduce((sum, f) => sum + f.height, 0);
      const shown = `legs of ${legLines} lines: ${parts.map((f) => f.height.toFixed(1)).join(' + ')}`;
      expect(height, shown).toBeGreaterThanOrEqual(rows * g.leading - 0.01);
      // The head row goes with two rows at least, never alone at a leg's foot.
      expect(parts.find((f) => f.height > 0)!.height, shown).toBeGreaterThanOrEqual(3 * g.leading - 0.01);
    }
  }, 60_000);
});
