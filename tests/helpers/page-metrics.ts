/**
 * Page metrics of a print PDF for tests: the logic is scripts/page-metrics.mjs (shared with the
 * `node scripts/measure-pages.mjs` CLI; mupdf is AGPL, so it stays out of src/). Reads only.
 */
import {
  DEFAULTS,
  measureHoles as holes,
  measurePages as pages,
  measureTypography as typography,
  type MetricsOptions,
  type PageHoles,
  type PageMetrics,
  type TypographyReport,
} from '../../scripts/page-metrics.mjs';

export type { BodyLine, ColumnTypography, DuplicateSentence, HoleRun, MetricsOptions, PageHoles, PageMetrics, PageTypography, TypographyReport } from '../../scripts/page-metrics.mjs';
export { DEFAULTS };

/** Per page: blank runs taller than 3 body lines inside the text columns (photos, gutters, masthead and running head/folio bands left out), their area and share of the column area. */
export function measureHoles(pdfPath: string, editionDir: string, options: Partial<MetricsOptions> = {}): Promise<PageHoles[]> {
  return holes(pdfPath, editionDir, options);
}

/** Body lines (Source Serif 4 at the body size, inside a column) per page and column: hyphenated ends and their longest run, loose justified lines, straight quotes; and sentences the text extraction shows twice. */
export function measureTypography(pdfPath: string, editionDir: string, options: Partial<MetricsOptions> = {}): Promise<TypographyReport> {
  return typography(pdfPath, editionDir, options);
}

/** Both, from one pass over the PDF, with edition totals. */
export function measurePages(pdfPath: string, editionDir: string, options: Partial<MetricsOptions> = {}): Promise<PageMetrics> {
  return pages(pdfPath, editionDir, options);
}
