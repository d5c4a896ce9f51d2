/**
 * What the typography of src/content/typography.ts relies on in react-pdf and in our fonts: a
 * no-break space (U+00A0) is never a line break, body text (Source Serif 4) stretches it like a word
 * space when justifying, and every face has the glyphs for “ ” ‘ ’ – — … and U+00A0.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { NBSP, typeset } from '../../../src/content/typography.js';
import { SERIF } from '../../../src/layout/fonts.js';
import { type SetLine as Line, setLines } from '../../helpers/textkit.js';

const lines = (text: string, width: number): Promise<Line[]> => setLines(text, { fontFamily: SERIF, fontSize: 10, textAlign: 'justify' }, width);

/** Offsets in `text` where a line ends. */
const breaks = (all: Line[]) => all.slice(0, -1).map((_, i) => all.slice(0, i + 1).reduce((n, l) => n + l.string.length, 0));

describe('no-break spaces in react-pdf', () => {
  const source = 'Jaraknya kira-kira 7,4 km dari desa dan biayanya Rp 1,2 miliar; dibuka pukul 08.00 WITA pada 12 Mei untuk 60 persen warga desa itu.';
  const text = typeset(source);

  it('never breaks a line at U+00A0 (it does at the ordinary spaces in the same places)', async () => {
    expect(text).toContain(`7,4${NBSP}km`);
    for (const width of [45, 55, 70, 90]) {
      const typeset = await lines(text, width);
      expect(typeset.map((l) => l.string).join('')).toBe(text);
      for (const at of breaks(typeset)) expect(text[at - 1], `line break after U+00A0 at ${at} (width ${width})`).not.toBe(NBSP);
    }
    // Without the no-break spaces the same columns do break between a number and its unit or prefix.
    const joined = (at: number) => /(?:\d|Rp|pukul) $/.test(source.slice(0, at)) && /^(?:km|miliar|persen|WITA|\d)/.test(source.slice(at));
    const plain = await Promise.all([45, 55, 70, 90].map((w) => lines(source, w)));
    expect(plain.some((l) => breaks(l).some(joined))).toBe(true);
  });

  it('stretches U+00A0 like a word space when justifying body text (Source Serif 4)', async () => {
    const [line] = await lines(`aa b 7${NBSP}km d eeeeeeeeeeeeeee`, 70);
    const run = line!.runs[0]!;
    const advance = (index: number) => run.positions[index]!.xAdvance;
    expect(line!.string).toBe(`aa b 7${NBSP}km d `);
    // Glyphs follow the characters one to one here: 2 and 4 are word spaces, 6 the no-break space.
    // The last glyph, a word space at the line end, keeps its natural width; the others are stretched alike.
    const natural = advance(line!.string.length - 1);
    expect(advance(4)).toBeGreaterThan(natural * 1.3);
    expect(advance(6)).toBeCloseTo(advance(4), 1);
    expect(advance(6)).toBeCloseTo(advance(2), 1);
  });
});

describe('glyphs of typeset punctuation', () => {
  const require = createRequire(import.meta.url);
  const faces = ['@fontsource/source-serif-4', '@fontsource/inter'].flatMap((pkg) => {
    const dir = path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'files');
    return readdirSync(dir).filter((f) => /-latin-(400|600|700|800)-(normal|italic)\.woff$/.test(f)).map((f) => path.join(dir, f));
  });

  it.each(['“', '”', '‘', '’', '–', '—', '…', NBSP])('every face has %s', (ch) => {
    expect(faces.length).toBeGreaterThanOrEqual(10);
    for (const file of faces) expect((fontkit.openSync(file) as unknown as { hasGlyphForCodePoint(cp: number): boolean }).hasGlyphForCodePoint(ch.codePointAt(0)!), path.basename(file)).toBe(true);
  });
});
