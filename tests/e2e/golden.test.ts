/**
 * The terminal as a user sees it, kept as files beside the test (tests/e2e/golden/*.txt), as compilers
 * keep expected diagnostics: check, plan, review and distribute status on a copy of the sample edition
 * (and check of tests/fixtures/edisi-bermasalah).
 * Compared exactly; only the scratch folder and timings are normalised. After an intended change
 * of output, refresh with `UPDATE_GOLDEN=1 npx vitest run tests/e2e/golden.test.ts` and read the diff.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, jurnal, ROOT, scratchProject } from '../helpers/cli.js';

const GOLDEN = path.join(import.meta.dirname, 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** What a run printed, with the scratch folder as <proyek> and seconds as <n> s. */
export function transcript(args: string[], run: CliRun, root: string): string {
  const norm = (text: string) => text.split(root).join('<proyek>').replace(/\b\d+(?:\.\d+)? s\b/g, '<n> s');
  return `$ jurnal ${args.join(' ')}\n[keluar ${run.code}]\n--- stdout\n${norm(run.stdout)}--- stderr\n${norm(run.stderr)}`;
}

function golden(name: string, args: string[], root: string): void {
  const actual = transcript(args, jurnal(args, root), root);
  const file = path.join(GOLDEN, `${name}.txt`);
  if (UPDATE || !existsSync(file)) {
    writeFileSync(file, actual);
    if (!UPDATE) throw new Error(`${file} did not exist and was written; check it and run again`);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('golden terminal output of the sample edition', () => {
  let root: string;
  beforeAll(() => {
    ({ root } = scratchProject());
    cpSync(path.join(ROOT, 'distribution/seed-skpd-vertikal.csv'), path.join(root, 'distribution/seed-skpd-vertikal.csv'));
    cpSync(path.join(ROOT, 'tests/fixtures/edisi-bermasalah'), path.join(root, 'content/bermasalah'), { recursive: true });
  });

  it('check', () => golden('check', ['check', '2026-05'], root));
  it('check of an edition with problems', () => golden('check-bermasalah', ['check', 'bermasalah'], root));
  it('plan', () => golden('plan', ['plan', '2026-05'], root), 300_000);
  it('review', () => golden('review', ['review', '2026-05'], root), 300_000);
  it('distribute status', () => {
    for (const args of [['distribute', 'init'], ['distribute', '2026-05', '--senyap'], ['distribute', 'record', '2026-05', 'skpd-01', '63.11.07.2008', '--oleh', 'Budi', '--tanggal', '2026-05-21'], ['distribute', 'record', '2026-05', 'skpd-02', '--tidak-diterima', 'kantor tutup', '--oleh', 'Budi', '--tanggal', '2026-05-21']]) {
      expect(jurnal(args, root).code, args.join(' ')).toBe(0);
    }
    golden('distribute-status', ['distribute', 'status', '2026-05'], root);
  }, 300_000);
});
