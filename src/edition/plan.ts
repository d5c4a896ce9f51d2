/**
 * Placement: every article of the edition into rectangular modules on the column grid, pins first,
 * then by section order and priority. Pure: metrics measured by the layout go in, a Flatplan comes
 * out, so `jurnal plan` predicts exactly what `jurnal build` prints.
 *
 * A module is a head (headline, deck, photo; measured per span) over `span` legs of body text, each
 * `legLines` tall. A story that does not fit is cut after its legs on this page ("Bersambung ke hal.
 * N"); its remaining lines go into a continuation module on a later page, with legs of their own
 * height (the layout starts that galley where the cut fell, mid-paragraph if need be).
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
  /** Head lines per span (index 0 = one column), photo and gap included. */
  headerLines: readonly number[];
  /** Head lines of a continuation ("Sambungan dari hal. N" + title) per span. */
  continuationLines: readonly number[];
  /** Head lines of the page-1 lead at full width. */
  leadHeaderLines: number;
  /** Lines the headline itself takes per span (for the review's headline check). */
  headlineLines?: readonly number[];
}

export interface PlanGrid {
  columns: number;
  /** Body lines per column on a page. */
  lines: number;
  /** Lines taken by the masthead on page 1. */
  mastheadLines: number;
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
  fillers: { col: number; span: number; top: number; height: number }[];
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
  /** Stories not (fully) placed; `partial`: its start is placed, its continuation found no room. */
  unplaced: { slug: string; reason: string; partial?: boolean }[];
  copyFit: CopyFit[];
  diagnostics: Diagnostic[];
}

const MIN_LEG = 5;
/** A cut story shows at least this many lines per leg, or it waits for a page with more room. */
const MIN_CUT_LEG = 10;
/** Lines kept at the foot of page 1 for the index of the edition. */
const FRONT_INDEX_LINES = 13;
/** Free share of a page above which a story is cut to fill it instead of waiting for the next page. */
const CUT_TO_FILL = 0.25;

function preferredSpans(a: PlanArticle, columns: number): number[] {
  const byPriority: Record<number, number[]> = { 1: [columns, columns - 1], 2: [3, 2, columns], 3: [2, 3, 1], 4: [1, 2], 5: [1, 2] };
  const wish = a.kind === 'foto' ? [columns, columns - 1, 3] : (byPriority[a.priority] ?? [2, 1]);
  const fit = wish.filter((s) => s >= 1 && s <= columns && (s === 1 || Math.ceil(a.bodyLines / s) >= MIN_LEG));
  const rest = Array.from({ length: columns }, (_, i) => i + 1).filter((s) => !fit.includes(s));
  return [...new Set([...fit, ...rest])];
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

const MIN_FILLER = 6;

function freeShare(sky: readonly number[], lines: number): number {
  return sky.reduce((sum, s) => sum + (lines - s), 0) / (sky.length * lines);
}

/** Empty space at the foot of neighbouring columns of about the same depth, as rectangles. */
function gapsOf(sky: readonly number[], lines: number): PlannedPage['fillers'] {
  const gaps: PlannedPage['fillers'] = [];
  for (let c = 0; c < sky.length; ) {
    if (lines - sky[c]! < MIN_FILLER) {
      c++;
      continue;
    }
    let e = c;
    while (e + 1 < sky.length && lines - sky[e + 1]! >= MIN_FILLER && Math.abs(sky[e + 1]! - sky[c]!) <= 8) e++;
    const top = Math.max(...sky.slice(c, e + 1));
    gaps.push({ col: c, span: e - c + 1, top, height: lines - top });
    c = e + 1;
  }
  return gaps;
}

function occupy(sky: number[], m: Pick<Module, 'col' | 'span' | 'top' | 'height'>): void {
  for (let c = m.col; c < m.col + m.span; c++) sky[c] = m.top + m.height;
}

interface Pending {
  article: PlanArticle;
  fromPage: number;
  fromLine: number;
  origin: Module;
}

/** Every module of one story, page by page: its main part first, then its continuations. */
export function modulesOf(plan: Flatplan, slug: string): Module[] {
  return plan.pages.flatMap((p) => p.modules.filter((m) => m.slug === slug));
}

export function planEdition(edition: Edition, articles: readonly PlanArticle[], grid: PlanGrid): Flatplan {
  const { config } = edition;
  const diagnostics: Diagnostic[] = [];
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
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
  const order = (a: PlanArticle, b: PlanArticle) => a.priority - b.priority || b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug);
  const queueBySection = new Map<string, PlanArticle[]>();
  for (const a of [...articles].sort(order)) {
    if (pinned.has(a.slug)) continue;
    queueBySection.set(a.section, [...(queueBySection.get(a.section) ?? []), a]);
  }

  const pages: PlannedPage[] = [];
  const pending: Pending[] = [];
  const placedLines = new Map<string, number>();
  const unplaced: Flatplan['unplaced'] = [];
  const { columns, lines } = grid;

  /** Places the head and as many legs as fit; what does not fit waits as a continuation. */
  const placeMain = (page: PlannedPage, sky: number[], a: PlanArticle, mayCut: boolean, spans = preferredSpans(a, columns), lead = false, limit = lines): boolean => {
    const head = (s: number) => (lead ? a.leadHeaderLines : a.headerLines[s - 1]!);
    const whole = findSlot(sky, limit, spans, (s) => head(s) + Math.ceil(a.bodyLines / s) + 1);
    if (whole) {
      const legLines = Math.ceil(a.bodyLines / whole.span) + 1;
      const m: Module = { slug: a.slug, page: page.number, part: 'main', col: whole.col, span: whole.span, top: whole.top, headerLines: head(whole.span), legLines, legs: whole.span, fromLine: 0, height: head(whole.span) + legLines, lead };
      page.modules.push(m);
      occupy(sky, m);
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
    occupy(sky, m);
    // Widow and orphan control may end a leg a line early: count one line less per leg as shown.
    const shown = cut.span * (legLines - 1);
    placedLines.set(a.slug, shown);
    pending.push({ article: a, fromPage: page.number, fromLine: shown, origin: m });
    return true;
  };

  const placeContinuations = (page: PlannedPage, sky: number[]): void => {
    for (const p of [...pending]) {
      if (p.fromPage >= page.number) continue;
      // A jump goes to its own section's pages; elsewhere only once those pages are behind us.
      const own = sectionPages.get(p.article.section) ?? [];
      if (page.section?.id !== p.article.section && own.some((n) => n >= page.number)) continue;
      const a = p.article;
      const rest = a.bodyLines - p.fromLine;
      const head = (s: number) => a.continuationLines[s - 1]!;
      const spans = preferredSpans({ ...a, bodyLines: rest, kind: 'berita', priority: 3 }, columns);
      const whole = findSlot(sky, lines, spans, (s) => head(s) + Math.ceil(rest / s) + 1);
      const cut = whole ? undefined : roomiestSlot(sky, lines, spans, head);
      const slot = whole ?? cut;
      if (!slot) continue;
      const legLines = whole ? Math.ceil(rest / slot.span) + 1 : lines - slot.top - head(slot.span) - 1;
      const m: Module = { slug: a.slug, page: page.number, part: 'continuation', col: slot.col, span: slot.span, top: slot.top, headerLines: head(slot.span), legLines, legs: slot.span, fromLine: p.fromLine, height: head(slot.span) + legLines + (cut ? 1 : 0), jumpFrom: p.fromPage };
      page.modules.push(m);
      occupy(sky, m);
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
    const page: PlannedPage = { number, role, section: role === 'section' ? section : undefined, modules: [], fill: 0, freeLines: [], fillers: [] };
    pages.push(page);
    const sky = Array<number>(columns).fill(role === 'front' ? grid.mastheadLines : 0);
    if (role === 'back') {
      page.freeLines = sky.map(() => 0);
      page.fill = 1;
      continue;
    }
    const pins = [...pinned.values()].filter((p) => p.page === number);
    const lead = pins.find((p) => p.position === 'utama');
    if (role === 'front') {
      // The lead leaves room below it for the index band (and any other page-1 pins).
      if (lead) placeMain(page, sky, bySlug.get(lead.slug)!, true, [columns], true, lines - FRONT_INDEX_LINES);
    } else if (lead) {
      placeMain(page, sky, bySlug.get(lead.slug)!, true, [columns]);
    }
    for (const pin of pins.filter((p) => p !== lead)) {
      const a = bySlug.get(pin.slug)!;
      const limit = role === 'front' ? lines - FRONT_INDEX_LINES : lines;
      if (!placeMain(page, sky, a, true, preferredSpans(a, columns), false, limit)) unplaced.push({ slug: a.slug, reason: `tidak muat di halaman ${number} (dikunci di edition.yaml)` });
    }
    if (role === 'front') {
      page.index = { top: Math.max(...sky) };
      sky.fill(lines);
    }
    if (role === 'section') {
      placeContinuations(page, sky);
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
        for (const a of queue) unplaced.push({ slug: a.slug, reason: `rubrik "${a.section}" penuh` });
        queue.length = 0;
      }
    }
    page.freeLines = sky.map((s) => lines - s);
    if (role === 'section') page.fillers = gapsOf(sky, lines);
    const start = role === 'front' ? grid.mastheadLines : 0;
    const used = page.modules.reduce((sum, m) => sum + m.span * m.height, 0) + (page.index ? columns * (lines - page.index.top) : 0);
    page.fill = used / (columns * (lines - start));
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
  for (const u of unplaced) {
    const a = bySlug.get(u.slug)!;
    diagnostics.push({ file: a.file, rule: 'tidak-termuat', severity: 'error', message: `naskah tidak termuat: ${u.reason} (${a.bodyLines} baris)`, hint: 'potong naskah, turunkan prioritasnya, atau tambah halaman (kelipatan 4)' });
  }
  if (unplaced.length) {
    const over = unplaced.reduce((s, u) => s + (bySlug.get(u.slug)?.bodyLines ?? 0), 0);
    const pagesNeeded = Math.max(4, Math.ceil(over / (columns * lines * 0.6) / 4) * 4);
    diagnostics.push({ file: edition.file, position: edition.locate(['pages']), field: 'pages', rule: 'edisi-penuh', severity: 'error', message: `${unplaced.length} naskah (± ${over} baris) tidak termuat di ${config.pages} halaman`, hint: `potong ± ${over} baris, keluarkan naskah: ${unplaced.map((u) => u.slug).join(', ')}; atau tambah ${pagesNeeded} halaman` });
  }
  return { edition: edition.id, pages, unplaced, copyFit, diagnostics };
}
