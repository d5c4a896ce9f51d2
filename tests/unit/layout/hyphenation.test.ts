import { describe, expect, it } from 'vitest';
import { hyphenateWord, hyphenationOf } from '../../../src/layout/hyphenation.js';

describe('Indonesian hyphenation', () => {
  // Expected breaks after the exceptions list and the 2-before/3-after rule (so no lone "-an").
  it.each([
    ['pembangunan', 'pem-ba-ngunan'],
    ['kesejahteraan', 'ke-se-jah-te-raan'],
    ['diberlakukan', 'di-ber-la-ku-kan'],
    ['memperhatikan', 'mem-per-ha-ti-kan'],
    ['menyeberangi', 'me-nye-be-ra-ngi'],
    ['masyarakat', 'ma-sya-ra-kat'],
    ['perekonomian', 'pe-re-ko-no-mian'],
    ['sepanjang', 'se-pan-jang'],
    ['kabar', 'ka-bar'],
    ['Kecamatan', 'Ke-ca-matan'],
    ['informasi,', 'in-for-masi,'],
    ['(Bapperida)', '(Bap-pe-rida)'],
  ])('%s → %s', (word, expected) => expect(hyphenationOf(word)).toBe(expected));

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
    const huge = 'a'.repeat(50_000);
    const pieces = hyphenateWord(huge);
    expect(pieces.join('')).toBe(huge);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(22);
  });

  it('never breaks right after an existing hyphen, nor URLs, e-mail addresses and numbers', () => {
    for (const word of ['anak-anak', 'gotong-royong', 'sehari-hari']) {
      const parts = hyphenateWord(word);
      expect(parts.join('')).toBe(word);
      expect(parts.some((p) => p.endsWith('-'))).toBe(false);
    }
    for (const word of ['www.balangankab.go.id', 'redaksi@contoh.id', 'https://lapor.go.id', '2026', '17.500', 'Rp1.500']) {
      expect(hyphenateWord(word)).toEqual([word]);
    }
  });
});
