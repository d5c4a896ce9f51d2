import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXCEPTIONS, hyphenateWord, hyphenationOf, isProtected } from '../../../src/layout/hyphenation.js';
import { plainSyllables, syllables } from '../../../src/layout/syllables.js';

/** The table: "word  hyphenationOf(word)  [syllables(word)]" per line, "#" comments. */
const table = readFileSync(new URL('./hyphenation-table.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => line.split(/\s+/) as [string, string, string?]);

/** A word the syllabifier takes: letters only, with lower case and no capital inside. */
const syllabifiable = (word: string) => /^\p{L}+$/u.test(word) && /\p{Ll}/u.test(word) && !/\p{Ll}\p{Lu}/u.test(word);

const letters = (s: string) => s.replace(/[^\p{L}]/gu, '').length;

describe('Indonesian hyphenation table', () => {
  it('has at least 300 words', () => {
    expect(table.length).toBeGreaterThanOrEqual(300);
    expect(new Set(table.map(([word]) => word)).size).toBe(table.length);
  });

  it.each(table)('%s → %s', (word, expected, full) => {
    expect(hyphenationOf(word)).toBe(expected);
    if (syllabifiable(word)) expect(syllables(word).join('-')).toBe(full ?? expected);
  });
});

describe('Indonesian syllabification (PUEBI)', () => {
  it.each([
    // vowels in a row, diphthongs
    ['maaf', 'ma-af'], ['buah', 'bu-ah'], ['saudara', 'sau-da-ra'], ['pantai', 'pan-tai'], ['aula', 'au-la'], ['amboi', 'am-boi'],
    ['main', 'ma-in'], ['baik', 'ba-ik'], ['kepulauan', 'ke-pu-lau-an'],
    // consonants between vowels, digraphs
    ['anak', 'a-nak'], ['dengan', 'de-ngan'], ['nyanyi', 'nya-nyi'], ['mutakhir', 'mu-ta-khir'], ['masyarakat', 'ma-sya-ra-kat'],
    ['bantu', 'ban-tu'], ['bangkit', 'bang-kit'], ['makhluk', 'makh-luk'], ['April', 'Ap-ril'], ['swasta', 'swas-ta'],
    ['instrumen', 'in-stru-men'], ['ultra', 'ul-tra'], ['bangkrut', 'bang-krut'], ['ikhlas', 'ikh-las'], ['sanksi', 'sank-si'],
  ])('plain %s → %s', (word, expected) => expect(plainSyllables(word).join('-')).toBe(expected));

  it('keeps every exception consistent with its word', () => {
    for (const [word, pattern] of Object.entries(EXCEPTIONS)) {
      expect(pattern.replaceAll('-', '')).toBe(word);
      expect(syllables(word).join('-')).toBe(pattern);
    }
  });
});

describe('Indonesian hyphenation rules', () => {
  it('keeps at least 2 letters before and 3 after a break', () => {
    for (const word of ['pembangunan', 'kesejahteraan', 'Balangan', 'menerima', 'datang', 'ikan']) {
      const parts = hyphenateWord(word);
      expect(parts[0]!.replace(/[^\p{L}]/gu, '').length).toBeGreaterThanOrEqual(2);
      if (parts.length > 1) expect(parts.at(-1)!.replace(/[^\p{L}]/gu, '').length).toBeGreaterThanOrEqual(3);
      expect(parts.join('')).toBe(word);
    }
  });

  it('gives an overlong word or URL break points instead of letting it overflow the column', () => {
    const url = 'https://balangankab.go.id/berita/2026/05/jembatan-gantung-binjai-resmi-dibuka';
    const parts = hyphenateWord(url);
    expect(parts.join('')).toBe(url);
    expect(parts.length).toBeGreaterThan(3);
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThanOrEqual(22);
    expect(parts.slice(0, -1).every((p) => /[/.-]$/.test(p))).toBe(true);
    const huge = 'a'.repeat(50_000);
    const pieces = hyphenateWord(huge);
    expect(pieces.join('')).toBe(huge);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(22);
    const acronym = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    expect(Math.max(...hyphenateWord(acronym).map((p) => p.length))).toBeLessThanOrEqual(22);
  });

  it('breaks a word with a hyphen only at the hyphen, the part before ending in it', () => {
    expect(hyphenateWord('anak-anak')).toEqual(['anak-', 'anak']);
    expect(hyphenateWord('bertahun-tahun,')).toEqual(['bertahun-', 'tahun,']);
    expect(hyphenateWord('PUPR-Perkim')).toEqual(['PUPR-', 'Perkim']);
    expect(hyphenateWord('"Plus"-nya')).toEqual(['"Plus"-', 'nya']);
    expect(hyphenateWord('e-KTP')).toEqual(['e-KTP']);
    expect(hyphenateWord('KemenPAN-RB')).toEqual(['KemenPAN-RB']);
  });

  it('breaks web addresses only after "/" or ".", with 2 characters on each side', () => {
    expect(hyphenateWord('balangankab.go.id')).toEqual(['balangankab.', 'go.', 'id']);
    expect(hyphenateWord('www.balangankab.go.id.')).toEqual(['www.', 'balangankab.', 'go.', 'id.']);
    expect(hyphenateWord('(https://lapor.go.id)')).toEqual(['(https://', 'lapor.', 'go.', 'id)']);
    expect(hyphenateWord('dan/atau')).toEqual(['dan/', 'atau']);
  });

  it('never breaks e-mail addresses, numbers, acronyms, agency short names and short names', () => {
    for (const word of [
      'redaksi@contoh.id', '2026', '17.500', 'Rp1.500', 'Covid-19', '(13/5).', 'PUPR', 'BPBD', 'KIM', 'BUMDes', 'Bumdes',
      'Bapperida', 'Disperindag', 'Disdukcapil', 'Diskominfosan', 'Dinkes', 'Bappeda', 'Kemenag', 'Polres', 'Kodim',
      'Puskesmas', 'Posyandu', 'Musrenbang', 'Dispersip', 'Disdik', 'Kemendagri', 'Halong', 'Juai', 'Awayan', 'Paringin',
      'Lampihong', 'Juai–Halong', '(Bapperida)', 'a.n.', "Jum'at",
    ]) {
      expect(hyphenateWord(word), word).toEqual([word]);
    }
    // Ordinary words that begin like an agency name, and names of four syllables, are broken.
    expect(hyphenationOf('Kementerian')).toBe('Ke-men-te-rian');
    expect(hyphenationOf('Distribusi')).toBe('Dis-tri-busi');
    expect(hyphenationOf('Kalimantan')).toBe('Ka-li-man-tan');
  });

  it('never breaks the short names and place names of the Balangan recipient registry', () => {
    const rows = parse(readFileSync(new URL('../../../distribution/seed-skpd-vertikal.csv', import.meta.url)), { columns: true }) as Array<{
      nama: string;
      kecamatan: string;
    }>;
    const names = new Set<string>();
    for (const row of rows) {
      for (const [, inner] of row.nama.matchAll(/\(([^)]*)\)/g)) for (const w of inner!.split(/[\s,;]+/)) if (/^\p{Lu}/u.test(w) && !/\p{N}/u.test(w)) names.add(w);
      for (const w of row.kecamatan.split(/\s+/)) if (w) names.add(w);
    }
    names.delete('Kementerian'); // "(Kementerian ATR/BPN)": an ordinary word, broken like any other
    expect(names.size).toBeGreaterThan(20);
    for (const name of names) {
      for (const piece of name.split(/(?<=[-/])/)) expect(hyphenateWord(piece.replace(/[-/]$/, '')), name).toHaveLength(1);
    }
  });

  it('keeps leading and trailing punctuation attached', () => {
    expect(hyphenateWord('“pembangunan”')).toEqual(['“pem', 'ba', 'ngunan”']);
    expect(hyphenateWord('ujarnya,')).toEqual(['ujar', 'nya,']);
    expect(hyphenateWord('(kesehatan).')).toEqual(['(ke', 'se', 'hatan).']);
  });

  it('offers only the soft hyphens an editor put in', () => {
    expect(hyphenateWord('pemba\u00adngunan')).toEqual(['pemba\u00ad', 'ngunan']);
  });
});

/** Words shaped like Indonesian ones: (onset) vowel (coda) syllables. */
const indonesianWord = fc
  .array(
    fc.tuple(
      fc.constantFrom('', 'b', 'c', 'd', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'ng', 'ny', 'p', 'r', 's', 'sy', 't', 'kh', 'w', 'y', 'pr', 'tr', 'st'),
      fc.constantFrom('a', 'e', 'i', 'o', 'u', 'ai', 'au'),
      fc.constantFrom('', '', '', 'n', 'ng', 'r', 's', 'k', 't', 'm', 'h', 'l'),
    ),
    { minLength: 1, maxLength: 7 },
  )
  .map((syllables) => syllables.flat().join(''));

const withAffixes = fc
  .tuple(
    fc.constantFrom('', 'me', 'mem', 'men', 'meng', 'meny', 'menge', 'pe', 'pem', 'pen', 'peng', 'peny', 'di', 'ke', 'ter', 'ber', 'per', 'se'),
    indonesianWord,
    fc.constantFrom('', 'kan', 'an', 'i', 'nya', 'lah', 'kah', 'annya'),
  )
  .map((parts) => parts.join(''));

describe('Indonesian hyphenation properties', () => {
  it('gives back the word when its parts are joined', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (word) => {
      expect(hyphenateWord(word).join('')).toBe(word);
    }));
    fc.assert(fc.property(withAffixes, (word) => {
      expect(hyphenateWord(word).join('')).toBe(word);
    }));
    fc.assert(fc.property(withAffixes, (word) => {
      expect(syllables(word).join('')).toBe(word);
    }));
  });

  it('leaves at least 2 letters before a break, 3 after it and no one-letter part', () => {
    fc.assert(
      fc.property(withAffixes, fc.constantFrom('', ',', '.', '"', ')'), (word, trail) => {
        const parts = hyphenateWord(word + trail);
        if (parts.length === 1) return;
        expect(letters(parts[0]!)).toBeGreaterThanOrEqual(2);
        expect(letters(parts.at(-1)!)).toBeGreaterThanOrEqual(3);
        for (const part of parts) expect(letters(part)).toBeGreaterThanOrEqual(2);
      }),
    );
  });

  it('gives words with digits, all-caps words and short capitalised words no break, and URLs none but after "/" and "."', () => {
    // (Up to the column's width: anything longer is cut into pieces rather than overflow.)
    const fits = withAffixes.filter((word) => word.length <= 20);
    fc.assert(fc.property(fits, fc.integer({ min: 0, max: 99 }), (word, n) => {
      expect(hyphenateWord(`${word}${n}`)).toHaveLength(1);
    }));
    fc.assert(fc.property(fits, (word) => {
      expect(hyphenateWord(word.toUpperCase())).toHaveLength(1);
    }));
    fc.assert(
      fc.property(fits, (word) => {
        const name = word.charAt(0).toUpperCase() + word.slice(1);
        if (syllables(name).length <= 3) expect(hyphenateWord(name)).toHaveLength(1);
      }),
    );
    const label = fc.stringMatching(/^[a-z]{2}[a-z0-9-]{0,13}$/);
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 4 }), fc.constantFrom('id', 'go.id', 'com', 'desa.id'), (labels, tld) => {
        const url = `${labels.join('.')}.${tld}`;
        const parts = hyphenateWord(url);
        expect(parts.join('')).toBe(url);
        for (const part of parts.slice(0, -1)) expect(part).toMatch(/[/.-]$/);
        for (const part of parts.slice(0, -1)) if (part.length <= 22) expect(part).toMatch(/[/.]$/);
      }),
    );
  });

  it('is deterministic and not disturbed by callers changing the parts they get', () => {
    fc.assert(
      fc.property(withAffixes, (word) => {
        const first = hyphenateWord(word);
        first.push('x');
        expect(hyphenateWord(word)).toEqual(first.slice(0, -1));
        expect(hyphenationOf(word)).toBe(hyphenationOf(word));
      }),
    );
  });

  it('protects what isProtected says, whatever the punctuation around', () => {
    fc.assert(
      fc.property(withAffixes, fc.constantFrom('', '(', '"', '“'), (word, lead) => {
        if (isProtected(word)) expect(hyphenateWord(lead + word)).toEqual([lead + word]);
      }),
    );
  });
});
