/**
 * Fonts come from npm packages (@fontsource), never from the system, so every machine sets the same
 * type. The .woff files, not .woff2: fontkit's subsetter crashed on WOFF2 as soon as text held é or
 * curly quotes. Every glyph of the text is checked against the font before layout. This module does
 * not load react-pdf (register-fonts.ts does), so `jurnal check` can test glyphs without it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { woffToSfnt } from './woff.js';

const require = createRequire(import.meta.url);

function fontFile(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'files', file);
}

/** The font as plain TrueType, converted once and kept by content hash (see woff.ts for why). */
function sfntFile(woffPath: string): string {
  const woff = readFileSync(woffPath);
  const dir = path.join(tmpdir(), 'jurnal-fonts');
  const target = path.join(dir, `${createHash('sha256').update(woff).digest('hex').slice(0, 24)}.ttf`);
  if (!existsSync(target)) {
    mkdirSync(dir, { recursive: true });
    const temp = `${target}.${process.pid}.tmp`;
    writeFileSync(temp, woffToSfnt(woff));
    renameSync(temp, target);
  }
  return target;
}

export const SERIF = 'Source Serif 4';
export const SANS = 'Inter';

const FACES = [
  { family: SERIF, pkg: '@fontsource/source-serif-4', weights: [400, 600, 700], italic: true, prefix: 'source-serif-4' },
  { family: SANS, pkg: '@fontsource/inter', weights: [400, 600, 700, 800], italic: false, prefix: 'inter' },
] as const;

/** Plain TrueType file of a face, for tools outside react-pdf (pdf-lib in distribution). */
export function trueTypeFont(family: typeof SERIF | typeof SANS, weight: number): string {
  const face = FACES.find((f) => f.family === family)!;
  return sfntFile(fontFile(face.pkg, `${face.prefix}-latin-${weight}-normal.woff`));
}

/** Every face react-pdf registers (layout/register-fonts.ts): family, weight, style and TrueType file. */
export function fontFaces(): { family: string; weight: number; italic: boolean; file: string }[] {
  return FACES.flatMap((face) =>
    face.weights.flatMap((weight) => [
      { family: face.family, weight, italic: false, file: sfntFile(fontFile(face.pkg, `${face.prefix}-latin-${weight}-normal.woff`)) },
      ...(face.italic ? [{ family: face.family, weight, italic: true, file: sfntFile(fontFile(face.pkg, `${face.prefix}-latin-${weight}-italic.woff`)) }] : []),
    ]),
  );
}

interface GlyphFont {
  characterSet: number[];
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/**
 * The code points a font draws, read with fontkit once and kept beside its TrueType file: `jurnal
 * check` then never loads fontkit (its module and the two fonts' parsing were a sixth of the command).
 */
function drawnCodePoints(file: string): number[] {
  const kept = `${file}.codepoints.json`;
  if (existsSync(kept)) return JSON.parse(readFileSync(kept, 'utf8')) as number[];
  const font = (require('fontkit') as { openSync(path: string): GlyphFont }).openSync(file);
  const drawn = font.characterSet.filter((cp) => font.hasGlyphForCodePoint(cp)).sort((a, b) => a - b);
  const temp = `${kept}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(drawn));
  renameSync(temp, kept);
  return drawn;
}

let coverage: Set<number> | undefined;

/** Characters of `text` that the body and headline fonts cannot draw (they would print as nothing). */
export function missingGlyphs(text: string): string[] {
  if (!coverage) {
    const [first, ...rest] = FACES.map((f) => new Set(drawnCodePoints(sfntFile(fontFile(f.pkg, `${f.prefix}-latin-400-normal.woff`)))));
    coverage = new Set([...first!].filter((cp) => rest.every((drawn) => drawn.has(cp))));
  }
  const missing = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || ch === '\u00ad' || (cp >= 0x200b && cp <= 0x200d) || ch === '\ufeff') continue;
    if (!coverage.has(cp)) missing.add(ch);
  }
  return [...missing];
}
