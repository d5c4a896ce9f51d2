/**
 * flatplan.pdf is drawn once per plan: the same plan, grid, settings and titles give the PDF from the
 * cache; a changed title draws it again.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../src/content/article.js';
import { renderFlatplan } from '../../../src/edition/flatplan.js';
import type { Flatplan, PlannedPage } from '../../../src/edition/plan.js';
import type { EditionConfig } from '../../../src/edition/schema.js';
import type { PlannedLayout } from '../../../src/layout/index.js';
import { geometry, loadTemplate } from '../../../src/layout/template.js';

const cacheDir = mkdtempSync(path.join(tmpdir(), 'jurnal-flatplan-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

function layoutWith(title: string): PlannedLayout {
  const g = geometry(loadTemplate('a4'), 3);
  const config = { title: 'Jurnal Balangan', number: 9, date: '2026-06-19', pages: 4, format: 'a4', sections: [{ id: 'desa', name: 'Desa', pages: '2-3' }] } as unknown as EditionConfig;
  const pages: PlannedPage[] = [1, 2, 3, 4].map((number) => ({
    number,
    role: number === 1 ? 'front' : number === 4 ? 'back' : 'section',
    modules: number === 2 ? [{ slug: 'sumur-bor', page: 2, part: 'main', col: 0, span: 2, top: 0, headerLines: 6, legLines: 30, legs: 2, fromLine: 0, height: 36 }] : [],
    fill: 0.5,
    freeLines: [],
    fillers: [],
    reserved: [],
    blankLines: [],
    buriedLines: 0,
  }));
  const plan: Flatplan = { edition: '2026-06', pages, unplaced: [], copyFit: [], diagnostics: [] };
  const article = { slug: 'sumur-bor', frontMatter: { title } } as unknown as Article;
  return { g, plan, articles: new Map([['sumur-bor', article]]), input: { edition: { config }, cacheDir } } as unknown as PlannedLayout;
}

const cached = () => readdirSync(path.join(cacheDir, 'flatplan')).filter((n) => n.endsWith('.pdf'));

describe('flatplan.pdf cache', () => {
  it('draws a plan once and takes it from the cache after that', async () => {
    const first = await renderFlatplan(layoutWith('Sumur Bor untuk Desa Juai'));
    expect(first.subarray(0, 5).toString()).toBe('%PDF-');
    expect(cached()).toHaveLength(1);
    // What is served is the stored file: marked, the mark comes back.
    writeFileSync(path.join(cacheDir, 'flatplan', cached()[0]!), Buffer.concat([first, Buffer.from('%dari-cache\n')]));
    const again = await renderFlatplan(layoutWith('Sumur Bor untuk Desa Juai'));
    expect(again.toString('latin1').endsWith('%dari-cache\n')).toBe(true);
  });

  it('draws it again when a title changes', async () => {
    const other = await renderFlatplan(layoutWith('Sumur Bor untuk Desa Halong'));
    expect(other.toString('latin1')).not.toContain('%dari-cache');
    expect(cached()).toHaveLength(2);
  });
});
