/**
 * Approvals (content/<edisi>/approvals.yaml), each bound to SHA-256 hashes of the approved article:
 * the whole file, its front-matter, its body and every photo it uses. An edit after approval shows
 * as "berubah" with what changed. A malformed file is an error, never "all approved".
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { stringify } from 'yaml';
import { z } from 'zod';
import type { Article } from '../content/article.js';
import { loadYamlFile, schemaKeys } from '../content/config-file.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ImageIndex } from '../images/references.js';
import { RULE } from './catalogue.js';

export const APPROVALS_FILE = 'approvals.yaml';
const sha = z.string().regex(/^[0-9a-f]{64}$/, { message: 'bukan hash SHA-256 (64 huruf heksadesimal); berkas ini jangan disunting dengan tangan' });

/** One approval as approvals.yaml spells it (Indonesian keys, README "Names"). */
const approvalFileSchema = z.strictObject({
  slug: z.string().min(1),
  oleh: z.string().min(1),
  waktu: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z$/, { message: 'waktu harus TTTT-BB-HHTjj:mm:ssZ' }),
  hash: sha,
  frontMatter: sha,
  teks: sha,
  foto: z.record(z.string(), sha).default({}),
  catatan: z.string().optional(),
});

/** The English keys of the previous release, read as the new ones for one release (`jurnal approve` writes the new). */
export const APPROVAL_RENAMES = { '*': { by: 'oleh', at: 'waktu', body: 'teks', photos: 'foto', note: 'catatan' } } as const;

export interface Approval {
  slug: string;
  by: string;
  at: string;
  /** SHA-256 of the whole article file, of its front-matter and of its body. */
  hash: string;
  frontMatter: string;
  body: string;
  /** SHA-256 of every photo, by its `src`. */
  photos: Record<string, string>;
  note?: string;
}

const approvalsSchema = z.array(approvalFileSchema.transform((a): Approval => ({
  slug: a.slug,
  by: a.oleh,
  at: a.waktu,
  hash: a.hash,
  frontMatter: a.frontMatter,
  body: a.teks,
  photos: a.foto,
  ...(a.catatan === undefined ? {} : { note: a.catatan }),
})));

export type ApprovalState =
  | { state: 'disetujui'; approval: Approval }
  | { state: 'berubah'; approval: Approval; changed: ('teks' | 'front-matter' | 'foto')[] }
  | { state: 'belum' };

export const STATE_LABEL = { disetujui: 'disetujui', berubah: 'berubah sejak disetujui', belum: 'belum disetujui' } as const;

export async function loadApprovals(path: string, display: string): Promise<{ approvals: Approval[]; lines: number[]; diagnostics: Diagnostic[] }> {
  // No file yet is no approval; a malformed one is an error, never "all approved".
  const loaded = await loadYamlFile(path, approvalsSchema, { display, missing: [], empty: [], renamed: APPROVAL_RENAMES, knownKeys: schemaKeys(z.array(approvalFileSchema)) });
  if (loaded.diagnostics) return { approvals: [], lines: [], diagnostics: loaded.diagnostics };
  const { value, yaml } = loaded;
  return { approvals: value, lines: value.map((_, i) => yaml.locate([i]).line), diagnostics: [] };
}

export async function photoHashes(article: Article, images: ImageIndex): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [i, ref] of (article.frontMatter.images ?? []).entries()) {
    const image = images.get(`${article.slug}#${i}`);
    if (image) out[ref.src] = createHash('sha256').update(await readFile(image.file)).digest('hex');
  }
  return out;
}

export function approvalFor(article: Article, photos: Record<string, string>, by: string, at: Date, note?: string): Approval {
  return { slug: article.slug, by, at: at.toISOString().replace(/\.\d{3}Z$/, 'Z'), hash: article.hash, frontMatter: article.frontMatterHash, body: article.bodyHash, photos, ...(note ? { note } : {}) };
}

/** The state of one article: its latest approval compared with what is on disk now. */
export function stateOf(article: Article, photos: Record<string, string>, approvals: readonly Approval[]): ApprovalState {
  const mine = approvals.filter((a) => a.slug === article.slug).sort((a, b) => a.at.localeCompare(b.at));
  const latest = mine.at(-1);
  if (!latest) return { state: 'belum' };
  const changed: ('teks' | 'front-matter' | 'foto')[] = [];
  if (latest.body !== article.bodyHash) changed.push('teks');
  if (latest.frontMatter !== article.frontMatterHash) changed.push('front-matter');
  if (JSON.stringify(Object.entries(latest.photos).sort()) !== JSON.stringify(Object.entries(photos).sort())) changed.push('foto');
  if (changed.length === 0 && latest.hash !== article.hash) changed.push('teks');
  return changed.length ? { state: 'berubah', approval: latest, changed } : { state: 'disetujui', approval: latest };
}

/** Problems of the approvals file itself: approvals of slugs that no longer exist, reviewers disagreeing. */
export function approvalFindings(approvals: readonly Approval[], lines: readonly number[], articles: readonly Article[], file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const slugs = new Set(articles.map((a) => a.slug));
  approvals.forEach((a, i) => {
    if (!slugs.has(a.slug)) out.push({ file, position: { line: lines[i] ?? 1, column: 1 }, rule: RULE.persetujuanYatim, severity: 'warning', message: `persetujuan untuk naskah "${a.slug}" yang tidak ada lagi`, hint: 'hapus dengan "jurnal approve --cabut" atau biarkan sebagai arsip' });
  });
  for (const slug of slugs) {
    const mine = approvals.filter((a) => a.slug === slug);
    const versions = new Set(mine.map((a) => a.hash));
    if (versions.size > 1) {
      const names = [...new Set(mine.map((a) => a.by))].join(', ');
      out.push({ file, position: { line: lines[approvals.lastIndexOf(mine.at(-1)!)] ?? 1, column: 1 }, rule: RULE.persetujuanBedaVersi, severity: 'warning', message: `"${slug}" disetujui dalam ${versions.size} versi berbeda (${names}); yang berlaku yang terakhir`, hint: 'pastikan semua peninjau melihat versi yang sama' });
    }
  }
  return out;
}

/** approvals.yaml in the new keys, whatever spelling the approvals were read from: the hashes are the same. */
export function writeApprovals(approvals: readonly Approval[]): string {
  const file = approvals.map((a) => ({ slug: a.slug, oleh: a.by, waktu: a.at, hash: a.hash, frontMatter: a.frontMatter, teks: a.body, foto: a.photos, ...(a.note === undefined ? {} : { catatan: a.note }) }));
  return `# Persetujuan peninjau, ditulis oleh "jurnal approve". Jangan disunting dengan tangan: setiap\n# persetujuan terikat pada hash naskah dan fotonya.\n${file.length ? stringify(file, { lineWidth: 0 }) : '[]\n'}`;
}
