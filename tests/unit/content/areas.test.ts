import { describe, expect, it } from 'vitest';
import { balanganAreas, villagesOf } from '../../../src/content/areas.js';
import { suggest } from '../../../src/content/suggest.js';

describe('Balangan areas from idn-area-data', () => {
  it('has the 8 kecamatan, 154 desa and 3 kelurahan', () => {
    const { kecamatan, villages } = balanganAreas();
    expect(kecamatan.map((k) => k.name)).toEqual(['Juai', 'Halong', 'Awayan', 'Batu Mandi', 'Lampihong', 'Paringin', 'Paringin Selatan', 'Tebing Tinggi']);
    expect(villages).toHaveLength(157);
    expect(villages.filter((v) => v.kind === 'kelurahan').map((v) => v.name).sort()).toEqual(['Batu Piring', 'Paringin Kota', 'Paringin Timur']);
  });

  it('keeps the two Galumbang apart by code', () => {
    const galumbang = balanganAreas().villages.filter((v) => v.name === 'Galumbang');
    expect(galumbang.map((v) => v.kecamatanCode)).toEqual(['63.11.01', '63.11.07']);
    expect(villagesOf('63.11.07').some((v) => v.name === 'Binjai')).toBe(true);
  });
});

describe('suggest', () => {
  const names = ['Paringin', 'Paringin Selatan', 'Tebing Tinggi', 'Juai'];
  it.each([
    ['paringin selatan', 'Paringin Selatan'],
    ['ParinginSelatan', 'Paringin Selatan'],
    ['Tebing  tinggi', 'Tebing Tinggi'],
    ['Tebing Tingi', 'Tebing Tinggi'],
    ['Juwai', 'Juai'],
    ['Banjarmasin', undefined],
  ])('%s → %s', (input, expected) => expect(suggest(input, names)).toBe(expected));
});
