/**
 * A contributor's village, as operators write it: the official code (63.11.07.2008), or the name with
 * or without "Desa"/"Kelurahan". A name found in two kecamatan ("Galumbang") needs the kecamatan.
 */
import { balanganAreas, type Village } from '../content/areas.js';
import { didYouMean, normalizeName } from '../content/suggest.js';

export const VILLAGE_CODE = /^63\.11\.\d{2}\.\d{4}$/;

export type VillageMatch = { village: Village } | { problem: string; hint: string };

const bare = (name: string): string => normalizeName(name).replace(/^(desa|kelurahan|kel\.?|ds\.?)\s+/, '');

export function kecamatanName(code: string): string {
  return balanganAreas().kecamatan.find((k) => k.code === code)?.name ?? code;
}

/** "Desa Binjai" or "Kelurahan Paringin Kota". */
export function villageLabel(v: Village): string {
  return `${v.kind === 'kelurahan' ? 'Kelurahan' : 'Desa'} ${v.name}`;
}

export function findVillageByCode(code: string): Village | undefined {
  return balanganAreas().villages.find((v) => v.code === code);
}

export function resolveVillage(input: string, kecamatan?: string): VillageMatch {
  const { villages, kecamatan: all } = balanganAreas();
  const text = input.trim();
  if (/^\d/.test(text)) {
    const byCode = VILLAGE_CODE.test(text) ? findVillageByCode(text) : undefined;
    if (byCode) return { village: byCode };
    return { problem: `kode wilayah "${text}" bukan desa/kelurahan di Kabupaten Balangan`, hint: 'kode desa/kelurahan Balangan berbentuk 63.11.KK.DDDD (mis. 63.11.07.2008), atau tulis nama desanya' };
  }
  const wanted = bare(text);
  const kec = kecamatan ? all.find((k) => normalizeName(k.name) === normalizeName(kecamatan)) : undefined;
  const named = villages.filter((v) => normalizeName(v.name) === wanted);
  const inKec = kec ? named.filter((v) => v.kecamatanCode === kec.code) : named;
  if (inKec.length === 1) return { village: inKec[0]! };
  if (inKec.length > 1) {
    const list = inKec.map((v) => `${kecamatanName(v.kecamatanCode)} (${v.code})`).join(', ');
    return { problem: `desa/kelurahan "${text}" ada di ${inKec.length} kecamatan: ${list}`, hint: 'tambahkan Kecamatan: …, atau tulis kode wilayahnya' };
  }
  if (kec && named.length) {
    return { problem: `desa/kelurahan "${text}" tidak ada di kecamatan ${kec.name}`, hint: `"${named[0]!.name}" ada di kecamatan ${named.map((v) => kecamatanName(v.kecamatanCode)).join(', ')}; periksa kecamatan atau desanya` };
  }
  const pool = kec ? villages.filter((v) => v.kecamatanCode === kec.code) : villages;
  const meant = didYouMean(wanted, pool.map((v) => v.name));
  return { problem: `desa/kelurahan "${text}" tidak ada${kec ? ` di kecamatan ${kec.name}` : ' di Kabupaten Balangan'}`, hint: meant ?? 'tulis nama resmi desa/kelurahan atau kode wilayahnya (mis. 63.11.07.2008)' };
}
