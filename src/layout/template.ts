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

/** The keys as the template file spells them (Indonesian, README "Names"); read into the English `Template`. */
const templateFileSchema = z.strictObject({
  nama: z.string(),
  /** Trim size, mm. */
  ukuran: z.strictObject({ lebar: z.number().positive(), tinggi: z.number().positive() }),
  margin: z.strictObject({ atas: z.number(), bawah: z.number(), dalam: z.number(), luar: z.number() }),
  kolom: z.number().int().min(2).max(8),
  jarakKolom: z.number().positive(),
  // Body text is set flush left (ragged right) unless the template asks for justified: see README "Body type".
  teks: z.strictObject({
    ukuran: z.number().positive(),
    jarakBaris: z.number().positive(),
    // `left` and `justify`: the values of the previous release.
    rata: z.preprocess((v) => (v === 'left' ? 'kiri' : v === 'justify' ? 'kiri-kanan' : v), z.enum(['kiri', 'kiri-kanan'])).default('kiri'),
  }),
  kepalaHalaman: z.number().positive(),
  kakiHalaman: z.number().positive(),
  tinggiKop: z.number().int().positive(),
  // `tinta` (`ink`) is accepted from older templates and not used.
  warna: z.strictObject({ tinta: z.string().optional(), aksen: z.string(), latar: z.string() }),
  judul: z.record(z.string(), z.number().positive()),
  // Printer's spreads (jurnal build --imposisi); see src/print/impose.ts.
  imposisi: z.strictObject({
    lembar: z.enum(['A3', 'SRA3', 'A4', 'ganda']).optional(),
    creep: z.number().min(0).max(1).optional(),
    tanda: z.number().min(0).max(20).optional(),
  }).optional(),
});

/** The English keys of the previous release, read as the new ones for one release. */
export const TEMPLATE_RENAMES = {
  '': { name: 'nama', trim: 'ukuran', margins: 'margin', columns: 'kolom', gutter: 'jarakKolom', body: 'teks', runningHead: 'kepalaHalaman', folio: 'kakiHalaman', mastheadLines: 'tinggiKop', colors: 'warna', headline: 'judul' },
  ukuran: { width: 'lebar', height: 'tinggi' },
  margin: { top: 'atas', bottom: 'bawah', inner: 'dalam', outer: 'luar' },
  teks: { size: 'ukuran', leading: 'jarakBaris', align: 'rata' },
  warna: { ink: 'tinta', accent: 'aksen', tint: 'latar' },
} as const;

/** A layout template, in millimetres (type in points), as the code uses it. */
export interface Template {
  name: string;
  trim: { width: number; height: number };
  margins: { top: number; bottom: number; inner: number; outer: number };
  columns: number;
  gutter: number;
  body: { size: number; leading: number; align: 'left' | 'justify' };
  runningHead: number;
  folio: number;
  mastheadLines: number;
  colors: { ink?: string; accent: string; tint: string };
  headline: Record<string, number>;
  imposisi?: { lembar?: 'A3' | 'SRA3' | 'A4' | 'ganda'; creep?: number; tanda?: number };
}

/** The file's keys to the code's, in the order the code's used to be read (the layout cache key is its JSON). */
function fromFile(t: z.output<typeof templateFileSchema>): Template {
  return {
    name: t.nama,
    trim: { width: t.ukuran.lebar, height: t.ukuran.tinggi },
    margins: { top: t.margin.atas, bottom: t.margin.bawah, inner: t.margin.dalam, outer: t.margin.luar },
    columns: t.kolom,
    gutter: t.jarakKolom,
    body: { size: t.teks.ukuran, leading: t.teks.jarakBaris, align: t.teks.rata === 'kiri-kanan' ? 'justify' : 'left' },
    runningHead: t.kepalaHalaman,
    folio: t.kakiHalaman,
    mastheadLines: t.tinggiKop,
    colors: { ...(t.warna.tinta === undefined ? {} : { ink: t.warna.tinta }), accent: t.warna.aksen, tint: t.warna.latar },
    headline: t.judul,
    ...(t.imposisi === undefined ? {} : { imposisi: t.imposisi }),
  };
}

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
  const loaded = loadYamlFileSync(full, templateFileSchema, {
    display: file,
    renamed: TEMPLATE_RENAMES,
    missing: (shown) => [{ file: shown, rule: RULE.templatTidakAda, severity: 'error', message: `templat ${format} tidak ditemukan`, hint: `pastikan berkas ${shown} ada (salin dari templat bawaan)` }],
    empty: {},
    knownKeys: schemaKeys(templateFileSchema),
    fallbackHint: `bandingkan dengan templat bawaan templates/${format}.yaml`,
  });
  if (loaded.diagnostics) throw new DiagnosticError(loaded.diagnostics, loaded.diagnostics[0]?.rule === RULE.templatTidakAda ? undefined : `templat ${format} tidak sah`);
  return fromFile(loaded.value);
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
