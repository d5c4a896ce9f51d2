/**
 * Placement: every article of the edition into rectangular modules on the column grid, pins first,
 * then by section order and priority. Pure: metrics measured by the layout go in, a Flatplan comes
 * out, so `jurnal plan` predicts exactly what `jurnal build` prints.
 *
 * A module is a head (headline, deck, photo; measured per span) over `span` legs of body text, each
 * `legLines` tall. A story that does not fit is cut after its legs on this page ("Bersambung ke hal.
 * N"); its remaining lines go into a continuation module on a later page, with legs of their own
 * height (the layout starts that galley where the cut fell, mid-paragraph if need be).
 *
 * Filling: a page is first tiled with stories; the space left under a story with a lead photo grows
 * that photo (by whole lines, within the crop the picture allows), and what is left after that takes
 * the redaksi's house boxes, each sized to its own text and used once per edition. Which tiling wins
 * is a search: the placement is run with varied column widths and story order per article, and the
 * plan with the least blank space (then fewest jumps, stories in priority order, no tombstoned
 * headlines) is kept. Deterministic: the same input gives the same plan.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Kind } from '../content/schema.js';
import type { Edition } from './load.js';
import { parsePageRange, type Section } from './schema.js';

export interface PlanArticle {
  slug: string;
  file: string;
  title: string;
  section: string;
  kind: Kind;
  priority: number;
  date: string;
  /** Body lines at column width (measured by the layout). */
  bodyLines: number;
  /** Lines of its tallest block that no leg break may cut (an in-column photo, the pull quote). */
  blockLines?: number;
  /** Head lines per span (index 0 = one column), photo and gap included. */
  headerLines: readonly number[];
  /** Head lines of a continuation ("Sambungan dari hal. N" + title) per span. */
  continuationLines: readonly number[];
  /** Head lines of the page-1 lead at full width. */
  leadHeaderLines: number;
  /** Lines the headline itself takes per span (for the review's headline check). */
  headlineLines?: readonly number[];
  /** Lines the lead photo may grow per span (0: no photo, or it cannot grow); index 0 = one column. */
  photoGrowth?: readonly number[];
  /** Lines the lead photo may lose per span, cropped lower, so the story fits whole. */
  photoShrink?: readonly number[];
  /** The same for the page-1 lead at full width. */
  leadPhotoGrowth?: number;
  /** Where the head's photo begins per span, points below the module's top (after kicker, headline, deck, byline). */
  photoTop?: readonly (number | null)[];
  /** Points from the foot of the head's photo to the foot of the head (its caption), per span. */
  photoTail?: readonly (number | null)[];
  /** The editor's levers from front-matter `layout:` (and a pin's `columns`). */
  wish?: { columns?: number; photoLines?: number; keepWhole?: boolean };
  /** Words of the body, to size stories that are planned but not yet written. */
  words?: number;
  /** A story planned in edition.yaml `rencana:` and not yet written: it only reserves its space. */
  planned?: boolean;
}

/** Lines per leg of a whole story at `span` columns: its text shared out, never less than its tallest block. */
const legsOf = (a: PlanArticle, span: number): number => Math.max(Math.ceil(a.bodyLines / span), a.blockLines ?? 0);

/** Space kept for a story planned in edition.yaml `rencana:` that is not written yet. */
export interface Reservation {
  slug: string;
  col: number;
  span: number;
  top: number;
  height: number;
  words: number;
}

/** The redaksi's house boxes (templates/pengisi.yaml): lines each takes per span, measured (Infinity: not offered at that span). */
export interface HouseMetrics {
  fillerLines: readonly (readonly number[])[];
}

export interface PlanGrid {
  columns: number;
  /** Body lines per column on a page. */
  lines: number;
  /** Lines taken by the masthead on page 1. */
  mastheadLines: number;
  /** Lines the index band takes at the foot of page 1, as the layout measured it. */
  indexLines?: number;
}

export interface Module {
  slug: string;
  page: number;
  part: 'main' | 'continuation';
  col: number;
  span: number;
  /** First line of the module, counted from the top of the text area. */
  top: number;
  headerLines: number;
  legLines: number;
  /** Legs of body text in this module (its span). */
  legs: number;
  /** Body lines before this module's text (0 for the main part): the planner's estimate. */
  fromLine: number;
  /** Total lines: head + legs (+ 1 for the jump line). */
  height: number;
  jumpTo?: number;
  jumpFrom?: number;
  lead?: boolean;
  /** Lines the lead photo was made taller to close the space below the module (negative: lower, so the story fits whole). */
  photoExtra?: number;
  /** The head photo lined up with the photos beside it: over the headline, this many points tall. */
  photoRow?: { height: number };
}

/** A house box in space no story could use: `filler` indexes templates/pengisi.yaml. */
export interface FillerBox {
  col: number;
  span: number;
  top: number;
  height: number;
  filler: number;
}

export interface PlannedPage {
  number: number;
  role: 'front' | 'section' | 'back';
  section?: Section;
  modules: Module[];
  /** Share of the text area covered by modules, 0–1. */
  fill: number;
  /** Lines per column left empty at the bottom. */
  freeLines: number[];
  /** The index band on page 1, across the page from this line to the foot. */
  index?: { top: number };
  /** Space no story could use, filled with the redaksi's public-service boxes. */
  fillers: FillerBox[];
  /** Space kept for planned, unwritten stories. */
  reserved: Reservation[];
  /** Lines per column left blank after stories, photos and boxes. */
  blankLines: number[];
  /** Column lines left blank above modules that sit lower than some of their columns' text ends. */
  buriedLines: number;
}

export interface CopyFit {
  slug: string;
  neededLines: number;
  placedLines: number;
  /** > 0: lines that did not fit anywhere ("potong ± N baris"). */
  overLines: number;
}

export interface Flatplan {
  edition: string;
  pages: PlannedPage[];
  /**
   * Stories not (fully) placed; `partial`: its start is placed, its continuation found no room;
   * `brief`: a brief (kind: singkat) no space was left for, which is a warning, not an error.
   */
  unplaced: { slug: string; reason: string; partial?: boolean; brief?: boolean }[];
  copyFit: CopyFit[];
  diagnostics: Diagnostic[];
}

const MIN_LEG = 5;
/** A cut story shows at least this many lines per leg, or it waits for a page with more room. */
const MIN_CUT_LEG = 10;
/** A continuation of fewer text lines than this reads as a mistake: the search avoids it. */
const SHORT_JUMP_LINES = 10;
/** Lines kept at the foot of page 1 for the index of the edition, unless the layout measured its band. */
const FRONT_INDEX_LINES = 13;
/** Free share of a page above which a story is cut to fill it instead of waiting for the next page. */
const CUT_TO_FILL = 0.25;
/** A blank run in a column taller than this many lines blocks print (review rule tata-letak); a shorter one (over 3) is a warning. */
export const HOLE_ERROR_LINES = 8;

/** What a blank run of `lines` in a column costs: a run the review refuses costs far more than the same lines spread thin. */
export const holeCost = (lines: number): number => lines + Math.max(0, lines - HOLE_ERROR_LINES) * 6;
/** Smallest space worth a house box. */
const MIN_FILLER = 4;
/** Plans tried by the search, and how many tries without a better plan end it early. */
const SEARCH_TRIES = 400;
const SEARCH_PATIENCE = 150;

/** How a plan may deviate from the default placement: the search's knobs, per article. */
export interface Variant {
  /** Span tried first. */
  span?: Map<string, number>;
  /** Added to the priority when ordering a section's queue (−1, 0 or +1). */
  shift?: Map<string, number>;
}

function preferredSpans(a: PlanArticle, columns: number, first?: number): number[] {
  const byPriority: Record<number, number[]> = { 1: [columns, columns - 1], 2: [3, 2, columns], 3: [2, 3, 1], 4: [1, 2], 5: [1, 2] };
  // A photo story needs room for its pictures: never one column.
  const wish = a.kind === 'foto' ? [columns, columns - 1, 3, 2] : a.kind === 'singkat' ? [1, 2] : (byPriority[a.priority] ?? [2, 1]);
  // Legs are never shorter than the story's tallest photo: wider than its text can fill at that height, a leg stays empty.
  const fillable = (s: number) => s === 1 || !a.blockLines || Math.ceil(a.bodyLines / a.blockLines) >= s;
  const fit = wish.filter((s) => s >= 1 && s <= columns && fillable(s) && (s === 1 || Math.ceil(a.bodyLines / s) >= MIN_LEG));
  const rest = Array.from({ length: columns }, (_, i) => i + 1).filter((s) => !fit.includes(s) && fillable(s) && !(a.kind === 'foto' && s === 1 && columns > 1));
  const spans = [...new Set([...fit, ...rest])];
  if (!spans.length) spans.push(Math.min(2, columns));
  return first && spans.includes(first) ? [first, ...spans.filter((s) => s !== first)] : spans;
}

interface Slot {
  col: number;
  span: number;
  top: number;
  rank: number;
}

/** Lowest free position for a block `span` wide and `height` tall; ties go to the preferred span. */
function findSlot(sky: number[], lines: number, spans: number[], height: (span: number) => number): Slot | undefined {
  let best: Slot | undefined;
  spans.forEach((span, rank) => {
    for (let col = 0; col + span <= sky.length; col++) {
      const top = Math.max(...sky.slice(col, col + span));
      if (top + height(span) > lines) continue;
      const better = !best || top < best.top || (top === best.top && rank < best.rank);
      if (better) best = { col, span, top, rank };
    }
  });
  return best;
}

/** For a story that will be cut: the position that shows most of it. */
function roomiestSlot(sky: number[], lines: number, spans: number[], head: (span: number) => number): Slot | undefined {
  let best: (Slot & { room: number }) | undefined;
  spans.forEach((span, rank) => {
    for (let col = 0; col + span <= sky.length; col++) {
      const top = Math.max(...sky.slice(col, col + span));
      const legLines = lines - top - head(span) - 1;
      if (legLines < MIN_CUT_LEG) continue;
      const room = legLines * span;
      if (!best || room > best.room) best = { col, span, top, rank, room };
    }
  });
  return best;
}

function freeShare(sky: readonly number[], lines: number): number {
  return sky.reduce((sum, s) => sum + (lines - s), 0) / (sky.length * lines);
}

/** Marks the module's columns as used down to its foot; returns the column lines it leaves blank above it. */
function occupy(sky: number[], m: Pick<Module, 'col' | 'span' | 'top' | 'height'>): number {
  let buried = 0;
  for (let c = m.col; c < m.col + m.span; c++) {
    buried += Math.max(0, m.top - sky[c]!);
    sky[c] = m.top + m.height;
  }
  return buried;
}

/**
 * Space left under the stories closes from the bottom up: a story whose module ends lowest in its
 * columns gets a taller lead photo, as far as the picture's crop allows.
 */
function growPhotos(page: PlannedPage, sky: number[], lines: number, bySlug: ReadonlyMap<string, PlanArticle>): void {
  for (const m of page.modules) {
    // A photo lined up with its row keeps the row's height.
    if (m.part !== 'main' || m.photoRow) continue;
    const a = bySlug.get(m.slug)!;
    const growth = (m.lead ? (a.leadPhotoGrowth ?? 0) : (a.photoGrowth?.[m.span - 1] ?? 0)) - (m.photoExtra ?? 0);
    if (growth <= 0) continue;
    const bottom = m.top + m.height;
    const cols = Array.from({ length: m.span }, (_, i) => m.col + i);
    // Only the lowest module of its columns can grow without pushing another.
    if (cols.some((c) => sky[c] !== bottom)) continue;
    const limit = m.lead && page.index ? page.index.top : lines;
    const extra = Math.min(growth, limit - bottom);
    if (extra <= 0) continue;
    m.photoExtra = (m.photoExtra ?? 0) + extra;
    m.headerLines += extra;
    m.height += extra;
    occupy(sky, m);
  }
}

/** Empty space at the foot of neighbouring columns of the same depth, as rectangles, widest first. */
function gapsOf(sky: readonly number[], lines: number): Omit<FillerBox, 'filler'>[] {
  const gaps: Omit<FillerBox, 'filler'>[] = [];
  for (let c = 0; c < sky.length; ) {
    if (lines - sky[c]! < MIN_FILLER) {
      c++;
      continue;
    }
    let e = c;
    while (e + 1 < sky.length && lines - sky[e + 1]! >= MIN_FILLER && Math.abs(sky[e + 1]! - sky[c]!) <= 2) e++;
    const top = Math.max(...sky.slice(c, e + 1));
    gaps.push({ col: c, span: e - c + 1, top, height: lines - top });
    c = e + 1;
  }
  return gaps;
}

/** House boxes into the gaps: the unused box that fills most of each gap, stacked while room is left. */
function placeFillers(page: PlannedPage, sky: number[], lines: number, house: HouseMetrics | undefined, used: Set<number>): void {
  if (!house) return;
  for (const gap of gapsOf(sky, lines)) {
    let top = gap.top;
    for (;;) {
      const room = lines - top;
      let best = -1;
      house.fillerLines.forEach((byspan, i) => {
        const h = byspan[gap.span - 1] ?? Infinity;
        if (!used.has(i) && h <= room && (best < 0 || h > house.fillerLines[best]![gap.span - 1]!)) best = i;
      });
      if (best < 0) break;
      const height = house.fillerLines[best]![gap.span - 1]!;
      page.fillers.push({ col: gap.col, span: gap.span, top, height, filler: best });
      used.add(best);
      top += height;
      for (let c = gap.col; c < gap.col + gap.span; c++) sky[c] = top;
    }
  }
}

/**
 * House boxes into the space buried above a module that sits lower than some of its columns' text
 * (a wide story under a long one beside a short one): each run of such columns, as deep as the
 * module's top, is filled like a column foot.
 */
function fillBuried(page: PlannedPage, grid: PlanGrid, house: HouseMetrics | undefined, used: Set<number>): void {
  if (!house) return;
  const sky = Array<number>(grid.columns).fill(0);
  const blocks = [...page.modules, ...page.reserved].sort((x, y) => x.top - y.top || x.col - y.col);
  for (const m of blocks) {
    const cols = Array.from({ length: m.span }, (_, i) => m.col + i);
    if (cols.some((c) => m.top - sky[c]! >= MIN_FILLER)) {
      // Only the columns under this module count; the others are closed for this gap.
      const gapSky = sky.map((top, c) => (cols.includes(c) ? top : m.top));
      placeFillers(page, gapSky, m.top, house, used);
    }
    for (const c of cols) sky[c] = Math.max(sky[c]!, m.top + m.height);
  }
}

/**
 * A page again after the layout set some modules shorter than planned (their text needed fewer
 * lines per leg): modules move up under the ones above them, and the space that gathers at the
 * foot is closed as in planning, by taller photos and house boxes not used elsewhere.
 */
export function settlePage(plan: Flatplan, number: number, grid: PlanGrid, articles: readonly PlanArticle[], house?: HouseMetrics): void {
  const page = plan.pages.find((p) => p.number === number);
  if (!page || page.role !== 'section' || page.reserved.length) return;
  const sky = Array<number>(grid.columns).fill(0);
  page.fillers = [];
  page.buriedLines = 0;
  for (const m of [...page.modules].sort((x, y) => x.top - y.top || x.col - y.col)) {
    m.top = Math.max(...sky.slice(m.col, m.col + m.span));
    page.buriedLines += occupy(sky, m);
  }
  const used = new Set(plan.pages.flatMap((p) => p.fillers.map((f) => f.filler)));
  closePage(page, sky, grid, new Map(articles.map((a) => [a.slug, a])), house, used);
  page.fill = fillOf(page, grid);
}

/**
 * House boxes into the blank feet of columns as the galleys were set (`feet`: the first blank line
 * at the foot of each column, the lines below it empty to the bottom): the legs a story's text ends
 * short of its plan, which planning could not see. Only boxes no page uses yet.
 */
export function fillFeet(plan: Flatplan, number: number, feet: number[], grid: PlanGrid, house?: HouseMetrics): void {
  const page = plan.pages.find((p) => p.number === number);
  if (!page || page.role !== 'section') return;
  const used = new Set(plan.pages.flatMap((p) => p.fillers.map((f) => f.filler)));
  placeFillers(page, feet, grid.lines, house, used);
  page.fill = fillOf(page, grid);
}

/** A section page once its stories are in: free lines noted, then taller photos and house boxes, then what stays blank. */
function closePage(page: PlannedPage, sky: number[], grid: PlanGrid, bySlug: ReadonlyMap<string, PlanArticle>, house: HouseMetrics | undefined, used: Set<number>): void {
  page.freeLines = sky.map((s) => grid.lines - s);
  growPhotos(page, sky, grid.lines, bySlug);
  fillBuried(page, grid, house, used);
  placeFillers(page, sky, grid.lines, house, used);
  page.blankLines = sky.map((s) => grid.lines - s);
}

/** Share of the page's text area (page 1: below the masthead) covered by modules and the index band. */
function fillOf(page: PlannedPage, grid: PlanGrid): number {
  if (page.role === 'back') return 1;
  const start = page.role === 'front' ? grid.mastheadLines : 0;
  const used = page.modules.reduce((sum, m) => sum + m.span * m.height, 0) + (page.index ? grid.columns * (grid.lines - page.index.top) : 0);
  return used / (grid.columns * (grid.lines - start));
}

interface Pending {
  article: PlanArticle;
  fromPage: number;
  fromLine: number;
  origin: Module;
}

/**
 * The stories of `rencana:` not written yet, sized like the edition's written ones: body lines per
 * word and head heights per span taken from them (the median head), so the plan keeps their room.
 */
function plannedStories(edition: Edition, written: readonly PlanArticle[]): PlanArticle[] {
  const have = new Set(written.map((a) => a.slug));
  const plans = (edition.config.rencana ?? []).filter((r) => !have.has(r.slug));
  if (!plans.length) return [];
  const counted = written.filter((a) => (a.words ?? 0) > 0);
  const perWord = counted.length ? counted.reduce((s, a) => s + a.bodyLines, 0) / counted.reduce((s, a) => s + a.words!, 0) : 0.27;
  const columns = written[0]?.headerLines.length ?? 4;
  const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? 6;
  const head = Array.from({ length: columns }, (_, i) => median(written.map((a) => a.headerLines[i]!)));
  return plans.map((r) => ({
    slug: r.slug, file: edition.file, title: r.slug, section: r.section, kind: 'berita' as const, priority: 3, date: edition.config.date,
    bodyLines: Math.max(3, Math.ceil(r.words * perWord)), headerLines: head, continuationLines: head.map(() => 4), leadHeaderLines: head.at(-1)! + 10,
    words: r.words, planned: true,
  }));
}

/** Every module of one story, page by page: its main part first, then its continuations. */
export function modulesOf(plan: Flatplan, slug: string): Module[] {
  return plan.pages.flatMap((p) => p.modules.filter((m) => m.slug === slug));
}

/**
 * The plan of an edition: the default placement, then a search over per-article variants (span
 * tried first, order within the section) that keeps the plan with the best `planCost`.
 */
export function planEdition(edition: Edition, articles: readonly PlanArticle[], grid: PlanGrid, house?: HouseMetrics, tries = SEARCH_TRIES): Flatplan {
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  let best = placeEdition(edition, articles, grid, house, {});
  let bestCost = planCost(best, articles);
  let variant: Required<Variant> = { span: new Map(), shift: new Map() };
  // By slug, so the search does not depend on the order the files were read in.
  const movable = articles.filter((a) => !edition.config.pins.some((p) => p.slug === a.slug)).sort((a, b) => a.slug.localeCompare(b.slug));
  if (!movable.length) return best;
  // A fixed seed: the same edition always gets the same plan.
  let seed = 0x9e3779b9;
  const random = (n: number) => {
    seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return seed % n;
  };
  const isMovable = new Set(movable.map((a) => a.slug));
  let stale = 0;
  for (let i = 0; i < tries && stale < SEARCH_PATIENCE; i++) {
    const next: Required<Variant> = { span: new Map(variant.span), shift: new Map(variant.shift) };
    const a = (random(2) === 0 ? storyNearHole(best, isMovable, random, bySlug) : undefined) ?? movable[random(movable.length)]!;
    if (random(3) === 0) next.shift.set(a.slug, random(3) - 1);
    else next.span.set(a.slug, 1 + random(grid.columns));
    const plan = placeEdition(edition, articles, grid, house, next);
    const cost = planCost(plan, articles);
    if (cost < bestCost) {
      best = plan;
      bestCost = cost;
      variant = next;
      stale = 0;
    } else stale++;
  }
  return best;
}

/**
 * A story whose width or order most likely decides a hole: one on a page with blank lines, or on the
 * page before it (what fills a page is what the page before left over), drawn with the blank lines
 * as weights. The search tries those more often than a story drawn at random.
 */
function storyNearHole(plan: Flatplan, movable: ReadonlySet<string>, random: (n: number) => number, bySlug: ReadonlyMap<string, PlanArticle>): PlanArticle | undefined {
  const holes = plan.pages.map((p) => (p.role === 'section' ? p.blankLines.reduce((sum, n) => sum + n, 0) + p.buriedLines : 0));
  const total = holes.reduce((sum, n) => sum + n, 0);
  if (!total) return undefined;
  let pick = random(total);
  const index = holes.findIndex((n) => (pick -= n) < 0);
  const near = [plan.pages[index - 1], plan.pages[index]].flatMap((p) => (p?.role === 'section' ? p.modules.map((m) => m.slug) : []));
  const stories = [...new Set(near)].filter((slug) => movable.has(slug)).sort();
  return stories.length ? bySlug.get(stories[random(stories.length)]!) : undefined;
}

/**
 * What a plan costs, lower is better: a story left out outweighs everything; then blank column
 * lines, house boxes (fine, but a story is better), jumps, stories below a less important one on
 * the same page, and headlines side by side at the same height ("tombstones").
 */
export function planCost(plan: Flatplan, articles: readonly PlanArticle[]): number {
  const priority = new Map(articles.map((a) => [a.slug, a.priority]));
  let cost = plan.unplaced.reduce((sum, u) => sum + (u.brief ? 500 : u.partial ? 50_000 : 100_000), 0);
  for (const page of plan.pages) {
    if (page.role === 'back') continue;
    cost += (page.blankLines.reduce((sum, n) => sum + holeCost(n), 0) + page.buriedLines) * 3;
    cost += page.fillers.reduce((sum, f) => sum + f.span * f.height, 0);
    const mains = page.modules.filter((m) => m.part === 'main');
    // A jump costs; a jump for a few lines under a full continuation head costs as much as a hole.
    for (const m of page.modules) if (m.part === 'continuation') cost += 30 + (m.legs * m.legLines < SHORT_JUMP_LINES ? 150 : 0);
    for (const x of mains) {
      for (const y of mains) {
        if (x === y) continue;
        const px = priority.get(x.slug) ?? 3;
        const py = priority.get(y.slug) ?? 3;
        if (px < py && x.top > y.top + 2) cost += 15;
        if (x.col + x.span === y.col && x.top === y.top) cost += 20;
      }
    }
  }
  return cost;
}

function placeEdition(edition: Edition, articles: readonly PlanArticle[], grid: PlanGrid, house: HouseMetrics | undefined, variant: Variant): Flatplan {
  const { config } = edition;
  const diagnostics: Diagnostic[] = [];
  const planned = plannedStories(edition, articles);
  const bySlug = new Map([...articles, ...planned].map((a) => [a.slug, a]));
  const pinned = new Map<string, (typeof config.pins)[number]>();
  config.pins.forEach((pin, i) => {
    if (!bySlug.has(pin.slug)) {
      diagnostics.push({ file: edition.file, position: edition.locate(['pins', i, 'slug']), field: `pins.${i}.slug`, rule: 'pin-slug', severity: 'error', message: `naskah "${pin.slug}" tidak ada di edisi ini`, hint: 'tulis nama berkas naskah tanpa .md' });
    } else pinned.set(pin.slug, pin);
  });

  const sectionPages = new Map<string, number[]>();
  for (const s of config.sections) {
    const [from, to] = parsePageRange(s.pages);
    sectionPages.set(s.id, Array.from({ length: to - from + 1 }, (_, i) => from + i));
  }
  const rank = (a: PlanArticle) => a.priority + (variant.shift?.get(a.slug) ?? 0);
  const order = (a: PlanArticle, b: PlanArticle) => rank(a) - rank(b) || a.priority - b.priority || b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug);
  const queueBySection = new Map<string, PlanArticle[]>();
  // Briefs wait until every other story has its place: they close the space that is left.
  const briefs: PlanArticle[] = [];
  for (const a of [...articles, ...planned].sort(order)) {
    if (pinned.has(a.slug)) continue;
    if (a.kind === 'singkat' && sectionPages.has(a.section)) {
      briefs.push(a);
      continue;
    }
    queueBySection.set(a.section, [...(queueBySection.get(a.section) ?? []), a]);
  }
  // A width the editor asked for is the only one tried; otherwise the search's variant comes first.
  const spanMemo = new Map<string, number[]>();
  const spansOf = (a: PlanArticle): number[] => {
    let spans = spanMemo.get(a.slug);
    if (!spans) spanMemo.set(a.slug, (spans = a.wish?.columns && a.wish.columns <= grid.columns ? [a.wish.columns] : preferredSpans(a, grid.columns, variant.span?.get(a.slug))));
    return spans;
  };

  const pages: PlannedPage[] = [];
  const pending: Pending[] = [];
  const placedLines = new Map<string, number>();
  const unplaced: Flatplan['unplaced'] = [];
  const usedFillers = new Set<number>();
  /** The skyline of every section page, kept until stories from full sections and house boxes are in. */
  const skies = new Map<number, number[]>();
  const homeless: PlanArticle[] = [];
  const { columns, lines } = grid;
  /** Page 1's stories end where the index band begins. */
  const indexTop = lines - (grid.indexLines ?? FRONT_INDEX_LINES);

  /** The page and width where a brief leaves the fewest blank column lines around it. */
  const bestFit = (a: PlanArticle, candidates: readonly PlannedPage[]): { page: PlannedPage; span: number } | undefined => {
    let best: { page: PlannedPage; span: number; waste: number } | undefined;
    const spans = preferredSpans(a, columns);
    for (const page of candidates) {
      const sky = skies.get(page.number)!;
      for (const span of spans) {
        const height = a.headerLines[span - 1]! + legsOf(a, span) + 1;
        for (let col = 0; col + span <= columns; col++) {
          const cols = sky.slice(col, col + span);
          const top = Math.max(...cols);
          if (top + height > lines) continue;
          const below = (lines - top - height) * span;
          // What is left below can still take a house box; what is buried above cannot.
          const waste = cols.reduce((sum, c) => sum + (top - c), 0) * 3 + (below > 0 && below < MIN_FILLER * span ? below * 2 : below * 0.5);
          if (!best || waste < best.waste) best = { page, span, waste };
        }
      }
    }
    return best;
  };

  /** Where a story that fits nowhere comes closest, said as what to cut (for its diagnostic). */
  const roomFor = (a: PlanArticle, candidates: readonly PlannedPage[]): string => {
    let best: { page: number; span: number; short: number } | undefined;
    for (const p of candidates) {
      const sky = skies.get(p.number)!;
      for (const span of preferredSpans(a, columns)) {
        for (let col = 0; col + span <= columns; col++) {
          const room = lines - Math.max(...sky.slice(col, col + span)) - a.headerLines[span - 1]! - 1;
          const short = (legsOf(a, span) - room) * span;
          if (room >= MIN_LEG && (!best || short < best.short)) best = { page: p.number, span, short };
        }
      }
    }
    return best ? `paling dekat: hal. ${best.page}, ${best.span} kolom, kurang ± ${best.short} baris` : 'tidak ada halaman dengan ruang cukup';
  };

  /** Places the head and as many legs as fit; what does not fit waits as a continuation. */
  const placeMain = (page: PlannedPage, sky: number[], a: PlanArticle, allowCut: boolean, spans = spansOf(a), lead = false, limit = lines): boolean => {
    // "Keep whole": never cut and continued on another page.
    const mayCut = allowCut && !a.wish?.keepWhole;
    const head = (s: number) => (lead ? a.leadHeaderLines : a.headerLines[s - 1]!);
    /** The whole story at `s` columns: head, legs and the line under them. */
    const wholeHeight = (s: number) => head(s) + legsOf(a, s) + 1;
    let whole = findSlot(sky, limit, spans, wholeHeight);
    // Rather than cut it (or leave it out), the story may fit whole with its photo cropped lower.
    let shrink = 0;
    if (!whole && !lead && !a.planned) {
      const lower = (s: number) => a.photoShrink?.[s - 1] ?? 0;
      whole = findSlot(sky, limit, spans, (s) => wholeHeight(s) - lower(s));
      if (whole) shrink = Math.min(lower(whole.span), Math.max(0, wholeHeight(whole.span) - (limit - whole.top)));
    }
    if (whole && a.planned) {
      const r: Reservation = { slug: a.slug, col: whole.col, span: whole.span, top: whole.top, height: wholeHeight(whole.span), words: a.words ?? 0 };
      page.reserved.push(r);
      page.buriedLines += occupy(sky, r);
      return true;
    }
    if (a.planned) return false;
    if (whole) {
      const legLines = legsOf(a, whole.span) + 1;
      const headerLines = head(whole.span) - shrink;
      const m: Module = { slug: a.slug, page: page.number, part: 'main', col: whole.col, span: whole.span, top: whole.top, headerLines, legLines, legs: whole.span, fromLine: 0, height: headerLines + legLines, lead, ...(shrink ? { photoExtra: -shrink } : {}) };
      page.modules.push(m);
      page.buriedLines += occupy(sky, m);
      placedLines.set(a.slug, a.bodyLines);
      return true;
    }
    // A cut needs a later page for the continuation (the last page is the fixed back page).
    if (!mayCut || page.number >= config.pages - 1) return false;
    const cut = roomiestSlot(sky, limit, spans, head);
    if (!cut) return false;
    const legLines = limit - cut.top - head(cut.span) - 1;
    const m: Module = { slug: a.slug, page: page.number, part: 'main', col: cut.col, span: cut.span, top: cut.top, headerLines: head(cut.span), legLines, legs: cut.span, fromLine: 0, height: head(cut.span) + legLines + 1, lead };
    page.modules.push(m);
    page.buriedLines += occupy(sky, m);
    // Widow and orphan control may end a leg a line early: count one line less per leg as shown.
    const shown = cut.span * (legLines - 1);
    placedLines.set(a.slug, shown);
    pending.push({ article: a, fromPage: page.number, fromLine: shown, origin: m });
    return true;
  };

  /**
   * Continuations onto `page`: first those of its own section (`foreign` false), before its stories;
   * then, in the room its own stories left, those of stories whose section pages are behind us: a
   * story that overran its section never pushes the next section's copy out.
   */
  const placeContinuations = (page: PlannedPage, sky: number[], foreign: boolean): void => {
    for (const p of [...pending]) {
      if (p.fromPage >= page.number) continue;
      const own = sectionPages.get(p.article.section) ?? [];
      if ((page.section?.id !== p.article.section) !== foreign) continue;
      // A jump goes to its own section's pages; elsewhere only once those pages are behind us.
      if (foreign && own.some((n) => n >= page.number)) continue;
      const a = p.article;
      const rest = a.bodyLines - p.fromLine;
      const head = (s: number) => a.continuationLines[s - 1]!;
      const spans = preferredSpans({ ...a, bodyLines: rest, kind: 'berita', priority: 3 }, columns);
      const whole = findSlot(sky, lines, spans, (s) => head(s) + Math.ceil(rest / s) + 1);
      // On another section's page a continuation comes whole, or waits: never a chain across sections.
      const cut = whole || foreign ? undefined : roomiestSlot(sky, lines, spans, head);
      const slot = whole ?? cut;
      if (!slot) continue;
      const legLines = whole ? Math.ceil(rest / slot.span) + 1 : lines - slot.top - head(slot.span) - 1;
      const m: Module = { slug: a.slug, page: page.number, part: 'continuation', col: slot.col, span: slot.span, top: slot.top, headerLines: head(slot.span), legLines, legs: slot.span, fromLine: p.fromLine, height: head(slot.span) + legLines + (cut ? 1 : 0), jumpFrom: p.fromPage };
      page.modules.push(m);
      page.buriedLines += occupy(sky, m);
      p.origin.jumpTo = page.number;
      pending.splice(pending.indexOf(p), 1);
      const shown = whole ? rest : slot.span * (legLines - 1);
      placedLines.set(a.slug, Math.min(a.bodyLines, (placedLines.get(a.slug) ?? 0) + shown));
      if (cut) pending.push({ article: a, fromPage: page.number, fromLine: p.fromLine + shown, origin: m });
    }
  };

  for (let number = 1; number <= config.pages; number++) {
    const role: PlannedPage['role'] = number === 1 ? 'front' : number === config.pages ? 'back' : 'section';
    const section = config.sections.find((s) => sectionPages.get(s.id)!.includes(number));
    const page: PlannedPage = { number, role, section: role === 'section' ? section : undefined, modules: [], fill: 0, freeLines: [], fillers: [], reserved: [], blankLines: [], buriedLines: 0 };
    pages.push(page);
    const sky = Array<number>(columns).fill(role === 'front' ? grid.mastheadLines : 0);
    if (role === 'back') {
      page.freeLines = sky.map(() => 0);
      page.blankLines = sky.map(() => 0);
      continue;
    }
    const pins = [...pinned.values()].filter((p) => p.page === number);
    const lead = pins.find((p) => p.position === 'utama');
    if (role === 'front') {
      // The lead leaves room below it for the index band (and any other page-1 pins).
      if (lead) placeMain(page, sky, bySlug.get(lead.slug)!, true, [columns], true, indexTop);
    } else if (lead) {
      placeMain(page, sky, bySlug.get(lead.slug)!, true, [columns]);
    }
    for (const pin of pins.filter((p) => p !== lead)) {
      const a = bySlug.get(pin.slug)!;
      const limit = role === 'front' ? indexTop : lines;
      const spans = pin.columns && pin.columns <= columns ? [pin.columns] : spansOf(a);
      if (!placeMain(page, sky, a, true, spans, false, limit)) unplaced.push({ slug: a.slug, reason: `tidak muat di halaman ${number} (dikunci di edition.yaml${pin.columns ? `, ${pin.columns} kolom` : ''})` });
    }
    if (role === 'front') {
      page.index = { top: Math.max(...sky) };
      // The lead's photo may grow down to the index band, which then starts lower.
      growPhotos(page, sky, lines, bySlug);
      page.index = { top: Math.max(...sky) };
      sky.fill(lines);
    }
    if (role === 'section') {
      placeContinuations(page, sky, false);
      const queue = section ? (queueBySection.get(section.id) ?? []) : [];
      const lastOfSection = section ? sectionPages.get(section.id)!.at(-1) === number : true;
      // On a section's last page whatever is left must fit: biggest first packs tighter (first-fit decreasing).
      const order = lastOfSection ? [...queue].sort((x, y) => y.bodyLines + (y.headerLines[1] ?? 0) * 2 - (x.bodyLines + (x.headerLines[1] ?? 0) * 2)) : [...queue];
      for (const a of order) {
        if (placeMain(page, sky, a, lastOfSection)) queue.splice(queue.indexOf(a), 1);
      }
      // Rather than leave a page half empty, cut the next story here and jump to the section's next page.
      while (!lastOfSection && queue.length && freeShare(sky, lines) >= CUT_TO_FILL) {
        if (!placeMain(page, sky, queue[0]!, true)) break;
        queue.shift();
      }
      if (lastOfSection) {
        homeless.push(...queue);
        queue.length = 0;
      }
      placeContinuations(page, sky, true);
      // Section pages are closed once stories from full sections are in (below).
      skies.set(number, sky);
    } else page.freeLines = sky.map((s) => lines - s);
  }

  // A story its section had no room for runs on the nearest other section's page that has room,
  // before the edition is called full.
  const sectionPagesList = pages.filter((p) => p.role === 'section');
  for (const a of [...homeless.sort(order), ...briefs]) {
    const own = sectionPages.get(a.section) ?? [];
    const distance = new Map(sectionPagesList.map((p) => [p.number, Math.min(...own.map((o) => Math.abs(o - p.number)))]));
    const candidates = [...sectionPagesList].sort((x, y) => distance.get(x.number)! - distance.get(y.number)! || x.number - y.number);
    // A brief goes where it leaves the least space (best fit); a story from a full section to the nearest page with room.
    const fit = a.kind === 'singkat' ? bestFit(a, candidates) : undefined;
    const host = fit ? (placeMain(fit.page, skies.get(fit.page.number)!, a, false, [fit.span]) ? fit.page : undefined) : candidates.find((p) => placeMain(p, skies.get(p.number)!, a, false));
    const asked = a.wish?.columns ? ` (lebar ${a.wish.columns} kolom diminta di layout.columns)` : a.wish?.keepWhole ? ' (layout.keepWhole: tidak boleh bersambung)' : '';
    if (!host) unplaced.push({ slug: a.slug, reason: `rubrik "${a.section}" penuh${asked}; ${roomFor(a, sectionPagesList)}`, ...(a.kind === 'singkat' ? { brief: true } : {}) });
  }

  for (const page of pages) {
    const sky = skies.get(page.number);
    if (sky) closePage(page, sky, grid, bySlug, house, usedFillers);
    else page.blankLines = page.role === 'back' ? page.blankLines : page.freeLines;
    page.fill = fillOf(page, grid);
  }

  for (const p of pending) {
    unplaced.push({ slug: p.article.slug, reason: `sambungan dari hal. ${p.fromPage} tidak mendapat tempat`, partial: true });
    p.origin.jumpTo = undefined;
  }
  for (const a of articles) {
    if (![...pages].some((pg) => pg.modules.some((m) => m.slug === a.slug)) && !unplaced.some((u) => u.slug === a.slug)) {
      unplaced.push({ slug: a.slug, reason: `rubrik "${a.section}" tidak punya halaman` });
    }
  }

  const copyFit = articles.map((a) => {
    const placed = placedLines.get(a.slug) ?? 0;
    return { slug: a.slug, neededLines: a.bodyLines, placedLines: placed, overLines: unplaced.some((u) => u.slug === a.slug) ? a.bodyLines : Math.max(0, a.bodyLines - placed) };
  });
  for (const a of articles) {
    if (a.wish?.columns && a.wish.columns > columns) diagnostics.push({ file: a.file, rule: 'tata-letak', severity: 'warning', message: `layout.columns: ${a.wish.columns} kolom tidak bisa dipenuhi, halaman ini hanya ${columns} kolom`, hint: `pilih 1 sampai ${columns}` });
  }
  for (const u of unplaced) {
    const a = bySlug.get(u.slug)!;
    if (a.planned) diagnostics.push({ file: edition.file, position: edition.locate(['rencana', (config.rencana ?? []).findIndex((r) => r.slug === a.slug), 'slug']), rule: 'tata-letak', severity: 'warning', message: `rencana "${a.slug}" (± ${a.words} kata) tidak mendapat tempat: ${u.reason}`, hint: 'kurangi jumlah kata yang direncanakan, atau pindahkan ke rubrik lain' });
    else if (u.brief) diagnostics.push({ file: a.file, rule: 'tidak-termuat', severity: 'warning', message: `kabar singkat tidak dimuat: tidak ada celah yang cukup (${a.bodyLines} baris)`, hint: 'tidak apa-apa bila edisi sudah penuh; pendekkan bila ingin dimuat' });
    else diagnostics.push({ file: a.file, rule: 'tidak-termuat', severity: 'error', message: `naskah tidak termuat: ${u.reason} (${a.bodyLines} baris)`, hint: 'potong naskah sebanyak itu, turunkan prioritasnya, atau tambah halaman (kelipatan 4)' });
  }
  const missing = unplaced.filter((u) => !u.brief && !bySlug.get(u.slug)!.planned);
  if (missing.length) {
    const over = missing.reduce((s, u) => s + (bySlug.get(u.slug)?.bodyLines ?? 0), 0);
    const pagesNeeded = Math.max(4, Math.ceil(over / (columns * lines * 0.6) / 4) * 4);
    diagnostics.push({ file: edition.file, position: edition.locate(['pages']), field: 'pages', rule: 'edisi-penuh', severity: 'error', message: `${missing.length} naskah (± ${over} baris) tidak termuat di ${config.pages} halaman`, hint: `potong ± ${over} baris, keluarkan naskah: ${missing.map((u) => u.slug).join(', ')}; atau tambah ${pagesNeeded} halaman` });
  }
  return { edition: edition.id, pages, unplaced, copyFit, diagnostics };
}
