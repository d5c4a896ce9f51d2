/** distribution/alokasi.yaml: Indonesian keys, the English ones of the previous release still read (README "Names"). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ALLOCATION, loadAllocationConfig } from '../../../src/distribution/config.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** alokasi.yaml as `jurnal distribute init` wrote it in the previous release. */
const OLD = `copies:
  skpd: 3
  desa: 3
  kelurahan: 3
  vertikal: 2
  kim: 2
  lainnya: 1
reserve:
  percent: 5
  minimum: 25
bundle: 50
labels: { columns: 3, rows: 8 }
rowsPerPage: 18
`;

async function load(text: string) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'jurnal-alokasi-')), 'alokasi.yaml');
  writeFileSync(file, text);
  return loadAllocationConfig(file, 'distribution/alokasi.yaml');
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('alokasi.yaml keys', () => {
  it('the file in the repository is the one "distribute init" writes, in the new keys', () => {
    expect(readFileSync(path.join(ROOT, 'distribution/alokasi.yaml'), 'utf8')).toBe(DEFAULT_ALLOCATION);
    expect(DEFAULT_ALLOCATION).not.toMatch(/^(copies|reserve|bundle|labels|rowsPerPage):/m);
  });

  it('reads the new keys into the configuration', async () => {
    const { value, diagnostics } = await load(DEFAULT_ALLOCATION);
    expect(diagnostics).toBeUndefined();
    expect(value).toEqual({ copies: { skpd: 3, desa: 3, kelurahan: 3, vertikal: 2, kim: 2, lainnya: 1 }, reserve: { percent: 5, minimum: 25 }, bundle: 50, labels: { columns: 3, rows: 8 }, rowsPerPage: 18 });
  });

  it('reads an old-key file as the same configuration, and a file mixing both spellings', async () => {
    const now = (await load(DEFAULT_ALLOCATION)).value;
    expect((await load(OLD)).value).toEqual(now);
    expect((await load(OLD.replace('bundle: 50', 'isiIkat: 50').replace('percent: 5', 'persen: 5'))).value).toEqual(now);
    // The same value under both names is no contradiction.
    expect((await load(`${DEFAULT_ALLOCATION}bundle: 50\n`)).value).toEqual(now);
  });

  it('refuses old and new key with different values, at the old key', async () => {
    const text = `${DEFAULT_ALLOCATION}bundle: 100\n`;
    const { diagnostics } = await load(text);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics![0]).toMatchObject({ file: 'distribution/alokasi.yaml', rule: 'yaml-kunci-ganda', severity: 'error', field: 'bundle', position: { line: lineOf(text, 'bundle: 100'), column: 1 } });
    expect(diagnostics![0]!.hint).toBe('pakai isiIkat saja (bundle adalah ejaan lamanya)');
    const nested = await load(OLD.replace('minimum: 25', 'minimum: 25\n  persen: 10'));
    expect(nested.diagnostics?.[0]).toMatchObject({ field: 'reserve.percent', position: { line: lineOf(OLD, 'percent: 5'), column: 3 } });
  });

  it('places schema mistakes in an old file at the old key and names it so', async () => {
    const { diagnostics } = await load(OLD.replace('rowsPerPage: 18', 'rowsPerPage: 80'));
    expect(diagnostics?.[0]).toMatchObject({ rule: 'field-batas', field: 'rowsPerPage', position: { line: lineOf(OLD, 'rowsPerPage'), column: 14 } });
  });

  it('suggests the new name for an unknown key, also for a misspelt old one', async () => {
    const typo = await load(DEFAULT_ALLOCATION.replace('barisPerHalaman: 18', 'barisPerHalman: 18'));
    expect(typo.diagnostics?.[0]).toMatchObject({ rule: 'field-tidak-dikenal', field: 'barisPerHalman', hint: 'maksud Anda "barisPerHalaman"?' });
    const old = await load(OLD.replace('rowsPerPage: 18', 'rowPerPage: 18'));
    expect(old.diagnostics?.[0]).toMatchObject({ rule: 'field-tidak-dikenal', field: 'rowPerPage', hint: 'maksud Anda "barisPerHalaman"?' });
    const nested = await load(OLD.replace('{ columns: 3, rows: 8 }', '{ columns: 3, rowz: 8 }'));
    expect(nested.diagnostics?.find((d) => d.rule === 'field-tidak-dikenal')).toMatchObject({ field: 'labels.rowz', hint: 'maksud Anda "baris"?' });
  });
});
