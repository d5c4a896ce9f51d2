/**
 * The real administrative areas of Kabupaten Balangan (Kemendagri 63.11), read from the
 * `idn-area-data` package (data under ODbL 1.0). Villages are matched by code, never by name alone:
 * "Galumbang" exists in two kecamatan.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const REGENCY_CODE = '63.11';

export interface Kecamatan {
  code: string;
  name: string;
}

export interface Village {
  /** Full code, e.g. 63.11.02.2005. */
  code: string;
  kecamatanCode: string;
  name: string;
  /** The 4-digit code starts with 1 for a kelurahan, 2 for a desa (3: desa adat). */
  kind: 'desa' | 'kelurahan';
}

export interface Areas {
  kecamatan: Kecamatan[];
  villages: Village[];
}

function dataFile(name: string): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('idn-area-data/package.json')), 'data', name);
}

function rowsFor(file: string, prefix: string): string[][] {
  // Plain CSV without quoted commas for these columns; filtering by prefix avoids parsing 84k rows.
  return readFileSync(dataFile(file), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith(prefix))
    .map((line) => line.trim().split(','));
}

let cached: Areas | undefined;

export function balanganAreas(): Areas {
  if (cached) return cached;
  const kecamatan = rowsFor('districts.csv', `${REGENCY_CODE}.`).map(([code, , name]) => ({ code: code!, name: name! }));
  const villages = rowsFor('villages.csv', `${REGENCY_CODE}.`).map(([code, kecamatanCode, name]) => ({
    code: code!,
    kecamatanCode: kecamatanCode!,
    name: name!,
    kind: code!.split('.')[3]!.startsWith('1') ? ('kelurahan' as const) : ('desa' as const),
  }));
  cached = { kecamatan, villages };
  return cached;
}

export function findKecamatan(name: string): Kecamatan | undefined {
  return balanganAreas().kecamatan.find((k) => k.name === name);
}

export function villagesOf(kecamatanCode: string): Village[] {
  return balanganAreas().villages.filter((v) => v.kecamatanCode === kecamatanCode);
}
