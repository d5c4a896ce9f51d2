import { describe, expect, it } from 'vitest';
import { type Article, parseArticle } from '../../../src/content/article.js';
import { type ApprovalLabel, DEFAULT_WORDS, marksOf, storyBudget } from '../../../src/edition/budget.js';
import { editionSchema } from '../../../src/edition/schema.js';

const config = editionSchema.parse({
  number: 1, volume: 1, year: 2026, date: '2026-05-19', pages: 8,
  sections: [{ id: 'pemerintahan', name: 'Pemerintahan', pages: '2-3' }, { id: 'desa', name: 'Desa', pages: '4-6' }],
  rencana: [
    { slug: 'jembatan', section: 'desa', reporter: 'Rina', words: 100, tenggat: '2026-05-12' },
    { slug: 'pasar-baru', section: 'pemerintahan', reporter: 'Siti Rahmah', words: 500, tenggat: '2026-05-10' },
    { slug: 'lomba', section: 'desa', reporter: 'Budi', words: 300, tenggat: '2026-05-20' },
  ],
});
const edition = { config, file: 'edition.yaml', locate: (p: readonly (string | number)[]) => ({ line: 20 + Number(p[1] ?? 0), column: 5 }) };

function article(slug: string, fm: string, words: number): Article {
  const body = Array.from({ length: words }, (_, i) => `kata${i}`).join(' ');
  const text = `---\ntitle: Judul ${slug}\nauthor: Penulis ${slug}\ndate: 2026-05-10\n${fm}\n---\n\n${body}\n`;
  const { article: a, diagnostics } = parseArticle(new TextEncoder().encode(text), { slug, file: `${slug}.md`, sections: ['pemerintahan', 'desa'] });
  if (!a) throw new Error(JSON.stringify(diagnostics));
  return a;
}

const articles = [
  // Planned at 100 words, written 121 (> 120 %), deadline passed, approved before an edit.
  article('jembatan', 'section: desa\nkind: berita\npriority: 2\nimages: [{ src: foto/a.jpg }, { src: foto/b.jpg }]\nverification: { status: pending }', 121),
  // Not planned: the kind's default target; its own tenggat, passed, but approved: not late.
  article('apel', 'section: pemerintahan\nkind: singkat\npriority: 4\ntenggat: 2026-05-01\nverification: { status: verified }', 60),
  article('kim', 'section: desa\nkind: feature\npriority: 1', 300),
];
const approvals = new Map<string, ApprovalLabel>([['jembatan', 'berubah'], ['apel', 'disetujui']]);

describe('story budget', () => {
  const budget = storyBudget({ edition, articles, approvals, today: '2026-05-15' });

  it('lists written and planned stories in section order, then priority', () => {
    expect(budget.rows.map((r) => r.slug)).toEqual(['pasar-baru', 'apel', 'kim', 'jembatan', 'lomba']);
    expect(budget.diagnostics).toEqual([]);
  });

  it('gives target, words, photos, verification, approval and deadline', () => {
    const row = (slug: string) => budget.rows.find((r) => r.slug === slug)!;
    expect(row('jembatan')).toMatchObject({ title: 'Judul jembatan', reporter: 'Penulis jembatan', kind: 'berita', targetWords: 100, targetFrom: 'rencana', words: 121, photos: 2, verification: 'pending', approval: 'berubah', tenggat: '2026-05-12', late: true, over: true, written: true });
    expect(row('apel')).toMatchObject({ targetWords: DEFAULT_WORDS.singkat, targetFrom: 'bawaan', words: 60, verification: 'verified', approval: 'disetujui', tenggat: '2026-05-01', late: false, over: false });
    expect(row('kim')).toMatchObject({ targetWords: DEFAULT_WORDS.feature, verification: 'belum', approval: 'belum', late: false, over: false });
    expect(row('pasar-baru')).toMatchObject({ written: false, reporter: 'Siti Rahmah', targetWords: 500, tenggat: '2026-05-10', late: true, over: false, photos: 0 });
    expect(row('pasar-baru').title).toBeUndefined();
    expect(marksOf(row('pasar-baru'))).toEqual(['belum ditulis', 'TERLAMBAT']);
    expect(marksOf(row('jembatan'))).toEqual(['TERLAMBAT', 'KEPANJANGAN']);
    expect(budget.totals).toMatchObject({ stories: 5, written: 3, planned: 2, late: 2, over: 1 });
  });

  it('takes "today" from the caller: the same budget a week earlier has nothing late', () => {
    const earlier = storyBudget({ edition, articles, approvals, today: '2026-05-08' });
    expect(earlier.rows.filter((r) => r.late)).toEqual([]);
    // On the deadline day itself a story is not late yet.
    expect(storyBudget({ edition, articles, approvals, today: '2026-05-12' }).rows.find((r) => r.slug === 'jembatan')!.late).toBe(false);
  });

  it('120 % exactly is not over length', () => {
    const exact = storyBudget({ edition, articles: [article('jembatan', 'section: desa\nkind: berita', 120)], approvals, today: '2026-05-01' });
    expect(exact.rows.find((r) => r.slug === 'jembatan')!.over).toBe(false);
  });

  it('reports a planned story in an unknown section, or planned twice, at its line', () => {
    const bad = editionSchema.parse({ ...config, rencana: [...config.rencana!, { slug: 'lomba', section: 'olahraga', reporter: 'X', words: 200 }] });
    const r = storyBudget({ edition: { ...edition, config: bad }, articles, approvals, today: '2026-05-15' });
    expect(r.diagnostics.map((d) => `${d.file}:${d.position?.line}:${d.position?.column} ${d.rule} ${d.message}`)).toEqual([
      'edition.yaml:23:5 rencana-ganda naskah "lomba" direncanakan dua kali',
    ]);
    const unknown = editionSchema.parse({ ...config, rencana: [{ slug: 'renang', section: 'olahraga', reporter: 'X', words: 200 }] });
    expect(storyBudget({ edition: { ...edition, config: unknown }, articles: [], approvals, today: '2026-05-15' }).diagnostics.map((d) => `${d.rule} ${d.message}`)).toEqual(['rencana-rubrik rubrik "olahraga" tidak ada di edisi ini']);
  });

  it('edition.yaml accepts rencana with an optional tenggat and checks its fields', () => {
    expect(editionSchema.safeParse({ ...config, rencana: [{ slug: 'a', section: 'desa', reporter: 'R', words: 300 }] }).success).toBe(true);
    expect(editionSchema.safeParse({ ...config, rencana: [{ slug: 'a', section: 'desa', reporter: 'R', words: 300, tenggat: '2026-02-30' }] }).success).toBe(false);
    expect(editionSchema.safeParse({ ...config, rencana: [{ slug: 'a', section: 'desa', reporter: 'R', kata: 300 }] }).success).toBe(false);
  });
});
