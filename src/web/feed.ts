/** The Atom feed and the sitemap: absolute addresses, dates from the content only (deterministic). */
import { editionTimestamp } from '../layout/dates.js';
import { esc } from './markup.js';
import { sectionPage } from './model.js';
import { editionLabel, type SiteContext, storySummary } from './pages.js';

export function atomFeed(ctx: SiteContext): string {
  const { web } = ctx;
  const c = web.edition.config;
  const updated = editionTimestamp(c.date).toISOString();
  const entries = web.published.map((p) => {
    const fm = p.article.frontMatter;
    return `<entry>
<title>${esc(fm.title)}</title>
<link rel="alternate" type="text/html" href="${esc(p.url)}"/>
<id>${esc(p.url)}</id>
<published>${fm.date}T00:00:00Z</published>
<updated>${fm.date}T00:00:00Z</updated>
<author><name>${esc(fm.author)}</name></author>
<category term="${esc(p.section.id)}" label="${esc(p.section.name)}"/>
<summary>${esc(storySummary(p, 300))}</summary>
</entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">
<title>${esc(`${c.title} — ${editionLabel(web)}`)}</title>
<link rel="alternate" type="text/html" href="${esc(web.base)}"/>
<link rel="self" type="application/atom+xml" href="${esc(`${web.base}feed.xml`)}"/>
<id>${esc(web.base)}</id>
<updated>${updated}</updated>
<author><name>${esc(ctx.footer)}</name></author>
${entries.join('\n')}
</feed>
`;
}

export function sitemap(ctx: SiteContext): string {
  const { web } = ctx;
  const lastmod = web.edition.config.date;
  const sections = web.edition.config.sections.filter((s) => web.published.some((p) => p.section.id === s.id));
  const urls = [web.base, `${web.base}arsip.html`, ...sections.map((s) => `${web.base}${sectionPage(s.id)}`), ...web.published.map((p) => p.url)];
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((u) => `<url><loc>${esc(u)}</loc><lastmod>${lastmod}</lastmod></url>`).join('\n')}
</urlset>
`;
}
