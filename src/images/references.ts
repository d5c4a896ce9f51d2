/** Resolves and inspects every photo an edition's articles use; problems point at the `src` line. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { distance } from 'fastest-levenshtein';
import type { Article } from '../content/article.js';
import { resolveInside } from '../content/paths.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ImageInfo } from './inspect.js';
import { openInspector } from './inspection-cache.js';
import { pool } from '../util/pool.js';
import { RULE } from '../review/catalogue.js';

/** Beyond 1:6 (or 6:1) a photo prints as a sliver at any sensible column width. */
export const MAX_ASPECT_RATIO = 6;

/** Photo-like files of an edition folder, as relative POSIX paths (bounded: a few levels, a few thousand files). */
async function editionFiles(editionDir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > 3 || out.length > 5000) return;
    let entries;
    try {
      entries = await readdir(path.join(editionDir, dir), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const rel = dir ? `${dir}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(rel, depth + 1);
      else if (!/\.(md|ya?ml)$/i.test(e.name)) out.push(rel);
    }
  };
  await walk('', 0);
  return out;
}

function scriptOf(ch: string): string {
  for (const script of ['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Arabic', 'Hebrew', 'Han', 'Common'] as const) {
    if (new RegExp(`^\\p{Script=${script}}$`, 'u').test(ch)) return script;
  }
  return 'lain';
}

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * "maksud Anda …?" for a photo that is not there: the nearest file of the edition, and the first
 * character that differs: a letter too many or too few, or a wrong one, named by its code point
 * when it may be a look-alike (a letter of another script is invisible in an editor).
 */
export function nearestFileHint(ref: string, files: readonly string[]): string | undefined {
  const wanted = ref.replace(/\\/g, '/').replace(/^\.\//, '');
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const f of files) {
    const d = distance(wanted.toLowerCase(), f.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = f;
    }
  }
  const allowed = Math.max(2, Math.ceil(wanted.length / 4));
  if (best === undefined || bestDistance > allowed) return undefined;
  const a = [...wanted];
  const b = [...best];
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: string[], from: number) => x.slice(from).join('');
  let detail = '';
  if (i < a.length && rest(a, i + 1) === rest(b, i)) {
    detail = ` Huruf ke-${i + 1} "${a[i]}" berlebih; hapus huruf itu.`;
  } else if (i < b.length && rest(a, i) === rest(b, i + 1)) {
    detail = ` Setelah huruf ke-${i} kurang satu huruf: "${b[i]}".`;
  } else if (i < a.length && i < b.length) {
    const ch = a[i]!;
    const other = b[i]!;
    // A letter of another script or outside ASCII may look the same: only its code point tells.
    const lookAlike = scriptOf(ch) !== scriptOf(other) || /[^\x20-\x7e]/.test(ch);
    detail =
      ch.toLowerCase() === other.toLowerCase()
        ? ` Huruf ke-${i + 1} "${ch}" berbeda besar/kecilnya dengan "${other}".`
        : lookAlike
          ? ` Huruf ke-${i + 1} adalah ${codePoint(ch)} (${scriptOf(ch)}), bukan ${other} (${codePoint(other)}); ketik ulang nama berkasnya.`
          : ` Huruf ke-${i + 1} "${ch}" seharusnya "${other}".`;
  }
  return `maksud Anda "${best}"?${detail}`;
}

export interface ResolvedImage {
  /** Real path on disk, inside the edition folder. */
  file: string;
  info: ImageInfo;
}

/** Keyed by `${slug}#${index}`. */
export type ImageIndex = Map<string, ResolvedImage>;

export const imageKey = (slug: string, index: number): string => `${slug}#${index}`;

/** Photos decoded at once: sharp works off the main thread, so two cores are kept busy. */
const INSPECTING = 4;

/**
 * `cacheDir` (the project's .cache/jurnal) keeps inspections of unchanged photos between runs
 * (inspection-cache.ts); without it every photo is decoded.
 */
export async function resolveImages(editionDir: string, articles: readonly Article[], options: { cacheDir?: string } = {}): Promise<{ images: ImageIndex; diagnostics: Diagnostic[] }> {
  const images: ImageIndex = new Map();
  const diagnostics: Diagnostic[] = [];
  let files: string[] | undefined;
  // In the articles' order, so the messages are too: a problem found while resolving, or a file to inspect.
  const found: ({ problem: Diagnostic } | { article: Article; index: number; at: Pick<Diagnostic, 'file' | 'position' | 'field'>; file: string })[] = [];
  for (const article of articles) {
    for (const [index, ref] of (article.frontMatter.images ?? []).entries()) {
      const field = `images.${index}.src`;
      const at = { file: article.file, position: article.fieldPositions[field], field };
      const { file, problem } = await resolveInside(editionDir, ref.src);
      if (problem) {
        found.push({ problem: { ...at, severity: 'error', ...problem } });
        continue;
      }
      if (!file) {
        files ??= await editionFiles(editionDir);
        const nearest = nearestFileHint(ref.src, files);
        found.push({ problem: { ...at, severity: 'error', rule: RULE.fotoTidakAda, message: `foto "${ref.src}" tidak ditemukan di ${path.basename(editionDir)}/`, hint: nearest ?? 'periksa ejaan nama berkas (huruf besar/kecil berpengaruh) atau salin fotonya ke folder edisi' } });
        continue;
      }
      found.push({ article, index, at, file });
    }
  }
  const inspector = await openInspector(options.cacheDir);
  const unique = [...new Set(found.flatMap((f) => ('file' in f ? [f.file] : [])))];
  const inspected = new Map((await pool(unique, INSPECTING, (file) => inspector.inspect(file))).map((result, i) => [unique[i]!, result]));
  await inspector.save();
  for (const entry of found) {
    if ('problem' in entry) {
      diagnostics.push(entry.problem);
      continue;
    }
    const { article, index, at, file } = entry;
    const result = inspected.get(file)!;
    if ('problem' in result) diagnostics.push({ ...at, severity: 'error', ...result.problem });
    else {
      images.set(imageKey(article.slug, index), { file, info: result.info });
      const { width, height } = result.info;
      const ratio = Math.max(width, height) / Math.max(1, Math.min(width, height));
      if (ratio > MAX_ASPECT_RATIO) {
        const ratioText = `${width >= height ? `${ratio.toFixed(0)}:1` : `1:${ratio.toFixed(0)}`}`;
        diagnostics.push({ ...at, severity: 'warning', rule: RULE.fotoRasioEkstrem, message: `foto ${width} × ${height} piksel (${ratioText}) akan tercetak sebagai garis tipis; batasnya 1:${MAX_ASPECT_RATIO} atau ${MAX_ASPECT_RATIO}:1`, hint: 'potong foto ke bagian yang penting, atau pilih foto lain' });
      }
      if (result.info.pages > 1) diagnostics.push({ ...at, severity: 'warning', rule: RULE.fotoAnimasi, message: `gambar bergerak (${result.info.pages} bingkai); hanya bingkai pertama yang dicetak`, hint: 'pilih satu foto diam sebagai gantinya' });
    }
  }
  return { images, diagnostics };
}
