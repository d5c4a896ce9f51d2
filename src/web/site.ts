/**
 * The web edition as a set of files (path inside the site → bytes): pages, photos, stylesheet and
 * fonts, feed, sitemap, the print PDF to download, and edisi.json, which later editions read for
 * their archive page. Nothing here writes to disk except the photo cache; the command stages the
 * files and swaps the folder in.
 */
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { imageKey } from '../images/references.js';
import { RULE } from '../review/catalogue.js';
import { atomFeed, sitemap } from './feed.js';
import { type WebEdition, sectionPage } from './model.js';
import { archiveHtml, articleHtml, editionLabel, frontHtml, type PhotoSet, sectionHtml, type SiteContext } from './pages.js';
import { type PhotoSpec, renditions } from './photos.js';
import { FONT_FILES, ICON, STYLESHEET } from './style.js';
import { pool } from '../util/pool.js';

/** Photos on the site: 3 : 2 like the paper's lead photos, 480 and 960 px (a phone's 1× and 2× width; 960 is also above the 600 px that link previews ask for). Two sizes, not more: each is an encode per format, and a cold build of a 40-photo edition must stay quick. */
export const WEB_PHOTO: PhotoSpec = { aspect: [3, 2], widths: [480, 960], formats: ['webp', 'jpeg'] };
export const MANIFEST = 'edisi.json';

export interface SiteInput {
  web: WebEdition;
  /** editions/ (earlier editions' web builds are read from editions/<id>/web/edisi.json). */
  editionsDir: string;
  /** The print PDF of this edition, if one was built. */
  printPdf?: string;
  cacheDir: string;
  /** Publisher's line for the footer and the feed's author. */
  publisher: string;
}

export interface Manifest {
  edisi: string;
  judul: string;
  label: string;
  tanggal: string;
  utama?: string;
}

async function readArchive(editionsDir: string, self: string, before: string): Promise<SiteContext['archive']> {
  const names = await readdir(editionsDir).catch(() => [] as string[]);
  const found: SiteContext['archive'] = [];
  for (const name of names.sort()) {
    if (name === self || name.startsWith('.')) continue;
    const manifest = await readFile(path.join(editionsDir, name, 'web', MANIFEST), 'utf8').then((t) => JSON.parse(t) as Manifest, () => undefined);
    if (!manifest || typeof manifest.tanggal !== 'string' || manifest.tanggal >= before || manifest.edisi !== name) continue;
    found.push({ id: name, label: String(manifest.label), date: manifest.tanggal, ...(typeof manifest.utama === 'string' ? { lead: manifest.utama } : {}) });
  }
  return found.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

export async function buildSite(input: SiteInput): Promise<{ files: Map<string, string | Uint8Array>; diagnostics: Diagnostic[] }> {
  const { web } = input;
  const files = new Map<string, string | Uint8Array>();
  const diagnostics: Diagnostic[] = [];
  const photos = new Map<string, PhotoSet[]>();
  const jobs = web.published.flatMap((p) => (p.article.frontMatter.images ?? []).map((image, i) => ({ p, image, i })));
  const made = await pool(jobs, 4, async ({ p, image, i }) => {
    const resolved = web.images.get(imageKey(p.article.slug, i));
    if (!resolved) return undefined;
    try {
      return { p, image, i, sizes: await renditions({ file: resolved.file, width: resolved.info.width, height: resolved.info.height, ...(image.focus ? { focus: image.focus } : {}) }, WEB_PHOTO, input.cacheDir) };
    } catch (error) {
      diagnostics.push({ file: p.article.file, position: p.article.fieldPositions[`images.${i}.src`], field: `images.${i}.src`, rule: RULE.webFoto, severity: 'error', message: `foto ${image.src} tidak dapat diolah untuk web: ${(error as Error).message}`, hint: 'simpan ulang fotonya sebagai JPEG dari kamera atau ponsel' });
      return undefined;
    }
  });
  for (const m of made) {
    if (!m) continue;
    const stem = `foto/${m.p.article.slug}-${m.i + 1}`;
    for (const r of m.sizes) files.set(`${stem}-${r.width}.${r.format === 'jpeg' ? 'jpg' : 'webp'}`, r.data);
    const widths = [...new Map(m.sizes.map((r) => [r.width, { width: r.width, height: r.height }])).values()];
    const set: PhotoSet = { stem, widths, alt: m.image.caption?.trim() || `Foto: ${m.p.article.frontMatter.title}`, ...(m.image.caption ? { caption: m.image.caption } : {}), ...(m.image.credit ? { credit: m.image.credit } : {}) };
    photos.set(m.p.article.slug, [...(photos.get(m.p.article.slug) ?? []), set]);
  }
  const c = web.edition.config;
  const pdfName = input.printPdf ? path.basename(input.printPdf) : undefined;
  if (input.printPdf) files.set(`unduh/${pdfName}`, await readFile(input.printPdf));
  const ctx: SiteContext = { web, photos, archive: await readArchive(input.editionsDir, web.edition.id, c.date), footer: input.publisher, ...(pdfName ? { pdf: pdfName } : {}) };
  files.set('index.html', frontHtml(ctx));
  for (const p of web.published) files.set(p.page, articleHtml(ctx, p));
  for (const s of c.sections) if (web.published.some((p) => p.section.id === s.id)) files.set(sectionPage(s.id), sectionHtml(ctx, s.id));
  files.set('arsip.html', archiveHtml(ctx));
  files.set('feed.xml', atomFeed(ctx));
  files.set('sitemap.xml', sitemap(ctx));
  files.set('aset/gaya.css', STYLESHEET);
  files.set('aset/ikon.svg', ICON);
  const require = createRequire(import.meta.url);
  for (const [from, to] of FONT_FILES) files.set(`aset/${to}`, await readFile(require.resolve(from)));
  const manifest: Manifest = { edisi: web.edition.id, judul: c.title, label: editionLabel(web), tanggal: c.date, ...(web.published[0] ? { utama: web.published[0].article.frontMatter.title } : {}) };
  files.set(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
  return { files, diagnostics };
}
