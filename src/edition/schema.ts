/** edition.yaml: what an edition is (number, date, pages, format) and how its pages are shared. */
import { z } from 'zod';
import { isoDate } from '../content/schema.js';

export const FORMATS = ['a4', 'tabloid'] as const;
export const PROFILE_IDS = ['offset', 'koran', 'kantor'] as const;
export const POSITIONS = ['utama', 'atas', 'bawah'] as const;
export const MAX_PAGES = 64;

const pageRange = z.union([
  z.number().int(),
  z.string().regex(/^\s*\d+\s*(-\s*\d+\s*)?$/, { message: 'harus nomor halaman atau rentang, mis. "2-3"' }),
]);

export const sectionSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, { message: 'harus huruf kecil tanpa spasi, mis. "pembangunan"' }),
  name: z.string().min(1),
  /** Pages of this section: a number or a range such as "2-3". */
  pages: pageRange,
});

/** A story planned at the planning meeting, before (or while) it is written: the story budget's line. */
export const plannedStorySchema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'harus huruf kecil, angka dan tanda hubung, mis. "jembatan-binjai" (nama berkas naskahnya tanpa .md)' }),
  section: z.string().min(1),
  reporter: z.string().trim().min(1),
  /** Target length in words. */
  words: z.number().int().min(10).max(5000),
  tenggat: isoDate.optional(),
});

export const editionSchema = z.strictObject({
  title: z.string().min(1).default('Jurnal Balangan'),
  /** Sample content: the masthead says so in print. */
  sample: z.boolean().default(false),
  number: z.number().int().min(1),
  volume: z.number().int().min(1),
  year: z.number().int().min(2000).max(2100),
  date: isoDate,
  /** Articles dated outside this window are flagged by review; default: the 45 days up to `date`. */
  window: z.strictObject({ from: isoDate, to: isoDate }).optional(),
  pages: z.number().int(),
  format: z.enum(FORMATS).default('a4'),
  profile: z.enum(PROFILE_IDS).default('offset'),
  sections: z.array(sectionSchema).min(1),
  pins: z
    .array(z.strictObject({ slug: z.string().min(1), page: z.number().int(), position: z.enum(POSITIONS).default('atas'), columns: z.number().int().min(1).max(6).optional() }))
    .default([]),
  print: z
    // `marks` is accepted from older editions and ignored (with a warning): marks come from the profile.
    .strictObject({ bleed: z.number().min(0).max(10).default(3), marks: z.boolean().optional() })
    .default({ bleed: 3 }),
  /** The story budget: stories planned for this edition (`jurnal anggaran`). Does not (yet) reserve space in the plan. */
  rencana: z.array(plannedStorySchema).optional(),
  /** Review rule overrides: switch off or re-level, with a reason that shows in the report. */
  rules: z
    .array(z.strictObject({ id: z.string().min(1), severity: z.enum(['error', 'warning', 'info', 'off']), reason: z.string().min(1) }))
    .default([]),
});

export type EditionConfig = z.infer<typeof editionSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type PlannedStory = z.infer<typeof plannedStorySchema>;

export function parsePageRange(value: number | string): [number, number] {
  if (typeof value === 'number') return [value, value];
  const [a, b] = value.split('-').map((s) => Number(s.trim()));
  return [a!, b ?? a!];
}

export function knownEditionKeys(path: readonly (string | number)[]): readonly string[] {
  const generic = path.filter((p) => typeof p === 'string').join('.');
  const shapes: Record<string, readonly string[]> = {
    '': Object.keys(editionSchema.shape),
    sections: Object.keys(sectionSchema.shape),
    pins: ['slug', 'page', 'position', 'columns'],
    print: ['bleed', 'marks'],
    rules: ['id', 'severity', 'reason'],
    window: ['from', 'to'],
    rencana: Object.keys(plannedStorySchema.shape),
  };
  return shapes[generic] ?? [];
}
