import { Text } from '@react-pdf/renderer';
import { createElement as h, type ReactElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { paragraphRest } from '../../../src/layout/galley.js';

const textOf = (node: ReactNode): string =>
  typeof node === 'string' ? node : Array.isArray(node) ? node.map(textOf).join('') : node && typeof node === 'object' && 'props' in node ? textOf((node.props as { children?: ReactNode }).children) : '';

describe('paragraphRest: a paragraph cut between legs continues with the text not yet shown', () => {
  const paragraph = h(Text, { style: { textIndent: 8 } }, 'Dinas PUPR-Perkim ', h(Text, { style: { fontWeight: 700 } }, 'membuka layanan'), ' pengaduan bagi warga yang menemukan kerusakan.');

  it('skips the hyphens textkit inserted and white space, keeps inline styles, drops the indent', () => {
    const rest = paragraphRest(paragraph, 'Dinas PUPR-Perkim membuka la-yanan pengadu-')!;
    expect(textOf(rest)).toBe('an bagi warga yang menemukan kerusakan.');
    expect((rest.props as { style: { textIndent: number } }).style.textIndent).toBe(0);
    const inside = paragraphRest(paragraph, 'Dinas PUPR-Perkim mem-')!;
    const children = (inside.props as { children: ReactNode[] }).children;
    expect(textOf(inside)).toBe('buka layanan pengaduan bagi warga yang menemukan kerusakan.');
    // The bold run keeps its element, cut to what is left of it.
    expect((children[0] as ReactElement<{ style: object }>).props.style).toEqual({ fontWeight: 700 });
  });

  it('gives up (the galley then pulls the block up) when the shown text does not match, or nothing is left', () => {
    expect(paragraphRest(paragraph, 'Teks yang lain sama sekali')).toBeUndefined();
    expect(paragraphRest(paragraph, textOf(paragraph))).toBeUndefined();
    expect(paragraphRest(h('View', {}, 'bukan paragraf') as ReactElement, 'bukan')).toBeUndefined();
  });
});
