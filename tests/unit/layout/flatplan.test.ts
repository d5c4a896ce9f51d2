/**
 * flatplan.pdf stays inside its sheets: for 12, 24 and 48 pages (A4 and tabloid grids) the PDF has as
 * many pages as the "lembar x dari y" it prints, every page's thumbnail is there exactly once, whole,
 * and every box (thumbnails, their modules, the legend and the unplaced list) lies inside its sheet.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Flatplan, Module, PlannedPage } from '../../../src/edition/plan.js';
import type { EditionConfig } from '../../../src/edition/schema.js';
import { flatplanPages, flatplanSheets, SHEET } from '../../../src/layout/flatplan.js';
import { Font } from '@react-pdf/renderer';
import { registerFonts } from '../../../src/layout/register-fonts.js';
import { type LayoutNode, renderWithLayout } from '../../../src/layout/react-pdf-adapter.js';
import { geometry, loadTemplate } from '../../../src/layout/template.js';
import { boxes, openPdf, pageText } from '../../helpers/pdf.js';

type Node = LayoutNode & { value?: string };

interface Placed {
  top: number;
  left: number;
  bottom: number;
  right: number;
  text: string;
}

function textOf(node: Node): string {
  if (node.type === 'TEXT_INSTANCE') return node.value ?? '';
  return ((node.children as Node[] | undefined) ?? []).map(textOf).join('');
}

/** Every node's box on its page, in absolute coordinates. */
function place(root: Node): Placed[] {
  const out: Placed[] = [];
  const walk = (node: Node, x: number, y: number) => {
    const box = node.box ?? { top: 0, left: 0, width: 0, height: 0 };
    const top = y + box.top;
    const left = x + box.left;
    out.push({ top, left, bottom: top + box.height, right: left + box.width, text: node.type === 'TEXT' ? textOf(node) : '' });
    (node.children as Node[] | undefined)?.forEach((c) => walk(c, left, top));
  };
  walk(root, 0, 0);
  return out;
}

function edition(pages: number, format: 'a4' | 'tabloid', unplaced: number) {
  const names = ['Pemerintahan', 'Pembangunan', 'Desa', 'Kesehatan', 'Pendidikan', 'Ekonomi'];
  const sections = names.map((name, i) => ({ id: name.toLowerCase(), name, pages: i + 2 }));
  const config = { title: 'Jurnal Balangan', number: 9, date: '2026-06-19', pages, format, sections } as unknown as EditionConfig;
  const g = geometry(loadTemplate(format), 3);
  const titles = new Map<string, string>();
  const plannedPages: PlannedPage[] = Array.from({ length: pages }, (_, i) => {
    const number = i + 1;
    const role = number === 1 ? 'front' : number === pages ? 'back' : 'section';
    const section = role === 'section' ? sections[Math.floor(((number - 2) * sections.length) / (pages - 2))] : undefined;
    const modules: Module[] = [];
    if (role !== 'back') {
      const top = role === 'front' ? g.template.mastheadLines : 0;
      const half = Math.floor((g.lines - top) / 2);
      const slug = `naskah-${number}`;
      titles.set(slug, `Berita panjang nomor ${number} tentang desa yang judulnya sengaja dibuat panjang`);
      modules.push({ slug, page: number, part: 'main', col: 0, span: g.columns, top, height: half, headerLines: 4, legLines: half - 4, legs: g.columns, fromLine: 0, ...(number > 1 && number < pages - 1 ? { jumpTo: number + 1 } : {}) } as Module);
      if (number > 2) modules.push({ slug: `naskah-${number - 1}`, page: number, part: 'continuation', col: 0, span: 1, top: top + half, height: g.lines - top - half, headerLines: 1, legLines: 10, legs: 1, fromLine: 0, jumpFrom: number - 1 } as Module);
    }
    return {
      number,
      role,
      section,
      modules,
      fill: 0.9,
      freeLines: Array.from({ length: g.columns }, () => 0),
      index: role === 'front' ? { top: g.lines - 12 } : undefined,
      fillers: role === 'section' ? [{ col: 1, span: g.columns - 1, top: Math.floor(g.lines / 2) + 2, height: 12, filler: 0 }] : [],
      blankLines: Array.from({ length: g.columns }, (_, c) => (role === 'section' && c > 0 ? 5 : 0)),
      buriedLines: 0,
    } as PlannedPage;
  });
  const plan = {
    edition: 'uji',
    pages: plannedPages,
    unplaced: Array.from({ length: unplaced }, (_, i) => ({ slug: `tertunda-${i}`, reason: `tidak ada ruang di rubrik ${names[i % names.length]} setelah semua halaman terisi penuh (${i})` })),
    copyFit: [],
    diagnostics: [],
  } as unknown as Flatplan;
  return { plan, g, config, titles };
}

const CASES = [
  { pages: 12, format: 'a4', unplaced: 2 },
  { pages: 12, format: 'tabloid', unplaced: 0 },
  { pages: 24, format: 'a4', unplaced: 8 },
  { pages: 24, format: 'tabloid', unplaced: 30 },
  { pages: 48, format: 'a4', unplaced: 90 },
  { pages: 48, format: 'tabloid', unplaced: 5 },
] as const;

describe.each(CASES)('flatplan, $pages halaman $format, $unplaced tak termuat', ({ pages, format, unplaced }) => {
  let r: { count: number; texts: string[]; media: number[][]; placed: Placed[][]; sheets: number };
  beforeAll(async () => {
    registerFonts(Font);
    const { plan, g, config, titles } = edition(pages, format, unplaced);
    const { pdf, pages: laid } = await renderWithLayout(flatplanPages(plan, g, config, titles), { date: new Date(0) });
    const doc = openPdf(pdf);
    const count = doc.countPages();
    r = { count, texts: Array.from({ length: count }, (_, i) => pageText(doc, i)), media: Array.from({ length: count }, (_, i) => boxes(doc, i).MediaBox), placed: laid.map((p) => place(p as Node)), sheets: flatplanSheets(plan, g, config, titles).sheets.length };
  }, 60_000);

  it('has as many PDF pages as "lembar x dari y" says, numbered in order', () => {
    expect(r.count).toBe(r.sheets);
    r.texts.forEach((text, i) => {
      const m = /lembar (\d+) dari (\d+)/.exec(text);
      expect(m, `lembar ${i + 1}`).not.toBeNull();
      expect(Number(m![1])).toBe(i + 1);
      expect(Number(m![2])).toBe(r.count);
    });
  });

  it('prints every sheet A4 landscape', () => {
    for (const m of r.media) {
      expect(m[2]! - m[0]!).toBeCloseTo(SHEET.width, 1);
      expect(m[3]! - m[1]!).toBeCloseTo(SHEET.height, 1);
    }
  });

  it('shows every page once, its thumbnail whole on one sheet', () => {
    const captions = r.placed.flat().filter((p) => /^Hal\. \d+ ·/.test(p.text)).map((p) => Number(/^Hal\. (\d+)/.exec(p.text)![1]));
    expect(captions.sort((a, b) => a - b)).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
    // mupdf sees the same: each page's caption on exactly one PDF page.
    for (let n = 1; n <= pages; n++) expect(r.texts.filter((t) => new RegExp(`Hal\\. ${n} ·`).test(t)), `hal. ${n}`).toHaveLength(1);
  });

  it('keeps every box inside its sheet', () => {
    r.placed.forEach((nodes, sheet) => {
      for (const p of nodes) {
        const where = `lembar ${sheet + 1}: ${p.text || 'kotak'} @ ${p.left.toFixed(1)},${p.top.toFixed(1)}–${p.right.toFixed(1)},${p.bottom.toFixed(1)}`;
        expect(p.left, where).toBeGreaterThanOrEqual(-0.01);
        expect(p.top, where).toBeGreaterThanOrEqual(-0.01);
        expect(p.right, where).toBeLessThanOrEqual(SHEET.width + 0.01);
        expect(p.bottom, where).toBeLessThanOrEqual(SHEET.height + 0.01);
      }
    });
  });

  it('lists every unplaced story and the legend once', () => {
    const all = r.texts.join('\n');
    expect(all.match(/Keterangan/g)).toHaveLength(1);
    for (let i = 0; i < unplaced; i++) expect(all, `tertunda-${i}`).toContain(`tertunda-${i} —`);
    if (!unplaced) expect(all).toContain('Semua naskah termuat.');
  });
});
