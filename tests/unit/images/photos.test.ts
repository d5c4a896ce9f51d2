import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectImage, type ImageInfo } from '../../../src/images/inspect.js';
import { preparePhoto, PREVIEW_PPI, previewThumbnail, PROFILES } from '../../../src/images/prepare.js';

/** The offset resolution in RGB: these tests look at crop geometry and colour in sRGB pixels (offset itself writes CMYK). */
const RGB_300 = { ...PROFILES.offset, cmyk: false };

const dir = mkdtempSync(path.join(tmpdir(), 'jurnal-foto-'));
const cache = path.join(dir, 'cache');
const BOX = { width: 160, height: 100 };

async function info(file: string): Promise<ImageInfo> {
  const r = await inspectImage(file);
  if (!('info' in r)) throw new Error(r.problem.message);
  return r.info;
}

/** Mean sRGB colour of a region of the prepared JPEG, as fractions of its size. */
async function colourAt(file: string, x: number, y: number): Promise<number[]> {
  const { data, info: meta } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
  const px = Math.floor(x * meta.width);
  const py = Math.floor(y * meta.height);
  const i = (py * meta.width + px) * meta.channels;
  return [data[i]!, data[i + 1]!, data[i + 2]!];
}

const close = (actual: number[], expected: number[], tolerance = 24) => actual.every((v, i) => Math.abs(v - expected[i]!) <= tolerance);

describe('photos from cameras and phones come out as sRGB JPEG the right way up', () => {
  beforeAll(async () => {
    const solid = (background: string) => sharp({ create: { width: 1600, height: 1000, channels: 3, background } });
    await solid('#c03020').toColourspace('cmyk').jpeg().toFile(path.join(dir, 'cmyk.jpg'));
    await solid('#2060a0').toColourspace('rgb16').png().toFile(path.join(dir, 'dalam.png'));
    // Stored portrait, top half red and bottom half blue; EXIF orientation 6 says "turn right to view".
    const halves = Buffer.alloc(1000 * 1600 * 3);
    for (let i = 0; i < 1000 * 1600; i++) halves[i * 3 + (i < 1000 * 800 ? 0 : 2)] = 0xe0;
    await sharp(halves, { raw: { width: 1000, height: 1600, channels: 3 } }).jpeg().withMetadata({ orientation: 6 }).toFile(path.join(dir, 'exif.jpg'));
  });

  it('converts CMYK to sRGB with the colour kept', async () => {
    const source = { file: path.join(dir, 'cmyk.jpg'), ...(await info(path.join(dir, 'cmyk.jpg'))) };
    const out = await preparePhoto(source, BOX, RGB_300, cache);
    expect((await sharp(out.file).metadata()).space).toBe('srgb');
    expect(close(await colourAt(out.file, 0.5, 0.5), [0xc0, 0x30, 0x20], 40)).toBe(true);
  });

  it('keeps a small sRGB preview copy beside the print photo, named by the print JPEG, for the page previews', async () => {
    const source = { file: path.join(dir, 'cmyk.jpg'), ...(await info(path.join(dir, 'cmyk.jpg'))) };
    const out = await preparePhoto(source, BOX, PROFILES.offset, cache);
    const copy = previewThumbnail(cache, readFileSync(out.file));
    const meta = await sharp(copy).metadata();
    // 80 pixels per inch of the placed size, in sRGB, the same crop and colour as the print photo.
    expect([meta.width, meta.height, meta.space]).toEqual([Math.round((BOX.width / 72) * PREVIEW_PPI), Math.round((BOX.height / 72) * PREVIEW_PPI), 'srgb']);
    expect(close(await colourAt(copy, 0.5, 0.5), [0xc0, 0x30, 0x20], 40)).toBe(true);
    // A photo taken from the cache gets its copy made when it has none yet.
    rmSync(copy);
    expect((await preparePhoto(source, BOX, PROFILES.offset, cache)).cached).toBe(true);
    expect(existsSync(copy)).toBe(true);
  });

  it('reduces 16-bit PNG to 8-bit with the colour kept', async () => {
    const source = { file: path.join(dir, 'dalam.png'), ...(await info(path.join(dir, 'dalam.png'))) };
    const out = await preparePhoto(source, BOX, RGB_300, cache);
    const meta = await sharp(out.file).metadata();
    expect([meta.format, meta.depth]).toEqual(['jpeg', 'uchar']);
    expect(close(await colourAt(out.file, 0.5, 0.5), [0x20, 0x60, 0xa0])).toBe(true);
  });

  it('applies the EXIF orientation: sizes as viewed, and the picture turned', async () => {
    const viewed = await info(path.join(dir, 'exif.jpg'));
    expect([viewed.width, viewed.height]).toEqual([1600, 1000]);
    const out = await preparePhoto({ file: path.join(dir, 'exif.jpg'), ...viewed }, BOX, RGB_300, cache);
    // Turned right, the stored top (red) is on the right and the bottom (blue) on the left.
    expect(close(await colourAt(out.file, 0.1, 0.5), [0, 0, 0xe0], 40)).toBe(true);
    expect(close(await colourAt(out.file, 0.9, 0.5), [0xe0, 0, 0], 40)).toBe(true);
    expect((await sharp(out.file).metadata()).orientation ?? 1).toBe(1);
  });

  it('prints grayscale for the newsprint profile', async () => {
    const source = { file: path.join(dir, 'cmyk.jpg'), ...(await info(path.join(dir, 'cmyk.jpg'))) };
    const out = await preparePhoto(source, BOX, PROFILES.koran, cache);
    const [r, g, b] = await colourAt(out.file, 0.5, 0.5);
    expect(Math.max(r!, g!, b!) - Math.min(r!, g!, b!)).toBeLessThanOrEqual(2);
  });
});
