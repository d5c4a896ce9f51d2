/**
 * Photos for screens: cropped to a fixed aspect around the front-matter's focus (the same window as
 * print, images/prepare.ts `cropWindow`; without a focus libvips' attention strategy), in a few
 * widths as WebP and JPEG, never enlarged. Cached on disk by content hash and spec, so a rebuild
 * of an unchanged edition does no image work; the files are copied into each site build.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadSharp } from '../images/sharp.js';
import { cropWindow, type FocusPoint } from '../images/prepare.js';
import { MAX_IMAGE_PIXELS } from '../images/inspect.js';

export interface PhotoSpec {
  /** Width : height of the crop. */
  aspect: [number, number];
  /** Pixel widths wanted; those wider than the crop are dropped (never enlarged). */
  widths: readonly number[];
  formats: readonly ('webp' | 'jpeg')[];
}

export interface Rendition {
  width: number;
  height: number;
  format: 'webp' | 'jpeg';
  data: Buffer;
}

export interface PhotoInput {
  file: string;
  /** Upright pixel size. */
  width: number;
  height: number;
  focus?: FocusPoint;
}

/** Bumped when the encoder settings change, so old cache entries are not reused. */
const VERSION = 'w1';

async function contentKey(file: string): Promise<string> {
  return createHash('sha256').update(await readFile(file)).digest('hex');
}

/** The widths that will be made for a picture of this size (for srcset before the files exist). */
export function plannedWidths(input: { width: number; height: number }, spec: PhotoSpec): { width: number; height: number }[] {
  const window = cropWindow(input, { width: spec.aspect[0], height: spec.aspect[1] }, { x: 0.5, y: 0.5 });
  const usable = spec.widths.filter((w) => w <= window.width);
  const widths = usable.length ? usable : [window.width];
  return widths.map((w) => ({ width: w, height: Math.round((w * spec.aspect[1]) / spec.aspect[0]) }));
}

async function encode(input: PhotoInput, spec: PhotoSpec): Promise<Rendition[]> {
  const sharp = await loadSharp();
  const open = () => sharp(input.file, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error', animated: false });
  const meta = await open().metadata();
  const picture = { width: meta.autoOrient?.width ?? meta.width ?? input.width, height: meta.autoOrient?.height ?? meta.height ?? input.height };
  const sizes = plannedWidths(picture, spec);
  const largest = sizes.at(-1)!;
  // One decode: the crop at the largest size, as raw pixels; the smaller sizes are scaled from it.
  let pipeline = open().rotate();
  if (input.focus) {
    // Scale first (libvips then shrinks the JPEG while decoding), then cut the focus window out of
    // the scaled picture: the same window as print, in scaled pixels.
    const window = cropWindow(picture, { width: spec.aspect[0], height: spec.aspect[1] }, input.focus);
    const scale = largest.width / window.width;
    const scaled = { width: Math.max(largest.width, Math.round(picture.width * scale)), height: Math.max(largest.height, Math.round(picture.height * scale)) };
    const left = Math.min(scaled.width - largest.width, Math.round(window.left * scale));
    const top = Math.min(scaled.height - largest.height, Math.round(window.top * scale));
    pipeline = pipeline.resize(scaled.width, scaled.height, { fit: 'fill' }).extract({ left, top, width: largest.width, height: largest.height });
  } else {
    pipeline = pipeline.resize(largest.width, largest.height, { fit: 'cover', position: sharp.strategy.attention });
  }
  const crop = await pipeline.toColourspace('srgb').removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const out: Rendition[] = [];
  for (const { width, height } of sizes) {
    const sized = sharp(crop.data, { raw: { width: crop.info.width, height: crop.info.height, channels: crop.info.channels } }).resize(width, height, { fit: 'fill' });
    for (const format of spec.formats) {
      const data = await (format === 'webp' ? sized.clone().webp({ quality: 72, effort: 2 }) : sized.clone().jpeg({ quality: 78, progressive: true })).toBuffer();
      out.push({ width, height, format, data });
    }
  }
  return out;
}

/** Renditions of one photo, from the cache when the same photo was made with the same spec before. */
export async function renditions(input: PhotoInput, spec: PhotoSpec, cacheDir: string): Promise<Rendition[]> {
  const crop = input.focus ? `fokus=${input.focus.x},${input.focus.y}` : 'attention';
  const key = createHash('sha256').update(`${await contentKey(input.file)}:${spec.aspect.join('x')}:${spec.widths.join(',')}:${spec.formats.join(',')}:${crop}:${VERSION}`).digest('hex').slice(0, 32);
  const index = path.join(cacheDir, `${key}.json`);
  try {
    const listed = JSON.parse(await readFile(index, 'utf8')) as Omit<Rendition, 'data'>[];
    return await Promise.all(listed.map(async (r) => ({ ...r, data: await readFile(path.join(cacheDir, `${key}-${r.width}.${r.format === 'jpeg' ? 'jpg' : 'webp'}`)) })));
  } catch {
    // Not cached yet (or an entry half gone): make it.
  }
  const made = await encode(input, spec);
  await mkdir(cacheDir, { recursive: true });
  for (const r of made) {
    const file = path.join(cacheDir, `${key}-${r.width}.${r.format === 'jpeg' ? 'jpg' : 'webp'}`);
    await writeFile(`${file}.${process.pid}.tmp`, r.data);
    await rename(`${file}.${process.pid}.tmp`, file);
  }
  // The index last: an entry is used only when all its files were written.
  await writeFile(`${index}.${process.pid}.tmp`, JSON.stringify(made.map(({ data: _, ...r }) => r)));
  await rename(`${index}.${process.pid}.tmp`, index);
  return made;
}
