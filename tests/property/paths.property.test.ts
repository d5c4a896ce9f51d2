import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveInside } from '../../src/content/paths.js';

// An edition beside a folder it must never reach, with a way out through a symlink.
const root = mkdtempSync(path.join(tmpdir(), 'jurnal-path-'));
const edition = path.join(root, 'edisi');
mkdirSync(path.join(edition, 'foto', 'sub'), { recursive: true });
mkdirSync(path.join(root, 'rahasia'));
writeFileSync(path.join(edition, 'foto', 'jembatan.jpg'), 'x');
writeFileSync(path.join(edition, '..titik.jpg'), 'x');
writeFileSync(path.join(root, 'rahasia', 'kunci.jpg'), 'x');
symlinkSync(path.join(root, 'rahasia'), path.join(edition, 'pintu'));
symlinkSync(path.join(root, 'rahasia', 'kunci.jpg'), path.join(edition, 'foto', 'tautan.jpg'));
const realEdition = realpathSync(edition);

/** Pieces that paths are made of, in every spelling an attacker (or a confused editor) might use. */
const segment = fc.constantFrom(
  '..', '.', '', 'foto', 'sub', 'jembatan.jpg', '..titik.jpg', 'rahasia', 'kunci.jpg', 'pintu', 'tautan.jpg', 'edisi',
  '%2e%2e', '%2E.', '.%2e', '%252e%252e', '..%2f', '%2f', '%5c', '..%5c', '~', 'C:', '\u2025', '\uff0e\uff0e', '\u0000', '%00',
);
const separator = fc.constantFrom('/', '\\', '//', '/./');
const reference = fc
  .tuple(fc.constantFrom('', '/', '\\', 'file://', 'C:\\', '//server/'), fc.array(fc.tuple(segment, separator), { maxLength: 7 }), segment)
  .map(([lead, parts, last]) => lead + parts.map(([s, sep]) => s + sep).join('') + last);

/** Short plain paths over the names that exist, so the symlinks out are reached often. */
const plain = fc.array(fc.constantFrom('..', 'foto', 'pintu', 'kunci.jpg', 'tautan.jpg', 'jembatan.jpg', '%2e%2e', 'rahasia'), { minLength: 1, maxLength: 4 }).map((p) => p.join('/'));

describe('photo references', () => {
  it('property: whatever is written, what resolves lies inside the edition', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(plain, reference, fc.string({ unit: 'binary', maxLength: 40 })), async (ref) => {
        const { file, problem } = await resolveInside(edition, ref);
        if (file) {
          const rel = path.relative(realEdition, file);
          expect(rel.split(path.sep)[0]).not.toBe('..');
          expect(path.isAbsolute(rel)).toBe(false);
          expect(problem).toBeUndefined();
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('finds what is inside, in any spelling, and nothing outside', async () => {
    expect((await resolveInside(edition, 'foto/jembatan.jpg')).file).toBe(path.join(realEdition, 'foto', 'jembatan.jpg'));
    expect((await resolveInside(edition, 'foto%2Fsub%2F..%2Fjembatan.jpg')).problem?.rule).toBe('path-luar-edisi');
    expect((await resolveInside(edition, 'foto\\jembatan.jpg')).file).toBe(path.join(realEdition, 'foto', 'jembatan.jpg'));
    expect((await resolveInside(edition, '..titik.jpg')).file).toBe(path.join(realEdition, '..titik.jpg'));
    expect((await resolveInside(edition, 'pintu/kunci.jpg')).problem?.rule).toBe('path-luar-edisi');
    expect((await resolveInside(edition, 'foto/tautan.jpg')).problem?.rule).toBe('path-luar-edisi');
    expect((await resolveInside(edition, '%2e%2e/rahasia/kunci.jpg')).problem?.rule).toBe('path-luar-edisi');
  });
});
