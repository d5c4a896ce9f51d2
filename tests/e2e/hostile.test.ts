import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { jurnal, ROOT, snapshotTree } from '../helpers/cli.js';

const CORPUS = path.join(ROOT, 'tests/fixtures/hostile');
const cases = JSON.parse(readFileSync(path.join(CORPUS, 'cases.json'), 'utf8')) as Record<string, { rule: string; line: number | null; column: number | null; generated?: boolean }>;
const EDITION = 'number: 1\nvolume: 1\nyear: 2026\ndate: 2026-05-19\npages: 4\nsections:\n  - { id: desa, name: Desa, pages: 2-3 }\n';
const valid = (extra: string) => `---\ntitle: Judul Uji\nsection: desa\nkind: opini\nauthor: Tim Uji\ndate: 2026-05-10\nverification: { status: verified, by: R, date: 2026-05-11 }\n${extra}---\n\nIsi.\n`;

describe('hostile input corpus: every case is refused with its rule and place, nothing changes', () => {
  let assets: string;
  beforeAll(async () => {
    // Hostile assets, made once and copied into each case's edition.
    assets = mkdtempSync(path.join(tmpdir(), 'jurnal-aset-'));
    writeFileSync(path.join(assets, 'bukan-foto.jpg'), 'ini teks, bukan foto\n');
    writeFileSync(path.join(assets, 'gambar.jpg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#468' } }).jpeg().toBuffer();
    writeFileSync(path.join(assets, 'terpotong.jpg'), jpeg.subarray(0, Math.floor(jpeg.length / 2)));
    await sharp({ create: { width: 16000, height: 16000, channels: 3, background: '#000' } }).png({ compressionLevel: 9 }).toFile(path.join(assets, 'bom.png'));
  }, 120_000);

  function generated(name: string): Uint8Array {
    switch (name) {
      case 'latin1.md':
        return Uint8Array.from([...Buffer.from('---\ntitle: Judul caf'), 0xe9, ...Buffer.from('\n---\nx\n')]);
      case 'nul-byte.md':
        return new TextEncoder().encode(valid('').replace('title: Judul Uji', 'title: \u0000Judul'));
      case 'oversize.md':
        return new TextEncoder().encode(valid('') + 'kata '.repeat(1_100_000));
      default:
        return new TextEncoder().encode(valid(''));
    }
  }

  it.each(Object.entries(cases))('%s → %s', (name, expected) => {
    const root = mkdtempSync(path.join(tmpdir(), 'jurnal-hostile-'));
    const edition = path.join(root, 'content', 'h');
    mkdirSync(edition, { recursive: true });
    writeFileSync(path.join(edition, 'edition.yaml'), EDITION);
    writeFileSync(path.join(edition, name), expected.generated ? generated(name) : readFileSync(path.join(CORPUS, name)));
    for (const asset of ['bukan-foto.jpg', 'gambar.jpg', 'terpotong.jpg', 'bom.png']) writeFileSync(path.join(edition, asset), readFileSync(path.join(assets, asset)));
    symlinkSync('/etc/hostname', path.join(edition, 'keluar.jpg'));
    const before = snapshotTree(root);
    const r = jurnal(['check', 'h'], root);
    expect(r.code).toBe(1);
    const place = expected.line ? `:${expected.line}:${expected.column}` : '';
    const hit = r.stderr.split('\n').find((l) => l.startsWith(`content/h/${name}${place}  galat`) && l.endsWith(`[${expected.rule}]`));
    expect(hit, r.stderr).toBeDefined();
    expect(r.stderr).not.toMatch(/kesalahan internal|at .*\.js:\d+/);
    expect(snapshotTree(root)).toEqual(before);
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
  });
});
