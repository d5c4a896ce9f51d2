/** Loads every article of an edition folder; one bad file never hides the problems of the others. */
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { type Article, parseArticle } from './article.js';
import { RULE } from '../review/catalogue.js';

export interface LoadedArticles {
  articles: Article[];
  /** Well-formed articles with errors: not laid out, but their photos are still checked. */
  drafts: Article[];
  diagnostics: Diagnostic[];
}

/** Markdown files that are not articles: documentation kept beside them. */
const NOT_ARTICLES = new Set(['readme.md']);

/** `onFile` hears each article file as it is read (the layout watchdog names the file it is on). */
export async function loadArticles(dir: string, displayDir: string, sections: readonly string[], onFile?: (file: string) => void): Promise<LoadedArticles> {
  const names = (await readdir(dir)).filter((n) => n.toLowerCase().endsWith('.md') && !NOT_ARTICLES.has(n.toLowerCase())).sort();
  const articles: Article[] = [];
  const drafts: Article[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    const file = path.join(displayDir, name);
    const slug = name.slice(0, -3).toLowerCase();
    const stat = await lstat(path.join(dir, name));
    if (!stat.isFile()) {
      diagnostics.push({ file, rule: RULE.berkasBukanNaskah, severity: 'error', message: 'bukan berkas biasa (folder atau symlink)', hint: 'simpan naskah sebagai berkas .md biasa di folder edisi' });
      continue;
    }
    const first = seen.get(slug);
    if (first) {
      diagnostics.push({ file, rule: RULE.slugGanda, severity: 'error', message: `slug "${slug}" sudah dipakai`, hint: 'ganti nama salah satu berkas', related: { file: first, message: 'dipakai pertama kali di sini' } });
      continue;
    }
    seen.set(slug, file);
    onFile?.(file);
    try {
      const bytes = stat.size > 16 * 1024 * 1024 ? new Uint8Array(stat.size) : await readFile(path.join(dir, name));
      const result = parseArticle(bytes, { slug, file, sections });
      diagnostics.push(...result.diagnostics);
      if (result.article) articles.push(result.article);
      if (result.draft) drafts.push(result.draft);
    } catch (cause) {
      // An internal fault on one file becomes a message on that file; the run goes on.
      diagnostics.push({ file, rule: RULE.internal, severity: 'error', message: `kesalahan internal saat membaca berkas: ${(cause as Error).message}`, hint: 'laporkan ke pengembang beserta berkas ini' });
    }
  }
  return { articles, drafts, diagnostics };
}
