import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { cropWindow, type FocusPoint, preparePhoto, PROFILES } from '../../../src/images/prepare.js';

/** The offset resolution in RGB: these tests look at crop geometry and colour in sRGB pixels (offset itself writes CMYK). */
const RGB_300 = { ...PROFILES.offset, cmyk: false };

const dir = mkdtempSync(path.join(tmpdir(), 'jurnal-crop-'));
let cacheRuns = 0;
/** A fresh cache folder, so the picture is really cropped (not served from an earlier test). */
const freshCache = () => path.join(dir, `cache-${++cacheRuns}`);

const SQUARE = { width: 100, height: 100 };
// 3000 × 1000 white, a 200 px red square centred at x = 0.85, y = 0.5.
const WIDE = { file: path.join(dir, 'lebar.png'), width: 3000, height: 1000 };

interface Pixels {
  data: Buffer;
  width: number;
  height: number;
  channels: number;
}

async function pixels(file: string): Promise<Pixels> {
  const { data, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

const rgb = (p: Pixels, x: number, y: number) => {
  const i = (y * p.width + x) * p.channels;
  return [p.data[i]!, p.data[i + 1]!, p.data[i + 2]!] as const;
};
const isRed = ([r, g, b]: readonly number[]) => r! > 180 && g! < 80 && b! < 80;

/** The red pixels' bounding box in fractions of the output, and their count. */
function redArea(p: Pixels): { left: number; right: number; top: number; bottom: number; count: number } {
  let left = Infinity;
  let right = -Infinity;
  let top = Infinity;
  let bottom = -Infinity;
  let count = 0;
  for (let y = 0; y < p.height; y++) {
    for (let x = 0; x < p.width; x++) {
      if (!isRed(rgb(p, x, y))) continue;
      count++;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  return { left: left / p.width, right: (right + 1) / p.width, top: top / p.height, bottom: (bottom + 1) / p.height, count };
}

/** Darkest channel value along the four edges: black borders from a crop outside the picture would show here. */
function darkestEdge(p: Pixels): number {
  let min = 255;
  for (let x = 0; x < p.width; x++) for (const y of [0, p.height - 1]) min = Math.min(min, ...rgb(p, x, y));
  for (let y = 0; y < p.height; y++) for (const x of [0, p.width - 1]) min = Math.min(min, ...rgb(p, x, y));
  return min;
}

const prepare = (focus: FocusPoint | undefined, cache = freshCache(), box = SQUARE) => preparePhoto({ ...WIDE, ...(focus ? { focus } : {}) }, box, RGB_300, cache);

beforeAll(async () => {
  const red = await sharp({ create: { width: 200, height: 200, channels: 3, background: '#ff0000' } }).png().toBuffer();
  await sharp({ create: { width: WIDE.width, height: WIDE.height, channels: 3, background: '#ffffff' } })
    .composite([{ input: red, left: 2550 - 100, top: 500 - 100 }])
    .png()
    .toFile(WIDE.file);
  // Stored portrait 1000 × 1600, top half red and bottom half blue; EXIF orientation 6 turns it to a
  // 1600 × 1000 landscape with blue on the left and red on the right.
  const halves = Buffer.alloc(1000 * 1600 * 3);
  for (let i = 0; i < 1000 * 1600; i++) halves[i * 3 + (i < 1000 * 800 ? 0 : 2)] = 0xe0;
  await sharp(halves, { raw: { width: 1000, height: 1600, channels: 3 } }).jpeg().withMetadata({ orientation: 6 }).toFile(path.join(dir, 'exif.jpg'));
});

describe('the crop window', () => {
  it('is as large as the picture allows, of the box aspect, centred on the focus', () => {
    expect(cropWindow(WIDE, SQUARE, { x: 0.5, y: 0.5 })).toEqual({ left: 1000, top: 0, width: 1000, height: 1000 });
    expect(cropWindow(WIDE, SQUARE, { x: 0.3, y: 0.5 })).toEqual({ left: 400, top: 0, width: 1000, height: 1000 });
    // A box wider than the picture: the full width, a band of its height.
    expect(cropWindow(WIDE, { width: 600, height: 100 }, { x: 0.5, y: 0.4 })).toEqual({ left: 0, top: 150, width: 3000, height: 500 });
    // A tall box: the full height.
    expect(cropWindow(WIDE, { width: 50, height: 100 }, { x: 0.85, y: 0.5 })).toEqual({ left: 2300, top: 0, width: 500, height: 1000 });
  });

  it('is moved back inside the picture at the edges, never shrunk', () => {
    expect(cropWindow(WIDE, SQUARE, { x: 0, y: 0 })).toEqual({ left: 0, top: 0, width: 1000, height: 1000 });
    expect(cropWindow(WIDE, SQUARE, { x: 1, y: 1 })).toEqual({ left: 2000, top: 0, width: 1000, height: 1000 });
    expect(cropWindow(WIDE, { width: 600, height: 100 }, { x: 1, y: 1 })).toEqual({ left: 0, top: 500, width: 3000, height: 500 });
    expect(cropWindow(WIDE, { width: 600, height: 100 }, { x: 0, y: 0 })).toEqual({ left: 0, top: 0, width: 3000, height: 500 });
    // The box's own aspect as the picture: the whole picture, wherever the focus is.
    expect(cropWindow(WIDE, { width: 300, height: 100 }, { x: 0.1, y: 0.9 })).toEqual({ left: 0, top: 0, width: 3000, height: 1000 });
  });
});

describe('photos are cropped to keep their subject', () => {
  it('keeps the red square with a focus point on it', async () => {
    const out = await pixels((await prepare({ x: 0.85, y: 0.5 })).file);
    // 100 pt at 300 ppi.
    expect([out.width, out.height]).toEqual([417, 417]);
    // The window is x 2000…3000 (clamped), so the square spans 0.45…0.65 across and 0.4…0.6 down.
    const red = redArea(out);
    expect(red.left).toBeGreaterThan(0.43);
    expect(red.right).toBeLessThan(0.67);
    expect(red.top).toBeGreaterThan(0.38);
    expect(red.bottom).toBeLessThan(0.62);
    expect(red.count).toBeGreaterThan(0.9 * (0.2 * 417) ** 2);
    // Centred cropping would have cut it away.
    const centred = await pixels((await prepare({ x: 0.5, y: 0.5 })).file);
    expect(redArea(centred).count).toBe(0);
  });

  it('keeps the red square without a focus point too (attention strategy)', async () => {
    const out = await pixels((await prepare(undefined)).file);
    const red = redArea(out);
    // The whole square, none of it cut at an edge.
    expect(red.count).toBeGreaterThan(0.9 * (0.2 * 417) ** 2);
    expect(red.left).toBeGreaterThan(0);
    expect(red.right).toBeLessThan(1);
    expect(red.top).toBeGreaterThan(0);
    expect(red.bottom).toBeLessThan(1);
  });

  it.each([
    [{ x: 0, y: 0 }, 0],
    [{ x: 1, y: 1 }, 1],
  ])('clamps focus %o at the edge: a full-size crop, no black borders', async (focus, side) => {
    const out = await pixels((await prepare(focus)).file);
    expect([out.width, out.height]).toEqual([417, 417]);
    expect(darkestEdge(out)).toBeGreaterThan(200);
    // Left edge: all white; right edge: the window x 2000…3000 holds the square at 0.45…0.65.
    const red = redArea(out);
    if (side === 0) expect(red.count).toBe(0);
    else expect([red.left > 0.43, red.right < 0.67, red.count > 0.9 * (0.2 * 417) ** 2]).toEqual([true, true, true]);
  });

  it('crops the picture the right way up (EXIF orientation before the window)', async () => {
    const source = { file: path.join(dir, 'exif.jpg'), width: 1600, height: 1000 };
    const left = await pixels((await preparePhoto({ ...source, focus: { x: 0, y: 0.5 } }, SQUARE, RGB_300, freshCache())).file);
    const right = await pixels((await preparePhoto({ ...source, focus: { x: 1, y: 0.5 } }, SQUARE, RGB_300, freshCache())).file);
    // Viewed, blue is x 0…800 and red 800…1600: window 0…1000 is mostly blue, 600…1600 mostly red.
    const blue = ([r, , b]: readonly number[]) => b! > 180 && r! < 60;
    expect(blue(rgb(left, 100, 200))).toBe(true);
    expect(isRed(rgb(left, 400, 200))).toBe(true);
    expect(blue(rgb(right, 20, 200))).toBe(true);
    expect(isRed(rgb(right, 200, 200))).toBe(true);
  });

  it.each([
    ['with a focus point', { x: 0.85, y: 0.5 }],
    ['by attention', undefined],
  ])('is deterministic %s: two runs, the same bytes', async (_name, focus) => {
    const a = await prepare(focus);
    const b = await prepare(focus);
    expect(a.cached || b.cached).toBe(false);
    expect(a.file).not.toBe(b.file);
    expect(readFileSync(a.file).equals(readFileSync(b.file))).toBe(true);
  });

  it('keys the cache by the focus point, so a new focus is cropped anew', async () => {
    const cache = freshCache();
    const first = await prepare({ x: 0.85, y: 0.5 }, cache);
    const again = await prepare({ x: 0.85, y: 0.5 }, cache);
    const moved = await prepare({ x: 0.2, y: 0.5 }, cache);
    const auto = await prepare(undefined, cache);
    expect([first.cached, again.cached, moved.cached, auto.cached]).toEqual([false, true, false, false]);
    expect(again.file).toBe(first.file);
    expect(new Set([first.file, moved.file, auto.file]).size).toBe(3);
  });
});
