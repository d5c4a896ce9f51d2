/**
 * What changed since an earlier proof: every build leaves `naskah.json` beside its proof (each
 * article's text, hashes, photos and pages); `jurnal review --sejak <that build>` compares it with
 * the edition now, with a word-level diff of the text.
 */
import { diffWords } from 'diff';

export const SNAPSHOT_FILE = 'naskah.json';

export interface ArticleSnapshot {
  slug: string;
  title: string;
  text: string;
  frontMatter: string;
  photos: Record<string, string>;
  pages: number[];
}

export interface Snapshot {
  edition: string;
  articles: ArticleSnapshot[];
}

export interface ArticleChange {
  slug: string;
  title: string;
  kind: 'baru' | 'dihapus' | 'berubah';
  what: ('teks' | 'front-matter' | 'foto' | 'halaman')[];
  /** The text diff: removed words in [-…-], added in {+…+}, unchanged context shortened. */
  diff?: string;
}

export function compareSnapshots(before: Snapshot, now: Snapshot): ArticleChange[] {
  const old = new Map(before.articles.map((a) => [a.slug, a]));
  const changes: ArticleChange[] = [];
  for (const a of now.articles) {
    const b = old.get(a.slug);
    if (!b) {
      changes.push({ slug: a.slug, title: a.title, kind: 'baru', what: [] });
      continue;
    }
    const what: ArticleChange['what'] = [];
    if (a.text !== b.text) what.push('teks');
    if (a.frontMatter !== b.frontMatter) what.push('front-matter');
    if (JSON.stringify(a.photos) !== JSON.stringify(b.photos)) what.push('foto');
    if (JSON.stringify(a.pages) !== JSON.stringify(b.pages)) what.push('halaman');
    if (what.length) changes.push({ slug: a.slug, title: a.title, kind: 'berubah', what, diff: a.text !== b.text ? wordDiff(b.text, a.text) : undefined });
  }
  for (const b of before.articles) if (!now.articles.some((a) => a.slug === b.slug)) changes.push({ slug: b.slug, title: b.title, kind: 'dihapus', what: [] });
  return changes;
}

export function wordDiff(before: string, after: string): string {
  return diffWords(before, after)
    .map((part) => {
      if (part.added) return `{+${part.value}+}`;
      if (part.removed) return `[-${part.value}-]`;
      const words = part.value.split(/(\s+)/);
      return words.length > 16 ? `${words.slice(0, 6).join('')} … ${words.slice(-6).join('')}` : part.value;
    })
    .join('');
}
