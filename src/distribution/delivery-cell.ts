/**
 * What staff may write in the "diterima" column of a filled-in alokasi.csv, and dates as they type them.
 * Pure and total: every cell is exactly one of empty (not yet), received (maybe on a date), not delivered
 * (with its reason) or an error saying what is accepted; nothing here throws.
 */

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** Receipts older than this are typing mistakes (the regency itself dates from 2003). */
const EARLIEST_YEAR = 2000;

export const DATE_FORMAT_HINT = 'tulis tanggal sebagai TTTT-BB-HH, mis. 2026-05-21 (HH-BB-TTTT dan HH/BB/TTTT juga diterima)';

/** Today's date where the tool runs (WITA in Balangan), as YYYY-MM-DD; not the UTC date. */
export function localToday(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export type DateResult = { ok: true; date: string } | { ok: false; shape: boolean; message: string };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** Day first, as staff write it: 21-05-2026 or 21/05/2026 (one separator throughout). */
const DAY_FIRST = /^(\d{1,2})([-/])(\d{1,2})\2(\d{4})$/;

/**
 * A date as YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY that exists in the calendar and is not after `today`.
 * `shape` tells whether the text was written like a date at all (then the message is about the date).
 */
export function parseDate(text: string, today: string): DateResult {
  const t = text.trim();
  let y: number, m: number, d: number;
  const iso = ISO.exec(t);
  const dayFirst = iso ? null : DAY_FIRST.exec(t);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dayFirst) [y, m, d] = [Number(dayFirst[4]), Number(dayFirst[3]), Number(dayFirst[1])];
  else return { ok: false, shape: false, message: `"${t}" bukan tanggal` };
  if (m < 1 || m > 12) return { ok: false, shape: true, message: `tanggal "${t}" tidak ada: bulan ${m} tidak ada (1 sampai 12)` };
  if (d < 1 || d > daysInMonth(y, m)) return { ok: false, shape: true, message: `tanggal "${t}" tidak ada: ${MONTHS[m - 1]} ${y} hanya sampai tanggal ${daysInMonth(y, m)}` };
  if (y < EARLIEST_YEAR) return { ok: false, shape: true, message: `tanggal "${t}" tidak masuk akal: tahun ${y}` };
  const date = `${y}-${pad(m)}-${pad(d)}`;
  if (date > today) return { ok: false, shape: true, message: `tanggal "${t}" belum terjadi (hari ini ${today})` };
  return { ok: true, date };
}

export type CellMeaning =
  | { kind: 'empty' }
  | { kind: 'received'; date?: string }
  | { kind: 'not-delivered'; reason: string }
  | { kind: 'error'; message: string; hint: string };

/** Words meaning "received" (compared after trimming, lower-casing and collapsing spaces). */
export const RECEIVED_WORDS = ['ya', 'y', 'v', '✓', '✔', '√', 'sudah', 'diterima', 'sudah diterima'] as const;
/** "Not yet", the same as an empty cell. */
export const PENDING_WORDS = ['belum'] as const;
/**
 * Words that start a "not delivered" cell: alone ("tidak") or followed by the reason ("tidak ada orang",
 * "ditolak: sudah punya", "gagal - alamat tidak ditemukan"). The whole cell is kept as the reason.
 */
export const NOT_DELIVERED_WORDS = ['tidak', 'tdk', 'ditolak', 'gagal', 'dikembalikan', 'kantor tutup', 'tutup', 'alamat tidak ditemukan', 'pindah alamat'] as const;

export const CELL_HINT =
  `kosongkan bila belum; bila diterima: tanggalnya (TTTT-BB-HH, HH-BB-TTTT atau HH/BB/TTTT) atau ${RECEIVED_WORDS.join(' / ')}; ` +
  `bila tidak diterima: alasannya, diawali ${NOT_DELIVERED_WORDS.join(' / ')} (mis. "tidak ada orang")`;

const normalise = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

export function classifyCell(raw: string, today: string): CellMeaning {
  const text = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
  const word = normalise(raw);
  if (word === '' || (PENDING_WORDS as readonly string[]).includes(word)) return { kind: 'empty' };
  if ((RECEIVED_WORDS as readonly string[]).includes(word)) return { kind: 'received' };
  if (NOT_DELIVERED_WORDS.some((w) => word === w || (word.startsWith(w) && /^[\s:;,.(–—-]/.test(word.slice(w.length))))) return { kind: 'not-delivered', reason: text };
  const date = parseDate(text, today);
  if (date.ok) return { kind: 'received', date: date.date };
  if (date.shape) return { kind: 'error', message: date.message, hint: DATE_FORMAT_HINT };
  return { kind: 'error', message: `isi "${text.length > 40 ? `${text.slice(0, 40)}…` : text}" tidak dikenal`, hint: CELL_HINT };
}
