/**
 * Measures what planning needs, with the layout's own engine: body lines at column width and head
 * heights at every span. One react-pdf document, one small page per measurement, laid out and never
 * written.
 */
import { Page, View } from './primitives.js';
import type { ReactElement } from 'react';
import type { Article } from '../content/article.js';
import type { HouseMetrics, PlanArticle } from '../edition/plan.js';
import type { ImageIndex } from '../images/references.js';
import { articleBody } from './body.js';
import { ContinuationHeader, Headline, ModuleHeader } from './header.js';
import { FILLER_GAP, FillerContent, INDEX_GAP, STRIP_SPAN, IndexContent, type IndexEntry } from './frame.js';
import type { Filler } from './back-page-and-fillers.js';
import { galleyPhotos, headerPhoto, photoGrowthLines, photoShrinkLines } from './photos.js';
import { type LayoutNode, layOut } from './react-pdf-adapter.js';
import { bodyStyles } from './styles.js';
import { type Geometry, spanWidth } from './template.js';

const TALL = 14000;

/** Lines a block of `height` points takes, plus a gap of at least half a line below a head. */
export const toLines = (g: Pick<Geometry, 'leading'>, height: number, gap = 0): number => Math.ceil((height + gap) / g.leading - 0.01);

export async function measureArticles(g: Geometry, articles: readonly Article[], images: ImageIndex): Promise<PlanArticle[]> {
  const styles = bodyStyles(g);
  const spans = Array.from({ length: g.columns }, (_, i) => i + 1);
  const C = g.columns;
  // One tall page per article, its measured blocks stacked; each block's own box gives its height.
  const pages = articles.map((a) => {
    const photos = galleyPhotos(g, a, images).map((p) => ({ file: p.source.file, lines: Math.round(p.height / g.leading), caption: p.caption ?? '' }));
    return (
      <Page key={a.slug} size={[spanWidth(g, C), TALL]} wrap={false}>
        <View style={{ width: g.columnWidth }}>{articleBody(a, { geometry: g, styles, photos }) as ReactElement[]}</View>
        {spans.map((s) => <ModuleHeader key={`h${s}`} article={a} g={g} width={spanWidth(g, s)} span={s} photo={headerPhoto(g, a, images, s, false)} />)}
        {spans.map((s) => <ContinuationHeader key={`c${s}`} article={a} g={g} width={spanWidth(g, s)} fromPage={88} />)}
        <ModuleHeader article={a} g={g} width={spanWidth(g, C)} span={C} lead photo={headerPhoto(g, a, images, C, true)} />
        {spans.map((s) => <View key={`t${s}`} style={{ width: spanWidth(g, s) }}><Headline article={a} g={g} span={s} /></View>)}
      </Page>
    );
  });
  const { pages: laidOut } = await layOut(pages, { date: new Date(0) });
  return articles.map((a, i) => {
    const children = laidOut[i]!.children ?? [];
    const heights = children.map((n) => n.box?.height ?? 0);
    const lineCount = (n: (typeof children)[number] | undefined) => n?.children?.[0]?.lines?.length ?? 0;
    const at = (j: number) => heights[j]!;
    return {
      slug: a.slug,
      file: a.file,
      title: a.frontMatter.title,
      section: a.frontMatter.section,
      kind: a.frontMatter.kind,
      priority: a.frontMatter.priority,
      date: a.frontMatter.date,
      bodyLines: toLines(g, at(0)),
      blockLines: toLines(g, Math.max(0, ...(children[0]?.children ?? []).filter((n: LayoutNode & { props?: { wrap?: boolean } }) => n.props?.wrap === false).map((n) => n.box?.height ?? 0))),
      headerLines: spans.map((s) => toLines(g, at(s), g.leading * 0.6)),
      continuationLines: spans.map((s) => toLines(g, at(C + s), g.leading * 0.5)),
      leadHeaderLines: toLines(g, at(2 * C + 1), g.leading * 0.6),
      headlineLines: spans.map((s) => lineCount(children[2 * C + 1 + s])),
      photoGrowth: spans.map((s) => photoGrowthLines(g, a, images, s, false)),
      photoShrink: spans.map((s) => photoShrinkLines(g, a, images, s)),
      leadPhotoGrowth: photoGrowthLines(g, a, images, C, true),
      photoTop: spans.map((s) => (headerPhoto(g, a, images, s, false) ? (children[s]?.children?.at(-1)?.box?.top ?? null) : null)),
      photoTail: spans.map((s) => {
        const photo = headerPhoto(g, a, images, s, false);
        const figure = children[s]?.children?.at(-1)?.box;
        return photo && figure ? Math.round((figure.height - photo.height) * 100) / 100 : null;
      }),
    };
  });
}

/** Lines each house box takes at every span, its text set as it will print. */
export async function measureFillers(g: Geometry, fillers: readonly Filler[]): Promise<HouseMetrics> {
  const spans = Array.from({ length: g.columns }, (_, i) => i + 1);
  const page = (
    <Page size={[spanWidth(g, g.columns), TALL]} wrap={false}>
      {fillers.flatMap((f, i) => spans.map((s) => <FillerContent key={`${i}/${s}`} g={g} span={s} filler={f} />))}
    </Page>
  );
  const { pages } = await layOut([page], { date: new Date(0) });
  const boxes = pages[0]!.children ?? [];
  // A strip (title beside the text) whose text takes one line reads as an empty box: not offered.
  const lonely = (n: LayoutNode | undefined, span: number) => span >= STRIP_SPAN && (n?.children?.[1]?.lines?.length ?? 0) < 2;
  return {
    fillerLines: fillers.map((_, i) =>
      spans.map((s) => {
        const box = boxes[i * spans.length + s - 1];
        return lonely(box, s) ? Number.POSITIVE_INFINITY : toLines(g, box?.box?.height ?? 0, FILLER_GAP * g.leading);
      }),
    ),
  };
}

/** Lines the index band on page 1 takes, the gap above it included. */
export async function measureIndex(g: Geometry, entries: readonly IndexEntry[]): Promise<number> {
  const page = (
    <Page size={[spanWidth(g, g.columns), TALL]} wrap={false}>
      <IndexContent g={g} entries={entries} />
    </Page>
  );
  const { pages } = await layOut([page], { date: new Date(0) });
  return toLines(g, pages[0]!.children?.[0]?.box?.height ?? 0, INDEX_GAP * g.leading);
}
