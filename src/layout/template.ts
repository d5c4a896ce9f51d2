/** Layout templates (templates/*.yaml) and the page geometry derived from them, in points. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { loadYamlFileSync, schemaKeys } from '../content/config-file.js';
import { DiagnosticError } from '../diagnostics/errors.js';
import { RULE } from '../review/catalogue.js';

/** The repository's templates/ folder. */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

export const MM = 72 / 25.4;

const templateSchema = z.strictObject({
  name: z.string(),
  trim: z.strictObject({ width: z.number().positive(), height: z.number().positive() }),
  margins: z.strictObject({ top: z.number(), bottom: z.number(), inner: z.number(), outer: z.number() }),
  columns: z.number().int().min(2).max(8),
  gutter: z.number().positive(),
  // Body text is set flush left (ragged right) unless the template asks for justified: see README "Body type".
  body: z.strictObject({ size: z.number().positive(), leading: z.number().positive(), align: z.enum(['left', 'justify']).default('left') }),
  runningHead: z.number().positive(),
  folio: z.number().positive(),
  mastheadLines: z.number().int().positive(),
  // `ink` is accepted from older templates and not used.
  colors: z.strictObject({ ink: z.string().optional(), accent: z.string(), tint: z.string() }),
  headline: z.record(z.string(), z.number().positive()),
  // Printer's spreads (jurnal build --imposisi); see src/print/impose.ts.
  imposisi: z.strictObject({
    lembar: z.enum(['A3', 'SRA3', 'A4', 'ganda']).optional(),
    creep: z.number().min(0).max(1).optional(),
    tanda: z.number().min(0).max(20).optional(),
  }).optional(),
});

export type Template = z.infer<typeof templateSchema>;

/**
 * Reads `<dir>/<format>.yaml`. A missing or invalid template throws a DiagnosticError whose
 * diagnostics have the file, line and column of each mistake (never a bare stack trace).
 */
export function loadTemplate(format: string, dir: string = TEMPLATES_DIR): Template {
  const full = path.join(dir, `${format}.yaml`);
  const rel = path.relative(process.cwd(), full);
  const file = path.resolve(dir) === path.resolve(TEMPLATES_DIR) ? `templates/${format}.yaml` : rel && !rel.startsWith('..') ? rel : full;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(format)) {
    throw new DiagnosticError([{ file, rule: RULE.templatTidakAda, severity: 'error', message: `nama templat "${format.slice(0, 40)}" tidak sah`, hint: 'pakai format a4 atau tabloid di edition.yaml' }]);
  }
  const loaded = loadYamlFileSync(full, templateSchema, {
    display: file,
    missing: (shown) => [{ file: shown, rule: RULE.templatTidakAda, severity: 'error', message: `templat ${format} tidak ditemukan`, hint: `pastikan berkas ${shown} ada (salin dari templat bawaan)` }],
    empty: {},
    knownKeys: schemaKeys(templateSchema),
    fallbackHint: `bandingkan dengan templat bawaan templates/${format}.yaml`,
  });
  if (loaded.diagnostics) throw new DiagnosticError(loaded.diagnostics, loaded.diagnostics[0]?.rule === RULE.templatTidakAda ? undefined : `templat ${format} tidak sah`);
  return loaded.value;
}

/** Everything layout and planning need to know about the page, in points, measured from the trim's top-left. */
export interface Geometry {
  template: Template;
  trimWidth: number;
  trimHeight: number;
  bleed: number;
  leading: number;
  columns: number;
  gutter: number;
  columnWidth: number;
  /** Left edge of the text area on odd (right-hand) and even pages: the inner margin is wider. */
  left: (page: number) => number;
  /** Top of the first body line on inside pages. */
  top: number;
  /** Body lines per column on inside pages. */
  lines: number;
  contentWidth: number;
}

export function geometry(template: Template, bleedMm: number): Geometry {
  // Yoga lays out in float32: with a leading that is not a binary fraction, 22 lines add up to a hair
  // more than the 22-line leg, and react-pdf then split a table into zero-height parts and lost its rows.
  const leading = Math.round(template.body.leading * 32) / 32;
  const trimWidth = template.trim.width * MM;
  const trimHeight = template.trim.height * MM;
  const contentWidth = (template.trim.width - template.margins.inner - template.margins.outer) * MM;
  const gutter = template.gutter * MM;
  const columnWidth = (contentWidth - gutter * (template.columns - 1)) / template.columns;
  const top = (template.margins.top + template.runningHead) * MM;
  const bottom = (template.margins.bottom + template.folio) * MM;
  return {
    template,
    trimWidth,
    trimHeight,
    bleed: bleedMm * MM,
    leading,
    columns: template.columns,
    gutter,
    columnWidth,
    left: (page) => (page % 2 === 1 ? template.margins.inner : template.margins.outer) * MM,
    top,
    lines: Math.floor((trimHeight - top - bottom) / leading),
    contentWidth,
  };
}

/** Width of `span` columns with the gutters between them. */
export function spanWidth(g: Pick<Geometry, 'columnWidth' | 'gutter'>, span: number): number {
  return span * g.columnWidth + (span - 1) * g.gutter;
}
