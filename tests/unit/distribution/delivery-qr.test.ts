import fc from 'fast-check';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { packedCode } from '../../../src/distribution/canvas.js';
import { deliveryQr } from '../../../src/distribution/delivery-qr.js';
import { qrRuns } from '../../../src/util/qr.js';

const reference = (text: string) => {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, modules: Uint8Array.from(modules.data as unknown as Uint8Array) };
};

describe('delivery codes made fast are the codes qrcode makes', () => {
  it('module for module, for delivery codes and any other text (property)', () => {
    const id = fc.stringMatching(/^[A-Za-z0-9.-]{1,40}$/);
    const text = fc.oneof(id.map((r) => `JB:2026-05:${r}`), fc.string({ minLength: 1, maxLength: 120 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }));
    fc.assert(
      fc.property(text, (t) => {
        const fast = deliveryQr(t);
        const want = reference(t);
        expect(fast.size).toBe(want.size);
        expect(Buffer.from(fast.modules).equals(Buffer.from(want.modules))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('every mask is chosen somewhere, so each is checked', () => {
    const chosen = new Set<number>();
    for (let i = 0; i < 400 && chosen.size < 8; i++) chosen.add(QRCode.create(`JB:2026-05:r${i}`, { errorCorrectionLevel: 'M' }).maskPattern as number);
    expect(chosen.size).toBe(8);
    for (let i = 0; i < 400; i++) expect(Buffer.from(deliveryQr(`JB:2026-05:r${i}`).modules).equals(Buffer.from(reference(`JB:2026-05:r${i}`).modules))).toBe(true);
  });

  it('packs the same runs as util/qr', () => {
    const text = 'JB:2026-05:63.11.07.2008';
    const { size, runs } = qrRuns(text);
    expect([...packedCode(text)]).toEqual([size, ...runs.flatMap((r) => [r.row, r.col, r.length])]);
  });
});
