import { createHash } from 'node:crypto';
import fc from 'fast-check';
import type { Code, Heading, Html, InlineCode, Link, Paragraph, Root, Strong, Table, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/content/article.js';
import { MAX_JOINED, NBSP, plainPunctuation, pullQuoteText, typeset, typesetRuns, typesetTree } from '../../../src/content/typography.js';
import { stateOf } from '../../../src/review/approvals.js';

/** "~" in the expectations stands for the no-break space. */
const nb = (s: string) => s.replace(/~/g, NBSP);

const CASES: [string, string, string][] = [
  // Double and single quotes by context, nested, mixed with quotes already typeset.
  ['quoted speech', '"Bagi kami, ini penting," ujarnya.', '“Bagi kami, ini penting,” ujarnya.'],
  ['quote inside a sentence', 'Ia menyebutnya "jalan tikus".', 'Ia menyebutnya “jalan tikus”.'],
  ['quote within a quote', `"Ia berkata, 'Tidak.'"`, '“Ia berkata, ‘Tidak.’”'],
  ['single quotes', `'Ya,' katanya.`, '‘Ya,’ katanya.'],
  ['quote in brackets', '(disebut "ulin")', '(disebut “ulin”)'],
  ['quote after a dash', 'jawabnya—"tidak"', 'jawabnya—“tidak”'],
  ['quote after a colon without a space', 'ujarnya:"Kami siap."', 'ujarnya:“Kami siap.”'],
  ['spaced quotes close what is open', 'kata " ini " saja', 'kata “ ini ” saja'],
  ['quote after an ellipsis', '"Kami..." katanya, lalu ..."dan"', '“Kami…” katanya, lalu …“dan”'],
  ['straight closing after a curly opening', '“Sudah," katanya.', '“Sudah,” katanya.'],
  ['a doubtful quote closes a curly one', '“Sudah " katanya.', '“Sudah ” katanya.'],
  // Apostrophes.
  ['apostrophe in a word', "Jum'at", 'Jum’at'],
  ['apostrophe in Qur’an', "Qur'an", 'Qur’an'],
  ['apostrophe before a short year', "tahun '90-an", 'tahun ’90-an'],
  ['apostrophe at the start of a text', "'98 adalah tahunnya", '’98 adalah tahunnya'],
  ['apostrophe inside a single quote', "'Jum'at berkah' namanya", '‘Jum’at berkah’ namanya'],
  ['apostrophe in a name, then quotes', "Ma'ruf berkata 'cukup'", 'Ma’ruf berkata ‘cukup’'],
  // Ranges get an en dash; other hyphens stay.
  ['day range', '7-9 Mei', '7–9 Mei'],
  ['year range', 'periode 2024-2026', 'periode 2024–2026'],
  ['short year range', 'periode 2024-26', 'periode 2024–26'],
  ['time range', 'pukul 08.00-12.00', 'pukul~08.00–12.00'],
  ['money range', 'Rp1.000-2.000', 'Rp1.000–2.000'],
  ['percentage range', '10-20%', '10–20%'],
  ['decimal range', 'naik 5,5-7,5 persen.', 'naik 5,5–7,5~persen.'],
  ['ISO date', 'tanggal 2026-05-12', 'tanggal 2026-05-12'],
  ['mobile number', 'hubungi 0812-3456-7890', 'hubungi 0812-3456-7890'],
  ['landline number', 'telepon 0526-2028', 'telepon 0526-2028'],
  ['id with dots', 'kode 63.11.07.2008', 'kode 63.11.07.2008'],
  ['reduplication', 'anak-anak', 'anak-anak'],
  ['prefix', 'e-KTP', 'e-KTP'],
  ['name with a number', 'Covid-19', 'Covid-19'],
  ['day names', 'Senin-Jumat', 'Senin-Jumat'],
  ['score', 'menang 2-1', 'menang 2-1'],
  ['spaced hyphen', 'Balangan - Paringin', 'Balangan – Paringin'],
  ['spaced range', 'jarak 7 - 9 km', 'jarak 7 – 9~km'],
  ['double hyphen', 'kata -- kata', 'kata – kata'],
  ['triple hyphen', 'kata---kata', 'kata—kata'],
  ['a line of hyphens', 'garis ----', 'garis ----'],
  // Ellipsis.
  ['ellipsis', 'Tunggu...', 'Tunggu…'],
  ['ellipsis and full stop', 'selesai....', 'selesai….'],
  ['five dots', '.....', '.....'],
  // No-break spaces.
  ['decimal and unit', '7,4 km', '7,4~km'],
  ['rupiah and magnitude', 'Rp 1,2 miliar', 'Rp~1,2~miliar'],
  ['unit word', '12 kilometer', '12~kilometer'],
  ['percent', '60 persen', '60~persen'],
  ['capitalised unit (headline)', 'Naik 60 Persen, Jalan 12 Km', 'Naik 60~Persen, Jalan 12~Km'],
  ['hectare', 'luas 2 ha.', 'luas 2~ha.'],
  ['square metres', '150 m2', '150~m2'],
  ['kilogram', '500 kilogram', '500~kilogram'],
  ['number sign', 'No. 5', 'No.~5'],
  ['page', 'hal. 4', 'hal.~4'],
  ['regulation number', 'Perda Nomor 5 Tahun 2023', 'Perda Nomor~5 Tahun 2023'],
  ['time and zone', 'pukul 08.00 WITA', 'pukul~08.00~WITA'],
  ['counted nouns are not units', '5 orang, 12 unit, 3 hari', '5 orang, 12 unit, 3 hari'],
  ['a word that starts like a unit', '5 mobil dan 2 tonggak', '5 mobil dan 2 tonggak'],
  ['a doubled space stays (the review reports it)', '7,4  km', '7,4  km'],
  ['long joined group breaks where it must', 'Rp 1.000.000.000.000 triliun', 'Rp~1.000.000.000.000 triliun'],
  // Left alone.
  ['web address', "lihat https://balangankab.go.id/berita--baru?a='b'&c=2024-2026", "lihat https://balangankab.go.id/berita--baru?a='b'&c=2024-2026"],
  ['web address without scheme', 'www.contoh.id/a...b', 'www.contoh.id/a...b'],
  ['bare domain with a path', 'balangankab.go.id/berita/2024-2026', 'balangankab.go.id/berita/2024-2026'],
  ['e-mail address in quotes', 'kirim ke "humas--balangan@contoh.id"', 'kirim ke “humas--balangan@contoh.id”'],
  ['address at the end of a sentence', 'Lihat https://contoh.id/a...', 'Lihat https://contoh.id/a…'],
  ['already typeset', nb('“Sudah” – 7–9~km…'), nb('“Sudah” – 7–9~km…')],
];

describe('typeset', () => {
  it.each(CASES)('%s', (_name, before, after) => {
    expect(typeset(before)).toBe(nb(after));
  });

  it('has a case for every rule', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it('keeps no-break groups at most MAX_JOINED long', () => {
    const out = typeset('biaya Rp 12.500.000.000 triliun dan pukul 08.00-12.00 WITA');
    for (const group of out.split(/[ \t\n]+/)) if (group.includes(NBSP)) expect(group.length).toBeLessThanOrEqual(MAX_JOINED);
  });
});

const parse = (markdown: string): Root => unified().use(remarkParse).use(remarkGfm).parse(markdown);
const first = (markdown: string) => typesetTree(parse(markdown)).children[0] as Paragraph;

describe('typesetTree: quote state across the inline nodes of a paragraph', () => {
  it('a quote around bold text', () => {
    const p = first('"**Bagi** kami," ujarnya.');
    expect(toString(p)).toBe('“Bagi kami,” ujarnya.');
    expect((p.children[0] as Text).value).toBe('“');
    expect(((p.children[1] as Strong).children[0] as Text).value).toBe('Bagi');
    expect((p.children[2] as Text).value).toBe(' kami,” ujarnya.');
  });

  it('a quote that opens outside an emphasis and closes inside it', () => {
    expect(toString(first('"Kata *miring" di sini* dan "lagi"'))).toBe('“Kata miring” di sini dan “lagi”');
  });

  it('a quote that starts a paragraph and ends it several nodes later', () => {
    expect(toString(first('"Satu, **dua**, *tiga*, [empat](https://contoh.id), lima."'))).toBe('“Satu, dua, tiga, empat, lima.”');
  });

  it('a unit in an emphasis still gets its no-break space', () => {
    expect(toString(first('jaraknya 7,4 *km* saja'))).toBe(nb('jaraknya 7,4~km saja'));
  });

  it('inline code is left alone but counts as a word for the quotes around it', () => {
    const p = first('Perintah "`jurnal --help`" dan `"x" -- y...`');
    expect(toString(p)).toBe('Perintah “jurnal --help” dan "x" -- y...');
    expect((p.children[1] as InlineCode).value).toBe('jurnal --help');
  });

  it('code blocks and HTML are left alone', () => {
    const tree = typesetTree(parse('```\n"a" -- b...\n```\n\n<div>"a" -- 7-9</div>\n\nTeks <b>"x"</b> "y"'));
    expect((tree.children[0] as Code).value).toBe('"a" -- b...');
    expect((tree.children[1] as Html).value).toBe('<div>"a" -- 7-9</div>');
    const p = tree.children[2] as Paragraph;
    expect(p.children.filter((c): c is Html => c.type === 'html').map((c) => c.value)).toEqual(['<b>', '</b>']);
    expect(toString(p, { includeHtml: false })).toBe('Teks “x” “y”');
  });

  it('links keep their URL; autolinks keep their text', () => {
    const tree = typesetTree(parse('[kata "ini"](https://contoh.id/a--b) <https://contoh.id/c--d...> https://contoh.id/e--f dan <info@contoh.id>'));
    const links = (tree.children[0] as Paragraph).children.filter((c): c is Link => c.type === 'link');
    expect(links.map((l) => l.url)).toEqual(['https://contoh.id/a--b', 'https://contoh.id/c--d...', 'https://contoh.id/e--f', 'mailto:info@contoh.id']);
    expect(links.map((l) => toString(l))).toEqual(['kata “ini”', 'https://contoh.id/c--d...', 'https://contoh.id/e--f', 'info@contoh.id']);
  });

  it('an editor’s comment gives no context; a hard line break is a space', () => {
    expect(toString(first('Ia berkata <!-- catatan -->"Bagi kami," lalu pergi'), { includeHtml: false })).toBe('Ia berkata “Bagi kami,” lalu pergi');
    const p = first('"Baris satu\\\n"baris" dua" katanya');
    expect(p.children.map((c) => c.type)).toEqual(['text', 'break', 'text']);
    expect([(p.children[0] as Text).value, (p.children[2] as Text).value]).toEqual(['“Baris satu', '“baris” dua” katanya']);
  });

  it('headings, list items, quotes and table cells are typeset; each cell on its own', () => {
    const tree = typesetTree(parse('## "Jalan" 7-9 km\n\n- "satu"\n\n> "dua"\n\n| "a | b" |\n|---|---|\n| 7-9 | x |\n'));
    expect(toString(tree.children[0] as Heading)).toBe(nb('“Jalan” 7–9~km'));
    expect(toString(tree.children[1]!)).toBe('“satu”');
    expect(toString(tree.children[2]!)).toBe('“dua”');
    const cells = (tree.children[3] as Table).children.flatMap((r) => r.children.map((c) => toString(c)));
    expect(cells).toEqual(['“a', 'b”', '7–9', 'x']);
  });

  it('does not change the tree it is given, and keeps positions', () => {
    const source = parse('"a" 7-9');
    const copy = structuredClone(source);
    const out = typesetTree(source);
    expect(source).toEqual(copy);
    expect(out.children[0]!.position).toEqual(source.children[0]!.position);
  });
});

describe('pull quotes', () => {
  it.each([
    ['without quote marks', 'Dulu kami menyeberang.', 'Dulu kami menyeberang.'],
    ['written with quote marks', '“Bagi kami, jembatan ini urat nadi.”', 'Bagi kami, jembatan ini urat nadi.'],
    ['with single quote marks', '‘Cukup.’', 'Cukup.'],
    ['left unclosed', '“Bagi kami', 'Bagi kami'],
    ['two quotes and a tag', '“A,” katanya, “B.”', '‘A,’ katanya, ‘B.’'],
    ['a quote inside', 'Ia bilang “tidak” lalu pergi', 'Ia bilang ‘tidak’ lalu pergi'],
  ])('%s', (_name, quote, text) => {
    expect(pullQuoteText(quote)).toBe(text);
  });
});

const chars = (alphabet: string[], maxLength = 60) => fc.array(fc.constantFrom(...alphabet), { maxLength }).map((a) => a.join(''));
const LETTERS = [...'abkmsAKZ019', ' ', ' ', '"', "'"];
/** Fragments that reach every rule, already-typeset punctuation included. */
const SOUP = [...LETTERS, '-', '.', ',', '%', ':', '(', ')', '*', '\n', NBSP, '“', '”', '‘', '’', '–', '—', '…', ' km', ' persen', 'Rp ', 'pukul ', '08.00', ' WITA', '2024', 'https://a.id/', 'x@y.id', 'www.', 'Jum', '\ufffc', '😀'];

describe('typeset: properties', () => {
  it('removing the typography gives back letters, digits, spaces and quotes', () => {
    fc.assert(fc.property(chars(LETTERS), (s) => plainPunctuation(typeset(s)) === s), { numRuns: 2000 });
  });

  it('removing the typography gives back copy with hyphens and dots too (except "--")', () => {
    const input = chars([...LETTERS, '-', '.', ',', '%', ' km', 'Rp ', '08.00']).filter((s) => !/(?<!-)--(?!-)/.test(s));
    fc.assert(fc.property(input, (s) => plainPunctuation(typeset(s)) === s), { numRuns: 2000 });
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.oneof(chars(SOUP), fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 40 })), (s) => typeset(typeset(s)) === typeset(s)), { numRuns: 2000 });
  });

  it('never changes a letter or a digit', () => {
    const skeleton = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');
    fc.assert(fc.property(fc.oneof(chars(SOUP), fc.string({ maxLength: 80 })), (s) => skeleton(typeset(s)) === skeleton(s)), { numRuns: 2000 });
  });

  it('a paragraph typeset in pieces is the paragraph typeset whole; fixed pieces never change', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ text: chars(SOUP, 12), fixed: fc.boolean() }), { maxLength: 6 }), (runs) => {
        const out = typesetRuns(runs);
        runs.forEach((r, i) => r.fixed && expect(out[i]).toBe(r.text));
        if (!runs.some((r) => r.fixed)) expect(out.join('')).toBe(typeset(runs.map((r) => r.text).join('')));
        expect(typesetRuns(runs.map((r, i) => ({ ...r, text: out[i]! })))).toEqual(out);
      }),
      { numRuns: 1000 },
    );
  });
});

// The source of an article with straight quotes, dashes and units in its title, front-matter and body.
const SOURCE = `---
title: "Warga: \\"Jembatan Ini Urat Nadi Kami\\""
deck: Jembatan sepanjang 96 meter dibuka 7-9 Mei... untuk umum
section: desa
kind: berita
author: Tim Liputan
date: 2026-05-12
sources:
  - { name: "Ma'ruf", role: Kepala Desa }
images:
  - { src: foto/jembatan.jpg, caption: "Warga melintas - sepulang dari kebun - pukul 08.00 WITA.", credit: Diskominfosp }
pullquote: "\\"Bagi kami, jembatan ini urat nadi.\\""
---

"**Bagi** kami, jembatan ini *urat nadi*," ujar Ma'ruf pada Jum'at (8/5). Jaraknya 7,4 km dan biayanya Rp 1,2 miliar.

Kode \`"x" -- y\` dan alamat https://balangankab.go.id/berita--baru tetap, juga <info@balangankab.go.id>.
`;

/** The hashes the loader gave this file before typography was set (computed with the loader of commit 29fa470). */
const BEFORE = {
  hash: '44f917d380fd9785e5b0ab2d20368cda64f9d16288123e3b9b5b8300444c8c8d',
  frontMatterHash: '4e38ff07af8de7479d3e78ba072a107c8813dcf3c0781d7613db1fcfcc5b0f86',
  bodyHash: '11197ca2ac97d8223a67269d10030c59f0d3536b43ab74b69ba1b7bcbead4c4f',
  wordCount: 28,
};

describe('the loader sets typography on what is printed, and hashes what is written', () => {
  const bytes = new TextEncoder().encode(SOURCE);
  const { article, diagnostics } = parseArticle(bytes, { slug: 'jembatan', file: 'jembatan.md', sections: ['desa'] });

  it('prints curly quotes, dashes and no-break spaces', () => {
    expect(diagnostics).toEqual([]);
    const fm = article!.frontMatter;
    expect(fm.title).toBe('Warga: “Jembatan Ini Urat Nadi Kami”');
    expect(fm.deck).toBe(nb('Jembatan sepanjang 96~meter dibuka 7–9 Mei… untuk umum'));
    expect(fm.sources).toEqual([{ name: 'Ma’ruf', role: 'Kepala Desa' }]);
    expect(fm.images![0]).toMatchObject({ src: 'foto/jembatan.jpg', caption: nb('Warga melintas – sepulang dari kebun – pukul~08.00~WITA.'), credit: 'Diskominfosp' });
    // The layout sets the quote marks of a pull quote itself: the editor's are taken off.
    expect(fm.pullquote).toBe('Bagi kami, jembatan ini urat nadi.');
    expect(article!.text).toBe(nb('“Bagi kami, jembatan ini urat nadi,” ujar Ma’ruf pada Jum’at (8/5). Jaraknya 7,4~km dan biayanya Rp~1,2~miliar.\n\nKode "x" -- y dan alamat https://balangankab.go.id/berita--baru tetap, juga info@balangankab.go.id.'));
    expect(article!.wordCount).toBe(BEFORE.wordCount);
  });

  it('hashes the file, its front-matter and its body as written, the same as before typography', () => {
    const sha = (s: string | Uint8Array) => createHash('sha256').update(s).digest('hex');
    const fence = SOURCE.indexOf('\n---\n') + 5;
    expect(article!.hash).toBe(sha(bytes));
    expect(article!.frontMatterHash).toBe(sha(SOURCE.slice(0, fence)));
    expect(article!.bodyHash).toBe(sha(SOURCE.slice(fence)));
    expect({ hash: article!.hash, frontMatterHash: article!.frontMatterHash, bodyHash: article!.bodyHash, wordCount: article!.wordCount }).toEqual(BEFORE);
  });

  it('an approval given before typography still holds', () => {
    const approval = { slug: 'jembatan', by: 'Redaksi', at: '2026-05-13T08:00:00Z', hash: BEFORE.hash, frontMatter: BEFORE.frontMatterHash, body: BEFORE.bodyHash, photos: {} };
    expect(stateOf(article!, {}, [approval]).state).toBe('disetujui');
  });

  it('positions still point into the file', () => {
    expect(article!.body.children[0]!.position!.start.line).toBe(15);
    expect(article!.fieldPositions.pullquote).toEqual({ line: 12, column: 12 });
  });
});
