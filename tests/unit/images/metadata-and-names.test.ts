import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { inspectImage, metadataProblem, metadataSizes } from '../../../src/images/inspect.js';
import { nearestFileHint } from '../../../src/images/references.js';
import { normalizeLinkForScheme } from '../../../src/layout/printable.js';

function app(marker: number, id: string, bytes: number): Buffer {
  const seg = Buffer.alloc(4 + bytes, 0x41);
  seg.writeUInt16BE(0xff00 | marker, 0);
  seg.writeUInt16BE(2 + bytes, 2);
  seg.write(id, 4, 'latin1');
  return seg;
}

describe('photo metadata size', () => {
  it('counts EXIF, XMP and ICC segments of a JPEG from their headers, and refuses oversize ones', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jurnal-meta-'));
    const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#456' } }).jpeg().toBuffer();
    const exif = Array.from({ length: 20 }, () => app(0xe1, 'Exif\0\0', 65_000));
    const file = path.join(dir, 'a.jpg');
    writeFileSync(file, Buffer.concat([jpeg.subarray(0, 2), ...exif, app(0xe1, 'http://ns.adobe.com/xap/1.0/\0', 1000), jpeg.subarray(2)]));
    const sizes = await metadataSizes(file, 'jpeg');
    expect(sizes.exif).toBe(20 * 65_002);
    expect(sizes.xmp).toBe(1002);
    expect(metadataProblem(sizes)).toMatchObject({ rule: 'foto-metadata-besar' });
    expect(await inspectImage(file)).toMatchObject({ problem: { rule: 'foto-metadata-besar' } });
    const ok = path.join(dir, 'b.jpg');
    writeFileSync(ok, jpeg);
    expect(metadataProblem(await metadataSizes(ok, 'jpeg'))).toBeUndefined();
    expect(metadataProblem({ exif: 900_000, xmp: 900_000, icc: 900_000, other: 0 })).toMatchObject({ message: expect.stringContaining('seluruhnya') });
  });
});

describe('nearest photo name', () => {
  it('names the look-alike letter by position and code point', () => {
    expect(nearestFileHint('kant\u043er-bupati.jpg', ['kantor-bupati.jpg', 'jembatan.jpg'])).toBe('maksud Anda "kantor-bupati.jpg"? Huruf ke-5 adalah U+043E (Cyrillic), bukan o (U+006F); ketik ulang nama berkasnya.');
    expect(nearestFileHint('Jembatan.jpg', ['jembatan.jpg'])).toContain('besar/kecilnya');
    expect(nearestFileHint('foto/kantor-bupatix.jpg', ['foto/kantor-bupati.jpg'])).toBe('maksud Anda "foto/kantor-bupati.jpg"? Huruf ke-19 "x" berlebih; hapus huruf itu.');
    expect(nearestFileHint('foto/kantor-bupat.jpg', ['foto/kantor-bupati.jpg'])).toBe('maksud Anda "foto/kantor-bupati.jpg"? Setelah huruf ke-17 kurang satu huruf: "i".');
    expect(nearestFileHint('jembutan.jpg', ['jembatan.jpg'])).toBe('maksud Anda "jembatan.jpg"? Huruf ke-5 "u" seharusnya "a".');
    expect(nearestFileHint('sama-sekali-lain.png', ['jembatan.jpg'])).toBeUndefined();
  });
});

describe('link scheme after decoding', () => {
  it.each([
    ['java&#x09;script:alert(1)', 'javascript:alert(1)'],
    ['java%09script:alert(1)', 'javascript:alert(1)'],
    ['&#106;avascript&colon;x', 'javascript:x'],
    ['%26%23x6a;avascript:x', 'javascript:x'],
    ['https://balangankab.go.id/', 'https://balangankab.go.id/'],
  ])('%s → %s', (raw, judged) => expect(normalizeLinkForScheme(raw)).toBe(judged));
});
