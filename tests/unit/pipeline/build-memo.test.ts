import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BuildAnswer, buildKey, rememberBuild, unchangedBuild } from '../../../src/pipeline/build-memo.js';

function edition() {
  const root = mkdtempSync(path.join(tmpdir(), 'jurnal-memo-'));
  const dir = path.join(root, 'content', '2026-05');
  mkdirSync(path.join(dir, 'foto'), { recursive: true });
  writeFileSync(path.join(dir, 'edition.yaml'), 'number: 1\n');
  writeFileSync(path.join(dir, 'a.md'), '---\ntitle: A\n---\nIsi.\n');
  writeFileSync(path.join(dir, 'foto', 'a.jpg'), Buffer.from([0xff, 0xd8, 1, 2, 3]));
  return { root, ref: { dir, display: 'content/2026-05', id: '2026-05' } };
}

describe('the key of a build', () => {
  it('is the same for the same inputs and changes with any byte, file name, link, glossary or option', async () => {
    const { root, ref } = edition();
    const key = await buildKey(ref, {});
    expect(await buildKey(ref, {})).toBe(key);
    const keys = new Set([key]);
    const changed = async (change: () => void, options: object = {}) => {
      change();
      const k = await buildKey(ref, options);
      expect(keys.has(k)).toBe(false);
      keys.add(k);
    };
    await changed(() => writeFileSync(path.join(ref.dir, 'a.md'), '---\ntitle: A\n---\nIsi!\n'));
    await changed(() => writeFileSync(path.join(ref.dir, 'foto', 'a.jpg'), Buffer.from([0xff, 0xd8, 1, 2, 4])));
    await changed(() => renameSync(path.join(ref.dir, 'a.md'), path.join(ref.dir, 'b.md')));
    await changed(() => writeFileSync(path.join(ref.dir, 'approvals.yaml'), 'b: { oleh: X }\n'));
    await changed(() => symlinkSync('/etc/hostname', path.join(ref.dir, 'foto', 'luar.jpg')));
    await changed(() => writeFileSync(path.join(root, 'content', 'glosarium.yaml'), 'istilah: []\n'));
    await changed(() => undefined, { proof: true });
    // A sibling edition is not read by this build.
    mkdirSync(path.join(root, 'content', '2026-06'));
    writeFileSync(path.join(root, 'content', '2026-06', 'x.md'), 'x');
    expect(keys.has(await buildKey(ref, { proof: true }))).toBe(true);
  });
});

describe('the record of the last build', () => {
  const answer: BuildAnswer = { diagnostics: [], files: ['cetak.pdf', 'pratinjau/hal-1.png'], watermark: 'PROOF', pages: 4 };

  it('answers only for the same key and while every written file is as the build left it', async () => {
    const { root } = edition();
    const cache = path.join(root, '.cache');
    const target = path.join(root, 'editions', '2026-05');
    mkdirSync(path.join(target, 'pratinjau'), { recursive: true });
    writeFileSync(path.join(target, 'cetak.pdf'), '%PDF-1.7 a');
    writeFileSync(path.join(target, 'pratinjau', 'hal-1.png'), 'png');
    expect(await unchangedBuild(cache, '2026-05', 'k1', target)).toBeUndefined();
    await rememberBuild(cache, '2026-05', 'k1', target, answer);
    expect(await unchangedBuild(cache, '2026-05', 'k1', target)).toEqual(answer);
    expect(await unchangedBuild(cache, '2026-05', 'k2', target)).toBeUndefined();
    expect(await unchangedBuild(cache, '2026-06', 'k1', target)).toBeUndefined();
    writeFileSync(path.join(target, 'cetak.pdf'), '%PDF-1.7 b');
    expect(await unchangedBuild(cache, '2026-05', 'k1', target)).toBeUndefined();
    await rememberBuild(cache, '2026-05', 'k1', target, answer);
    rmSync(path.join(target, 'pratinjau', 'hal-1.png'));
    expect(await unchangedBuild(cache, '2026-05', 'k1', target)).toBeUndefined();
  });

  it('is not written when a file of the build is already gone', async () => {
    const { root } = edition();
    const cache = path.join(root, '.cache');
    const target = path.join(root, 'editions', '2026-05');
    mkdirSync(target, { recursive: true });
    writeFileSync(path.join(target, 'cetak.pdf'), '%PDF');
    await rememberBuild(cache, '2026-05', 'k1', target, answer);
    expect(await unchangedBuild(cache, '2026-05', 'k1', target)).toBeUndefined();
  });
});
