/**
 * Galleys: an article's body rendered as react-pdf pages exactly one column wide and one leg tall,
 * so react-pdf's own line breaking, justification, hyphenation and widow/orphan control decide where
 * each leg ends. A continuation galley starts at the block where the previous part stopped, pulled up
 * by the height already shown (text above the page edge is clipped when the leg is placed).
 */
import { Page, View } from '@react-pdf/renderer';
import { cloneElement, type ReactElement } from 'react';
import { type LayoutNode, renderWithLayout } from './react-pdf-adapter.js';
import type { Geometry } from './template.js';

/** Where a galley starts: a top-level body block and the points of it already shown. */
export interface TextPosition {
  block: number;
  offset: number;
}

export interface Galley {
  pdf: Buffer;
  legs: number;
  /** Where the text continues after the first `n` legs; undefined when it ends within them. */
  after(n: number): TextPosition | undefined;
  /** Lines of text set on the legs after the first `n`. */
  linesAfter(n: number): number;
  /** Lines the text fills on leg `i` (0 when the text ended before it). */
  legLines(i: number): number;
}

export const START: TextPosition = { block: 0, offset: 0 };

/** What a rendered galley is made of: its PDF and, per leg, the body blocks with their heights. */
export interface GalleyData {
  pdf: Buffer;
  fragments: { block: number; height: number }[][];
}

export async function renderGalleyData(g: Geometry, blocks: readonly ReactElement[], legLines: number, from: TextPosition, date: Date): Promise<GalleyData> {
  const tagged = blocks.slice(from.block).map((b, i) => cloneElement(b, { id: `b${from.block + i}`, key: `b${from.block + i}` } as Record<string, unknown>));
  const page = (
    <Page size={[g.columnWidth, legLines * g.leading]}>
      <View style={{ marginTop: -from.offset }}>{tagged}</View>
    </Page>
  );
  const { pdf, pages } = await renderWithLayout([page], { date });
  const fragments = pages.map((p) =>
    (p.children?.[0]?.children ?? []).map((n: LayoutNode & { props?: { id?: string } }) => ({ block: Number(n.props?.id?.slice(1) ?? -1), height: n.box?.height ?? 0 })),
  );
  return { pdf, fragments };
}

export function galleyOf(g: Geometry, { pdf, fragments }: GalleyData): Galley {
  return {
    pdf,
    legs: fragments.length,
    after(n) {
      if (n >= fragments.length) return undefined;
      const first = fragments[n]!.find((f) => f.block >= 0);
      if (!first) return undefined;
      let offset = 0;
      for (let i = 0; i < n; i++) for (const f of fragments[i]!) if (f.block === first.block) offset += f.height;
      return { block: first.block, offset: Math.round(offset * 1000) / 1000 };
    },
    legLines(i) {
      const height = (fragments[i] ?? []).reduce((sum, f) => sum + f.height, 0);
      return Math.ceil(height / g.leading - 0.01);
    },
    linesAfter(n) {
      const height = fragments.slice(n).flat().reduce((sum, f) => sum + f.height, 0);
      return Math.ceil(height / g.leading - 0.01);
    },
  };
}
