import { describe, expect, it } from 'vitest';
import { type Article, parseArticle } from '../../../src/content/article.js';
import type { Edition } from '../../../src/edition/load.js';
import { editionSchema } from '../../../src/edition/schema.js';
import { PROFILES } from '../../../src/images/prepare.js';
import { type ReviewContext, runRules } from '../../../src/review/rules.js';

const edition: Edition = {
  id: 't', dir: '/t', file: 'edition.yaml', locate: () => ({ line: 1, column: 1 }),
  config: editionSchema.parse({ number: 1, volume: 1, year: 2026, date: '2026-05-19', pages: 4, sections: [{ id: 'desa', name: 'Desa', pages: '2-3' }] }),
};

function article(slug: string, fm: string, body = 'Isi naskah yang biasa saja dan cukup panjang untuk diuji.'): Article {
  const text = `---\nsection: desa\nauthor: A\n${fm}\n---\n\n${body}\n`;
  const { article: a, diagnostics } = parseArticle(new TextEncoder().encode(text), { slug, file: `${slug}.md`, sections: ['desa'] });
  if (!a) throw new Error(JSON.stringify(diagnostics));
  return a;
}

const verified = 'verification: { status: verified, by: R, date: 2026-05-12 }';
const good = (_slug = 'baik', title = 'Judul Baik') => `title: ${title}\nkind: berita\ndate: 2026-05-10\nsources: [{ name: Kepala Desa }]\n${verified}`;

function rulesOf(articles: Article[], extra: Partial<ReviewContext> = {}): string[] {
  return runRules({ edition, articles, profile: PROFILES.offset, ...extra }, []).map((d) => `${d.rule}:${d.severity}`);
}

describe('review rules: each fails on its fault and passes on clean copy', () => {
  it('clean articles pass every rule', () => {
    expect(rulesOf([article('a', good('a', 'Judul Pertama')), article('b', good('b', 'Judul Kedua'), 'Naskah lain dengan isi yang sama sekali berbeda dari naskah pertama.')])).toEqual([]);
  });

  it.each([
    ['sumber-wajib', 'title: X\nkind: berita\ndate: 2026-05-10\n' + verified, 'sumber-wajib:error'],
    ['verifikasi pending', 'title: X\nkind: opini\ndate: 2026-05-10\nverification: { status: pending }', 'verifikasi:error'],
    ['verifikasi disputed', 'title: X\nkind: opini\ndate: 2026-05-10\nverification: { status: disputed }', 'verifikasi:error'],
    ['verifikasi missing', 'title: X\nkind: opini\ndate: 2026-05-10', 'verifikasi:error'],
    ['verification before the event', 'title: X\nkind: opini\ndate: 2026-05-10\nverification: { status: verified, date: 2026-05-01 }', 'verifikasi-tanggal:error'],
    ['verification after the edition', 'title: X\nkind: opini\ndate: 2026-05-10\nverification: { status: verified, date: 2026-06-01 }', 'verifikasi-tanggal:error'],
    ['date outside the window', 'title: X\nkind: opini\ndate: 2026-01-10\n' + verified.replace('2026-05-12', '2026-01-12'), 'tanggal-edisi:warning'],
    ['photo without credit', `${good()}\nimages: [{ src: a.jpg, caption: Warga di balai desa }]`, 'foto-keterangan:warning'],
  ])('%s', (_name, fm, expected) => {
    expect(rulesOf([article('x', fm)])).toContain(expected);
  });

  it('mechanical text faults', () => {
    expect(rulesOf([article('x', good(), 'Warga warga datang.')])).toContain('teks-mekanis:warning');
    expect(rulesOf([article('x', good(), 'Anak-anak datang  pagi.')])).toEqual(['teks-mekanis:warning']);
    expect(rulesOf([article('x', good(), 'Anak-anak datang pagi (bersama guru).')])).toEqual([]);
    expect(rulesOf([article('x', good(), `Kata ${'x'.repeat(60)} di sini, dan https://balangankab.go.id/berita/2026/05/jembatan-gantung-binjai-resmi-dibuka.`)])).toEqual(['teks-mekanis:warning']);
  });

  it('duplicate headlines and near-duplicate bodies', () => {
    const body = 'Pemerintah kabupaten menyalurkan bantuan beras kepada warga di delapan kecamatan pada pekan ini sesuai jadwal yang ditetapkan.';
    expect(rulesOf([article('a', good('a', 'Sama')), article('b', good('b', 'sama'))])).toContain('judul-ganda:error');
    expect(rulesOf([article('a', good('a', 'Satu'), body), article('b', good('b', 'Dua'), body)])).toContain('judul-ganda:warning');
  });

  it('photo resolution from the layout: warning below the profile, error far below', () => {
    const a = article('x', `${good()}\nimages: [{ src: a.jpg, caption: C, credit: D }]`);
    const layout = (ppi: number) => ({ plan: { edition: 't', pages: [], unplaced: [], copyFit: [], diagnostics: [] }, photos: [{ slug: 'x', key: 'x#0', ppi, page: 2 }] });
    expect(rulesOf([a], { layout: layout(320) })).toEqual([]);
    expect(rulesOf([a], { layout: layout(180) })).toEqual(['foto-resolusi:warning']);
    expect(rulesOf([a], { layout: layout(90) })).toEqual(['foto-resolusi:error']);
  });

  it('a headline too tall for its module, measured by the layout', () => {
    const a = article('x', good());
    const module = { slug: 'x', page: 2, part: 'main' as const, col: 0, span: 1, top: 0, headerLines: 20, legLines: 30, legs: 1, fromLine: 0, height: 50 };
    const layout = (lines: number) => ({
      plan: { edition: 't', pages: [{ number: 2, role: 'section' as const, modules: [module], fill: 1, freeLines: [], fillers: [], reserved: [], blankLines: [], buriedLines: 0 }], unplaced: [], copyFit: [], diagnostics: [] },
      photos: [],
      headlineLines: new Map([['x', [lines, 3, 2, 2]]]),
    });
    expect(rulesOf([a], { layout: layout(5) })).toEqual([]);
    expect(rulesOf([a], { layout: layout(7) })).toEqual(['judul-muat:warning']);
  });

  it('glossary spellings', () => {
    const glossary = { file: 'g.yaml', terms: [{ correct: 'Paringin Selatan', wrong: [] }, { correct: 'musrenbang', wrong: ['musrembang'] }] };
    expect(rulesOf([article('x', good(), 'Di Paringin selatan dan Musrembang.')], { glossary })).toEqual(['ejaan-glosarium:warning', 'ejaan-glosarium:warning']);
    expect(rulesOf([article('x', good(), 'Di Paringin Selatan. Musrenbang dan musrenbang.')], { glossary })).toEqual([]);
  });
});
