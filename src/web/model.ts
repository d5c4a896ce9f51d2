/**
 * What goes online: the approved articles of an edition, in the edition's order, with their
 * addresses. Shared by the web edition and the social captions, so both publish exactly the same
 * stories at the same links.
 *
 * The gate is the print build's (review/index.ts): an article is published only when it is approved
 * as it is now and has no error-level finding; others are left out with a warning (the web, unlike
 * the press, can carry the approved part of an edition while the rest waits).
 *
 * The order is the one the plan starts from, without measuring the layout (seconds): the story
 * pinned `utama` on page 1 leads, then pinned stories by page, then by priority (1 first), section
 * order, date (newest first) and slug.
 */
import type { Article } from '../content/article.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Edition } from '../edition/load.js';
import type { Section } from '../edition/schema.js';
import type { ImageIndex } from '../images/references.js';
import { RULE } from '../review/catalogue.js';
import type { Review } from '../review/index.js';
import { STATE_LABEL } from '../review/approvals.js';

export interface Published {
  article: Article;
  section: Section;
  /** Path inside the edition's site, e.g. "berita/jembatan-gantung-binjai.html". */
  page: string;
  /** Absolute address of that page. */
  url: string;
}

export interface WebEdition {
  edition: Edition;
  /** Absolute address of the edition's site, ending in "/". */
  base: string;
  /** In edition order; the first is the lead. */
  published: Published[];
  images: ImageIndex;
  diagnostics: Diagnostic[];
}

export const articlePage = (slug: string): string => `berita/${slug}.html`;
export const sectionPage = (id: string): string => `rubrik/${id}.html`;

/** The address of the edition `id` under the site's root address (`https://…/`, see siteRoot). */
export const editionBase = (root: string, id: string): string => `${root}${encodeURIComponent(id)}/`;

export function selectPublished(edition: Edition, articles: readonly Article[], review: Review, images: ImageIndex, base: string): WebEdition {
  const diagnostics: Diagnostic[] = [];
  const reviews = new Map(review.articles.map((r) => [r.slug, r]));
  const sections = edition.config.sections;
  const chosen: Published[] = [];
  for (const article of articles) {
    const r = reviews.get(article.slug);
    const errors = r?.findings.filter((f) => f.severity === 'error').length ?? 0;
    const section = sections.find((s) => s.id === article.frontMatter.section);
    if (!r || r.state.state !== 'disetujui' || errors || !section) {
      const why = !r || r.state.state === 'disetujui' ? `${errors} temuan tingkat galat` : STATE_LABEL[r.state.state];
      diagnostics.push({ file: article.file, rule: RULE.webBelumTerbit, severity: 'warning', message: `tidak diterbitkan di web: ${why}`, hint: errors ? `perbaiki temuannya (jurnal review ${edition.id})` : `tinjau lalu setujui: jurnal approve ${edition.id} ${article.slug} --by "Nama"` });
      continue;
    }
    chosen.push({ article, section, page: articlePage(article.slug), url: `${base}${articlePage(article.slug)}` });
  }
  const pins = edition.config.pins;
  const rank = (p: Published): [number, number, number, number] => {
    const pin = pins.find((x) => x.slug === p.article.slug);
    const lead = pin?.page === 1 && pin.position === 'utama' ? 0 : 1;
    return [lead, pin ? pin.page : 999, p.article.frontMatter.priority, sections.indexOf(p.section)];
  };
  chosen.sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
    return b.article.frontMatter.date.localeCompare(a.article.frontMatter.date) || a.article.slug.localeCompare(b.article.slug);
  });
  return { edition, base, published: chosen, images, diagnostics };
}

/** The first sentence of the body (typeset), or '' when the body opens with no paragraph. */
export function leadParagraph(article: Article): { text: string; line?: number } {
  const first = article.body.children.find((b) => b.type === 'paragraph');
  if (!first) return { text: '' };
  const text = article.text.split('\n\n').find((t) => t.trim()) ?? '';
  return { text: text.replace(/\s+/g, ' ').trim(), line: first.position?.start.line };
}

/** A summary of at most `max` characters, cut at a word and marked with "…" when cut. */
export function summary(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if ([...clean].length <= max) return clean;
  const cut = [...clean].slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
}
