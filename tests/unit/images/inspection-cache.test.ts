import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { openInspector } from '../../../src/images/inspection-cache.js';

const photo = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#456' } }).jpeg().toBuffer();

describe('photo inspections kept between runs', () => {
  it('reuses the verdict on an unchanged file, inspects a rewritten one again, and never keeps a problem', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jurnal-periksa-'));
    const cache = path.join(dir, 'cache');
    const file = path.join(dir, 'a.jpg');
    writeFileSync(file, await photo(120, 80));
    const first = await openInspector(cache);
    expect(await first.inspect(file)).toMatchObject({ info: { width: 120, height: 80 } });
    await first.save();
    const stored = path.join(cache, 'foto', 'periksa-foto.json');
    // The next run reads the kept verdict instead of decoding: shown by a verdict the file cannot give.
    const kept = JSON.parse(readFileSync(stored, 'utf8'));
    kept.photos[file].info.width = 999;
    writeFileSync(stored, JSON.stringify(kept));
    expect(await (await openInspector(cache)).inspect(file)).toMatchObject({ info: { width: 999 } });
    // Any write to the photo (size, time) makes it a new file.
    writeFileSync(file, await photo(64, 64));
    const again = await openInspector(cache);
    expect(await again.inspect(file)).toMatchObject({ info: { width: 64, height: 64 } });
    await again.save();
    // A truncated photo is found out on every run, not remembered as good or bad.
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length >> 1));
    for (let run = 0; run < 2; run++) {
      const inspector = await openInspector(cache);
      expect(await inspector.inspect(file)).toMatchObject({ problem: { rule: 'foto-rusak' } });
      await inspector.save();
    }
    expect(JSON.parse(readFileSync(stored, 'utf8')).photos[file].info.width).toBe(64);
  });

  it('without a cache folder inspects every time and writes nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jurnal-periksa-'));
    const file = path.join(dir, 'a.jpg');
    writeFileSync(file, await photo(40, 30));
    const inspector = await openInspector(undefined);
    expect(await inspector.inspect(file)).toMatchObject({ info: { width: 40 } });
    await inspector.save();
    expect(existsSync(path.join(dir, 'foto'))).toBe(false);
  });

  it('ignores a damaged cache file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jurnal-periksa-'));
    const file = path.join(dir, 'a.jpg');
    writeFileSync(file, await photo(50, 20));
    const cache = path.join(dir, 'cache');
    mkdirSync(path.join(cache, 'foto'), { recursive: true });
    writeFileSync(path.join(cache, 'foto', 'periksa-foto.json'), '{"version": "1:');
    expect(await (await openInspector(cache)).inspect(file)).toMatchObject({ info: { width: 50, height: 20 } });
  });
});
