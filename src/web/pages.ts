/**
 * The pages of the web edition as HTML5 strings: every value that comes from content is escaped
 * (esc) or rendered from the mdast (markup.ts). Links are relative, so the folder works wherever it
 * is published and from a USB stick; absolute addresses only where the web needs them (canonical,
 * Open Graph, feed, sitemap).
 */
import { byline as printedByline } from '../contrib/byline.js';
import { longDate, roman } from '../layout/dates.js';
import { bodyHtml, esc } from './markup.js';
import { type Published, sectionPage, summary, leadParagraph, type WebEdition } from './model.js';

/** One photo in its sizes, as written into foto/. */
export interface PhotoSet {
  /** Relative to the site root, without width and extension: "foto/jembatan-gantung-binjai-1". */
  stem: string;
  widths: { width: number; height: number }[];
  alt: string;
  caption?: string;
  credit?: string;
}

export interface SiteContext {
  web: WebEdition;
  photos: Map<string, PhotoSet[]>;
  /** File name of the print PDF inside unduh/, when there is one. */
  pdf?: string;
  /** Earlier editions that have a web build: id, label, date. */
  archive: { id: string; label: string; date: string; lead?: string }[];
  /** The publisher's line at the foot of every page. */
  footer: string;
}

const SIZES_ARTICLE = '(min-width: 48rem) 44rem, 100vw';
const SIZES_LEAD = '(min-width: 72rem) 41rem, (min-width: 48rem) 58vw, 100vw';
const SIZES_CARD = '(min-width: 64rem) 22rem, (min-width: 48rem) 45vw, 100vw';

export function picture(set: PhotoSet, prefix: string, sizes: string, eager = false): string {
  const list = (ext: string) => set.widths.map((w) => `${prefix}${set.stem}-${w.width}.${ext} ${w.width}w`).join(', ');
  const fallback = set.widths.find((w) => w.width >= 800) ?? set.widths.at(-1)!;
  return `<picture><source type="image/webp" srcset="${esc(list('webp'))}" sizes="${sizes}"><img src="${esc(`${prefix}${set.stem}-${fallback.width}.jpg`)}" srcset="${esc(list('jpg'))}" sizes="${sizes}" width="${fallback.width}" height="${fallback.height}" alt="${esc(set.alt)}"${eager ? ' fetchpriority="high"' : ' loading="lazy"'} decoding="async"></picture>`;
}

const figure = (set: PhotoSet, prefix: string, sizes: string, eager = false): string =>
  `<figure>${picture(set, prefix, sizes, eager)}${set.caption || set.credit ? `<figcaption>${set.caption ? esc(set.caption) : ''}${set.credit ? ` <span class="kredit">Foto: ${esc(set.credit)}</span>` : ''}</figcaption>` : ''}</figure>`;

export const editionLabel = (web: WebEdition): string => {
  const c = web.edition.config;
  return `Edisi ${c.number} · Tahun ${roman(c.volume)} · ${longDate(c.date)}`;
};

/** The summary of a story for cards, feeds and meta descriptions. */
export const storySummary = (p: Published, max = 200): string => summary(p.article.frontMatter.deck ?? leadParagraph(p.article).text, max);

interface Shell {
  ctx: SiteContext;
  /** Path of this page inside the site, e.g. "berita/x.html". */
  path: string;
  title: string;
  description: string;
  body: string;
  /** Section id to mark in the navigation. */
  current?: string;
  og?: { type: 'article' | 'website'; image?: { url: string; width: number; height: number; alt: string }; published?: string; section?: string };
}

function shell({ ctx, path, title, description, body, current, og }: Shell): string {
  const { web } = ctx;
  const c = web.edition.config;
  const prefix = path.includes('/') ? '../' : '';
  const url = path === 'index.html' ? web.base : `${web.base}${path}`;
  const fullTitle = path === 'index.html' ? `${c.title} — ${editionLabel(web)}` : `${title} — ${c.title}`;
  const meta = [
    `<meta property="og:site_name" content="${esc(c.title)}">`,
    `<meta property="og:locale" content="id_ID">`,
    `<meta property="og:type" content="${og?.type ?? 'website'}">`,
    `<meta property="og:title" content="${esc(title)}">`,
    `<meta property="og:description" content="${esc(description)}">`,
    `<meta property="og:url" content="${esc(url)}">`,
    ...(og?.image
      ? [
          `<meta property="og:image" content="${esc(og.image.url)}">`,
          `<meta property="og:image:width" content="${og.image.width}">`,
          `<meta property="og:image:height" content="${og.image.height}">`,
          `<meta property="og:image:alt" content="${esc(og.image.alt)}">`,
        ]
      : []),
    ...(og?.published ? [`<meta property="article:published_time" content="${og.published}">`] : []),
    ...(og?.section ? [`<meta property="article:section" content="${esc(og.section)}">`] : []),
    `<meta name="twitter:card" content="${og?.image ? 'summary_large_image' : 'summary'}">`,
    `<meta name="twitter:title" content="${esc(title)}">`,
    `<meta name="twitter:description" content="${esc(description)}">`,
    ...(og?.image ? [`<meta name="twitter:image" content="${esc(og.image.url)}">`, `<meta name="twitter:image:alt" content="${esc(og.image.alt)}">`] : []),
  ];
  const nav = c.sections
    .filter((s) => web.published.some((p) => p.section.id === s.id))
    .map((s) => `<li><a href="${prefix}${sectionPage(s.id)}"${s.id === current ? ' aria-current="page"' : ''}>${esc(s.name)}</a></li>`)
    .join('');
  return `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(fullTitle)}</title>
<meta name="description" content="${esc(description)}">
<link rel="canonical" href="${esc(url)}">
${meta.join('\n')}
<link rel="icon" href="${prefix}aset/ikon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${prefix}aset/gaya.css">
<link rel="alternate" type="application/atom+xml" title="${esc(c.title)}" href="${prefix}feed.xml">
</head>
<body>
<a class="lewati" href="#isi">Langsung ke isi</a>
<header class="kepala">
${path === 'index.html' ? `<h1 class="nama-h1"><a class="nama" href="index.html">${esc(c.title)}</a></h1>` : `<a class="nama" href="${prefix}index.html">${esc(c.title)}</a>`}
<p class="nama-edisi">${esc(editionLabel(web))}${c.sample ? ' · <strong>EDISI CONTOH</strong>' : ''}</p>
<nav class="rubrik-nav" aria-label="Rubrik"><ul>${nav}</ul></nav>
</header>
<main id="isi">
${body}
</main>
<footer class="kaki">
<ul>
<li><a href="${prefix}index.html">Halaman depan</a></li>
<li><a href="${prefix}arsip.html">Arsip edisi</a></li>
<li><a href="${prefix}feed.xml">Umpan berita (Atom)</a></li>${ctx.pdf ? `\n<li><a href="${prefix}unduh/${esc(ctx.pdf)}">Unduh edisi cetak (PDF)</a></li>` : ''}
</ul>
<p>${esc(ctx.footer)}</p>
</footer>
</body>
</html>
`;
}

/** Who, when, where; a contributed story names its sender and village, as the printed byline does. */
export const byline = (p: Pick<Published, 'article'>): string => {
  const fm = p.article.frontMatter;
  const place = fm.location ? `${fm.location.desa ? `${fm.location.desa}, ` : ''}Kec. ${fm.location.kecamatan}` : undefined;
  const who = fm.kontributor ? printedByline(fm).replace(/^Oleh /, '') : fm.author;
  return [esc(who), `<time datetime="${fm.date}">${esc(longDate(fm.date))}</time>`, ...(place ? [esc(place)] : [])].join(' · ');
};

export function articleHtml(ctx: SiteContext, p: Published): string {
  const fm = p.article.frontMatter;
  const sets = ctx.photos.get(p.article.slug) ?? [];
  const [lead, ...more] = sets;
  const sources = fm.sources?.length ? `<p class="sumber">Sumber: ${fm.sources.map((s) => esc(s.role ? `${s.name} (${s.role})` : s.name)).join('; ')}</p>` : '';
  const body = `<article>
<p class="label"><a href="../${sectionPage(p.section.id)}">${esc(p.section.name)}</a></p>
<h1>${esc(fm.title)}</h1>
${fm.deck ? `<p class="dek">${esc(fm.deck)}</p>` : ''}
<p class="byline">${byline(p)}</p>
${lead ? figure(lead, '../', SIZES_ARTICLE, true) : ''}
<div class="isi">
${bodyHtml(p.article.body)}
</div>
${more.map((s) => figure(s, '../', SIZES_ARTICLE)).join('\n')}
${sources}
</article>`;
  const image = lead ? lead.widths.at(-1)! : undefined;
  return shell({
    ctx,
    path: p.page,
    title: fm.title,
    description: storySummary(p, 160),
    body,
    current: p.section.id,
    og: { type: 'article', published: `${fm.date}T00:00:00+08:00`, section: p.section.name, ...(lead && image ? { image: { url: `${ctx.web.base}${lead.stem}-${image.width}.jpg`, width: image.width, height: image.height, alt: lead.alt } } : {}) },
  });
}

function card(ctx: SiteContext, p: Published, prefix: string, heading: 'h2' | 'h3'): string {
  const photo = ctx.photos.get(p.article.slug)?.[0];
  return `<li class="kartu">${photo ? picture(photo, prefix, SIZES_CARD) : ''}<${heading}><a href="${prefix}${p.page}">${esc(p.article.frontMatter.title)}</a></${heading}><p>${esc(storySummary(p))}</p></li>`;
}

export function frontHtml(ctx: SiteContext): string {
  const { web } = ctx;
  const [lead, ...rest] = web.published;
  const c = web.edition.config;
  const parts: string[] = [];
  if (lead) {
    const photo = ctx.photos.get(lead.article.slug)?.[0];
    parts.push(`<section class="utama" aria-label="Berita utama">${photo ? figure(photo, '', SIZES_LEAD, true) : ''}<div><p class="label">${esc(lead.section.name)}</p><h2><a href="${lead.page}">${esc(lead.article.frontMatter.title)}</a></h2><p class="dek">${esc(storySummary(lead, 240))}</p><p class="meta">${byline(lead)}</p></div></section>`);
  } else {
    parts.push('<p>Belum ada berita yang disetujui untuk diterbitkan di edisi ini.</p>');
  }
  for (const s of c.sections) {
    const stories = rest.filter((p) => p.section.id === s.id);
    if (!stories.length) continue;
    parts.push(`<section class="rubrik" aria-labelledby="r-${s.id}"><h2 id="r-${s.id}"><a href="${sectionPage(s.id)}">${esc(s.name)}</a></h2><ul class="kartu-daftar">${stories.map((p) => card(ctx, p, '', 'h3')).join('')}</ul></section>`);
  }
  if (ctx.pdf) parts.push(`<p><a class="unduh" href="unduh/${esc(ctx.pdf)}">Unduh edisi cetak (PDF)</a></p>`);
  const image = lead && ctx.photos.get(lead.article.slug)?.[0];
  const largest = image?.widths.at(-1);
  return shell({ ctx, path: 'index.html', title: `${c.title} ${editionLabel(web)}`, description: lead ? storySummary(lead, 160) : editionLabel(web), body: parts.join('\n'), ...(image && largest ? { og: { type: 'website', image: { url: `${web.base}${image.stem}-${largest.width}.jpg`, width: largest.width, height: largest.height, alt: image.alt } } } : {}) });
}

export function sectionHtml(ctx: SiteContext, sectionId: string): string {
  const section = ctx.web.edition.config.sections.find((s) => s.id === sectionId)!;
  const stories = ctx.web.published.filter((p) => p.section.id === sectionId);
  const body = `<h1>${esc(section.name)}</h1>\n<ul class="kartu-daftar">${stories.map((p) => card(ctx, p, '../', 'h2')).join('')}</ul>`;
  return shell({ ctx, path: sectionPage(sectionId), title: section.name, description: `Berita rubrik ${section.name}, ${editionLabel(ctx.web)}`, body, current: sectionId });
}

export function archiveHtml(ctx: SiteContext): string {
  const c = ctx.web.edition.config;
  const items = [
    `<li><a href="index.html">${esc(editionLabel(ctx.web))}</a> (edisi ini)</li>`,
    ...ctx.archive.map((a) => `<li><a href="../${encodeURIComponent(a.id)}/index.html">${esc(a.label)}</a>${a.lead ? `<br>${esc(a.lead)}` : ''}</li>`),
  ];
  return shell({ ctx, path: 'arsip.html', title: 'Arsip edisi', description: `Edisi-edisi ${c.title} yang terbit di web`, body: `<h1>Arsip edisi</h1>\n<ul class="arsip-daftar">${items.join('')}</ul>` });
}
