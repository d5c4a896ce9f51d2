/**
 * The files of a contribution, classified by their bytes: text, a form export (CSV), or a photo
 * (JPEG or PNG). Size is judged from the directory entry before a byte is read, and a file is read
 * whole only once its head says it is something we take.
 */
import { lstat, open, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sniffFormat } from '../images/inspect.js';
import { RULE } from '../review/catalogue.js';

/** Nothing a village operator sends is larger; a bigger file is refused unread. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** A story, or a form export of many, is a few hundred KB at most. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;

export type EntryKind = 'text' | 'csv' | 'photo';

export interface Entry {
  /** The file's name in the contribution. */
  name: string;
  file: string;
  /** As shown in messages. */
  display: string;
  kind: EntryKind;
  bytes: Buffer;
}

const megabytes = (n: number) => `${(n / 1048576).toFixed(1).replace('.', ',')} MB`;
const HEIC_HINT = 'kirim foto sebagai JPEG: di iPhone Pengaturan → Kamera → Format → "Paling Kompatibel", atau kirim lewat WhatsApp sebagai foto biasa';

/** What a file is, from its head and name; a refusal says why and what to send instead. */
function classify(name: string, head: Uint8Array): { kind: EntryKind } | { message: string; hint: string } {
  const format = sniffFormat(head);
  if (format === 'jpeg' || format === 'png') return { kind: 'photo' };
  if (format === 'heif') return { message: 'foto HEIC/HEIF (format bawaan iPhone) tidak diterima', hint: HEIC_HINT };
  if (format) return { message: `foto ${format.toUpperCase()} tidak diterima; foto kiriman harus JPEG atau PNG`, hint: 'simpan ulang fotonya sebagai JPEG' };
  const ascii = Buffer.from(head.subarray(0, 5)).toString('latin1');
  if (ascii.startsWith('PK')) return { message: 'dokumen Word/ZIP tidak dibaca', hint: 'salin teks beritanya ke berkas .txt (Notepad), atau kirim fotonya satu per satu' };
  if (ascii === '%PDF-') return { message: 'PDF tidak dibaca', hint: 'salin teks beritanya ke berkas .txt' };
  const ext = path.extname(name).toLowerCase();
  if (head.includes(0)) return { message: 'berkas ini bukan teks dan bukan foto JPEG/PNG', hint: 'kirim teks sebagai .txt dan foto sebagai JPEG' };
  if (ext === '.txt' || ext === '.md') return { kind: 'text' };
  if (ext === '.csv') return { kind: 'csv' };
  return { message: `berkas "${ext || name}" tidak dikenal; kiriman berisi .txt, .md, .csv, dan foto JPEG/PNG`, hint: 'ganti nama berkas teks menjadi .txt, atau keluarkan berkas ini dari folder kiriman' };
}

async function readHead(file: string): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const head = new Uint8Array(512);
    const { bytesRead } = await handle.read(head, 0, head.byteLength, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** One file of the contribution, or why it is refused. */
export async function readEntry(file: string, display: string): Promise<{ entry?: Entry; diagnostics: Diagnostic[] }> {
  const refuse = (rule: Diagnostic['rule'], message: string, hint: string) => ({ diagnostics: [{ file: display, rule, severity: 'error' as const, message, hint }] });
  const stat = await lstat(file);
  if (stat.isSymbolicLink()) return refuse(RULE.kirimanJenisBerkas, 'tautan (symlink) tidak dibaca', 'salin berkas aslinya ke folder kiriman');
  if (!stat.isFile()) return refuse(RULE.kirimanJenisBerkas, 'bukan berkas biasa', 'satu kiriman = berkas .txt/.md/.csv, atau satu folder berisi berkas itu dan fotonya');
  if (stat.size > MAX_FILE_BYTES) return refuse(RULE.kirimanTerlaluBesar, `berkas ${megabytes(stat.size)}, batasnya ${megabytes(MAX_FILE_BYTES)}; tidak dibaca`, 'kirim foto asli satu per satu (satu foto kamera HP 3–10 MB); video tidak dimuat di koran');
  if (stat.size === 0) return refuse(RULE.kirimanTidakAda, 'berkas kosong', 'kirim ulang berkasnya');
  const name = path.basename(file);
  const kind = classify(name, await readHead(file));
  if ('message' in kind) return refuse(RULE.kirimanJenisBerkas, kind.message, kind.hint);
  if (kind.kind !== 'photo' && stat.size > MAX_TEXT_BYTES) return refuse(RULE.kirimanTerlaluBesar, `berkas teks ${megabytes(stat.size)}, batasnya ${megabytes(MAX_TEXT_BYTES)}; tidak dibaca`, 'satu berita cukup beberapa puluh KB; periksa apakah berkasnya benar');
  return { entry: { name, file, display, kind: kind.kind, bytes: await readFile(file) }, diagnostics: [] };
}

/** The files of a contribution folder (not its sub-folders), in name order. */
export async function folderFiles(dir: string, display: string): Promise<{ files: { file: string; display: string }[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const files: { file: string; display: string }[] = [];
  for (const name of (await readdir(dir)).sort()) {
    const file = path.join(dir, name);
    if (name.startsWith('.')) continue;
    if ((await lstat(file)).isDirectory()) {
      diagnostics.push({ file: path.join(display, name), rule: RULE.kirimanJenisBerkas, severity: 'warning', message: 'folder di dalam kiriman tidak dibaca', hint: 'taruh naskah dan fotonya langsung di folder kiriman' });
      continue;
    }
    files.push({ file, display: path.join(display, name) });
  }
  return { files, diagnostics };
}
