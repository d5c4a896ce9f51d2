import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/content/article.js';
import { typeset } from '../../src/content/typography.js';

const SECTIONS = ['desa', 'pembangunan'];

/** Lines a front-matter is made of, mixed with hostile fragments, so the generator reaches deep paths. */
const fragment = fc.constantFrom(
  '---', '---js', 'title: Judul', 'title: 0812', 'section: desa', 'kind: berita', 'author: A', 'date: 2026-05-01',
  'date: besok', 'location: { kecamatan: Halong, desa: Mantuyan }', 'images: [{ src: ../../etc/passwd }]', '&a [*a]',
  '__proto__: { x: 1 }', '- a', '  - b', ': :', '"unterminated', '[[[[', '{ a: 1', 'priority: 9', '\t x', '\u202e', '',
  '# judul', '> kutipan', '| a | b |', '<script>alert(1)</script>',
);

function check(bytes: Uint8Array): void {
  const text = new TextDecoder().decode(bytes);
  const lines = text.split(/\r\n|\r|\n/).length + 1;
  const { article, diagnostics } = parseArticle(bytes, { slug: 'x', file: 'x.md', sections: SECTIONS });
  expect(article !== undefined || diagnostics.some((d) => d.severity === 'error')).toBe(true);
  for (const d of diagnostics) {
    if (!d.position) continue;
    expect(d.position.line).toBeGreaterThanOrEqual(1);
    expect(d.position.line).toBeLessThanOrEqual(lines);
    expect(d.position.column).toBeGreaterThanOrEqual(1);
  }
  expect(({} as Record<string, unknown>).x).toBeUndefined();
}

describe('article loader on arbitrary input', () => {
  it('never throws on arbitrary bytes and gives positions inside the file', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => check(bytes)), { numRuns: 400 });
  });

  it('never throws on front-matter-shaped text', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 30 }), fc.string(), (parts, tail) => {
        check(new TextEncoder().encode(`${parts.join('\n')}\n${tail}`));
      }),
      { numRuns: 600 },
    );
  });

  it('a valid article round-trips its title exactly (with its punctuation typeset), whatever the title', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim().length > 0 && !/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(s)), (title) => {
        const text = `---\ntitle: ${JSON.stringify(title)}\nsection: desa\nkind: opini\nauthor: A\ndate: 2026-05-01\n---\nIsi.\n`;
        const { article, diagnostics } = parseArticle(new TextEncoder().encode(text), { slug: 'x', file: 'x.md', sections: SECTIONS });
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(article!.frontMatter.title).toBe(typeset(title.trim()));
      }),
      { numRuns: 300 },
    );
  });
});
