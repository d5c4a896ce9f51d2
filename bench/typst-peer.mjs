#!/usr/bin/env node
// The Typst peer of `npm run bench` (issue #15, dev-only): the same articles of a bench edition, in
// the same fonts, on the same 6-column tabloid page, set by Typst (typst.ts's native Node compiler)
// into a PDF. Headline, photos with their captions (the camera's JPEGs: Typst embeds them as they
// are, where the build sizes them for print), body; flowing column to column, as Typst's
// own layout places them. What it times is Typst setting the same text and photos; it is not our
// page design. Usage: node bench/typst-peer.mjs <edition folder> <out.pdf>
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import matter from 'gray-matter';
import YAML from 'yaml';
import { fontFaces } from '../dist/layout/fonts.js';

const [dir, out] = process.argv.slice(2);
if (!dir || !out) {
  process.stderr.write('pakai: node bench/typst-peer.mjs <folder edisi> <keluaran.pdf>\n');
  process.exit(2);
}
const template = YAML.parse(readFileSync(path.join(import.meta.dirname, '..', 'templates', 'tabloid.yaml'), 'utf8'));

/** A Typst string literal: JSON's escapes are Typst's, except \u, which JSON uses only for control characters (none in prose). */
const str = (s) => JSON.stringify(s.replace(/[\u0000-\u001f]/g, ' '));
/** Markdown inline marks dropped: the peer sets plain paragraphs, as the body text is. */
const plain = (s) => s.replace(/\*\*?|__?|`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim();

const articles = readdirSync(dir)
  .filter((n) => n.endsWith('.md') && n !== 'README.md')
  .map((n) => ({ slug: n.slice(0, -3), ...matter(readFileSync(path.join(dir, n), 'utf8')) }))
  .sort((a, b) => (a.data.priority ?? 5) - (b.data.priority ?? 5) || a.slug.localeCompare(b.slug, 'en', { numeric: true }));

const sizes = template.judul;
const doc = [
  `#set document(date: none)`,
  `#set page(width: ${template.ukuran.lebar}mm, height: ${template.ukuran.tinggi}mm, margin: (top: ${template.margin.atas}mm, bottom: ${template.margin.bawah}mm, inside: ${template.margin.dalam}mm, outside: ${template.margin.luar}mm), columns: ${template.kolom})`,
  `#set columns(gutter: ${template.jarakKolom}mm)`,
  // The body's line: 9.5 pt type on 12 pt lines (a line box of 1 em, the rest as leading), flush left, hyphenated in Indonesian.
  `#set text(font: "Source Serif 4", size: ${template.teks.ukuran}pt, lang: "id", hyphenate: true, top-edge: 0.8em, bottom-edge: -0.2em)`,
  `#set par(justify: ${template.teks.rata !== 'kiri'}, leading: ${template.teks.jarakBaris - template.teks.ukuran}pt, spacing: ${template.teks.jarakBaris - template.teks.ukuran}pt, first-line-indent: 0pt)`,
];
for (const a of articles) {
  const size = Math.min(sizes[Math.min(5, a.data.priority ?? 5)] ?? 14, 16);
  doc.push(`#block(above: 14pt, below: 6pt, text(font: "Inter", weight: 700, size: ${size}pt, hyphenate: false, ${str(a.data.title ?? a.slug)}))`);
  for (const photo of a.data.images ?? []) {
    doc.push(`#figure(image(${str(photo.src)}, width: 100%), caption: text(font: "Inter", size: 7pt, ${str(photo.caption ?? '')}), supplement: none, numbering: none, gap: 3pt)`);
  }
  for (const p of a.content.split(/\n\s*\n/).map(plain).filter(Boolean)) {
    doc.push(p.startsWith('#') ? `#block(text(font: "Inter", weight: 700, ${str(p.replace(/^#+\s*/, ''))}))` : `#${str(p)}\n`);
  }
}

const compiler = NodeCompiler.create({ workspace: path.resolve(dir), fontArgs: [{ fontBlobs: fontFaces().map((f) => readFileSync(f.file)) }] });
const pdf = compiler.pdf({ mainFileContent: doc.join('\n\n') });
writeFileSync(out, pdf);
const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
process.stdout.write(`${articles.length} naskah, ${pages} halaman\n`);
