/**
 * A contribution as a village operator writes it, read without judging it (validate.ts does that).
 * Pure and total: text in, contributions and diagnostics out, every position inside the source.
 *
 * A text file (.txt or .md) is a head of "Kunci: nilai" lines, a blank line, then the story:
 *
 *     Judul: Gotong Royong Bersihkan Saluran Irigasi
 *     Nama: Siti Aminah
 *     KIM: KIM Bina Warga
 *     Desa: Binjai
 *     Telepon: 0812 3456 7890
 *     Tanggal: 10-05-2026
 *     Foto: irigasi.jpg | Warga membersihkan saluran irigasi.
 *
 *     Isi berita …
 *
 * The head may also sit between two "---" lines (as in the paper's own articles). A form export
 * (CSV) has one contribution per row, with the columns of CSV_COLUMNS.
 */
import { type Diagnostic, offsetToPosition, type Position } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../content/suggest.js';
import { readCsv } from '../distribution/csv.js';
import { RULE } from '../review/catalogue.js';

export const KEYS = ['judul', 'nama', 'kim', 'desa', 'kecamatan', 'telepon', 'tanggal', 'rubrik', 'foto'] as const;
export type FieldKey = Exclude<(typeof KEYS)[number], 'foto'>;
/** What operators write instead (compared lower-case, spaces collapsed). */
const ALIASES: Record<string, (typeof KEYS)[number]> = {
  pengirim: 'nama',
  'nama pengirim': 'nama',
  kelurahan: 'desa',
  'desa/kelurahan': 'desa',
  hp: 'telepon',
  'no hp': 'telepon',
  'nomor hp': 'telepon',
  telp: 'telepon',
  wa: 'telepon',
  whatsapp: 'telepon',
  'nomor telepon': 'telepon',
};

/** Columns of a form export; `cap_waktu` is the form's own timestamp, kept only in the original. */
export const CSV_COLUMNS = ['cap_waktu', 'judul', 'nama', 'kim', 'desa', 'kecamatan', 'telepon', 'tanggal', 'rubrik', 'isi', 'foto', 'keterangan_foto'] as const;
const CSV_REQUIRED = ['judul', 'nama', 'desa', 'telepon', 'tanggal', 'isi'] as const;

export const TEMPLATE_HINT = 'awali berkas dengan baris Judul:, Nama:, KIM:, Desa:, Telepon:, Tanggal: (satu per baris), lalu satu baris kosong, lalu isi berita';

export interface Field {
  value: string;
  position: Position;
}

export interface PhotoRef {
  name: string;
  caption?: string;
  position: Position;
}

export interface Contribution {
  /** The source file as shown in messages. */
  file: string;
  /** Where it starts: line 1 of a text file, the row of a CSV record. */
  position: Position;
  fields: Partial<Record<FieldKey, Field>>;
  photos: PhotoRef[];
  body: string;
  /** Where the body starts in the source. */
  bodyStart: Position;
  /** CSV: the body is one cell, so a place inside it is reported at the cell. */
  bodyInCell: boolean;
}

/** Invisible characters chat apps leave behind (the article loader refuses the same). */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200d\u202a-\u202e\u2066-\u2069\ufeff]/;

const normalizeKey = (key: string): string => key.toLowerCase().replace(/\s+/g, ' ').trim();

function controlCharacter(text: string, file: string): Diagnostic[] {
  const found = CONTROL.exec(text);
  if (!found) return [];
  const code = found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  return [{ file, position: offsetToPosition(text, found.index), rule: RULE.karakterKontrol, severity: 'error', message: `karakter tak terlihat U+${code} di dalam teks`, hint: 'hapus karakter itu (sering terbawa dari aplikasi chat)' }];
}

export function parseContributionText(source: string, file: string): { contribution?: Contribution; diagnostics: Diagnostic[] } {
  const text = source.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const diagnostics = controlCharacter(text, file);
  const lines = text.split('\n');
  let first = lines.findIndex((l) => l.trim() !== '');
  if (first === -1) return { diagnostics: [...diagnostics, { file, rule: RULE.kirimanIsianWajib, severity: 'error', message: 'berkas kiriman kosong', hint: TEMPLATE_HINT }] };
  const fenced = lines[first]!.trim() === '---';
  let end: number;
  if (fenced) {
    first += 1;
    end = lines.findIndex((l, i) => i >= first && l.trim() === '---');
    if (end === -1) return { diagnostics: [...diagnostics, { file, position: { line: first, column: 1 }, rule: RULE.kirimanKunci, severity: 'error', message: 'kepala kiriman dibuka dengan "---" tetapi tidak ditutup', hint: 'tambahkan baris "---" setelah baris Foto:/Tanggal: terakhir' }] };
  } else {
    end = lines.findIndex((l, i) => i >= first && l.trim() === '');
    if (end === -1) end = lines.length;
  }
  const fields: Contribution['fields'] = {};
  const photos: PhotoRef[] = [];
  for (let i = first; i < end; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const m = /^(\s*)([^:]{1,40}?)\s*:\s*(.*?)\s*$/.exec(line);
    if (!m) {
      const message = i === first ? 'kiriman tidak diawali kepala (Judul:, Nama:, Desa:, …)' : `baris kepala "${line.trim().slice(0, 40)}" tidak berbentuk Kunci: nilai`;
      diagnostics.push({ file, position: { line: i + 1, column: 1 }, rule: RULE.kirimanKunci, severity: 'error', message, hint: i === first ? TEMPLATE_HINT : 'pisahkan kepala dari isi berita dengan satu baris kosong' });
      if (i === first) return { diagnostics };
      continue;
    }
    const rawKey = m[2]!;
    const keyPosition = { line: i + 1, column: m[1]!.length + 1 };
    const valuePosition = { line: i + 1, column: line.indexOf(m[3]!, line.indexOf(':') + 1) + 1 };
    // Quotes copied from the paper's own front-matter ("0812…") are not part of the value.
    const value = /^(["']).*\1$/.test(m[3]!) && m[3]!.length >= 2 ? m[3]!.slice(1, -1).trim() : m[3]!;
    const normal = normalizeKey(rawKey);
    const key = (KEYS as readonly string[]).includes(normal) ? (normal as (typeof KEYS)[number]) : ALIASES[normal];
    if (!key) {
      diagnostics.push({ file, position: keyPosition, rule: RULE.kirimanKunci, severity: 'error', message: `kunci "${rawKey}" tidak dikenal`, hint: didYouMean(normal, KEYS) ?? `kunci yang dikenal: ${KEYS.map((k) => (k === 'kim' ? 'KIM' : k[0]!.toUpperCase() + k.slice(1))).join(', ')}` });
      continue;
    }
    if (key === 'foto') {
      if (value) photos.push(photoRef(value, valuePosition));
      continue;
    }
    if (fields[key]) {
      diagnostics.push({ file, position: keyPosition, rule: RULE.kirimanKunci, severity: 'error', message: `"${rawKey}" ditulis dua kali (pertama di baris ${fields[key].position.line})`, hint: 'hapus salah satunya' });
      continue;
    }
    if (value) fields[key] = { value, position: valuePosition };
  }
  const rest = fenced ? end + 1 : end;
  let bodyFirst = rest;
  while (bodyFirst < lines.length && lines[bodyFirst]!.trim() === '') bodyFirst++;
  const body = lines.slice(bodyFirst).join('\n').trimEnd();
  return { contribution: { file, position: { line: 1, column: 1 }, fields, photos, body, bodyStart: { line: bodyFirst + 1, column: 1 }, bodyInCell: false }, diagnostics };
}

/** "irigasi.jpg | Warga membersihkan saluran." → the file name and its caption. */
function photoRef(value: string, position: Position): PhotoRef {
  const bar = value.indexOf('|');
  if (bar === -1) return { name: value.trim(), position };
  const caption = value.slice(bar + 1).trim();
  return { name: value.slice(0, bar).trim(), ...(caption ? { caption } : {}), position };
}

export function parseContributionCsv(source: string, file: string): { contributions: Contribution[]; diagnostics: Diagnostic[] } {
  const { records, diagnostics } = readCsv(source, file, CSV_COLUMNS, CSV_REQUIRED);
  diagnostics.push(...controlCharacter(source.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n'), file));
  const contributions: Contribution[] = [];
  // csv-parse gives the line a record ends on; a form's text cell often spans several lines.
  let previousEnd = 1;
  for (const { line: end, values } of records) {
    const line = previousEnd + 1;
    previousEnd = end;
    const columns = Object.keys(values);
    const at = (column: string): Position => ({ line, column: columns.indexOf(column) + 1 });
    const fields: Contribution['fields'] = {};
    for (const key of KEYS) {
      // A form's one-line answers may still hold line breaks; they are one line of the head.
      if (key !== 'foto' && values[key]) fields[key] = { value: values[key]!.replace(/\s+/g, ' '), position: at(key) };
    }
    const names = (values.foto ?? '').split(';').map((s) => s.trim());
    const captions = (values.keterangan_foto ?? '').split(';').map((s) => s.trim());
    const photos = names.flatMap((name, i) => (name ? [{ name, ...(captions[i] ? { caption: captions[i] } : {}), position: at('foto') }] : []));
    contributions.push({ file, position: { line, column: 1 }, fields, photos, body: (values.isi ?? '').trim(), bodyStart: at('isi'), bodyInCell: true });
  }
  return { contributions, diagnostics };
}
