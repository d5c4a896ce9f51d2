/**
 * Flush-left text as our textkit patch sets it: Knuth–Plass over a rag zone (word spaces keep their
 * width), so the breaker weighs an uneven right edge against a hyphen, and a break at a space drops
 * the space. Body text is set this way (templates: body.align: left).
 */
import type { TextProps } from '@react-pdf/renderer';
import { describe, expect, it } from 'vitest';
import { typeset } from '../../../src/content/typography.js';
import { SANS, SERIF } from '../../../src/layout/fonts.js';
import { hyphenateWord } from '../../../src/layout/hyphenation.js';
import { type SetLine as Line, setLines } from '../../helpers/textkit.js';

const SIZE = 8.5;
/** One A4 column (42.6 mm). */
const COLUMN = 120.76;

const widthOf = (l: Line) => l.runs.reduce((sum, r) => sum + r.positions.reduce((s, p) => s + p.xAdvance, 0), 0);
const hyphenated = (l: Line) => /\p{L}-$/u.test(l.string.trimEnd());

const PARAGRAPHS = [
  'Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) Kabupaten Balangan membawa layanan administrasi kependudukan langsung ke desa-desa terpencil. Pada Rabu (13/5), petugas membuka layanan di balai Desa Dayak Pitap, Kecamatan Tebing Tinggi, sejak pagi hingga sore hari.',
  'Warga dapat merekam data KTP elektronik, memperbarui kartu keluarga, serta mengurus akta kelahiran dan akta kematian. Petugas membawa perangkat perekaman, pencetak dokumen dan jaringan internet satelit, karena sinyal seluler di desa itu belum stabil.',
  'Musyawarah Perencanaan Pembangunan (Musrenbang) tingkat kabupaten yang digelar di Paringin pada Kamis (7/5) menetapkan lima prioritas pembangunan untuk tahun anggaran 2027. Musrenbang diikuti perwakilan seluruh kecamatan, perangkat daerah, anggota DPRD, tokoh masyarakat, serta perwakilan kelompok perempuan dan pemuda.',
].map(typeset);

const body = (align: 'left' | 'justify'): TextProps['style'] => ({ fontFamily: SERIF, fontSize: SIZE, lineHeight: 1.25, textAlign: align });

describe('flush-left body text (ragged right)', () => {
  it('keeps every line inside the column, starts none with a space and loses no character', async () => {
    for (const text of PARAGRAPHS) {
      const lines = await setLines(text, body('left'), COLUMN, hyphenateWord);
      expect(lines.length).toBeGreaterThan(4);
      for (const l of lines) {
        expect(widthOf(l), l.string).toBeLessThanOrEqual(COLUMN + 0.01);
        expect(l.string, 'a line starting with a space').not.toMatch(/^\s/);
        expect(l.string.trim().length).toBeGreaterThan(0);
      }
      // The text, without the hyphens the breaker added and the spaces it dropped at breaks.
      const joined = lines.map((l) => (hyphenated(l) && !text.includes(l.string.trimEnd()) ? l.string.trimEnd().slice(0, -1) : l.string.trimEnd())).join('');
      expect(joined.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    }
  });

  it('keeps the rag within its zone: no line over 5 em short, under 2 em on average', async () => {
    const shortfalls: number[] = [];
    for (const text of PARAGRAPHS) {
      const lines = await setLines(text, body('left'), COLUMN, hyphenateWord);
      for (const l of lines.slice(0, -1)) expect(COLUMN - widthOf(l), l.string).toBeLessThan(5 * SIZE);
      shortfalls.push(...lines.slice(0, -1).map((l) => (COLUMN - widthOf(l)) / SIZE));
    }
    expect(shortfalls.reduce((a, b) => a + b, 0) / shortfalls.length).toBeLessThan(2);
  });

  it('hyphenates fewer lines than the same text justified, and never more than two in a row', async () => {
    let ragged = 0;
    let justified = 0;
    for (const text of PARAGRAPHS) {
      const left = await setLines(text, body('left'), COLUMN, hyphenateWord);
      ragged += left.filter(hyphenated).length;
      justified += (await setLines(text, body('justify'), COLUMN, hyphenateWord)).filter(hyphenated).length;
      const runs = left.map(hyphenated).join('').split('false').map((r) => r.length / 'true'.length);
      expect(Math.max(...runs)).toBeLessThanOrEqual(2);
    }
    expect(ragged).toBeLessThan(justified);
  });

  it('ends no paragraph with the tail of a broken word (TeX\'s final hyphen demerits)', async () => {
    for (const width of [COLUMN, 100, 140]) {
      for (const text of PARAGRAPHS) {
        const lines = await setLines(text, body('left'), width, hyphenateWord);
        expect(hyphenated(lines.at(-2)!), `${width} pt: ${lines.at(-2)!.string}|${lines.at(-1)!.string}`).toBe(false);
      }
    }
  });

  it('sets a word wider than its line on a line of its own, without an empty line (best fit)', async () => {
    const lines = await setLines('Layanan Kependudukan Tanpa Biaya', { fontFamily: SANS, fontWeight: 700, fontSize: 13, textAlign: 'left' }, 70);
    expect(lines.map((l) => l.string.trim())).toEqual(['Layanan', 'Kependudukan', 'Tanpa', 'Biaya']);
  });
});
