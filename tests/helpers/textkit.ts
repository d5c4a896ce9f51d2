/** The lines react-pdf's textkit sets for one Text of `text`, `width` points wide (for tests of line breaking). */
import { Font, Page, Text, type TextProps, View } from '@react-pdf/renderer';
import { createElement as h } from 'react';
import { registerFonts } from '../../src/layout/register-fonts.js';
import { type LayoutNode, renderWithLayout } from '../../src/layout/react-pdf-adapter.js';

export interface SetLine {
  string: string;
  runs: { glyphs: { codePoints: number[] }[]; positions: { xAdvance: number }[] }[];
}

/** `hyphenate` is the Text's hyphenation callback; without one no word is broken. */
export async function setLines(text: string, style: TextProps['style'], width: number, hyphenate: (word: string) => string[] = (w) => [w]): Promise<SetLine[]> {
  registerFonts(Font);
  const page = h(Page, { size: [400, 4000] }, h(View, { style: { width } }, h(Text, { style, hyphenationCallback: hyphenate }, text)));
  const { pages } = await renderWithLayout([page], { date: new Date(0) });
  const found: SetLine[] = [];
  const walk = (n: LayoutNode) => {
    if (n.lines) found.push(...(n.lines as SetLine[]));
    n.children?.forEach(walk);
  };
  walk(pages[0]!);
  return found;
}
