/**
 * Galleys: an article's body rendered as react-pdf pages exactly one column wide and one leg tall,
 * so react-pdf's own line breaking, justification, hyphenation and widow/orphan control decide where
 * each leg ends. A continuation galley starts where the previous part stopped: a paragraph cut between
 * legs continues with the text its shown lines did not hold, so the PDF holds every word once; a
 * block that cannot be cut by text (a list, a table) is pulled up by the height already shown and
 * clipped.
 */
import { Page, Text, View } from './primitives.js';
import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { type LayoutNode, layOut } from './react-pdf-adapter.js';
import type { Geometry } from './template.js';

/** Where a galley starts: a top-level body block and the points of it already shown. */
export interface TextPosition {
  block: number;
  offset: number;
  /** The text of the lines of `block` already shown (textkit's line strings, hyphens included). */
  shown?: string;
}

export interface Galley {
  /** The galley's PDF, one page per leg; written on first use (most settings tried are never placed). */
  pdf(): Promise<Buffer>;
  legs: number;
  /** Where the text continues after the first `n` legs; undefined when it ends within them. */
  after(n: number): TextPosition | undefined;
  /** Lines of text set on the legs after the first `n`. */
  linesAfter(n: number): number;
  /** Lines the text fills on leg `i` (0 when the text ended before it). */
  legLines(i: number): number;
  /** Lines of the tallest block not cut by text (a photo, a pull quote): no leg can be shorter. */
  tallestBlock(): number;
  /** The text lines set on leg `i`, as textkit set them (hyphens it added included). */
  textLines(i: number): string[];
}

export const START: TextPosition = { block: 0, offset: 0 };

/** Per leg, the body blocks of a galley with their heights. `carried`: the first of `lines` is the text of a paragraph's lines shown on an earlier page. */
export type Fragments = { block: number; height: number; lines?: string[]; carried?: boolean }[][];

/** A galley laid out: its fragments, and its PDF to be written. */
export interface LaidOutGalley {
  fragments: Fragments;
  render(): Promise<Buffer>;
}

/** The characters of an element's text, in order (what textkit sets for it). */
function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return '';
}

/** `node` without its first `count` characters; the count left to drop goes back with it. */
function dropText(node: ReactNode, count: number): [ReactNode, number] {
  if (count <= 0) return [node, 0];
  if (typeof node === 'string' || typeof node === 'number') {
    const text = String(node);
    return text.length <= count ? [null, count - text.length] : [text.slice(count), 0];
  }
  if (Array.isArray(node)) {
    const out: ReactNode[] = [];
    let left = count;
    for (const child of node) {
      const [rest, remaining] = dropText(child, left);
      left = remaining;
      if (rest !== null) out.push(rest);
    }
    return [out, left];
  }
  if (isValidElement<{ children?: ReactNode }>(node)) {
    const [rest, remaining] = dropText(Children.toArray(node.props.children), count);
    return [textOf(rest) ? cloneElement(node, {}, rest) : null, remaining];
  }
  return [node, count];
}

/**
 * The rest of a paragraph after the lines already set: `shown` is matched against the paragraph's
 * text, skipping the hyphens textkit inserted at line ends and differences in white space.
 * Undefined when they do not match (then the galley falls back to pulling the block up).
 */
export function paragraphRest(block: ReactElement, shown: string): ReactElement | undefined {
  if (block.type !== Text) return undefined;
  const source = textOf((block.props as { children?: ReactNode }).children);
  let i = 0;
  for (let j = 0; j < shown.length; ) {
    if (source[i] === shown[j]) {
      i++;
      j++;
    } else if (shown[j] === '-' || /\s/.test(shown[j]!)) j++;
    else if (/\s/.test(source[i] ?? '')) i++;
    else return undefined;
  }
  while (/\s/.test(source[i] ?? '')) i++;
  if (i >= source.length) return undefined;
  const props = block.props as { children?: ReactNode; style?: object };
  const [rest] = dropText(Children.toArray(props.children), i);
  return cloneElement(block, { style: { ...props.style, textIndent: 0 } } as Record<string, unknown>, rest);
}

export async function layOutGalley(g: Geometry, blocks: readonly ReactElement[], legLines: number, from: TextPosition, date: Date): Promise<LaidOutGalley> {
  const rest = from.shown ? paragraphRest(blocks[from.block]!, from.shown) : undefined;
  const own = rest ? [rest, ...blocks.slice(from.block + 1)] : blocks.slice(from.block);
  const tagged = own.map((b, i) => cloneElement(b, { id: `b${from.block + i}`, key: `b${from.block + i}` } as Record<string, unknown>));
  const page = (
    <Page size={[g.columnWidth, legLines * g.leading]}>
      <View style={{ marginTop: rest ? 0 : -from.offset }}>{tagged}</View>
    </Page>
  );
  const { pages, render } = await layOut([page], { date });
  const fragments = pages.map((p) =>
    (p.children?.[0]?.children ?? []).map((n: LayoutNode & { props?: { id?: string } }) => {
      const lines = (n.lines as { string?: string }[] | undefined)?.map((l) => l.string ?? '');
      // A block's margins (a subhead's line above it, the lines around an in-column photo) take leg lines too.
      const height = (n.box?.height ?? 0) + (n.box?.marginTop ?? 0) + (n.box?.marginBottom ?? 0);
      return { block: Number(n.props?.id?.slice(1) ?? -1), height, ...(lines?.length ? { lines } : {}) };
    }),
  );
  // A continuation that starts with the rest of a paragraph: its first block's lines follow the shown ones.
  const head = rest && from.shown ? fragments.flat().find((f) => f.block === from.block && f.lines) : undefined;
  if (head) Object.assign(head, { lines: [from.shown!, ...head.lines!], carried: true });
  return { fragments, render };
}

export function galleyOf(g: Geometry, fragments: Fragments, pdf: () => Promise<Buffer>): Galley {
  /** Whole grid lines a height of `points` takes (rounding noise of react-pdf's boxes aside). */
  const toLines = (points: number) => Math.ceil(points / g.leading - 0.01);
  return {
    pdf,
    legs: fragments.length,
    after(n) {
      if (n >= fragments.length) return undefined;
      const first = fragments[n]!.find((f) => f.block >= 0);
      if (!first) return undefined;
      let offset = 0;
      const shown: string[] = [];
      let cuttable = true;
      for (let i = 0; i < n; i++) {
        for (const f of fragments[i]!) {
          if (f.block !== first.block) continue;
          offset += f.height;
          if (f.lines) shown.push(...f.lines);
          else cuttable = false;
        }
      }
      return { block: first.block, offset: Math.round(offset * 1000) / 1000, ...(cuttable && shown.length ? { shown: shown.join('') } : {}) };
    },
    legLines(i) {
      return toLines((fragments[i] ?? []).reduce((sum, f) => sum + f.height, 0));
    },
    textLines(i) {
      return (fragments[i] ?? []).flatMap((f) => (f.lines ? (f.carried ? f.lines.slice(1) : f.lines) : []));
    },
    tallestBlock() {
      return toLines(Math.max(0, ...fragments.flat().filter((f) => !f.lines).map((f) => f.height)));
    },
    linesAfter(n) {
      return toLines(fragments.slice(n).flat().reduce((sum, f) => sum + f.height, 0));
    },
  };
}
