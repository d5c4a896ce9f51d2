import { describe, expect, it } from 'vitest';
import type { Flatplan, Module, PlanArticle } from '../../../src/edition/plan.js';
import type { PlacedGalley } from '../../../src/layout/compose.js';
import { plainGalley as galley } from '../../helpers/galley.js';
import { setLegs } from '../../../src/layout/legs.js';

const GRID = { columns: 3, lines: 40, mastheadLines: 0, leading: 10 };

const module = (slug: string, col: number, span: number, top: number, legLines: number): Module => ({ slug, page: 2, part: 'main', col, span, top, headerLines: 2, legLines, legs: span, fromLine: 0, height: 2 + legLines });
const metric = (slug: string): PlanArticle => ({ slug, file: `${slug}.md`, title: slug, section: 'desa', kind: 'berita', priority: 3, date: '2026-05-01', bodyLines: 0, headerLines: [2, 2, 2], continuationLines: [2, 2, 2], leadHeaderLines: 2 });

describe('leg heights', () => {
  it('balances a story whose short last leg leaves a run the review refuses, though that leaves more blank lines in shorter runs', async () => {
    // x: two legs of 20 lines for 31 lines of text, so its second leg leaves 9 lines blank above w.
    // v: a short story beside it. w: under both, its foot 2 lines above the page's.
    const x = module('x', 0, 2, 0, 20);
    const v = module('v', 2, 1, 0, 4);
    const w = module('w', 0, 3, 22, 14);
    const text = new Map([['x', 31], ['v', 4], ['w', 42]]);
    const galleys: PlacedGalley[] = [x, v, w].map((m) => ({ module: m, galley: galley(text.get(m.slug)!, m.legLines) }));
    const plan: Flatplan = {
      edition: 't',
      pages: [{ number: 2, role: 'section', modules: [x, v, w], fill: 0, freeLines: [0, 0, 0], fillers: [], reserved: [], blankLines: [0, 0, 0], buriedLines: 0 }],
      unplaced: [],
      copyFit: [],
      diagnostics: [],
    };
    await setLegs({ plan, galleys, grid: GRID, metrics: ['x', 'v', 'w'].map(metric), house: { fillerLines: [] }, reset: (placed, legLines) => Promise.resolve(galley(text.get(placed.module.slug)!, legLines)) });
    // Balanced at 16 lines, w moves up 4: 6 blank lines at every foot and 12 beside v (30 in all,
    // against 25), but no run over 8 lines.
    expect(x.legLines).toBe(16);
    expect(w.top).toBe(18);
  });
});
