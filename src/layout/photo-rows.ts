/**
 * Photos side by side line up: the head photos of modules that begin on the same line of a page, next
 * to each other, hang from the modules' top, over their headlines, and get one height within what
 * every crop allows. Each head then takes the whole lines its photo, caption and headline need, so a
 * module may grow or lose lines and the modules under it move (the page settled as after setting the
 * legs, its feet closed by house boxes). Which height a row gets is tried on the page as laid out:
 * the one that leaves the page least blank; a row stays as it was where every height would leave more
 * blank than before, or push a module past the page's foot.
 *
 * Where the crops cannot share a height (a 3-column photo beside a 1-column one: the narrow crop would
 * be a strip, the wide one a letterbox), or no shared height fits the page, the photos still hang
 * from the one top line, each as tall as its head's lines hold: aligned at the top, as a layout
 * editor sets unequal photos in a row.
 */
import { type Module, settlePage } from '../edition/plan.js';
import { blankCost, closeFeet, type LegsInput, snapshot } from './legs.js';
import { PHOTO_FIRST_GAP, PHOTO_GAP } from './header.js';
import { toLines } from './measure.js';

/**
 * A module's head photo (points), as its head is measured (headline first): where the photo begins
 * below the module's top, its height now, the heights its crop allows, and the caption under it. Hung
 * over the headline, the head keeps its height but for the wider gap under the caption.
 */
export interface HeadPhoto {
  top: number;
  height: number;
  lowest: number;
  tallest: number;
  tail: number;
}

export interface RowsInput extends LegsInput {
  /** The head photo of a module, if it has one (the page-1 lead's stands alone). */
  headPhoto(m: Module): HeadPhoto | undefined;
  /** Photos side by side are lined up only while each keeps at least this many points of picture. */
  minHeight: number;
}

interface Member {
  m: Module;
  photo: HeadPhoto;
}

/** Gap a head keeps below its caption, in lines (as measured). */
const HEAD_GAP = 0.6;

export async function lineUpPhotoRows(input: RowsInput): Promise<void> {
  const { plan, galleys, grid } = input;
  for (const page of plan.pages) {
    if (page.role !== 'section' || page.reserved.length) continue;
    const placed = galleys.filter((x) => x.module.page === page.number);
    for (const found of rowsOf(page.modules, input.headPhoto)) {
      // An earlier row may have moved this one's modules apart, or grown their photos.
      if (found.some((m) => m.top !== found[0]!.top)) continue;
      const row = found.map((m) => ({ m, photo: input.headPhoto(m)! }));
      const saved = snapshot(plan, page.number, placed);
      const before = blankCost(input, page.number);
      // One height for all where some fits the page; else each its own, hung from the one top.
      const even = heightsOf(row, grid.leading, input.minHeight).map((h) => row.map(() => h));
      let best: { heights: number[]; cost: number; moved: number } | undefined;
      for (const candidates of [even, [hungHeights(row, grid.leading, input.minHeight)]]) {
        for (const heights of best ? [] : candidates) {
          const moved = await lineUp(input, page.number, row, heights);
          if (moved !== undefined) {
            const cost = blankCost(input, page.number);
            if (cost <= before && (!best || cost < best.cost || (cost === best.cost && moved < best.moved))) best = { heights, cost, moved };
          }
          saved.restore();
        }
      }
      if (best) await lineUp(input, page.number, row, best.heights);
    }
  }
}

/** Modules beginning on the same line, next to each other, each with a head photo: two or more. */
function rowsOf(modules: readonly Module[], headPhoto: RowsInput['headPhoto']): Module[][] {
  const rows: Module[][] = [];
  const withPhoto = modules.filter((m) => m.part === 'main' && !m.lead && headPhoto(m));
  for (const m of withPhoto.sort((a, b) => a.top - b.top || a.col - b.col)) {
    const last = rows.at(-1)?.at(-1);
    if (last && last.top === m.top && last.col + last.span === m.col) rows.at(-1)!.push(m);
    else rows.push([m]);
  }
  return rows.filter((r) => r.length > 1);
}

/** Lines the head takes with its photo `height` points tall, over the headline (`first`) or under it as measured. */
const headLines = (leading: number, photo: HeadPhoto, height: number, first = true) =>
  toLines({ leading }, photo.top + height + photo.tail + (first ? PHOTO_FIRST_GAP - PHOTO_GAP : 0), leading * HEAD_GAP);

/** The tallest photo (points, to the hundredth below) whose head, hung over the headline, still takes `lines` lines. */
const tallestOn = (leading: number, photo: HeadPhoto, lines: number) =>
  Math.floor(((lines + 0.01 - HEAD_GAP) * leading - photo.top - photo.tail - (PHOTO_FIRST_GAP - PHOTO_GAP) - 0.005) * 100) / 100;

/**
 * The heights worth trying for a row, tallest first: for every way of rounding its heads to whole
 * lines, the tallest photo that rounding holds (more picture, the same white under the captions).
 */
function heightsOf(row: readonly Member[], leading: number, minHeight: number): number[] {
  const lowest = Math.max(minHeight, ...row.map((x) => x.photo.lowest));
  const tallest = Math.min(...row.map((x) => x.photo.tallest));
  if (lowest > tallest) return [];
  const floor = (v: number) => Math.floor(v * 100) / 100;
  const heights = new Set([floor(tallest)]);
  for (const { photo } of row) {
    for (let n = headLines(leading, photo, lowest); n <= headLines(leading, photo, tallest); n++) {
      const h = tallestOn(leading, photo, n);
      if (h >= lowest && h <= tallest) heights.add(h);
    }
  }
  const byLines = new Map<string, number>();
  for (const h of [...heights].sort((a, b) => b - a)) {
    const key = row.map((x) => headLines(leading, x.photo, h)).join();
    if (!byLines.has(key)) byLines.set(key, h);
  }
  return [...byLines.values()];
}

/**
 * Heights for a row whose crops cannot meet, hung from its top all the same: each photo the tallest
 * (up to its height now) that keeps its head on the lines it has, or as it is where that would crop it
 * lower than its crop or `minHeight` allow (its head then takes a line more).
 */
function hungHeights(row: readonly Member[], leading: number, minHeight: number): number[] {
  return row.map(({ photo }) => {
    const kept = tallestOn(leading, photo, headLines(leading, photo, photo.height, false));
    return Math.min(photo.height, kept) >= Math.max(minHeight, photo.lowest) ? Math.min(photo.height, kept) : photo.height;
  });
}

/**
 * The row at its photo heights (one per member), the page settled around it; the lines its heads
 * moved (times their width), or undefined where a module would end below the page's foot (a story
 * cut to another page, its legs down to the foot, cannot take a taller head).
 */
async function lineUp(input: RowsInput, number: number, row: readonly Member[], heights: readonly number[]): Promise<number | undefined> {
  const { plan, galleys, grid } = input;
  let moved = 0;
  for (const [i, { m, photo }] of row.entries()) {
    const height = heights[i]!;
    const delta = headLines(grid.leading, photo, height) - headLines(grid.leading, photo, photo.height, false);
    m.photoRow = { height };
    m.headerLines += delta;
    m.height += delta;
    moved += Math.abs(delta) * m.span;
    const placed = galleys.find((x) => x.module === m)!;
    // A taller head over legs that end short of their foot: the legs give up the lines, if the text still fits.
    const longest = Math.max(...Array.from({ length: m.legs }, (_, i) => placed.galley.legLines(i)));
    if (delta > 0 && longest <= m.legLines - delta) {
      const galley = await input.reset(placed, m.legLines - delta);
      if (!galley.after(m.legs)) {
        m.legLines -= delta;
        m.height -= delta;
        placed.galley = galley;
      }
    }
  }
  settlePage(plan, number, grid, input.metrics, input.house);
  closeFeet(input, number);
  const page = plan.pages.find((p) => p.number === number)!;
  return page.modules.some((m) => m.top + m.height > grid.lines) ? undefined : moved;
}
