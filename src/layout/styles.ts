/** Type styles on the baseline grid: every body block is a whole number of leading lines. */
import type { Geometry } from './template.js';
import { SANS, SERIF } from './fonts.js';

export function bodyStyles(g: Geometry) {
  const L = g.leading;
  const size = g.template.body.size;
  const accent = g.template.colors.accent;
  // lineHeight in points on Text styles only: a bare number on Page/View broke fixed elements.
  return {
    paragraph: { fontFamily: SERIF, fontSize: size, lineHeight: `${L}pt`, textAlign: g.template.body.align, textIndent: size },
    first: { textIndent: 0 },
    dateline: { fontFamily: SANS, fontWeight: 700, fontSize: size - 1 },
    heading: { fontFamily: SANS, fontWeight: 700, fontSize: size + 0.5, lineHeight: `${L}pt`, marginTop: L },
    quote: { fontFamily: SERIF, fontStyle: 'italic' as const, fontSize: size, lineHeight: `${L}pt`, paddingLeft: 8, borderLeftWidth: 2, borderLeftColor: accent },
    pullquote: { fontFamily: SERIF, fontWeight: 700, fontStyle: 'italic' as const, fontSize: size + 1.5, lineHeight: `${L}pt`, color: accent, textAlign: 'left' as const },
    pullquoteBox: { paddingTop: L, paddingBottom: L },
    listItem: { flexDirection: 'row' as const },
    bullet: { width: 9, fontFamily: SERIF, fontSize: size, lineHeight: `${L}pt` },
    listText: { flex: 1, fontFamily: SERIF, fontSize: size, lineHeight: `${L}pt`, textAlign: 'left' as const },
    tableRow: { flexDirection: 'row' as const },
    // Tabular figures: a column of prices lines up digit under digit, and Inter's proportional "7." kern
    // pair no longer tucks the thousands point under the 7 (17.500 printed as if 17500).
    tableCell: { flex: 1, fontFamily: SANS, fontSize: size - 2, lineHeight: `${L}pt`, paddingLeft: 2, paddingRight: 2, fontFeatureSettings: ['tnum'] },
    tableHead: { fontWeight: 700 },
    small: { fontFamily: SANS, fontSize: size - 2, lineHeight: `${L}pt`, color: '#333333' },
    caption: { fontFamily: SANS, fontSize: size - 2, lineHeight: `${L}pt` },
  };
}

export type BodyStyles = ReturnType<typeof bodyStyles>;
