/**
 * How full each page really is, measured on the laid-out galleys (the lines react-pdf set in every
 * leg), not on the plan: a module whose text ends early leaves blank lines the plan does not see.
 */
import type { PlannedPage } from '../edition/plan.js';
import type { PlacedGalley } from './compose.js';

/** A vertical run of blank lines inside one text column. */
export interface BlankRun {
  page: number;
  /** Column, 0-based. */
  col: number;
  /** First blank line, counted from the top of the text area. */
  top: number;
  lines: number;
}

export interface PageFill {
  page: number;
  /** Share of the column area in blank runs taller than `MIN_RUN` lines. */
  blank: number;
  runs: BlankRun[];
}

/** Blank runs up to this many lines are the ordinary white of a column foot: the review and the build report leave them out. */
export const MIN_RUN = 3;
/**
 * The layout closes runs from one line shorter: on the printed page three empty lines and the white
 * under the last line's descenders measure more than three lines.
 */
export const CLOSED_RUN = MIN_RUN - 1;

export function measureFill(pages: readonly PlannedPage[], galleys: readonly PlacedGalley[], grid: { columns: number; lines: number; mastheadLines: number; leading: number }, minRun = MIN_RUN): PageFill[] {
  return pages.filter((p) => p.role !== 'back').map((page) => {
    const start = page.role === 'front' ? grid.mastheadLines : 0;
    const filled = Array.from({ length: grid.columns }, () => Array<boolean>(grid.lines).fill(false));
    const mark = (col: number, from: number, to: number) => {
      for (let l = Math.max(0, from); l < Math.min(grid.lines, to); l++) filled[col]![l] = true;
    };
    for (let c = 0; c < grid.columns; c++) mark(c, 0, start);
    if (page.index) for (let c = 0; c < grid.columns; c++) mark(c, page.index.top, grid.lines);
    for (const f of [...page.fillers, ...page.reserved]) for (let c = f.col; c < f.col + f.span; c++) mark(c, f.top, f.top + f.height);
    for (const { module: m, galley } of galleys.filter((x) => x.module.page === page.number)) {
      for (let c = m.col; c < m.col + m.span; c++) mark(c, m.top, m.top + m.headerLines);
      if (m.jumpTo) for (let c = m.col; c < m.col + m.span; c++) mark(c, m.top + m.height - 1, m.top + m.height);
      for (let i = 0; i < m.legs; i++) {
        const set = galley.legLines(i);
        mark(m.col + i, m.top + m.headerLines, m.top + m.headerLines + set);
      }
    }
    const runs: BlankRun[] = [];
    filled.forEach((column, col) => {
      for (let l = 0; l < grid.lines; ) {
        if (column[l]) {
          l++;
          continue;
        }
        let e = l;
        while (e < grid.lines && !column[e]) e++;
        // A leg whose last line is a widow-controlled short line leaves one line: that is not a hole.
        if (e - l > minRun) runs.push({ page: page.number, col, top: l, lines: e - l });
        l = e;
      }
    });
    const area = grid.columns * (grid.lines - start);
    return { page: page.number, blank: runs.reduce((s, r) => s + r.lines, 0) / area, runs };
  });
}

/** The body text as set: lines per leg that end in a hyphen the breaker added, and the longest run of them in a leg. */
export interface SetText {
  lines: number;
  hyphenated: number;
  longestRun: number;
}

/** A line ending in a hyphen after a letter: a broken word (reduplications break at their own hyphen and count too). */
const HYPHENATED = /\p{L}-\s*$/u;

export function measureText(galleys: readonly PlacedGalley[]): SetText {
  const out: SetText = { lines: 0, hyphenated: 0, longestRun: 0 };
  for (const { module: m, galley } of galleys) {
    for (let i = 0; i < Math.min(m.legs, galley.legs); i++) {
      let run = 0;
      for (const line of galley.textLines(i)) {
        out.lines++;
        run = HYPHENATED.test(line) ? run + 1 : 0;
        if (run) out.hyphenated++;
        out.longestRun = Math.max(out.longestRun, run);
      }
    }
  }
  return out;
}
