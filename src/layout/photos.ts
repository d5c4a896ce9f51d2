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
  const crop = box.width * (box.source.height / box.source.width) * MIN_CROP_WIDTH;
  const shortest = Math.max(4 * g.leading, crop, article.frontMatter.kind === 'foto' ? box.height * PHOTO_STORY_KEEPS : 0);
  return Math.max(0, Math.floor((box.height - shortest) / g.leading));
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

/** A module's head photo as placed: the module's place on its page, and where the photo begins below its top (points). */
export interface PlacedHeadPhoto {
  at: { page: number; col: number; span: number; top: number };
  box: PhotoBox;
  top: number;
}

/**
 * Photos side by side (modules that begin on the same line of a page, next to each other) line up:
 * one top, the lowest of theirs, and one height, down to the highest bottom; each crop follows. A
 * photo that begins lower than its head's text would put it starts `inset` points further down, and
 * its head keeps its height, so the text below does not move. A row whose photos end more than
 * `slack` points apart (heads of different heights: lining them up would leave white under a
 * caption), or that would leave a photo under `minHeight` points, is left as it is.
 */
export function alignPhotoRows(heads: readonly PlacedHeadPhoto[], minHeight: number, slack: number): Map<PlacedHeadPhoto, { height: number; inset: number }> {
  const sorted = [...heads].sort((x, y) => x.at.page - y.at.page || x.at.top - y.at.top || x.at.col - y.at.col);
  const rows: PlacedHeadPhoto[][] = [];
  for (const h of sorted) {
    const row = rows.at(-1);
    const last = row?.at(-1);
    if (row && last && last.at.page === h.at.page && last.at.top === h.at.top && last.at.col + last.at.span === h.at.col) row.push(h);
    else rows.push([h]);
  }
  const aligned = new Map<PlacedHeadPhoto, { height: number; inset: number }>();
  for (const row of rows.filter((r) => r.length > 1)) {
    const top = Math.max(...row.map((h) => h.top));
    const bottoms = row.map((h) => h.top + h.box.height);
    const height = Math.min(...bottoms) - top;
    if (height < minHeight || Math.max(...bottoms) - Math.min(...bottoms) > slack) continue;
    for (const h of row) aligned.set(h, { height: Math.round(height * 100) / 100, inset: Math.round((top - h.top) * 100) / 100 });
  }
  return aligned;
}
