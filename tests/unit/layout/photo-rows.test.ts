import { describe, expect, it } from 'vitest';
import type { Flatplan, Module, PlanArticle } from '../../../src/edition/plan.js';
import type { PlacedGalley } from '../../../src/layout/compose.js';
import { plainGalley as galley } from '../../helpers/galley.js';
import { type HeadPhoto, lineUpPhotoRows } from '../../../src/layout/photo-rows.js';

const GRID = { columns: 4, lines: 40, mastheadLines: 0, leading: 10 };

const module = (slug: string, col: number, span: number, top: number, headerLines: number, legLines: number, jumpTo?: number): Module => ({ slug, page: 2, part: 'main', col, span, top, headerLines, legLines, legs: span, fromLine: 0, height: headerLines + legLines + (jumpTo ? 1 : 0), ...(jumpTo ? { jumpTo } : {}) });
const metric = (slug: string): PlanArticle => ({ slug, file: `${slug}.md`, title: slug, section: 'desa', kind: 'berita', priority: 3, date: '2026-05-01', bodyLines: 0, headerLines: [2, 2, 2, 2], continuationLines: [2, 2, 2, 2], leadHeaderLines: 2 });

/**
 * One section page of 4 columns × 40 lines (10 pt each) with these modules, text lines per story, and
 * head photos (hung over the headline, heads take ⌈(photo top + height + caption + 4 pt wider gap + 6 pt) / 10⌉ lines).
 */
async function lineUp(modules: Module[], text: Record<string, number>, photos: Record<string, HeadPhoto>) {
  const galleys: PlacedGalley[] = modules.map((m) => ({ module: m, galley: galley(text[m.slug]!, m.legLines) }));
  const plan: Flatplan = {
    edition: 't',
    pages: [{ number: 2, role: 'section', modules, fill: 0, freeLines: [0, 0, 0, 0], fillers: [], reserved: [], blankLines: [0, 0, 0, 0], buriedLines: 0 }],
    unplaced: [],
    copyFit: [],
    diagnostics: [],
  };
  await lineUpPhotoRows({
    plan,
    galleys,
    grid: GRID,
    metrics: modules.map((m) => metric(m.slug)),
    house: { fillerLines: [] },
    reset: (placed, legLines) => Promise.resolve(galley(text[placed.module.slug]!, legLines)),
    headPhoto: (m) => photos[m.slug],
    minHeight: 40,
  });
  return plan.pages[0]!;
}

const photo = (top: number, height: number, tallest = 120): HeadPhoto => ({ top, height, lowest: 40, tallest, tail: 10 });

describe('photos side by side line up', () => {
  it('hangs both photos at one height, the heads taking the lines they then need, where that closes the page', async () => {
    // a: headline of two lines, photo 50 pt: head 10 lines, two legs of 20, 10 lines blank below.
    // b: headline of four lines, photo 80 pt: head 15 lines, 5 lines blank below.
    const a = module('a', 0, 2, 0, 10, 20);
    const b = module('b', 2, 2, 0, 15, 20);
    await lineUp([a, b], { a: 40, b: 40 }, { a: photo(30, 50), b: photo(50, 80) });
    // The tallest the crops allow, 120 pt: a's head 17 lines, b's 19; a leaves 3 lines, b 1.
    expect(a.photoRow).toEqual({ height: 120 });
    expect(b.photoRow).toEqual({ height: 120 });
    expect([a.headerLines, b.headerLines]).toEqual([17, 19]);
    expect([a.top + a.height, b.top + b.height]).toEqual([37, 39]);
  });

  it('hangs photos whose crops cannot meet from one top, each as tall as its head\'s lines hold', async () => {
    // The 1-column photo may be at most 60 pt tall, the 3-column one no lower than 70.
    const narrow = module('n', 0, 1, 0, 10, 20);
    const wide = module('w', 1, 3, 0, 15, 20);
    await lineUp([narrow, wide], { n: 20, w: 60 }, { n: photo(30, 50, 60), w: { ...photo(50, 80), lowest: 70 } });
    expect([narrow.photoRow, wide.photoRow]).toEqual([{ height: 50 }, { height: 80 }]);
    expect([narrow.headerLines, wide.headerLines]).toEqual([10, 15]);

    // A head 2 pt short of the 4 pt wider gap under a hung caption: its photo gives up the 2 pt.
    const tight = module('t', 0, 1, 0, 10, 20);
    const other = module('o', 1, 3, 0, 15, 20);
    await lineUp([tight, other], { t: 20, o: 60 }, { t: photo(30, 52, 60), o: { ...photo(50, 80), lowest: 70 } });
    expect([tight.photoRow, tight.headerLines]).toEqual([{ height: 50.09 }, 10]);
  });

  it('hangs a row from one top, at the heights it has, where one height would leave the page more blank', async () => {
    // d would lose 3 lines to a row at c's 50 pt and leave 8 blank under it, against 5.
    const c = module('c', 0, 2, 0, 10, 20);
    const d = module('d', 2, 2, 0, 15, 20);
    await lineUp([c, d], { c: 40, d: 40 }, { c: { ...photo(30, 50), tallest: 50 }, d: photo(50, 80) });
    expect([c.photoRow, d.photoRow, d.headerLines, d.height]).toEqual([{ height: 50 }, { height: 80 }, 15, 35]);
  });

  it('leaves a row alone where hanging it would push a story past the page\'s foot', async () => {
    // a, cut after legs down to the foot, has a head exactly as tall as its photo under the headline
    // needs: hung over the headline (4 pt more gap) at no less than 52 pt, it takes a line more.
    const a = module('a', 0, 2, 0, 10, 29, 5);
    const b = module('b', 2, 2, 0, 15, 20);
    await lineUp([a, b], { a: 90, b: 40 }, { a: { ...photo(30, 53.9), lowest: 52, tallest: 53.9 }, b: photo(50, 80) });
    expect([a.photoRow, b.photoRow, a.headerLines, a.top + a.height]).toEqual([undefined, undefined, 10, 40]);
  });

  it('never pushes a story past the page\'s foot: a story cut after legs down to the foot gets no taller head', async () => {
    // a is cut after legs that reach the page's foot: a photo of 41–50 pt keeps its head at 10 lines.
    // b, 9 lines of head and 11 blank under it, gains 2.
    const a = module('a', 0, 2, 0, 10, 29, 5);
    const b = module('b', 2, 2, 0, 9, 20);
    await lineUp([a, b], { a: 90, b: 40 }, { a: photo(30, 50), b: photo(40, 30) });
    expect([a.photoRow, b.photoRow]).toEqual([{ height: 50.09 }, { height: 50.09 }]);
    expect([a.headerLines, a.top + a.height, b.headerLines, b.top + b.height]).toEqual([10, 40, 11, 31]);
  });

  it('lines up only neighbours that begin on the same line', async () => {
    const a = module('a', 0, 1, 0, 10, 20);
    const b = module('b', 2, 1, 0, 10, 20);
    const c = module('c', 3, 1, 2, 10, 20);
    await lineUp([a, b, c], { a: 20, b: 20, c: 20 }, { a: photo(30, 50), b: photo(30, 50), c: photo(30, 50) });
    expect([a, b, c].map((m) => m.photoRow)).toEqual([undefined, undefined, undefined]);
  });
});
