/** Where photos go and how big: shared by measuring, planning and the frames, so they agree. */
import type { Article } from '../content/article.js';
import { imageKey, type ImageIndex } from '../images/references.js';
import { type Geometry, spanWidth } from './template.js';

export interface PhotoBox {
  key: string;
  source: { file: string; width: number; height: number };
  width: number;
  height: number;
  caption?: string;
  credit?: string;
}

/** The lead photo, across the module (or `span` columns of it), height from its aspect, capped. */
export function headerPhoto(g: Geometry, article: Article, images: ImageIndex, span: number, lead: boolean): PhotoBox | undefined {
  const ref = article.frontMatter.images?.[0];
  const image = images.get(imageKey(article.slug, 0));
  if (!ref || !image) return undefined;
  const cols = Math.min(span, ref.span ?? span);
  const width = spanWidth(g, cols);
  // Photo height as a share of the page, by weight of the story: the lead and photo stories get most.
  const share = article.frontMatter.kind === 'foto' ? 0.42 : lead ? 0.3 : article.frontMatter.priority <= 2 ? 0.26 : 0.2;
  const height = Math.round(Math.min(width * (image.info.height / image.info.width), g.lines * g.leading * share));
  return { key: imageKey(article.slug, 0), source: { file: image.file, ...image.info }, width: Math.round(width * 100) / 100, height, caption: ref.caption, credit: ref.credit };
}

/** Further photos sit in a text column, a whole number of grid lines tall. */
export function galleyPhotos(g: Geometry, article: Article, images: ImageIndex): PhotoBox[] {
  return (article.frontMatter.images ?? []).slice(1).flatMap((ref, i) => {
    const image = images.get(imageKey(article.slug, i + 1));
    if (!image) return [];
    const lines = Math.max(4, Math.round((g.columnWidth * (image.info.height / image.info.width)) / g.leading));
    const caption = [ref.caption, ref.credit ? `Foto: ${ref.credit}` : ''].filter(Boolean).join(' ');
    return [{ key: imageKey(article.slug, i + 1), source: { file: image.file, ...image.info }, width: Math.round(g.columnWidth * 100) / 100, height: lines * g.leading, caption }];
  });
}
