/**
 * Judges a parsed contribution: what must be there (a telephone above all: without it the redaksi
 * cannot verify), what must be real (the village, the kecamatan, the date) and what must fit.
 */
import { balanganAreas, type Village } from '../content/areas.js';
import { PHONE, phoneDigits } from '../content/schema.js';
import { didYouMean, normalizeName } from '../content/suggest.js';
import type { Diagnostic, Position } from '../diagnostics/diagnostic.js';
import { DATE_FORMAT_HINT, parseDate } from '../distribution/delivery-cell.js';
import { RULE } from '../review/catalogue.js';
import type { Contribution, FieldKey, PhotoRef } from './parse.js';
import { resolveVillage } from './village.js';

export interface CheckedContribution {
  source: Contribution;
  judul: string;
  nama: string;
  kim?: string;
  village: Village;
  telepon: string;
  tanggal: string;
  rubrik?: string;
  photos: PhotoRef[];
  body: string;
}

const REQUIRED: { key: FieldKey | 'isi'; label: string; why: string }[] = [
  { key: 'judul', label: 'Judul', why: 'tulis judul berita' },
  { key: 'nama', label: 'Nama', why: 'tulis nama pengirim' },
  { key: 'desa', label: 'Desa', why: 'tulis desa/kelurahan asal berita (nama atau kode wilayah)' },
  { key: 'telepon', label: 'Telepon', why: 'redaksi perlu nomor telepon pengirim untuk memverifikasi berita' },
  { key: 'tanggal', label: 'Tanggal', why: 'tulis tanggal peristiwa, mis. 10-05-2026' },
  { key: 'isi', label: 'isi berita', why: 'tulis isi berita di bawah kepala, dipisah satu baris kosong' },
];

const LIMITS: Partial<Record<FieldKey, number>> = { judul: 160, nama: 120, kim: 120 };

export function checkContribution(c: Contribution, ctx: { sections: readonly string[]; today: string }): { checked?: CheckedContribution; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const problem = (rule: Diagnostic['rule'], position: Position, field: string, message: string, hint: string): void => {
    diagnostics.push({ file: c.file, position, field, rule, severity: 'error', message, hint });
  };
  for (const r of REQUIRED) {
    const present = r.key === 'isi' ? c.body !== '' : c.fields[r.key] !== undefined;
    if (!present) problem(RULE.kirimanIsianWajib, r.key === 'isi' ? c.bodyStart : c.position, r.key, `isian "${r.label}" kosong`, r.why);
  }
  for (const [key, limit] of Object.entries(LIMITS) as [FieldKey, number][]) {
    const f = c.fields[key];
    if (f && [...f.value].length > limit) problem(RULE.kirimanIsianTidakSah, f.position, key, `${key} ${[...f.value].length} huruf, paling banyak ${limit}`, 'persingkat isiannya');
  }
  const { telepon, tanggal, kecamatan, desa, rubrik } = c.fields;
  if (telepon && !PHONE.test(phoneDigits(telepon.value))) {
    problem(RULE.kirimanIsianTidakSah, telepon.position, 'telepon', `"${telepon.value}" bukan nomor telepon Indonesia`, 'tulis nomor HP atau telepon pengirim, mis. 0812 3456 7890 atau +62 812 3456 7890');
  }
  let date: string | undefined;
  if (tanggal) {
    const parsed = parseDate(tanggal.value, ctx.today);
    if (parsed.ok) date = parsed.date;
    else problem(RULE.kirimanIsianTidakSah, tanggal.position, 'tanggal', parsed.message, DATE_FORMAT_HINT);
  }
  const kecamatanNames = balanganAreas().kecamatan.map((k) => k.name);
  const kecamatanKnown = kecamatan ? kecamatanNames.find((k) => normalizeName(k) === normalizeName(kecamatan.value)) : undefined;
  if (kecamatan && !kecamatanKnown) {
    problem(RULE.kirimanIsianTidakSah, kecamatan.position, 'kecamatan', `kecamatan "${kecamatan.value}" tidak ada di Kabupaten Balangan`, didYouMean(kecamatan.value, kecamatanNames) ?? `kecamatan di Balangan: ${kecamatanNames.join(', ')}`);
  }
  let village: Village | undefined;
  if (desa) {
    const match = resolveVillage(desa.value, kecamatanKnown);
    if ('village' in match) village = match.village;
    else problem(RULE.kirimanDesa, desa.position, 'desa', match.problem, match.hint);
  }
  const section = rubrik ? ctx.sections.find((s) => normalizeName(s) === normalizeName(rubrik.value)) : undefined;
  if (rubrik && !section) {
    problem(RULE.kirimanIsianTidakSah, rubrik.position, 'rubrik', `rubrik "${rubrik.value}" tidak ada di edisi ini (${ctx.sections.join(', ')})`, didYouMean(rubrik.value, ctx.sections) ?? 'kosongkan Rubrik: agar redaksi memilihkan, atau pilih rubrik edisi');
  }
  if (diagnostics.length || !village || !date) return { diagnostics };
  const value = (key: FieldKey) => c.fields[key]?.value;
  return {
    checked: { source: c, judul: value('judul')!, nama: value('nama')!, ...(value('kim') ? { kim: value('kim') } : {}), village, telepon: value('telepon')!, tanggal: date, ...(section ? { rubrik: section } : {}), photos: c.photos, body: c.body },
    diagnostics,
  };
}
