// Editions of other mixes than the sample, made from the sample's own copy and photos, so the layout
// targets (full pages) are held on more than one edition: many short stories, few long ones, one
// story per page, many photos. Plain JavaScript so that a test and `node` (to look at one) can use it:
//   node tests/helpers/mixes.mjs <mix> <folder> [pages]
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const SAMPLE = path.join(root, 'content/2026-05');

export const MIXES = ['banyak-pendek', 'sedikit-panjang', 'satu-per-halaman', 'banyak-foto', 'tabloid'];

/** The sample's articles: front-matter lines and body paragraphs, in file order. */
function sampleArticles() {
  return readdirSync(SAMPLE)
    .filter((n) => n.endsWith('.md') && n !== 'README.md')
    .sort()
    .map((file) => {
      const text = readFileSync(path.join(SAMPLE, file), 'utf8');
      const [, head, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      const field = (name) => new RegExp(`^${name}: (.*)$`, 'm').exec(head)?.[1];
      return { slug: file.slice(0, -3), head, body: body.trim(), section: field('section'), kind: field('kind'), priority: Number(field('priority') ?? 3) };
    });
}

/** Plain paragraphs of a body (no heads, lists, tables or quotes). */
const paragraphsOf = (body) => body.split(/\n\n+/).filter((p) => !/^(#|[-*] |\d+\. |\||>)/.test(p));

/** A front matter with fields replaced (`undefined` removes one) and lines kept in order. */
function withFields(head, fields) {
  const lines = head.split('\n');
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const name = /^(\w+):/.exec(lines[i])?.[1];
    // A field's continuation lines (lists of images, sources) go with it.
    let end = i + 1;
    while (end < lines.length && /^\s/.test(lines[end])) end++;
    if (name && name in fields) {
      if (fields[name] !== undefined) out.push(`${name}: ${fields[name]}`);
    } else out.push(...lines.slice(i, end));
    i = end - 1;
  }
  for (const [name, value] of Object.entries(fields)) if (value !== undefined && !out.some((l) => l.startsWith(`${name}:`))) out.push(`${name}: ${value}`);
  return out.join('\n');
}

/** The paragraphs of `stories` in turn, repeated until they hold about `words` words. */
function copyOf(stories, words) {
  const pool = stories.flatMap((a) => paragraphsOf(a.body));
  const body = [];
  for (let count = 0, i = 0; count < words; i++) {
    body.push(pool[i % pool.length]);
    count += pool[i % pool.length].split(/\s+/).length;
  }
  return body.join('\n\n');
}

const article = (head, body) => `---\n${head}\n---\n\n${body}\n`;

const SECTIONS = ['pemerintahan', 'pembangunan', 'desa', 'kesehatan', 'pendidikan', 'ekonomi'];

/** edition.yaml of the sample with another page count and section pages, and only the given pins. */
function editionYaml(pages, sectionPages, pins, ids = SECTIONS) {
  const sample = readFileSync(path.join(SAMPLE, 'edition.yaml'), 'utf8');
  const sections = ids.map((id, i) => `  - { id: ${id}, name: ${id[0].toUpperCase()}${id.slice(1)}, pages: ${sectionPages[i]} }`).join('\n');
  return sample
    .replace(/^pages: \d+/m, `pages: ${pages}`)
    .replace(/^sections:\n(?: {2}- .*\n)+/m, `sections:\n${sections}\n`)
    .replace(/^pins:\n(?: {2}- .*\n)+/m, pins.length ? `pins:\n${pins.map((p) => `  - ${p}`).join('\n')}\n` : '');
}

/** Writes the mix `kind` as an edition folder at `target` (replaced if there); `pages` only for banyak-pendek (8 or 12). */
export function writeMix(kind, target, pages = 8) {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(path.join(SAMPLE, 'foto'), path.join(target, 'foto'), { recursive: true });
  const all = sampleArticles();
  const stories = all.filter((a) => a.kind !== 'singkat');
  const files = new Map();
  const lead = '{ slug: jembatan-gantung-binjai, page: 1, position: utama }';
  let edition;
  if (kind === 'banyak-pendek') {
    // Every story cut to two paragraphs, and a one-paragraph twin of each (the case of issue #16), or
    // in 8 pages of the most important ones only (with every twin the copy is three stories too many
    // for 8 pages and far too little for 12).
    for (const a of stories) {
      const paragraphs = paragraphsOf(a.body);
      files.set(a.slug, article(withFields(a.head, { pullquote: undefined }), paragraphs.slice(0, 2).join('\n\n')));
      if (pages === 8 && a.priority > 2) continue;
      const twin = withFields(a.head, { title: JSON.stringify(`Ringkas — ${/^title: (.*)$/m.exec(a.head)[1]}`), images: undefined, pullquote: undefined, deck: undefined, priority: 4 });
      files.set(`${a.slug}-ringkas`, article(twin, paragraphs.at(-1)));
    }
    edition = editionYaml(pages, pages === 8 ? ['2', '3', '4', '5', '6', '7'] : ['2-3', '4-5', '6-7', '8', '9', '10-11'], [lead]);
  } else if (kind === 'sedikit-panjang') {
    // Three long stories, one per section of two pages, each about what its two pages hold (the
    // section's copy run together, repeated): it jumps from the first page to the second. The
    // pembangunan story leads page 1.
    const long = SECTIONS.slice(0, 3);
    for (const section of long) {
      const own = stories.filter((a) => a.section === section).sort((x, y) => x.priority - y.priority);
      files.set(own[0].slug, article(own[0].head, copyOf(own, 1400)));
    }
    edition = editionYaml(8, ['2-3', '4-5', '6-7'], [lead], long);
  } else if (kind === 'satu-per-halaman') {
    // A section page each with one story on it, about what a page holds; the first section's story
    // leads page 1 and continues on its own page.
    for (const section of SECTIONS) {
      const own = stories.filter((a) => a.section === section).sort((x, y) => x.priority - y.priority);
      // The lead also fills its part of page 1.
      files.set(own[0].slug, article(withFields(own[0].head, { priority: 1 }), copyOf(own, section === SECTIONS[0] ? 580 : 430)));
    }
    const first = stories.filter((a) => a.section === SECTIONS[0]).sort((x, y) => x.priority - y.priority)[0];
    edition = editionYaml(8, ['2', '3', '4', '5', '6', '7'], [`{ slug: ${first.slug}, page: 1, position: utama }`]);
  } else if (kind === 'banyak-foto') {
    // Every story with two or three of the sample's photos.
    const photos = readdirSync(path.join(SAMPLE, 'foto')).filter((n) => n.endsWith('.jpg')).sort();
    stories.forEach((a, i) => {
      const count = 2 + (i % 2);
      const images = Array.from({ length: count }, (_, k) => `  - { src: foto/${photos[(i * 3 + k) % photos.length]}, caption: Foto ${k + 1} untuk ${a.slug}., credit: Diskominfosan Balangan }`);
      files.set(a.slug, article(withFields(a.head, { images: `\n${images.join('\n')}` }).replace('images: \n', 'images:\n'), a.body));
    });
    for (const a of all.filter((x) => x.kind === 'singkat')) files.set(a.slug, article(a.head, a.body));
    edition = editionYaml(16, ['2-4', '5-7', '8-10', '11-12', '13', '14-15'], [lead]);
  } else if (kind === 'tabloid') {
    // The sample on the tabloid template: 8 pages hold its copy but for its photo story, which the
    // desk holds over (the build, given it, says to leave it out or add 4 pages).
    for (const a of all.filter((x) => x.kind !== 'foto')) files.set(a.slug, article(a.head, a.body));
    const pins = ['{ slug: jembatan-gantung-binjai, page: 1, position: utama }', '{ slug: anyaman-purun, page: 7, position: atas }'];
    edition = editionYaml(8, ['2', '3', '4', '5', '6', '7'], pins).replace(/^format: a4/m, 'format: tabloid');
  } else {
    throw new Error(`campuran tidak dikenal: ${kind} (pilih: ${MIXES.join(', ')})`);
  }
  writeFileSync(path.join(target, 'edition.yaml'), edition);
  for (const [slug, text] of files) writeFileSync(path.join(target, `${slug}.md`), text);
}

if (process.argv[1] === import.meta.filename) {
  const [kind, target, pages] = process.argv.slice(2);
  writeMix(kind, path.resolve(target), pages ? Number(pages) : undefined);
}
