/** Loads every article of an edition folder; one bad file never hides the problems of the others. */
import { createHash } from 'node:crypto';
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { writeFileAtomic } from '../util/atomic.js';
import { programHash } from '../util/program-hash.js';
import { type Article, parseArticle, type ParseOptions } from './article.js';
import { RULE } from '../review/catalogue.js';

export interface LoadedArticles {
  articles: Article[];
  /** Well-formed articles with errors: not laid out, but their photos are still checked. */
  drafts: Article[];
  diagnostics: Diagnostic[];
}

/** Markdown files that are not articles: documentation kept beside them. */
const NOT_ARTICLES = new Set(['readme.md']);

type Parsed = ReturnType<typeof parseArticle>;

/**
 * parseArticle, remembered in `cacheDir` by the file's bytes, its names, the edition's sections and
 * the program (program-hash.ts): parsing is pure, and Markdown and the typography are most of what
 * opening an edition costs, in every command. An entry that cannot be read is parsed again.
 */
async function parseRemembered(bytes: Uint8Array, options: ParseOptions, cacheDir: string | undefined): Promise<Parsed> {
  if (!cacheDir) return parseArticle(bytes, options);
  const key = createHash('sha256').update(`${await programHash()}\0${JSON.stringify(options)}\0`).update(bytes).digest('hex').slice(0, 40);
  const file = path.join(cacheDir, 'naskah', `${key}.json`);
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Parsed;
  } catch {
    const parsed = parseArticle(bytes, options);
    await writeFileAtomic(file, JSON.stringify(parsed)).catch(() => undefined);
    return parsed;
  }
}

export interface LoadOptions {
  /** Hears each article file as it is read (the layout watchdog names the file it is on). */
  onFile?: (file: string) => void;
  /** The project's cache (CACHE_DIR): parsed articles are kept there between runs. */
  cacheDir?: string;
}

export async function loadArticles(dir: string, displayDir: string, sections: readonly string[], { onFile, cacheDir }: LoadOptions = {}): Promise<LoadedArticles> {
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
      const result = await parseRemembered(bytes, { slug, file, sections }, cacheDir);
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
