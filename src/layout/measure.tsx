/**
 * Measures what planning needs, with the layout's own engine: body lines at column width and head
 * heights at every span. One react-pdf document, one small page per measurement.
 */
import { Page, View } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import type { Article } from '../content/article.js';
import type { PlanArticle } from '../edition/plan.js';
import type { ImageIndex } from '../images/references.js';
import { articleBody } from './body.js';
import { ContinuationHeader, ModuleHeader } from './header.js';
import { galleyPhotos, headerPhoto } from './photos.js';
import { firstChildHeight, renderWithLayout } from './react-pdf-adapter.js';
import { bodyStyles } from './styles.js';
import { type Geometry, spanWidth } from './template.js';

const TALL = 14000;

/** Lines a block of `height` points takes, plus a gap of at least half a line below a head. */
export const toLines = (g: Geometry, height: number, gap = 0): number => Math.ceil((height + gap) / g.leading - 0.01);

export async function measureArticles(g: Geometry, articles: readonly Article[], images: ImageIndex): Promise<PlanArticle[]> {
  const styles = bodyStyles(g);
  const pages: ReactElement[] = [];
  const spans = Array.from({ length: g.columns }, (_, i) => i + 1);
  const page = (key: string, width: number, content: ReactElement | ReactElement[]) => (
    <Page key={key} size={[width, TALL]} wrap={false}>
      <View>{content}</View>
    </Page>
  );
  for (const a of articles) {
    const photos = galleyPhotos(g, a, images).map((p) => ({ file: p.source.file, lines: Math.round(p.height / g.leading), caption: p.caption ?? '' }));
    pages.push(page(`${a.slug}-body`, g.columnWidth, articleBody(a, { geometry: g, styles, photos }) as ReactElement[]));
    for (const s of spans) pages.push(page(`${a.slug}-h${s}`, spanWidth(g, s), <ModuleHeader article={a} g={g} width={spanWidth(g, s)} span={s} photo={headerPhoto(g, a, images, s, false)} />));
    for (const s of spans) pages.push(page(`${a.slug}-c${s}`, spanWidth(g, s), <ContinuationHeader article={a} g={g} width={spanWidth(g, s)} fromPage={88} />));
    const C = g.columns;
    pages.push(page(`${a.slug}-lead`, spanWidth(g, C), <ModuleHeader article={a} g={g} width={spanWidth(g, C)} span={C} lead photo={headerPhoto(g, a, images, C, true)} />));
  }
  const { pages: laidOut } = await renderWithLayout(pages, { date: new Date(0) });
  const per = 2 + 2 * g.columns;
  return articles.map((a, i) => {
    const at = (j: number) => firstChildHeight(laidOut[i * per + j]!);
    return {
      slug: a.slug,
      file: a.file,
      title: a.frontMatter.title,
      section: a.frontMatter.section,
      kind: a.frontMatter.kind,
      priority: a.frontMatter.priority,
      date: a.frontMatter.date,
      bodyLines: toLines(g, at(0)),
      headerLines: spans.map((s) => toLines(g, at(s), g.leading * 0.6)),
      continuationLines: spans.map((s) => toLines(g, at(g.columns + s), g.leading * 0.5)),
      leadHeaderLines: toLines(g, at(per - 1), g.leading * 0.6),
    };
  });
}
