import { describe, expect, it } from 'vitest';
import { cmykContent, rgbToCmyk } from '../../../src/print/prepress.js';

describe('colour conversion for print', () => {
  it('turns black and greys into K only, never rich black', () => {
    expect(rgbToCmyk(0, 0, 0)).toEqual([0, 0, 0, 1]);
    expect(rgbToCmyk(0.2, 0.2, 0.2)).toEqual([0, 0, 0, 0.8]);
    const [c, m, y, k] = rgbToCmyk(0.11, 0.25, 0.43);
    expect(c).toBeGreaterThan(0.5);
    expect(k).toBeCloseTo(0.57, 2);
    expect(m + y).toBeGreaterThan(0);
  });

  it('rewrites react-pdf and pdf-lib colour operators', () => {
    expect(cmykContent('/DeviceRGB cs\n0 0 0 scn\nBT')).toBe('/DeviceCMYK cs\n0 0 0 1 scn\nBT');
    expect(cmykContent('/DeviceRGB CS\n1 1 1 SCN')).toBe('/DeviceCMYK CS\n0 0 0 0 SCN');
    expect(cmykContent('q 0 0 0 rg 0.5 0.5 0.5 RG Q')).toBe('q 0 0 0 1 k 0 0 0 0.5 K Q');
    // Text that merely looks like numbers stays as it is.
    expect(cmykContent('(0 0 0 rgb) Tj')).toBe('(0 0 0 rgb) Tj');
  });
});
