import { createElement as h } from 'react';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/content/article.js';
import { articleBody } from '../../../src/layout/body.js';
import { Page, View } from '../../../src/layout/primitives.js';
import { type LayoutNode, layOut } from '../../../src/layout/react-pdf-adapter.js';
import { bodyStyles } from '../../../src/layout/styles.js';
import { geometry, loadTemplate } from '../../../src/layout/template.js';

interface SetLine {
  string: string;
  runs: { positions: { xAdvance: number }[] }[];
}

describe('figures in a table', () => {
  // Inter's proportional figures kern "7." so tightly that 17.500 printed as if it were 17500.
  it('are tabular: every digit as wide as every other, the thousands point beside the 7, not under it', async () => {
    const source = ['---', 'title: Harga Pasar', 'section: ekonomi', 'kind: berita', 'author: Tim Liputan', 'date: 2026-05-12', 'verification: { status: verified, by: Redaksi, date: 2026-05-12 }', '---', '', 'Harga di Pasar Paringin:', '', '| Komoditas | Harga |', '|---|---:|', '| Beras lokal | 14.000 |', '| Gula pasir | 17.500 |', '| Cabai rawit | 62.000 |', ''].join('\n');
    const { article } = parseArticle(new TextEncoder().encode(source), { slug: 'harga', file: 'harga.md', sections: ['ekonomi'] });
    const g = geometry(loadTemplate('a4'), 3);
    const blocks = articleBody(article!, { geometry: g, styles: bodyStyles(g), photos: [] });
    const { pages } = await layOut([h(Page, { size: [300, 800] }, h(View, { style: { width: g.columnWidth } }, blocks))], { date: new Date(0) });
    const lines: SetLine[] = [];
    const walk = (n: LayoutNode): void => {
      for (const line of (n.lines ?? []) as SetLine[]) if (/^\d/.test(line.string)) lines.push(line);
      n.children?.forEach(walk);
    };
    walk(pages[0]!);
    const advances = (text: string) => lines.find((l) => l.string === text)!.runs.flatMap((r) => r.positions.map((p) => p.xAdvance));
    const prices = ['14.000', '17.500', '62.000'].map(advances);
    expect(prices[1]).toEqual(prices[0]);
    expect(prices[2]).toEqual(prices[0]);
    const [one, seven, point] = prices[1]!;
    expect(seven).toBe(one);
    expect(point).toBeGreaterThan(0);
  }, 60_000);
});
