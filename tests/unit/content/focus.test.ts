import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/content/article.js';
import { approvalFor, stateOf } from '../../../src/review/approvals.js';

const SECTIONS = ['kesehatan'];

/** An article whose one photo line is `image` (line 8 of the file). */
const withImage = (image: string, more = '') => `---
title: Posyandu Awayan
section: kesehatan
kind: berita
author: Tim Liputan
date: 2026-05-12
images:
${image}
${more}---

Kader posyandu menimbang balita.
`;

function parse(text: string) {
  return parseArticle(new TextEncoder().encode(text), { slug: 'posyandu', file: 'content/x/posyandu.md', sections: SECTIONS });
}

function errorsOf(text: string) {
  const r = parse(text);
  expect(r.article).toBeUndefined();
  return r.diagnostics.filter((d) => d.severity === 'error');
}

describe('images[].focus in the front-matter', () => {
  it('reads a focus point, and takes the middle for a side left out', () => {
    const { article, diagnostics } = parse(withImage('  - { src: foto/a.jpg, caption: Kader posyandu., focus: { x: 0.3, y: 0.75 } }'));
    expect(diagnostics).toEqual([]);
    expect(article!.frontMatter.images![0]!.focus).toEqual({ x: 0.3, y: 0.75 });
    const partial = parse(withImage('  - { src: foto/a.jpg, focus: { y: 0.2 } }')).article!;
    expect(partial.frontMatter.images![0]!.focus).toEqual({ x: 0.5, y: 0.2 });
    const edges = parse(withImage('  - { src: foto/a.jpg, focus: { x: 0, y: 1 } }')).article!;
    expect(edges.frontMatter.images![0]!.focus).toEqual({ x: 0, y: 1 });
    expect(parse(withImage('  - { src: foto/a.jpg }')).article!.frontMatter.images![0]!.focus).toBeUndefined();
  });

  it('reports x: 1.4 as out of range at the line and column of the value, with the field path', () => {
    const errors = errorsOf(withImage('  - { src: foto/a.jpg, focus: { x: 1.4 } }'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      rule: 'field-batas',
      field: 'images.0.focus.x',
      position: { line: 8, column: 36 },
      message: 'paling banyak 1; ditemukan angka 1.4',
    });
    expect(errors[0]!.hint).toContain('x dari kiri (0) ke kanan (1)');
  });

  it('reports a negative y in block style at its own line', () => {
    const errors = errorsOf(withImage('  - src: foto/a.jpg\n    focus:\n      x: 0.5\n      y: -0.2'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ rule: 'field-batas', field: 'images.0.focus.y', position: { line: 11, column: 10 }, message: 'paling sedikit 0; ditemukan angka -0.2' });
  });

  it.each([
    ['fokus', 24],
    ['focsu', 24],
  ])('suggests "focus" for the typo %s, at the key', (typo, column) => {
    const errors = errorsOf(withImage(`  - { src: foto/a.jpg, ${typo}: { x: 0.5, y: 0.3 } }`));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ rule: 'field-tidak-dikenal', field: `images.0.${typo}`, position: { line: 8, column }, hint: 'maksud Anda "focus"?' });
  });

  it('suggests x or y for an unknown key inside focus', () => {
    const errors = errorsOf(withImage('  - { src: foto/a.jpg, focus: { X: 0.5, y: 0.3 } }'));
    expect(errors[0]).toMatchObject({ rule: 'field-tidak-dikenal', field: 'images.0.focus.X', hint: 'maksud Anda "x"?' });
  });

  it.each([
    ['a word', 'focus: tengah', 'field-tipe'],
    ['a quoted number', 'focus: { x: "0.4" }', 'field-tipe'],
  ])('refuses %s', (_name, focus, rule) => {
    const errors = errorsOf(withImage(`  - { src: foto/a.jpg, ${focus} }`));
    expect(errors[0]).toMatchObject({ rule, position: { line: 8 } });
    expect(errors[0]!.field).toMatch(/^images\.0\.focus/);
  });

  it('a changed focus point invalidates the approval (it is part of the front-matter hash)', () => {
    const before = parse(withImage('  - { src: foto/a.jpg, focus: { x: 0.5, y: 0.7 } }')).article!;
    const after = parse(withImage('  - { src: foto/a.jpg, focus: { x: 0.5, y: 0.3 } }')).article!;
    const approval = approvalFor(before, {}, 'Redaksi', new Date('2026-05-13T08:00:00Z'));
    expect(stateOf(before, {}, [approval]).state).toBe('disetujui');
    expect(stateOf(after, {}, [approval])).toMatchObject({ state: 'berubah', changed: ['front-matter'] });
  });
});
