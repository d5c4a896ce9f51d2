/** Resolves and inspects every photo an edition's articles use; problems point at the `src` line. */
import path from 'node:path';
import type { Article } from '../content/article.js';
import { resolveInside } from '../content/paths.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { type ImageInfo, inspectImage } from './inspect.js';

export interface ResolvedImage {
  /** Real path on disk, inside the edition folder. */
  file: string;
  info: ImageInfo;
}

/** Keyed by `${slug}#${index}`. */
export type ImageIndex = Map<string, ResolvedImage>;

export const imageKey = (slug: string, index: number): string => `${slug}#${index}`;

export async function resolveImages(editionDir: string, articles: readonly Article[]): Promise<{ images: ImageIndex; diagnostics: Diagnostic[] }> {
  const images: ImageIndex = new Map();
  const diagnostics: Diagnostic[] = [];
  const inspected = new Map<string, Awaited<ReturnType<typeof inspectImage>>>();
  for (const article of articles) {
    for (const [index, ref] of (article.frontMatter.images ?? []).entries()) {
      const field = `images.${index}.src`;
      const at = { file: article.file, position: article.fieldPositions[field], field };
      const { file, problem } = await resolveInside(editionDir, ref.src);
      if (problem) {
        diagnostics.push({ ...at, severity: 'error', ...problem });
        continue;
      }
      if (!file) {
        diagnostics.push({ ...at, severity: 'error', rule: 'foto-tidak-ada', message: `foto "${ref.src}" tidak ditemukan di ${path.basename(editionDir)}/`, hint: 'periksa ejaan nama berkas (huruf besar/kecil berpengaruh) atau salin fotonya ke folder edisi' });
        continue;
      }
      const result = inspected.get(file) ?? (await inspectImage(file));
      inspected.set(file, result);
      if ('problem' in result) diagnostics.push({ ...at, severity: 'error', ...result.problem });
      else {
        images.set(imageKey(article.slug, index), { file, info: result.info });
        if (result.info.pages > 1) diagnostics.push({ ...at, severity: 'warning', rule: 'foto-animasi', message: `gambar bergerak (${result.info.pages} bingkai); hanya bingkai pertama yang dicetak`, hint: 'pilih satu foto diam sebagai gantinya' });
      }
    }
  }
  return { images, diagnostics };
}
