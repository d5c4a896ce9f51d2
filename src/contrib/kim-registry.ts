/**
 * The registry of Kelompok Informasi Masyarakat (distribution/kim.csv), the "data center" of the
 * villages' groups and social-media accounts that MyMeIn keeps: editable in a spreadsheet, validated
 * row by row like the recipients (every problem names its row and column).
 */
import { balanganAreas } from '../content/areas.js';
import { PHONE, phoneDigits } from '../content/schema.js';
import { didYouMean, normalizeName } from '../content/suggest.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { readCsv, unguard } from '../distribution/csv.js';
import { RULE } from '../review/catalogue.js';
import { kimLabel } from './byline.js';
import { kecamatanName } from './village.js';

export const KIM_FILE = 'distribution/kim.csv';
export const KIM_COLUMNS = ['nama', 'kode_wilayah', 'desa', 'kecamatan', 'narahubung', 'telepon', 'facebook', 'instagram', 'youtube', 'tiktok', 'situs', 'contoh', 'sumber'] as const;
const REQUIRED = ['nama', 'kode_wilayah'] as const;
const KECAMATAN_CODE = /^63\.11\.\d{2}$/;

export interface Kim {
  nama: string;
  /** A desa/kelurahan code, or a kecamatan code for a group of the whole kecamatan. */
  kodeWilayah: string;
  desa?: string;
  kecamatan: string;
  narahubung: string;
  telepon: string;
  akun: { facebook: string; instagram: string; youtube: string; tiktok: string; situs: string };
  /** An example row shipped with the tool, not a real group. */
  contoh: boolean;
  line: number;
}

export function parseKimRegistry(text: string, file: string): { kims: Kim[]; diagnostics: Diagnostic[] } {
  const { records, diagnostics } = readCsv(text, file, KIM_COLUMNS, REQUIRED);
  const { kecamatan, villages } = balanganAreas();
  const kims: Kim[] = [];
  const seen = new Map<string, number>();
  for (const { line, values } of records) {
    const columns = Object.keys(values);
    const v = (k: string) => unguard(values[k] ?? '');
    const at = (field: string, rule: Diagnostic['rule'], message: string, hint?: string) =>
      diagnostics.push({ file, position: { line, column: columns.indexOf(field) + 1 }, field, rule, severity: 'error', message, ...(hint ? { hint } : {}) });
    const before = diagnostics.length;
    if (!v('nama')) at('nama', RULE.kimIsian, 'nama KIM kosong', 'tulis nama KIM seperti di SK pembentukannya');
    const code = v('kode_wilayah');
    const village = villages.find((x) => x.code === code);
    const kec = kecamatan.find((k) => k.code === (village ? village.kecamatanCode : code));
    if (!code) at('kode_wilayah', RULE.kimIsian, 'kode wilayah kosong', 'tulis kode desa/kelurahan (mis. 63.11.07.2008) atau kecamatan (mis. 63.11.07)');
    else if (!village && !(KECAMATAN_CODE.test(code) && kec)) {
      const byName = villages.find((x) => normalizeName(x.name) === normalizeName(v('desa')));
      at('kode_wilayah', RULE.kimDesa, `kode wilayah "${code}" bukan desa/kelurahan atau kecamatan di Kabupaten Balangan`, byName ? `desa ${byName.name} berkode ${byName.code}` : 'kode desa/kelurahan Balangan berbentuk 63.11.KK.DDDD');
    } else {
      if (v('desa') && (!village || normalizeName(v('desa')) !== normalizeName(village.name))) {
        at('desa', RULE.kimDesa, village ? `kode ${code} adalah ${village.name}, bukan "${v('desa')}"` : `kode ${code} adalah kecamatan, tetapi kolom desa diisi "${v('desa')}"`, village ? `tulis "${village.name}", atau perbaiki kodenya` : 'kosongkan kolom desa, atau tulis kode desanya');
      }
      if (v('kecamatan') && normalizeName(v('kecamatan')) !== normalizeName(kec!.name)) {
        at('kecamatan', RULE.kimDesa, `kode ${code} ada di kecamatan ${kec!.name}, bukan "${v('kecamatan')}"`, didYouMean(v('kecamatan'), kecamatan.map((k) => k.name)) ?? `tulis "${kec!.name}"`);
      }
    }
    if (v('telepon') && !PHONE.test(phoneDigits(v('telepon')))) at('telepon', RULE.kimIsian, `"${v('telepon')}" bukan nomor telepon Indonesia`, 'mis. 0812 3456 7890');
    if (!['', 'ya'].includes(v('contoh').toLowerCase())) at('contoh', RULE.kimIsian, `kolom contoh berisi "${v('contoh')}"`, 'tulis "ya" untuk baris contoh, kosongkan untuk KIM sungguhan');
    const key = normalizeName(kimLabel(v('nama') || '-'));
    const first = seen.get(key);
    if (v('nama') && first) {
      diagnostics.push({ file, position: { line, column: columns.indexOf('nama') + 1 }, field: 'nama', rule: RULE.kimGanda, severity: 'error', message: `KIM "${v('nama')}" sudah ada`, hint: 'hapus baris gandanya, atau bedakan namanya', related: { file, position: { line: first, column: 1 }, message: 'tercatat pertama di sini' } });
    }
    if (diagnostics.length > before) continue;
    seen.set(key, line);
    kims.push({
      nama: v('nama'),
      kodeWilayah: code,
      ...(village ? { desa: village.name } : {}),
      kecamatan: kecamatanName(kec!.code),
      narahubung: v('narahubung'),
      telepon: v('telepon'),
      akun: { facebook: v('facebook'), instagram: v('instagram'), youtube: v('youtube'), tiktok: v('tiktok'), situs: v('situs') },
      contoh: v('contoh').toLowerCase() === 'ya',
      line,
    });
  }
  if (kims.length && kims.every((k) => k.contoh)) {
    diagnostics.push({ file, rule: RULE.kimKosong, severity: 'warning', message: `daftar KIM baru berisi ${kims.length} baris contoh (kolom contoh = ya), belum ada KIM sungguhan`, hint: 'isi dengan KIM yang terdaftar di Diskominfosan, lalu hapus baris contohnya' });
  }
  return { kims, diagnostics };
}

/** The registered KIM a contribution names, or a warning with the nearest name. */
export function checkKimName(name: string, kims: readonly Kim[], at: Pick<Diagnostic, 'file' | 'position'>): Diagnostic | undefined {
  const wanted = normalizeName(kimLabel(name));
  if (kims.some((k) => normalizeName(kimLabel(k.nama)) === wanted)) return undefined;
  return { ...at, field: 'kim', rule: RULE.kirimanKimTidakTerdaftar, severity: 'warning', message: `KIM "${name}" tidak ada di ${KIM_FILE}`, hint: didYouMean(kimLabel(name), kims.map((k) => kimLabel(k.nama))) ?? `periksa ejaan nama KIM, atau tambahkan KIM itu ke ${KIM_FILE}` };
}
