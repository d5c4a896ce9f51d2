/**
 * Photos for print: auto-oriented (react-pdf ignores EXIF), cropped to the placed box, resized to the
 * profile's ppi, JPEG out, optionally grayscale. Cached on disk by content hash + size + profile +
 * crop, so a rebuild does no image work for unchanged photos.
 *
 * The crop keeps the subject: with a focus point from the front-matter the window (of the box's
 * aspect, as large as the picture allows) is centred on it and kept inside the picture; without one
 * libvips' attention strategy (edges, skin tones, saturated colour) places it. On the sample scenes
 * attention kept the people that the centre cut at the shoulders and entropy dropped altogether.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadSharp } from './sharp.js';
import { MAX_IMAGE_PIXELS } from './inspect.js';

export interface PrintProfile {
  id: 'offset' | 'koran' | 'kantor';
  /** Target resolution of placed photos. */
  ppi: number;
  grayscale: boolean;
  /** Photos are separated to CMYK (libvips' built-in profile, see `CMYK_PROFILE`); body text stays K only. */
  cmyk: boolean;
  marks: boolean;
  /** Below this effective resolution review warns; below `errorPpi` it is an error. */
  warnPpi: number;
  errorPpi: number;
}

export const PROFILES: Record<PrintProfile['id'], PrintProfile> = {
  offset: { id: 'offset', ppi: 300, grayscale: false, cmyk: true, marks: true, warnPpi: 200, errorPpi: 150 },
  koran: { id: 'koran', ppi: 200, grayscale: true, cmyk: false, marks: true, warnPpi: 150, errorPpi: 120 },
  kantor: { id: 'kantor', ppi: 200, grayscale: false, cmyk: false, marks: false, warnPpi: 150, errorPpi: 100 },
};

/**
 * libvips' built-in CMYK profile ("Chemical proof", Graeme Gill / Argyll, public domain; a generic
 * coated-offset characterisation, not FOGRA39). `cmykProfile()` returns its bytes for the output intent.
 */
export const CMYK_PROFILE = 'cmyk';

let cmykIcc: Promise<Buffer> | undefined;

/** The ICC bytes of `CMYK_PROFILE`, read back from a 1-pixel JPEG that carries it. */
export function cmykProfile(): Promise<Buffer> {
  cmykIcc ??= loadSharp().then(async (sharp) => {
    const jpeg = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#ffffff' } })
      .withIccProfile(CMYK_PROFILE)
      .jpeg()
      .toBuffer();
    const { icc } = await sharp(jpeg).metadata();
    if (!icc) throw new Error('libvips gave no CMYK profile');
    return icc;
  });
  return cmykIcc;
}

export interface PreparedPhoto {
  file: string;
  /** Effective resolution of the source at its placed size. */
  ppi: number;
  cached: boolean;
}

/** A point of the upright picture as fractions of its size, 0,0 = top left (the front-matter's `focus`). */
export interface FocusPoint {
  x: number;
  y: number;
}

export interface PhotoSource {
  file: string;
  /** Pixel size after EXIF orientation. */
  width: number;
  height: number;
  focus?: FocusPoint;
}

/** Where the crop window lies in the upright picture, in pixels. */
export interface CropWindow {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The largest window of the box's aspect that fits the picture, centred on `focus` and moved back
 * inside the picture where the focus is near an edge.
 */
export function cropWindow(picture: { width: number; height: number }, box: { width: number; height: number }, focus: FocusPoint): CropWindow {
  const aspect = box.width / box.height;
  const wide = picture.width / picture.height > aspect;
  const width = Math.max(1, Math.min(picture.width, wide ? Math.round(picture.height * aspect) : picture.width));
  const height = Math.max(1, Math.min(picture.height, wide ? picture.height : Math.round(picture.width / aspect)));
  const place = (at: number, size: number, extent: number) => Math.min(extent - size, Math.max(0, Math.round(at * extent - size / 2)));
  const unit = (v: number) => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0.5);
  return { left: place(unit(focus.x), width, picture.width), top: place(unit(focus.y), height, picture.height), width, height };
}

const hashes = new Map<string, string>();

async function contentHash(file: string): Promise<string> {
  const s = await stat(file);
  const key = `${file}:${s.size}:${s.mtimeMs}`;
  let h = hashes.get(key);
  if (!h) {
    h = createHash('sha256').update(await readFile(file)).digest('hex');
    hashes.set(key, h);
  }
  return h;
}

let tempCount = 0;

export async function preparePhoto(
  source: PhotoSource,
  box: { width: number; height: number },
  profile: PrintProfile,
  cacheDir: string,
): Promise<PreparedPhoto> {
  const widthPx = Math.max(1, Math.round((box.width / 72) * profile.ppi));
  const heightPx = Math.max(1, Math.round((box.height / 72) * profile.ppi));
  // Cover-crop: the limiting side of the source decides the effective resolution.
  const scale = Math.max(box.width / source.width, box.height / source.height);
  const ppi = Math.round(72 / scale);
  const crop = source.focus ? `fokus=${source.focus.x},${source.focus.y}` : 'attention';
  const key = createHash('sha256')
    .update(`${await contentHash(source.file)}:${widthPx}x${heightPx}:${profile.id}:${profile.grayscale}:${crop}:v2${profile.cmyk ? ':cmyk' : profile.grayscale ? ':b-w' : ''}`)
    .digest('hex')
    .slice(0, 32);
  const target = path.join(cacheDir, `${key}.jpg`);
  /** The crop of the box from the picture, `w` × `h` pixels. */
  const cropped = async (w: number, h: number) => {
    const sharp = await loadSharp();
    const open = () => sharp(source.file, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error', animated: false });
    const pipeline = open().rotate();
    if (!source.focus) return pipeline.resize(w, h, { fit: 'cover', position: sharp.strategy.attention, withoutEnlargement: false });
    // The window is worked out on the picture as it is on disk now (upright), not on the size the
    // caller inspected earlier, so `extract` can never reach outside it. Auto-orientation runs before
    // the extract; the resize then only scales (the window already has the box's aspect, give or take
    // a pixel of rounding, which `cover` absorbs).
    const meta = await open().metadata();
    const picture = { width: meta.autoOrient?.width ?? meta.width ?? source.width, height: meta.autoOrient?.height ?? meta.height ?? source.height };
    return pipeline.extract(cropWindow(picture, box, source.focus)).resize(w, h, { fit: 'cover', position: 'centre', withoutEnlargement: false });
  };
  let cached = true;
  let data: Buffer;
  try {
    data = await readFile(target);
  } catch {
    cached = false;
    await mkdir(cacheDir, { recursive: true });
    let pipeline = await cropped(widthPx, heightPx);
    // Gray for koran as a one-channel JPEG (DeviceGray in the PDF): `grayscale()` under a forced sRGB
    // output gave three equal channels, i.e. DeviceRGB. CMYK for offset is separated here, through
    // libvips' built-in CMYK profile (the one finishing embeds as the output intent), not attached to
    // the JPEG: react-pdf copies JPEG bytes into the PDF as they are, and the profile is about 1 MB.
    // The JPEG comes out Adobe-style (inverted, APP14 marker); pdfkit writes DeviceCMYK with
    // /Decode [1 0 1 0 1 0 1 0] for it, which is what such a JPEG needs.
    if (profile.grayscale) pipeline = pipeline.toColourspace('b-w');
    else if (profile.cmyk) pipeline = pipeline.withIccProfile(CMYK_PROFILE, { attach: false });
    else pipeline = pipeline.toColourspace('srgb');
    data = await pipeline.jpeg({ quality: 88, chromaSubsampling: '4:4:4', mozjpeg: false }).toBuffer();
    await writeAtomic(target, data);
  }
  // The page previews draw this small sRGB copy in its place: decoding the print JPEGs of 24 pages
  // takes longer than drawing the pages. Named by the print JPEG's bytes, which the PDF holds as they are.
  const thumbnail = previewThumbnail(cacheDir, data);
  try {
    await stat(thumbnail);
  } catch {
    const w = Math.max(1, Math.round((box.width / 72) * PREVIEW_PPI));
    const h = Math.max(1, Math.round((box.height / 72) * PREVIEW_PPI));
    let small = await cropped(w, h);
    small = profile.grayscale ? small.toColourspace('b-w') : small.toColourspace('srgb');
    await writeAtomic(thumbnail, await small.jpeg({ quality: 80 }).toBuffer());
  }
  return { file: target, ppi, cached };
}

/** The photo cache under the layout's cache folder: print photos, and their preview copies in pratinjau/. */
export const PHOTO_CACHE = 'foto';

/** Pixels per inch of the preview copies of photos; the page previews are drawn at half this (40 dpi). */
export const PREVIEW_PPI = 80;

/** Where the preview copy of a photo whose print JPEG is `jpeg` is kept. */
export function previewThumbnail(cacheDir: string, jpeg: Uint8Array): string {
  return path.join(cacheDir, 'pratinjau', `${createHash('sha256').update(jpeg).digest('hex').slice(0, 32)}.jpg`);
}

/** Photos are prepared in parallel: the same crop asked twice at once writes two temp files. */
async function writeAtomic(file: string, data: Buffer): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${(tempCount += 1)}.tmp`;
  await writeFile(temp, data);
  await rename(temp, file);
}
