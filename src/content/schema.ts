/** The article front-matter: the content model of design.md as a zod schema. */
import { z } from 'zod';

/** `singkat`: a brief of 30–120 words without photos, which the planner also uses to close space on a page. */
export const KINDS = ['berita', 'feature', 'opini', 'pengumuman', 'foto', 'singkat'] as const;
export type Kind = (typeof KINDS)[number];
export const VERIFICATION = ['verified', 'pending', 'disputed'] as const;

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'harus tanggal dengan format TTTT-BB-HH', abort: true })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, { message: 'bukan tanggal yang ada di kalender' });

const text = z.string().trim().min(1);

/** A point of the (upright) picture as fractions of its size: 0,0 = top left, 1,1 = bottom right. */
const fraction = z.number().min(0).max(1);

/** The point the crop keeps (centres on, as far as the picture allows); a side left out is the middle. */
export const focusSchema = z.strictObject({ x: fraction.default(0.5), y: fraction.default(0.5) });

export const imageSchema = z.strictObject({
  src: text,
  caption: z.string().optional(),
  credit: z.string().optional(),
  /** How many columns the photo spans in its module (default: the whole module). */
  span: z.number().int().min(1).max(6).optional(),
  /** What the crop to the placed box must keep; without it the crop looks for the subject itself. */
  focus: focusSchema.optional(),
});

/** An Indonesian mobile or landline number once spaces, dots and dashes are dropped: 08…, 62…, +62…, or 0511-style. */
export const PHONE = /^(?:\+?62|0)\d{8,13}$/;
export const phoneDigits = (s: string): string => s.replace(/[\s.()-]/g, '');

/**
 * Who sent a contributed story (jurnal kiriman): the sender, their KIM, their village (official code
 * or name, checked against the areas) and a telephone the redaksi verifies the story by.
 */
export const kontributorSchema = z.strictObject({
  nama: text.max(120),
  kim: z.string().trim().max(120).optional(),
  desa: text,
  telepon: text.refine((s) => PHONE.test(phoneDigits(s)), { message: 'bukan nomor telepon Indonesia' }),
});

/** Width in columns, lead photo height in body lines, and "keep whole" (never cut and continued on another page). */
export const layoutWishSchema = z.strictObject({
  columns: z.number().int().min(1).max(6).optional(),
  photoLines: z.number().int().min(4).max(60).optional(),
  keepWhole: z.boolean().optional(),
});

export const frontMatterSchema = z.strictObject({
  title: text.max(160),
  deck: z.string().max(300).optional(),
  section: text,
  kind: z.enum(KINDS),
  author: text,
  date: isoDate,
  location: z.strictObject({ kecamatan: text, desa: text.optional() }).optional(),
  sources: z.array(z.strictObject({ name: text, role: z.string().optional(), contact: z.string().optional() })).optional(),
  verification: z
    .strictObject({ status: z.enum(VERIFICATION), by: z.string().optional(), date: isoDate.optional(), note: z.string().optional() })
    .optional(),
  images: z.array(imageSchema).max(8).optional(),
  /** 1 = lead story … 5 = filler. */
  priority: z.number().int().min(1).max(5).default(3),
  /** A sentence from the body to set large as a pull quote. */
  pullquote: z.string().max(300).optional(),
  /** Deadline for the text (story budget, `jurnal anggaran`). */
  tenggat: isoDate.optional(),
  /** The editor's levers where the automatic layout is not what the desk wants. */
  layout: layoutWishSchema.optional(),
  /** Present on a story contributed by a village or KIM; it cannot be approved until verified. */
  kontributor: kontributorSchema.optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;
export type ImageRef = z.infer<typeof imageSchema>;
export type Kontributor = z.infer<typeof kontributorSchema>;

const FOCUS_HINT = 'titik fokus: x dari kiri (0) ke kanan (1), y dari atas (0) ke bawah (1), mis. focus: { x: 0.5, y: 0.3 }';

export const FIELD_HINTS: Record<string, string> = {
  date: 'tulis tanggal sebagai TTTT-BB-HH, mis. 2026-05-12',
  'verification.date': 'tulis tanggal sebagai TTTT-BB-HH, mis. 2026-05-13',
  tenggat: 'tulis tenggat naskah sebagai TTTT-BB-HH, mis. 2026-05-14',
  kind: `pilih salah satu: ${KINDS.join(', ')}`,
  priority: '1 = berita utama … 5 = pengisi',
  'images.*.focus': FOCUS_HINT,
  'images.*.focus.x': FOCUS_HINT,
  'images.*.focus.y': FOCUS_HINT,
  'kontributor.telepon': 'tulis nomor telepon pengirim dengan tanda kutip, mis. telepon: "0812 3456 7890"',
  'kontributor.desa': 'tulis kode wilayah resmi desa/kelurahan (mis. "63.11.07.2008") atau namanya',
};

/** Keys known at each object path, for "maksud Anda" on unknown keys. */
export function knownFrontMatterKeys(path: readonly (string | number)[]): readonly string[] {
  const generic = path.filter((p) => typeof p === 'string').join('.');
  const shapes: Record<string, readonly string[]> = {
    '': Object.keys(frontMatterSchema.shape),
    location: ['kecamatan', 'desa'],
    sources: ['name', 'role', 'contact'],
    verification: ['status', 'by', 'date', 'note'],
    images: Object.keys(imageSchema.shape),
    'images.focus': Object.keys(focusSchema.shape),
    layout: Object.keys(layoutWishSchema.shape),
    kontributor: Object.keys(kontributorSchema.shape),
  };
  return shapes[generic] ?? [];
}
