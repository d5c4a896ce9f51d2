/** The redaksi's fixed texts: back page and filler boxes (templates/*.yaml, editable by staff). */
import { z } from 'zod';
import { type Loaded, loadYamlFileSync, parseYamlText } from '../content/config-file.js';
import type { KeyRenames } from '../content/renamed-keys.js';
import type { ParsedYaml, YamlValue } from '../content/yaml.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { DiagnosticError } from '../diagnostics/errors.js';
import { formatDiagnostic } from '../diagnostics/reporter.js';
import { missingGlyphs } from './fonts.js';
import { RULE } from '../review/catalogue.js';

const text = z.string().min(1);
/** A field the redaksi fills in; left empty (or `~`) it prints a red "[BELUM DIISI: …]" on the page. */
const fillIn = z.string().nullish().transform((v) => v?.trim() ?? '');

export const QUESTION_KINDS = ['pilihan', 'rubrik', 'isian'] as const;

const questionSchema = z
  .strictObject({
    tanya: text,
    /** pilihan: tick one of `pilihan`; rubrik: tick the edition's sections; isian: written answer on ruled lines. */
    jenis: z.enum(QUESTION_KINDS),
    pilihan: z.array(text).min(2).optional(),
    /** Printed small after the question, e.g. "boleh lebih dari satu". */
    keterangan: text.optional(),
    /** isian: ruled lines to write on (they grow to fill the space the page has left). */
    baris: z.number().int().min(1).max(12).optional(),
  })
  .superRefine((q, ctx) => {
    if (q.jenis === 'pilihan' && !q.pilihan) ctx.addIssue({ code: 'custom', path: ['pilihan'], message: 'pertanyaan jenis "pilihan" perlu daftar pilihan jawaban, mis. [Ya, Tidak]' });
    if (q.jenis !== 'pilihan' && q.pilihan) ctx.addIssue({ code: 'custom', path: ['pilihan'], message: `pertanyaan jenis "${q.jenis}" tidak memakai "pilihan"${q.jenis === 'rubrik' ? ' (kotaknya diambil dari rubrik di edition.yaml)' : ''}` });
    if (q.jenis !== 'isian' && q.baris !== undefined) ctx.addIssue({ code: 'custom', path: ['baris'], message: '"baris" hanya untuk pertanyaan jenis "isian"' });
  });

/** One line of the redaksi box: the post in the redaksi (Pelindung, Redaktur, …) and who holds it. */
const redaksiLine = z.strictObject({ peran: text, nama: text });

const backSchema = z.strictObject({
  /** The publisher, exactly as in the regency's documents. */
  penerbit: text,
  /** One sentence under the title of the redaksi box. */
  keterangan: text,
  redaksi: z.array(redaksiLine.transform((r) => ({ role: r.peran, name: r.nama }))).min(1),
  kontak: z.strictObject({ alamat: fillIn, telepon: fillIn, surel: fillIn, whatsapp: fillIn, situs: fillIn }),
  kirimBerita: z.strictObject({
    judul: text,
    isi: text,
    /** What to write: apa, siapa, kapan, di mana, mengapa, bagaimana. */
    unsur: z.array(z.strictObject({ kata: text, isi: text })).min(1),
    foto: text,
    /** Where to hand it in. */
    serahkan: z.array(text).min(1),
    penutup: text.optional(),
  }),
  saluran: z
    .array(
      z.strictObject({
        nama: text,
        isi: text,
        /** The address the QR code holds, written out beside it too. */
        tautan: fillIn,
        /** Another way in, printed under the address, e.g. "SMS 1708". */
        lain: text.optional(),
        /** The address is an example not yet checked: the page marks it in red. */
        contoh: z.boolean().default(false),
      }),
    )
    .min(1)
    .max(4),
  survei: z.strictObject({
    judul: text,
    pengantar: text,
    pertanyaan: z.array(questionSchema).min(1),
    /** Write-in fields at the foot of the form, e.g. Nama, Desa/Kelurahan. */
    identitas: z.array(text).default([]),
    /** Small print under the identity fields. */
    catatan: text.optional(),
  }),
  percetakan: z.strictObject({
    nama: fillIn,
    /** Copies printed. The layout prints this template value; it does not read the distribution stage. */
    oplah: z.number().int().positive().nullish(),
  }),
});
/** Keys of each object of the back page, by field path without list indices, for "maksud Anda …?". */
const backKeys: Record<string, readonly string[]> = {
  '': Object.keys(backSchema.shape),
  redaksi: Object.keys(redaksiLine.shape),
  kontak: Object.keys(backSchema.shape.kontak.shape),
  kirimBerita: Object.keys(backSchema.shape.kirimBerita.shape),
  'kirimBerita.unsur': Object.keys(backSchema.shape.kirimBerita.shape.unsur.element.shape),
  saluran: Object.keys(backSchema.shape.saluran.element.shape),
  survei: Object.keys(backSchema.shape.survei.shape),
  'survei.pertanyaan': Object.keys(questionSchema.shape),
  percetakan: Object.keys(backSchema.shape.percetakan.shape),
};
const fillerSchema = z.array(z.object({ judul: z.string(), isi: z.string() })).min(1);

export type BackPage = z.output<typeof backSchema>;
export type Question = BackPage['survei']['pertanyaan'][number];
export type Filler = z.infer<typeof fillerSchema>[number];

/** Every text of a YAML value with its field path, for the glyph check. */
function* strings(value: YamlValue | undefined, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, path ? `${path}.${i}` : String(i));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, path ? `${path}.${k}` : k);
}

interface ParseOptions {
  /** Keys per object path, for "maksud Anda …?" on an unknown key. */
  keys?: Record<string, readonly string[]>;
  /** Check every text against the fonts (the back page prints them as they are). */
  glyphs?: boolean;
  /** Keys renamed since the previous release, read in their old spelling too. */
  renamed?: KeyRenames;
}

/** Every text the fonts cannot print, at its field. */
const glyphProblems = (file: string) => (yaml: ParsedYaml): Diagnostic[] =>
  [...strings(yaml.data, '')].flatMap(([field, value]): Diagnostic[] => {
    const missing = missingGlyphs(value);
    if (missing.length === 0) return [];
    const listed = missing.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
    return [{ file, field, position: yaml.locate(field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p))), rule: RULE.glifTidakAda, severity: 'error', message: `huruf ${listed} tidak ada di fon dan akan tercetak kosong`, hint: 'ganti dengan huruf biasa atau hapus' }];
  });

const loaderOptions = (file: string, { keys, glyphs = false, renamed }: ParseOptions) => ({
  display: file,
  ...(renamed ? { renamed } : {}),
  knownKeys: keys && ((path: readonly (string | number)[]) => keys[path.filter((p) => typeof p === 'string').join('.')] ?? []),
  ...(glyphs ? { check: glyphProblems(file) } : {}),
});

/** The value, or a DiagnosticError listing every problem compiler-style (the CLI prints its diagnostics). */
function valueOf<T>(loaded: Loaded<T>, file: string): T {
  if (loaded.diagnostics) throw new DiagnosticError(loaded.diagnostics, `${file} tidak sah:\n${loaded.diagnostics.map((d) => formatDiagnostic(d)).join('\n')}`);
  return loaded.value;
}

const parse = <S extends z.ZodType>(text: string, file: string, schema: S, options: ParseOptions = {}): z.output<S> => valueOf(parseYamlText(text, file, schema, loaderOptions(file, options)), file);

const load = <S extends z.ZodType>(name: string, schema: S, options: ParseOptions = {}): z.output<S> =>
  valueOf(loadYamlFileSync(new URL(`../../templates/${name}`, import.meta.url), schema, loaderOptions(`templates/${name}`, options)), `templates/${name}`);
/** The English keys of the redaksi box in the previous release (README "Names"), read for one release. */
const BACK_RENAMES = { 'redaksi.*': { role: 'peran', name: 'nama' } } as const;
const backOptions: ParseOptions = { keys: backKeys, glyphs: true, renamed: BACK_RENAMES };

/** The back page's texts from YAML; throws with every problem, each at its line, if they are not valid. */
export const parseBackPage = (text: string, file = 'templates/halaman-belakang.yaml'): BackPage => parse(text, file, backSchema, backOptions);
export const loadBackPage = (): BackPage => load('halaman-belakang.yaml', backSchema, backOptions);
export const loadFillers = (): Filler[] => load('pengisi.yaml', fillerSchema);
