/**
 * Photos for print: auto-oriented (react-pdf ignores EXIF), cropped to the placed box, resized to the
 * profile's ppi, JPEG out, optionally grayscale. Cached on disk by content hash + size + profile, so
 * a rebuild does no image work for unchanged photos.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { MAX_IMAGE_PIXELS } from './inspect.js';

export interface PrintProfile {
  id: 'offset' | 'koran' | 'kantor';
  /** Target resolution of placed photos. */
  ppi: number;
  grayscale: boolean;
  marks: boolean;
  /** Below this effective resolution review warns; below `errorPpi` it is an error. */
  warnPpi: number;
  errorPpi: number;
}

export const PROFILES: Record<PrintProfile['id'], PrintProfile> = {
  offset: { id: 'offset', ppi: 300, grayscale: false, marks: true, warnPpi: 200, errorPpi: 150 },
  koran: { id: 'koran', ppi: 200, grayscale: true, marks: true, warnPpi: 150, errorPpi: 120 },
  kantor: { id: 'kantor', ppi: 200, grayscale: false, marks: false, warnPpi: 150, errorPpi: 100 },
};

export interface PreparedPhoto {
  file: string;
  /** Effective resolution of the source at its placed size. */
  ppi: number;
  cached: boolean;
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

export async function preparePhoto(
  source: { file: string; width: number; height: number },
  box: { width: number; height: number },
  profile: PrintProfile,
  cacheDir: string,
): Promise<PreparedPhoto> {
  const widthPx = Math.max(1, Math.round((box.width / 72) * profile.ppi));
  const heightPx = Math.max(1, Math.round((box.height / 72) * profile.ppi));
  // Cover-crop: the limiting side of the source decides the effective resolution.
  const scale = Math.max(box.width / source.width, box.height / source.height);
  const ppi = Math.round(72 / scale);
  const key = createHash('sha256')
    .update(`${await contentHash(source.file)}:${widthPx}x${heightPx}:${profile.id}:${profile.grayscale}:v1`)
    .digest('hex')
    .slice(0, 32);
  const target = path.join(cacheDir, `${key}.jpg`);
  try {
    await stat(target);
    return { file: target, ppi, cached: true };
  } catch {
    // Not cached yet.
  }
  await mkdir(cacheDir, { recursive: true });
  let pipeline = sharp(source.file, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error', animated: false })
    .rotate()
    .resize(widthPx, heightPx, { fit: 'cover', position: 'centre', withoutEnlargement: false })
    .toColourspace('srgb');
  if (profile.grayscale) pipeline = pipeline.grayscale();
  const data = await pipeline.jpeg({ quality: 88, chromaSubsampling: '4:4:4', mozjpeg: false }).toBuffer();
  const temp = `${target}.${process.pid}.tmp`;
  await writeFile(temp, data);
  await rename(temp, target);
  return { file: target, ppi, cached: false };
}
