/** The review's checks on articles whose printed text is typeset (curly quotes, dashes, no-break spaces). */
import { describe, expect, it } from 'vitest';
import { type Article, parseArticle } from '../../../src/content/article.js';
import type { Edition } from '../../../src/edition/load.js';
import { editionSchema } from '../../../src/edition/schema.js';
import { PROFILES } from '../../../src/images/prepare.js';
import { type Glossary, runRules } from '../../../src/review/rules.js';

const edition: Edition = {
  id: 't', dir: '/t', file: 'edition.yaml', locate: () => ({ line: 1, column: 1 }),
  config: editionSchema.parse({ number: 1, volume: 1, year: 2026, date: '2026-05-19', pages: 4, sections: [{ id: 'desa', name: 'Desa', pages: '2-3' }] }),
};

const FM = 'kind: berita\ndate: 2026-05-10\nsources: [{ name: Kepala Desa }]\nverification: { status: verified, by: R, date: 2026-05-12 }';

function article(slug: string, body: string, fm = 'title: Judul Biasa'): Article {
  const text = `---\nsection: desa\nauthor: A\n${FM}\n${fm}\n---\n\n${body}\n`;
  const { article: a, diagnostics } = parseArticle(new TextEncoder().encode(text), { slug, file: `${slug}.md`, sections: ['desa'] });
  if (!a) throw new Error(JSON.stringify(diagnostics));
  return a;
}

const findings = (articles: Article[], glossary?: Glossary) => runRules({ edition, articles, profile: PROFILES.offset, glossary }, []).map((d) => `${d.rule}: ${d.message}`);

describe('teks-mekanis on typeset text', () => {
  it.each([
    ['straight quotes in pairs', '"Bagi kami, ini penting," ujarnya.'],
    ['a quote around bold text', '"**Bagi** kami, ini *penting*," ujarnya.'],
    ['quotes within quotes and apostrophes', `"Ia bilang 'tidak' pada Jum'at," kata warga.`],
    ['a curly opening closed by a straight quote', '“Sudah," katanya.'],
    ['units, ranges and money', 'Jaraknya 7,4 km, pada 7-9 Mei, biayanya Rp 1,2 miliar, pukul 08.00 WITA.'],
  ])('%s: no finding', (_name, body) => {
    expect(findings([article('x', body)])).toEqual([]);
  });

  it.each([
    ['a quote never closed', '"Bagi kami, ini penting, ujarnya.', 'tanda kutip tidak berpasangan'],
    ['a quote never opened', 'Bagi kami, ini penting," ujarnya.', 'tanda kutip tidak berpasangan'],
    ['two openings', 'Ia berkata "ya dan "tidak" saja.', 'tanda kutip tidak berpasangan'],
    ['a doubled space before a unit', 'Jaraknya 7,4  km dari desa.', 'spasi ganda'],
  ])('%s: found', (_name, body, message) => {
    expect(findings([article('x', body)])).toEqual([`teks-mekanis: ${message}`]);
  });
});

describe('comparisons with the front-matter compare like with like', () => {
  it('a caption that repeats the title, both with quotes', () => {
    const a = article('x', 'Isi naskah yang biasa saja.', `title: '"Jembatan" Dibuka'\nimages: [{ src: a.jpg, caption: '"Jembatan" dibuka', credit: D }]`);
    expect(findings([a])).toEqual(['foto-keterangan: keterangan foto mengulang judul']);
  });

  it('two titles that differ only in their quote marks', () => {
    const a = article('a', 'Isi naskah pertama.', `title: '"Jembatan" Dibuka'`);
    const b = article('b', 'Naskah lain sama sekali.', 'title: “Jembatan” Dibuka');
    expect(findings([a, b])).toEqual(['judul-ganda: judul sama dengan naskah lain']);
  });

  it('glossary terms with an apostrophe match the typeset body, whichever way either was typed', () => {
    const glossary: Glossary = { file: 'g.yaml', terms: [{ correct: "Jum'at", wrong: ['Jumat'] }, { correct: 'Qur’an', wrong: ['Quran'] }] };
    expect(findings([article('x', "Pada Jum'at warga membaca Qur'an.")], glossary)).toEqual([]);
    expect(findings([article('x', 'Pada Jumat warga membaca Quran.')], glossary)).toEqual(['ejaan-glosarium: "Jumat" ditulis tidak sesuai glosarium', 'ejaan-glosarium: "Quran" ditulis tidak sesuai glosarium']);
  });
});
