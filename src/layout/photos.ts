/** Where photos go and how big: shared by measuring, planning and the frames, so they agree. */
import type { Article } from '../content/article.js';
import type { ImageRef } from '../content/schema.js';
import type { PhotoSource } from '../images/prepare.js';
import { imageKey, type ImageIndex, type ResolvedImage } from '../images/references.js';
import { type Geometry, spanWidth } from './template.js';

export interface PhotoBox {
  key: string;
  /** The picture, upright size, and the front-matter's focus point for the crop (if any). */
  source: PhotoSource;
  width: number;
  height: number;
  caption?: string;
  credit?: string;
}

const sourceOf = (image: ResolvedImage, ref: ImageRef): PhotoSource => ({ file: image.file, width: image.info.width, height: image.info.height, ...(ref.focus ? { focus: ref.focus } : {}) });

/**
 * Share of its width (its height) a taller (lower) crop may still keep of a picture, the tallest a
 * photo may be (share of the page), and the share of its height a photo story's photo keeps.
 */
const MIN_CROP_WIDTH = 0.62;
const MAX_PHOTO_SHARE = 0.5;
const PHOTO_STORY_KEEPS = 0.75;

/**
 * The lead photo, across the module (or `span` columns of it), height from its aspect, capped;
 * `extraLines` make it taller to close the space under its module (the planner's `photoExtra`).
 */
export function headerPhoto(g: Geometry, article: Article, images: ImageIndex, span: number, lead: boolean, extraLines = 0): PhotoBox | undefined {
  const ref = article.frontMatter.images?.[0];
  const image = images.get(imageKey(article.slug, 0));
  if (!ref || !image) return undefined;
  const cols = Math.min(span, ref.span ?? span);
  const width = spanWidth(g, cols);
  // Photo height as a share of the page, by weight of the story: the lead and photo stories get most.
  const share = article.frontMatter.kind === 'foto' ? 0.42 : lead ? 0.3 : article.frontMatter.priority <= 2 ? 0.26 : 0.2;
  // The editor's layout.photoLines sets the height (within what the crop allows); the planner then leaves it as it is.
  const asked = article.frontMatter.layout?.photoLines;
  const natural = Math.round(Math.min(width * (image.info.height / image.info.width), g.lines * g.leading * share));
  const height = asked ? Math.min(asked * g.leading, Math.round(tallestPhoto(g, width, image.info))) : natural + extraLines * g.leading;
  return { key: imageKey(article.slug, 0), source: sourceOf(image, ref), width: Math.round(width * 100) / 100, height, caption: ref.caption, credit: ref.credit };
}

/** Whole lines the lead photo may grow: until the crop keeps too little of the picture's width, or it takes half the page. */
export function photoGrowthLines(g: Geometry, article: Article, images: ImageIndex, span: number, lead: boolean): number {
  const box = headerPhoto(g, article, images, span, lead);
  if (!box || article.frontMatter.layout?.photoLines) return 0;
  return Math.max(0, Math.floor((tallestPhoto(g, box.width, box.source) - box.height) / g.leading));
}

/**
 * Whole lines the lead photo of a module may lose to let its story fit whole: until the crop keeps
 * too little of the picture's height (as growing is limited by its width), and never below four
 * lines. A photo story's photo is its story: it keeps at least `PHOTO_STORY_KEEPS` of its height.
 * Not for a height the editor set.
 */
export function photoShrinkLines(g: Geometry, article: Article, images: ImageIndex, span: number): number {
  const box = headerPhoto(g, article, images, span, false);
  if (!box || article.frontMatter.layout?.photoLines) return 0;
  return Math.max(0, Math.floor((box.height - shortestPhoto(g, article, box)) / g.leading));
}

function shortestPhoto(g: Geometry, article: Article, box: PhotoBox): number {
  const crop = box.width * (box.source.height / box.source.width) * MIN_CROP_WIDTH;
  return Math.max(4 * g.leading, crop, article.frontMatter.kind === 'foto' ? box.height * PHOTO_STORY_KEEPS : 0);
}

/**
 * The heights a head photo may take at `span` columns (points), as growing and shrinking allow it;
 * one height when the editor set it in layout.photoLines.
 */
export function photoRange(g: Geometry, article: Article, images: ImageIndex, span: number): { lowest: number; tallest: number } | undefined {
  const box = headerPhoto(g, article, images, span, false);
  if (!box) return undefined;
  if (article.frontMatter.layout?.photoLines) return { lowest: box.height, tallest: box.height };
  return { lowest: Math.min(box.height, shortestPhoto(g, article, box)), tallest: Math.max(box.height, tallestPhoto(g, box.width, box.source)) };
}

/** The tallest a photo `width` wide may be: the crop keeps enough of the picture, and it stays under half the page. */
function tallestPhoto(g: Geometry, width: number, picture: { width: number; height: number }): number {
  return Math.min((width * (picture.height / picture.width)) / MIN_CROP_WIDTH, g.lines * g.leading * MAX_PHOTO_SHARE);
}

/** Further photos sit in a text column, a whole number of grid lines tall. */
export function galleyPhotos(g: Geometry, article: Article, images: ImageIndex): PhotoBox[] {
  return (article.frontMatter.images ?? []).slice(1).flatMap((ref, i) => {
    const image = images.get(imageKey(article.slug, i + 1));
    if (!image) return [];
    const lines = Math.max(4, Math.round((g.columnWidth * (image.info.height / image.info.width)) / g.leading));
    const caption = [ref.caption, ref.credit ? `Foto: ${ref.credit}` : ''].filter(Boolean).join(' ');
    return [{ key: imageKey(article.slug, i + 1), source: sourceOf(image, ref), width: Math.round(g.columnWidth * 100) / 100, height: lines * g.leading, caption }];
  });
}
