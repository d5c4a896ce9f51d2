import { describe, expect, it } from 'vitest';
import { alignPhotoRows, type PlacedHeadPhoto } from '../../../src/layout/photos.js';

const L = 10.625;
const head = (page: number, col: number, span: number, top: number, photoTop: number, height: number): PlacedHeadPhoto => ({
  at: { page, col, span, top },
  box: { key: `${page}/${col}`, source: { file: 'x.jpg', width: 3000, height: 2000 }, width: 100 * span, height },
  top: photoTop,
});

describe('photos side by side line up', () => {
  it('share the lowest top and the highest bottom when they end within the slack', () => {
    // Headline of two lines beside one of three: the second photo begins 12 pt lower, both end near 252 pt.
    const a = head(4, 0, 2, 0, 40, 212);
    const b = head(4, 2, 2, 0, 52, 198);
    const fit = alignPhotoRows([b, a], 4 * L, 1.5 * L);
    expect(fit.get(a)).toEqual({ height: 198, inset: 12 });
    expect(fit.get(b)).toEqual({ height: 198, inset: 0 });
  });

  it('lines up a row of three, and only neighbours on the same line of the same page', () => {
    const row = [head(2, 0, 1, 10, 30, 100), head(2, 1, 2, 10, 35, 96), head(2, 3, 1, 10, 32, 99)];
    const fit = alignPhotoRows([...row, head(2, 0, 1, 50, 30, 100), head(3, 1, 1, 10, 30, 100)], 4 * L, 1.5 * L);
    expect([...fit.keys()]).toEqual(expect.arrayContaining(row));
    expect(fit.size).toBe(3);
    expect(new Set(row.map((h) => fit.get(h)!.height))).toEqual(new Set([130 - 35]));
  });

  it('leaves alone photos with a column between them, heads that end far apart, and photos the row would make too short', () => {
    expect(alignPhotoRows([head(4, 0, 1, 0, 40, 100), head(4, 2, 1, 0, 40, 100)], 4 * L, 1.5 * L).size).toBe(0);
    expect(alignPhotoRows([head(4, 0, 2, 0, 40, 212), head(4, 2, 2, 0, 40, 150)], 4 * L, 1.5 * L).size).toBe(0);
    expect(alignPhotoRows([head(4, 0, 2, 0, 40, 50), head(4, 2, 2, 0, 70, 25)], 4 * L, 1.5 * L).size).toBe(0);
  });
});
