import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Edition } from '../../../src/edition/load.js';
import { type Flatplan, type PlanArticle, planCost, planEdition } from '../../../src/edition/plan.js';
import { editionSchema } from '../../../src/edition/schema.js';

const GRID = { columns: 4, lines: 69, mastheadLines: 10 };
const SECTIONS = ['pemerintahan', 'pembangunan', 'desa'];
/** Six house boxes: lines per span. */
const HOUSE = { fillerLines: [[14, 9, 7, 6], [20, 12, 9, 8], [9, 6, 5, 5], [30, 17, 12, 10], [12, 8, 6, 6], [24, 14, 10, 9]] };

function edition(pages: number, pins: { slug: string; page: number; position?: 'utama' | 'atas' | 'bawah' }[] = []): Edition {
  const inner = pages - 2;
  const used = SECTIONS.slice(0, Math.min(SECTIONS.length, inner));
  const per = Math.floor(inner / used.length);
  const sections = used.map((id, i) => {
    const from = 2 + i * per;
    const to = i === used.length - 1 ? pages - 1 : from + per - 1;
    return { id, name: id, pages: from === to ? from : `${from}-${to}` };
  });
  const config = editionSchema.parse({ number: 1, volume: 1, year: 2026, date: '2026-05-19', pages, sections, pins });
  return { id: 't', dir: '/t', file: 'content/t/edition.yaml', config, locate: () => ({ line: 7, column: 3 }) };
}

function article(slug: string, section: string, bodyLines: number, priority = 3, head = 8): PlanArticle {
  return {
    slug, file: `content/t/${slug}.md`, title: slug, section, kind: 'berita', priority, date: '2026-05-10', bodyLines,
    headerLines: [head + 6, head + 3, head, head], continuationLines: [5, 4, 3, 3], leadHeaderLines: head + 20,
    photoGrowth: [2, 4, 6, 6], leadPhotoGrowth: 5,
  };
}

/** The invariants every flatplan keeps. */
function checkInvariants(plan: Flatplan, articles: readonly PlanArticle[], pages: number): void {
  expect(plan.pages.map((p) => p.number)).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
  for (const a of articles) {
    const mains = plan.pages.flatMap((p) => p.modules.filter((m) => m.slug === a.slug && m.part === 'main'));
    const unplaced = plan.unplaced.filter((u) => u.slug === a.slug && !u.partial);
    // Never lost, never duplicated; a story cut without room for its continuation is flagged as partial.
    expect(mains.length + unplaced.length).toBe(1);
    if (plan.unplaced.some((u) => u.slug === a.slug && u.partial)) expect(mains.length).toBe(1);
  }
  const fillers = plan.pages.flatMap((p) => p.fillers.map((f) => f.filler));
  expect(new Set(fillers).size, 'a house box used twice').toBe(fillers.length);
  for (const page of plan.pages) {
    const cells = new Set<string>();
    for (const r of page.reserved) for (let c = r.col; c < r.col + r.span; c++) for (let l = r.top; l < r.top + r.height; l++) cells.add(`${c}/${l}`);
    for (const f of page.fillers) {
      expect(f.top + f.height).toBeLessThanOrEqual(GRID.lines);
      expect(f.height).toBe(HOUSE.fillerLines[f.filler]![f.span - 1]);
      for (let c = f.col; c < f.col + f.span; c++) for (let l = f.top; l < f.top + f.height; l++) cells.add(`${c}/${l}`);
    }
    for (const m of page.modules) {
      expect(m.page).toBe(page.number);
      expect(m.col).toBeGreaterThanOrEqual(0);
      expect(m.col + m.span).toBeLessThanOrEqual(GRID.columns);
      expect(m.top + m.height).toBeLessThanOrEqual(GRID.lines);
      expect(m.legLines).toBeGreaterThan(0);
      for (let c = m.col; c < m.col + m.span; c++) {
        for (let l = m.top; l < m.top + m.height; l++) {
          const key = `${c}/${l}`;
          expect(cells.has(key), `overlap on page ${page.number} at ${key}`).toBe(false);
          cells.add(key);
        }
      }
      if (m.photoExtra) expect(m.part).toBe('main');
      if (m.jumpTo) {
        expect(m.jumpTo).toBeGreaterThan(m.page);
        expect(plan.pages[m.jumpTo - 1]!.modules.some((x) => x.slug === m.slug && x.part === 'continuation' && x.jumpFrom === m.page)).toBe(true);
      }
    }
  }
}

describe('planEdition', () => {
  it('fits a story whole with its lead photo cropped lower rather than leave it out', () => {
    // Page 3 is the section's last page before the back page: the story cannot jump. At four columns
    // it needs 20 + 50 + 1 lines of 69; its photo may lose 5.
    const tall = { ...article('c', 'pembangunan', 200, 3, 20), photoShrink: [0, 0, 5, 5] };
    const plan = planEdition(edition(4), [article('a', 'pemerintahan', 40), tall], GRID, HOUSE);
    checkInvariants(plan, [article('a', 'pemerintahan', 40), tall], 4);
    const m = plan.pages[2]!.modules.find((x) => x.slug === 'c')!;
    expect(plan.unplaced).toEqual([]);
    expect(m).toMatchObject({ span: 4, photoExtra: -2, headerLines: 18, height: 69 });
    // Without the lower crop it does not fit.
    const without = planEdition(edition(4), [article('a', 'pemerintahan', 40), { ...tall, photoShrink: undefined }], GRID, HOUSE);
    expect(without.unplaced.map((u) => u.slug)).toEqual(['c']);
  });

  it('closes the space under the stories with taller photos and house boxes sized to their text', () => {
    const articles = [article('a', 'pemerintahan', 60, 2), article('b', 'pemerintahan', 30, 3), article('c', 'pembangunan', 50), article('d', 'desa', 40)];
    const plan = planEdition(edition(4), articles, GRID, HOUSE);
    checkInvariants(plan, articles, 4);
    const inner = plan.pages.filter((p) => p.role === 'section');
    expect(inner.some((p) => p.fillers.length > 0)).toBe(true);
    expect(inner.flatMap((p) => p.modules).some((m) => (m.photoExtra ?? 0) > 0)).toBe(true);
    // Without house boxes the same pages stay blank where the boxes stood.
    const bare = planEdition(edition(4), articles, GRID);
    const blank = (p: Flatplan) => p.pages.flatMap((x) => x.blankLines).reduce((s, n) => s + n, 0);
    expect(blank(plan)).toBeLessThan(blank(bare));
  });

  it('keeps room for stories planned in rencana: and not written yet, sized like the written ones', () => {
    const articles = [article('a', 'pemerintahan', 60), article('b', 'pembangunan', 40), article('c', 'desa', 50)].map((x) => ({ ...x, words: x.bodyLines * 4 }));
    const base = edition(8);
    const rencana = [{ slug: 'belum-ada', section: 'pembangunan', reporter: 'Tim', words: 200 }];
    const plan = planEdition({ ...base, config: { ...base.config, rencana } }, articles, GRID, HOUSE);
    checkInvariants(plan, articles, 8);
    const kept = plan.pages.flatMap((p) => p.reserved.map((r) => ({ ...r, page: p.number })));
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ slug: 'belum-ada', words: 200 });
    // 200 words at 4 words a line: 50 body lines over its span, plus its head.
    expect(kept[0]!.height * kept[0]!.span).toBeGreaterThanOrEqual(50);
    expect(plan.pages.flatMap((p) => p.modules).some((m) => m.slug === 'belum-ada')).toBe(false);
    expect(plan.unplaced).toEqual([]);
  });

  it("respects the editor's levers: a width asked for, keep whole, a pin's width", () => {
    const wide = { ...article('lebar', 'pemerintahan', 60, 3), wish: { columns: 3 } };
    const whole = { ...article('utuh', 'pembangunan', 400, 2), wish: { keepWhole: true } };
    const pinned = article('kunci', 'desa', 40, 4);
    const articles = [wide, whole, pinned, article('x', 'pembangunan', 30)];
    const base = edition(8);
    const pins = [{ slug: 'kunci', page: base.config.pages - 1, position: 'atas' as const, columns: 4 }];
    const plan = planEdition({ ...base, config: { ...base.config, pins } }, articles, GRID, HOUSE);
    checkInvariants(plan, articles, 8);
    const mains = plan.pages.flatMap((p) => p.modules.filter((m) => m.part === 'main'));
    expect(mains.find((m) => m.slug === 'lebar')!.span).toBe(3);
    expect(mains.find((m) => m.slug === 'kunci')!.span).toBe(4);
    // Too long for any page and never to be cut: left out, with the reason naming the lever.
    expect(plan.pages.flatMap((p) => p.modules).some((m) => m.slug === 'utuh' && m.jumpTo)).toBe(false);
    expect(plan.unplaced.find((u) => u.slug === 'utuh')?.reason).toContain('layout.keepWhole');
    const tooWide = planEdition(edition(4), [{ ...article('a', 'pemerintahan', 30), wish: { columns: 6 } }], GRID, HOUSE);
    expect(tooWide.diagnostics.some((d) => d.severity === 'warning' && d.message.includes('layout.columns: 6 kolom tidak bisa dipenuhi'))).toBe(true);
  });

  it('searches: the plan kept is never worse than the default placement (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ section: fc.constantFrom(...SECTIONS), bodyLines: fc.integer({ min: 5, max: 200 }), priority: fc.integer({ min: 1, max: 5 }) }), { minLength: 2, maxLength: 12 }), (specs) => {
        const articles = specs.map((s, i) => article(`a${i}`, s.section, s.bodyLines, s.priority));
        const searched = planEdition(edition(8), articles, GRID, HOUSE);
        const plain = planEdition(edition(8), articles, GRID, HOUSE, 0);
        expect(planCost(searched, articles)).toBeLessThanOrEqual(planCost(plain, articles));
        expect(planEdition(edition(8), articles, GRID, HOUSE)).toEqual(searched);
      }),
      { numRuns: 40 },
    );
  });

  it('places pins first, the lead across page 1, and sections on their pages', () => {
    const articles = [article('lead', 'pembangunan', 90, 1), article('a', 'pemerintahan', 40), article('b', 'desa', 50, 2)];
    const plan = planEdition(edition(8, [{ slug: 'lead', page: 1, position: 'utama' }]), articles, GRID);
    checkInvariants(plan, articles, 8);
    const lead = plan.pages[0]!.modules[0]!;
    expect(lead).toMatchObject({ slug: 'lead', span: 4, top: GRID.mastheadLines, lead: true });
    expect(plan.pages[0]!.index!.top).toBeGreaterThanOrEqual(lead.top + lead.height);
    expect(plan.pages.find((p) => p.modules.some((m) => m.slug === 'a'))!.section!.id).toBe('pemerintahan');
    expect(plan.unplaced).toEqual([]);
  });

  it('continues a story that does not fit on a later page, with a jump line both ways', () => {
    const articles = [article('panjang', 'pemerintahan', 400, 1)];
    const plan = planEdition(edition(4), articles, GRID);
    checkInvariants(plan, articles, 4);
    const main = plan.pages[1]!.modules.find((m) => m.part === 'main')!;
    expect(main.jumpTo).toBe(3);
    expect(plan.pages[2]!.modules[0]).toMatchObject({ part: 'continuation', jumpFrom: 2 });
  });

  it('lists what does not fit, with what to cut or how many pages to add', () => {
    const articles = Array.from({ length: 12 }, (_, i) => article(`n${i}`, 'desa', 240, 2));
    const plan = planEdition(edition(4), articles, GRID);
    checkInvariants(plan, articles, 4);
    expect(plan.unplaced.length).toBeGreaterThan(0);
    const summary = plan.diagnostics.find((d) => d.rule === 'edisi-penuh')!;
    expect(summary.position).toEqual({ line: 7, column: 3 });
    expect(summary.message).toMatch(/naskah \(± \d+ baris\) tidak termuat di 4 halaman/);
    expect(summary.hint).toMatch(/tambah \d+ halaman/);
  });

  it('reports a pin to an unknown slug at its line', () => {
    const plan = planEdition(edition(4, [{ slug: 'tidak-ada', page: 1, position: 'utama' }]), [article('a', 'desa', 20)], GRID);
    expect(plan.diagnostics[0]).toMatchObject({ rule: 'pin-slug', field: 'pins.0.slug', position: { line: 7, column: 3 } });
  });

  it('never loses, duplicates or overlaps anything, and stays inside the edition (property)', () => {
    const arbArticle = fc.record({
      section: fc.constantFrom(...SECTIONS),
      bodyLines: fc.integer({ min: 3, max: 400 }),
      priority: fc.integer({ min: 1, max: 5 }),
      head: fc.integer({ min: 3, max: 40 }),
    });
    fc.assert(
      fc.property(fc.array(arbArticle, { minLength: 1, maxLength: 25 }), fc.constantFrom(4, 8, 12, 16), fc.boolean(), (specs, pages, pinLead) => {
        const articles = specs.map((s, i) => article(`a${i}`, s.section, s.bodyLines, s.priority, s.head));
        const pins = pinLead ? [{ slug: 'a0', page: 1, position: 'utama' as const }] : [];
        checkInvariants(planEdition(edition(pages, pins), articles, { ...GRID }, HOUSE), articles, pages);
      }),
      { numRuns: 300 },
    );
  });
});
