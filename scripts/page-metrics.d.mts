// Types of page-metrics.mjs (plain JS so that node runs it without a TS loader).
import type { Geometry } from '../src/layout/template.js';

export interface MetricsOptions {
  /** Render resolution for the hole scan (a body line ≈ 15 px at 100). */
  dpi: number;
  /** A row of a column strip is blank when all its pixels lie within ±tolerance grey levels… */
  tolerance: number;
  /** …and its darkest pixel is at least this light (white or a light tint, not a solid band). */
  light: number;
  /** A blank run counts as a hole when taller than this many body lines. */
  minLines: number;
  /** Body lines: Source Serif 4 regular/italic at template body.size ± this, in pt. */
  bodySizeTolerance: number;
  /** A justified line is loose when its mean word space (gap between word boxes) exceeds this, in em. */
  looseEm: number;
  /** A line ending more than this short of the column's right edge (pt) is a paragraph's last line. */
  shortOfEdge: number;
  /** Shortest sentence, in words, that the duplicate check compares. */
  minSentenceWords: number;
}

export declare const DEFAULTS: Readonly<MetricsOptions>;

export interface EditionGrid {
  format: 'a4' | 'tabloid';
  profile: 'offset' | 'koran' | 'kantor';
  bleedMm: number;
  g: Geometry;
}

export declare function editionGrid(editionDir: string): EditionGrid;

/** A blank run in one column. Lines count from the first body line's top (g.top), mm from the trim's top. */
export interface HoleRun {
  /** 1-based page number. */
  page: number;
  /** 0-based column; columnLetter as on the proof ("kolom A"). */
  column: number;
  columnLetter: string;
  topMm: number;
  topLine: number;
  heightLines: number;
  heightMm: number;
}

export interface PageHoles {
  page: number;
  /** Area of the page's text-column strips (page 1: below the masthead), mm². */
  columnAreaMm2: number;
  /** Part of it covered by photos (image boxes; never counted as blank), mm². */
  photoAreaMm2: number;
  /** Blank area in runs taller than minLines body lines, mm². */
  blankAreaMm2: number;
  /** blankAreaMm2 / columnAreaMm2, in %. */
  percent: number;
  /** blankAreaMm2 / (columnAreaMm2 − photoAreaMm2), in %: the share of the area that could hold text. */
  percentWithoutPhotos: number;
  runs: HoleRun[];
}

export interface BodyLine {
  column: number;
  /** 0-based grid line of the baseline, from g.top. */
  line: number;
  text: string;
  /** Ends in U+002D right after a letter. */
  hyphen: boolean;
  /** Reaches the column's right edge (not a paragraph's last line). */
  justified: boolean;
  /** Word gaps in the line, and their mean width in em. */
  gaps: number;
  gapEm: number;
  /** Mean gap between the letters of a word, in em (react-pdf letter-spaces justified lines too). */
  letterGapEm: number;
  loose: boolean;
  straightQuotes: number;
}

export interface ColumnTypography {
  column: number;
  columnLetter: string;
  lines: number;
  hyphenated: number;
  /** Most hyphenated line ends in a row (lines further apart than 1.5 leading break a run). */
  longestHyphenRun: number;
  /** Grid line where that run starts, or null. */
  longestHyphenRunAt: number | null;
  justified: number;
  loose: number;
  straightQuotes: number;
  /** Every body line, top to bottom (the CLI drops these unless --lines). */
  bodyLines?: BodyLine[];
}

export interface LineRef {
  column: number;
  columnLetter: string;
  line: number;
  text: string;
}

export interface PageTypography {
  page: number;
  lines: number;
  hyphenated: number;
  hyphenatedPercent: number;
  longestHyphenRun: number;
  longestHyphenRunColumn: number | null;
  justified: number;
  loose: number;
  /** loose / justified, in %. */
  loosePercent: number;
  straightQuotes: number;
  /** Visible characters drawn over a character of another line (squeezed or overlapping text). */
  overprinted: number;
  /** Where the first of them is, mm from the trim's top-left corner. */
  overprintedAt: { xMm: number; yMm: number }[];
  meanLetterGapEm: number;
  looseLines: (LineRef & { gapEm: number })[];
  straightQuoteLines: LineRef[];
  columns: ColumnTypography[];
}

export interface DuplicateSentence {
  text: string;
  /** Every occurrence; hidden: the copy is clipped away (copy and search find it, the reader does not see it). */
  occurrences: { page: number; hidden: boolean }[];
  hidden: boolean;
}

export interface TypographyReport {
  pages: PageTypography[];
  totals: {
    lines: number;
    hyphenated: number;
    hyphenatedPercent: number;
    longestHyphenRun: number;
    longestHyphenRunPage: number | null;
    longestHyphenRunColumn: number | null;
    justified: number;
    loose: number;
    loosePercent: number;
    straightQuotes: number;
    overprinted: number;
    duplicateSentences: number;
    hiddenDuplicateSentences: number;
  };
  duplicates: DuplicateSentence[];
}

export interface PageMetrics {
  options: MetricsOptions;
  holes: PageHoles[];
  holeTotals: {
    columnAreaMm2: number;
    photoAreaMm2: number;
    blankAreaMm2: number;
    percent: number;
    percentWithoutPhotos: number;
    /** Mean of the pages' percent. */
    meanPagePercent: number;
    runs: number;
  };
  /** Rows of photos side by side (neighbouring columns, heights overlapping by over half), how many are even, how many share their top. */
  photoRows: { rows: number; even: number; hung: number; list: PhotoRow[] };
  typography: TypographyReport;
}

export interface PhotoRow {
  page: number;
  /** Image boxes, points from the trim's top-left corner. */
  photos: { x: number; y: number; width: number; height: number }[];
  /** Every photo of the row has the same top and bottom, within a point. */
  even: boolean;
  /** Every photo of the row has the same top, within a point. */
  hung: boolean;
}

export declare function measureHoles(pdfPath: string, editionDir: string, options?: Partial<MetricsOptions>): Promise<PageHoles[]>;
export declare function measureTypography(pdfPath: string, editionDir: string, options?: Partial<MetricsOptions>): Promise<TypographyReport>;
export declare function measurePages(pdfPath: string, editionDir: string, options?: Partial<MetricsOptions>): Promise<PageMetrics>;
