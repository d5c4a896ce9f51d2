/** Captions: the opening, hashtags, platform limits (X weighting), and the weak-lede warning. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/content/article.js';
import { brokenLimits, captionFor, firstSentence, hashtag, LIMITS, weakOpening, xLength } from '../../../src/social/captions.js';
import type { Published } from '../../../src/web/model.js';

const published = (body: string, extra = ''): Published => {
  const text = `---\ntitle: Jembatan Gantung Binjai Resmi Dibuka\nsection: pembangunan\nkind: berita\nauthor: Redaksi\ndate: 2026-05-12\nlocation: { kecamatan: Paringin Selatan, desa: Binjai }\n${extra}---\n\n${body}\n`;
  const article = parseArticle(new TextEncoder().encode(text), { slug: 'jembatan', file: 'content/x/jembatan.md', sections: ['pembangunan'] }).article!;
  return { article, section: { id: 'pembangunan', name: 'Pembangunan', pages: 2 }, page: 'berita/jembatan.html', url: 'https://balangankab.go.id/jurnal-balangan/x/berita/jembatan.html' };
};

describe('social captions', () => {
  it('open with a strong lede, then the link and the hashtags (section, kecamatan)', () => {
    const { caption, diagnostics } = captionFor(published('Warga Desa Binjai kini dapat menyeberangi Sungai Balangan tanpa memutar 12 kilometer. Jembatan itu dibuka Selasa.'));
    expect(diagnostics).toEqual([]);
    expect(caption.opening).toBe('Warga Desa Binjai kini dapat menyeberangi Sungai Balangan tanpa memutar 12 kilometer.');
    expect(caption.instagram.startsWith(caption.opening)).toBe(true);
    expect(caption.hashtags).toEqual(['#Balangan', '#JurnalBalangan', '#Pembangunan', '#ParinginSelatan']);
    expect(caption.instagram).toContain(`Baca selengkapnya: ${caption.url}`);
    expect(caption.x).toBe(`${caption.opening} ${caption.url} #Balangan #JurnalBalangan`);
    expect(brokenLimits(caption)).toEqual([]);
  });

  it('name the sender and village of a contributed story before the link, as print and web do', () => {
    const lede = 'Warga Desa Binjai kini dapat menyeberangi Sungai Balangan tanpa memutar 12 kilometer.';
    const sent = captionFor(published(lede, 'kontributor: { nama: Siti Aminah, kim: Bina Warga, desa: "63.11.07.2008", telepon: "0812 5100 2345" }\n')).caption;
    expect(sent.instagram).toContain('Kiriman Siti Aminah dari KIM Bina Warga, Desa Binjai.\n\nBaca selengkapnya:');
    expect(brokenLimits(sent)).toEqual([]);
    expect(captionFor(published(lede)).caption.instagram).not.toContain('Kiriman');
  });

  it('warn at the first paragraph’s line and open with the headline when the lede is weak', () => {
    const { caption, diagnostics } = captionFor(published('Pada hari Selasa (12/5) pagi, sejumlah warga berkumpul di tepi sungai untuk acara yang sudah lama ditunggu.'));
    expect(diagnostics).toMatchObject([{ file: 'content/x/jembatan.md', position: { line: 10, column: 1 }, rule: 'sosial-kalimat-pembuka', severity: 'warning' }]);
    expect(diagnostics[0]!.message).toContain('dibuka dengan hari');
    expect(caption.opening).toBe('Jembatan Gantung Binjai Resmi Dibuka.');
    expect(weakOpening('x'.repeat(126))).toContain('126 huruf');
    expect(weakOpening('“Kami senang sekali,” kata seorang warga yang ditemui di lokasi.')).toContain('kutipan');
  });

  it('find the first sentence past abbreviations and initials', () => {
    expect(firstSentence('Kepala Desa H. Ahmad dan Dr. Siti hadir di Kec. Halong. Acara dimulai pukul 09.00.')).toBe('Kepala Desa H. Ahmad dan Dr. Siti hadir di Kec. Halong.');
    expect(firstSentence('Harga naik 2.5 persen. Pedagang mengeluh.')).toBe('Harga naik 2.5 persen.');
    expect(hashtag('Batu Mandi')).toBe('#BatuMandi');
    expect(hashtag('Kesehatan & Gizi')).toBe('#KesehatanGizi');
  });

  it('count X as X does: the link 23 whatever its length, wide characters 2', () => {
    expect(xLength('a https://contoh.id/' + 'x'.repeat(200), ['https://contoh.id/' + 'x'.repeat(200)])).toBe(2 + 23);
    expect(xLength('漢字', [])).toBe(4);
    expect(xLength('é—“”', [])).toBe(4);
  });

  it('never exceed a platform limit, whatever the story', () => {
    const word = fc.stringMatching(/^[A-Za-z漢é]{1,30}$/);
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 400 }), fc.array(word, { minLength: 1, maxLength: 25 }), (words, title) => {
      const p = published(`${words.join(' ')}.`);
      p.article.frontMatter.title = title.join(' ').slice(0, 160);
      const { caption } = captionFor(p);
      expect(brokenLimits(caption)).toEqual([]);
      expect([...caption.instagram].length).toBeLessThanOrEqual(LIMITS.ours);
      expect(xLength(caption.x, [caption.url])).toBeLessThanOrEqual(LIMITS.x);
    }), { numRuns: 150 });
  });
});
