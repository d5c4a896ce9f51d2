import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/content/article.js';

const SECTIONS = ['pemerintahan', 'pembangunan', 'desa'];

const valid = `---
title: Jembatan Baru Dibuka
section: pembangunan
kind: berita
author: Tim Liputan
date: 2026-05-12
location: { kecamatan: Paringin Selatan, desa: Binjai }
sources:
  - { name: Kepala Desa Binjai, role: narasumber }
priority: 2
---

Warga Desa Binjai kini dapat menyeberang.

## Subjudul

Paragraf *kedua* dengan **tebal**.
`;

function parse(text: string | Uint8Array, slug = 'jembatan') {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return parseArticle(bytes, { slug, file: `content/x/${slug}.md`, sections: SECTIONS });
}

function errorsOf(text: string | Uint8Array) {
  const r = parse(text);
  expect(r.article).toBeUndefined();
  return r.diagnostics.filter((d) => d.severity === 'error');
}

const utf8 = (s: string) => [...new TextEncoder().encode(s)];

describe('parseArticle', () => {
  it('returns a typed article with mdast, plain text, word count and hash', () => {
    const { article, diagnostics } = parse(valid);
    expect(diagnostics).toEqual([]);
    expect(article!.frontMatter.title).toBe('Jembatan Baru Dibuka');
    expect(article!.frontMatter.priority).toBe(2);
    expect(article!.body.children.map((c) => c.type)).toEqual(['paragraph', 'heading', 'paragraph']);
    // Body positions are positions in the file, not in the body.
    expect(article!.body.children[0]!.position!.start.line).toBe(13);
    expect(article!.text).toContain('Paragraf kedua dengan tebal.');
    expect(article!.wordCount).toBe(11);
    expect(article!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(article!.fieldPositions['location.desa']).toEqual({ line: 7, column: 48 });
  });

  it('accepts CRLF line ends and a BOM', () => {
    const { article } = parse(`\ufeff${valid.replace(/\n/g, '\r\n')}`);
    expect(article?.frontMatter.kind).toBe('berita');
  });

  it.each([
    ['missing fence', valid.replace(/^---\n/, ''), 'frontmatter-tidak-ada', 1],
    ['unterminated fence', valid.replace('---\n\nWarga', '\nWarga'), 'frontmatter-tidak-ditutup', 1],
    ['YAML syntax error', valid.replace('kind: berita', 'kind: [berita'), 'yaml-sintaks', 5],
    ['title a number', valid.replace('title: Jembatan Baru Dibuka', 'title: 12345'), 'field-tipe', 2],
    ['date "besok"', valid.replace('date: 2026-05-12', 'date: besok'), 'field-format', 6],
    ['date not in the calendar', valid.replace('date: 2026-05-12', 'date: 2026-02-30'), 'field-format', 6],
    ['unknown kind', valid.replace('kind: berita', 'kind: gosip'), 'field-pilihan', 4],
    ['unknown section', valid.replace('section: pembangunan', 'section: olahraga'), 'rubrik-tidak-dikenal', 3],
    ['missing required field', valid.replace('author: Tim Liputan\n', ''), 'field-wajib', 2],
    ['kecamatan not in Balangan', valid.replace('Paringin Selatan', 'Banjarbaru'), 'wilayah-kecamatan', 7],
    ['desa not in the kecamatan', valid.replace('desa: Binjai', 'desa: Mantuyan'), 'wilayah-desa', 7],
    ['leading zero number', valid.replace('  - { name: Kepala Desa Binjai, role: narasumber }', '  - { name: Kepala Desa, contact: 081234567890 }'), 'yaml-nilai-berubah', 9],
    ['alias', valid.replace('author: Tim Liputan', 'author: &a Tim\ndeck: *a'), 'yaml-alias', 6],
    ['__proto__ key', valid.replace('priority: 2', '__proto__: { polluted: true }'), 'yaml-kunci-terlarang', 10],
    ['explicit tag', valid.replace('title: Jembatan Baru Dibuka', 'title: !!js/function "function(){}"'), 'yaml-tag', 2],
    ['duplicate key', valid.replace('priority: 2', 'priority: 2\npriority: 3'), 'yaml-kunci-ganda', 11],
  ])('%s → %s at line %i', (_name, text, rule, line) => {
    const errors = errorsOf(text);
    const hit = errors.find((d) => d.rule === rule);
    expect(hit, JSON.stringify(errors, null, 1)).toBeDefined();
    expect(hit!.position?.line).toBe(line);
    expect(hit!.message).not.toMatch(/^Error/);
  });

  it('suggests the right key for a typo and points at the key', () => {
    const errors = errorsOf(valid.replace('title:', 'tittle:'));
    const unknown = errors.find((e) => e.rule === 'field-tidak-dikenal')!;
    expect(unknown.position).toEqual({ line: 2, column: 1 });
    expect(unknown.hint).toBe('maksud Anda "title"?');
    expect(errors.some((e) => e.rule === 'field-wajib' && e.field === 'title')).toBe(true);
  });

  it('suggests a kecamatan for a near miss and names the right kecamatan of a desa', () => {
    const kec = errorsOf(valid.replace('Paringin Selatan', 'paringin  selatan')).find((d) => d.rule === 'wilayah-kecamatan')!;
    expect(kec.hint).toBe('maksud Anda "Paringin Selatan"?');
    const desa = errorsOf(valid.replace('desa: Binjai', 'desa: Mantuyan')).find((d) => d.rule === 'wilayah-desa')!;
    expect(desa.hint).toContain('Halong');
    const typo = errorsOf(valid.replace('desa: Binjai', 'desa: Binjaii')).find((d) => d.rule === 'wilayah-desa')!;
    expect(typo.hint).toBe('maksud Anda "Binjai"?');
  });

  it('keeps quoted phone numbers as written', () => {
    const { article } = parse(valid.replace('role: narasumber }', 'role: narasumber, contact: "081234567890" }'));
    expect(article!.frontMatter.sources![0]!.contact).toBe('081234567890');
  });

  // YAML 1.2 keeps 12:30, no, yes and on as text; numbers that would change must be quoted, with the hint showing what was written.
  it.each([
    ['12:30', '12:30', undefined],
    ['no', 'no', undefined],
    ['yes', 'yes', undefined],
    ['on', 'on', undefined],
    ['1_000', '1_000', undefined],
    ['+6281234567890', undefined, 'yaml-nilai-berubah'],
    ['0812345', undefined, 'yaml-nilai-berubah'],
    ['1e3', undefined, 'yaml-nilai-berubah'],
    ['0x1F', undefined, 'yaml-nilai-berubah'],
    ['.5', undefined, 'yaml-nilai-berubah'],
    ['true', undefined, 'field-tipe'],
    ['null', undefined, 'field-tipe'],
  ])('contact: %s → %s %s', (written, kept, rule) => {
    const { article, diagnostics } = parse(valid.replace('role: narasumber }', `role: narasumber, contact: ${written} }`));
    if (kept) expect(article!.frontMatter.sources![0]!.contact).toBe(kept);
    else {
      expect(diagnostics[0]!.rule).toBe(rule);
      if (rule === 'yaml-nilai-berubah') expect(diagnostics[0]!.hint).toBe(`beri tanda kutip: "${written}"`);
    }
  });

  it.each(['---js', '---javascript', '--- js', '---coffee', '---yaml'])('refuses %s front-matter without running it', (fence) => {
    const marker = `__jurnal_executed_${Math.random().toString(36).slice(2)}`;
    const text = `${fence}\n{ title: (globalThis.${marker} = true, "x") }\n---\nbody\n`;
    const errors = errorsOf(text);
    expect(errors[0]!.rule).toBe('frontmatter-bahasa');
    expect(errors[0]!.position).toEqual({ line: 1, column: 4 });
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
  });

  it('refuses an empty file, a huge file, non-UTF-8 bytes and control characters', () => {
    expect(errorsOf('')[0]!.rule).toBe('berkas-kosong');
    expect(errorsOf(new Uint8Array(5 * 1024 * 1024).fill(97))[0]!.rule).toBe('berkas-terlalu-besar');
    const bad = errorsOf(Uint8Array.from([...utf8('---\ntitle: Caf'), 0xe9, ...utf8('\n---\n')]))[0]!;
    expect(bad.rule).toBe('bukan-utf8');
    expect(bad.position).toEqual({ line: 2, column: 11 });
    expect(errorsOf(valid.replace('Baru Dibuka', 'Baru\u202eDibuka')).some((d) => d.rule === 'karakter-kontrol' && d.position?.line === 2)).toBe(true);
  });

  it('refuses an alias bomb quickly', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [*${prev},*${prev},*${prev},*${prev}]`);
    }
    const started = performance.now();
    const errors = errorsOf(`---\n${bomb.join('\n')}\n---\nx\n`);
    expect(errors.some((d) => d.rule === 'yaml-alias')).toBe(true);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses a slug that is not a plain name', () => {
    expect(parse(valid, '../etc').diagnostics.some((d) => d.rule === 'slug-tidak-sah')).toBe(true);
  });

  it('never lets __proto__ pollute prototypes', () => {
    parse(valid.replace('priority: 2', '__proto__: { polluted: true }\nconstructor: { prototype: { polluted: true } }'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
