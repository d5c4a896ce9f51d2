/**
 * The recipient registry (distribution/penerima.csv): one row per recipient, editable by staff in a
 * spreadsheet. Validated row by row; every problem names its row.
 */
import { z } from 'zod';
import { balanganAreas } from '../content/areas.js';
import { didYouMean } from '../content/suggest.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { readCsv, unguard } from './csv.js';

export const CATEGORIES = ['skpd', 'desa', 'kelurahan', 'vertikal', 'kim', 'lainnya'] as const;
export type Category = (typeof CATEGORIES)[number];
export const CATEGORY_LABEL: Record<Category, string> = { skpd: 'SKPD', desa: 'Desa', kelurahan: 'Kelurahan', vertikal: 'Instansi vertikal', kim: 'KIM', lainnya: 'Lainnya' };

export const REGISTRY_COLUMNS = ['id', 'kategori', 'nama', 'kecamatan', 'kode_wilayah', 'alamat', 'kontak', 'eksemplar', 'rute', 'sumber'] as const;
type Column = (typeof REGISTRY_COLUMNS)[number];
const REQUIRED = ['id', 'kategori', 'nama', 'kecamatan'] as const;
/** The English columns of earlier releases (and of the seed list), read as the Indonesian ones. */
export const REGISTRY_ALIASES: Readonly<Record<string, Column>> = { category: 'kategori', name: 'nama', address: 'alamat', contact: 'kontak', copies: 'eksemplar', route: 'rute', source: 'sumber' };
/** The row schema's fields (whose names the rule ids keep: penerima-category, penerima-copies) as columns. */
const COLUMN_OF: Record<string, Column> = { id: 'id', category: 'kategori', name: 'nama', copies: 'eksemplar' };
/** = and @ always start a formula; + and - do before a name or a bracket (not before a phone number). */
const LOOKS_LIKE_FORMULA = /^(?:[=@\t\r]|[+-]\s*[A-Za-z(])/;
/** Longest cell accepted; a name must fit on a label (two lines at the smallest type). */
export const MAX_CELL_CHARS = 500;
export const MAX_NAME_CHARS = 200;

export interface Recipient {
  id: string;
  category: Category;
  name: string;
  /** Empty for offices of the whole regency. */
  kecamatan: string;
  kodeWilayah: string;
  address: string;
  contact: string;
  /** Override of the category default. */
  copies?: number;
  route: string;
  source: string;
  line: number;
}

const rowSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { message: 'id hanya huruf, angka, titik, garis bawah dan tanda hubung' }),
  category: z.enum(CATEGORIES),
  name: z.string().min(1, { message: 'nama wajib diisi' }),
  copies: z.string().regex(/^(\d+)?$/, { message: 'jumlah eksemplar harus bilangan bulat 0 atau lebih' }),
});

export function parseRegistry(text: string, file: string): { recipients: Recipient[]; diagnostics: Diagnostic[] } {
  const { records, diagnostics } = readCsv(text, file, REGISTRY_COLUMNS, REQUIRED, REGISTRY_ALIASES);
  const kecamatan = balanganAreas().kecamatan.map((k) => k.name);
  const seen = new Map<string, number>();
  const recipients: Recipient[] = [];
  for (const { line, values } of records) {
    const v = (k: string) => unguard(values[k] ?? '');
    const at = (field: string, rule: string, message: string, hint?: string) =>
      diagnostics.push({ file, position: { line, column: REGISTRY_COLUMNS.indexOf(field as Column) + 1 }, field, rule, severity: 'error', message, hint });
    // Before anything else looks at the row: an oversized cell must not reach the allocation or the labels.
    const oversized = REGISTRY_COLUMNS.filter((field) => [...v(field)].length > (field === 'nama' ? MAX_NAME_CHARS : MAX_CELL_CHARS));
    for (const field of oversized) {
      const limit = field === 'nama' ? MAX_NAME_CHARS : MAX_CELL_CHARS;
      at(field, 'penerima-sel-terlalu-panjang', `isi kolom ${field} ${[...v(field)].length.toLocaleString('id-ID')} huruf, batasnya ${limit} huruf; baris ini dilewati`, field === 'nama' ? 'tulis nama resmi penerima saja; keterangan lain masuk kolom alamat atau kontak' : 'periksa sel ini di spreadsheet: mungkin ada teks yang tertempel tidak sengaja');
    }
    if (oversized.length) continue;
    const parsed = rowSchema.safeParse({ id: v('id'), category: v('kategori').toLowerCase(), name: v('nama'), copies: v('eksemplar') });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0]);
        const message = field === 'category' ? `kategori "${v('kategori')}" tidak dikenal (${CATEGORIES.join(', ')})` : field === 'copies' ? `jumlah eksemplar "${v('eksemplar')}" tidak sah; harus bilangan bulat 0 atau lebih` : issue.message;
        at(COLUMN_OF[field] ?? field, `penerima-${field}`, message, field === 'category' ? didYouMean(v('kategori'), CATEGORIES) : undefined);
      }
      continue;
    }
    const first = seen.get(parsed.data.id);
    if (first) {
      diagnostics.push({ file, position: { line, column: 1 }, field: 'id', rule: 'penerima-id-ganda', severity: 'error', message: `id "${parsed.data.id}" sudah dipakai`, hint: 'setiap penerima perlu id sendiri', related: { file, position: { line: first, column: 1 }, message: 'dipakai pertama kali di sini' } });
      continue;
    }
    seen.set(parsed.data.id, line);
    // Spreadsheets run such cells as formulas: our CSVs neutralise them, but the registry is opened in one too.
    for (const field of REGISTRY_COLUMNS) {
      if (LOOKS_LIKE_FORMULA.test(v(field))) {
        diagnostics.push({ file, position: { line, column: REGISTRY_COLUMNS.indexOf(field) + 1 }, field, rule: 'penerima-formula', severity: 'warning', message: `isi "${v(field).slice(0, 30)}" terbaca sebagai rumus spreadsheet; di setiap CSV keluaran diberi tanda ' agar tidak dijalankan`, hint: 'bila ini bukan isi yang dimaksud, perbaiki selnya (jangan diawali =, @, atau + / - sebelum huruf)' });
      }
    }
    const kec = v('kecamatan');
    if (kec && !kecamatan.includes(kec)) {
      at('kecamatan', 'penerima-kecamatan', `kecamatan "${kec}" tidak ada di Kabupaten Balangan`, didYouMean(kec, kecamatan) ?? `pilih salah satu: ${kecamatan.join(', ')}`);
      continue;
    }
    recipients.push({
      id: parsed.data.id,
      category: parsed.data.category,
      name: parsed.data.name,
      kecamatan: kec,
      kodeWilayah: v('kode_wilayah'),
      address: v('alamat'),
      contact: v('kontak'),
      copies: parsed.data.copies === '' ? undefined : Number(parsed.data.copies),
      route: v('rute'),
      source: v('sumber'),
      line,
    });
  }
  if (records.length > 0 && recipients.length === 0 && diagnostics.length === 0) {
    diagnostics.push({ file, rule: 'penerima-kosong', severity: 'error', message: 'daftar penerima kosong', hint: 'jalankan "jurnal distribute init"' });
  }
  if (records.length === 0 && diagnostics.length === 0) {
    diagnostics.push({ file, rule: 'penerima-kosong', severity: 'error', message: 'daftar penerima kosong', hint: 'jalankan "jurnal distribute init"' });
  }
  return { recipients, diagnostics };
}

export function registryRow(r: Omit<Recipient, 'line'>): (string | number | undefined)[] {
  return [r.id, r.category, r.name, r.kecamatan, r.kodeWilayah, r.address, r.contact, r.copies, r.route, r.source];
}
