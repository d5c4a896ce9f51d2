/**
 * CSV both ways. Reading: csv-parse (RFC 4180) with the row number of every record, so a problem names
 * its row. Writing: UTF-8 with BOM (spreadsheet programs then read the accents right), CRLF, quotes
 * where needed, and cells that a spreadsheet would run as a formula (= + - @ tab CR) neutralised.
 */
import { parse } from 'csv-parse/sync';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

export interface CsvRecord {
  /** 1-based line of the record in the file (the header is line 1). */
  line: number;
  values: Record<string, string>;
}

/**
 * `aliases`: older column names (English, README "Names") read as the current ones for one release;
 * the records carry the current names.
 */
export function readCsv(text: string, file: string, expected: readonly string[], required: readonly string[], aliases: Readonly<Record<string, string>> = {}): { records: CsvRecord[]; diagnostics: Diagnostic[] } {
  // Files edited by hand often mix CRLF and LF; csv-parse would take the first style as the only one.
  const body = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(body, { info: true, relax_column_count: true, skip_empty_lines: true, bom: true }) as unknown as typeof rows;
  } catch (cause) {
    const error = cause as Error & { lines?: number; code?: string };
    return {
      records: [],
      diagnostics: [{ file, position: { line: error.lines ?? 1, column: 1 }, rule: 'csv-sintaks', severity: 'error', message: `CSV tidak dapat dibaca: ${csvErrorText(error.code)}`, hint: 'periksa tanda kutip ganda ("") di baris ini; teks yang memuat koma harus diapit tanda kutip' }],
    };
  }
  if (rows.length === 0) return { records: [], diagnostics: [{ file, rule: 'csv-kosong', severity: 'error', message: 'berkas kosong', hint: `baris pertama harus: ${expected.join(',')}` }] };
  const header = rows[0]!.record.map((h) => h.trim()).map((h) => (Object.hasOwn(aliases, h) ? aliases[h]! : h));
  const diagnostics: Diagnostic[] = [];
  const twice = header.filter((h, i) => header.indexOf(h) !== i);
  if (twice.length) {
    diagnostics.push({ file, position: { line: 1, column: 1 }, rule: 'csv-kepala', severity: 'error', message: `baris judul kolom salah: kolom ${[...new Set(twice)].join(', ')} ditulis dua kali (mungkin dengan nama lama dan nama barunya)`, hint: `baris pertama harus: ${expected.join(',')}` });
    return { records: [], diagnostics };
  }
  const unknown = header.filter((h) => !expected.includes(h));
  const missing = required.filter((h) => !header.includes(h));
  if (unknown.length || missing.length) {
    diagnostics.push({ file, position: { line: 1, column: 1 }, rule: 'csv-kepala', severity: 'error', message: `baris judul kolom salah${missing.length ? `: kolom ${missing.join(', ')} tidak ada` : ''}${unknown.length ? `${missing.length ? ';' : ':'} kolom tidak dikenal ${unknown.join(', ')}` : ''}`, hint: `baris pertama harus: ${expected.join(',')}` });
    return { records: [], diagnostics };
  }
  const records: CsvRecord[] = [];
  for (const { record, info } of rows.slice(1)) {
    if (record.length !== header.length) {
      diagnostics.push({ file, position: { line: info.lines, column: 1 }, rule: 'csv-kolom', severity: 'error', message: `baris ini punya ${record.length} kolom, seharusnya ${header.length}`, hint: 'ada koma berlebih atau kurang; teks yang memuat koma harus diapit tanda kutip' });
      continue;
    }
    records.push({ line: info.lines, values: Object.fromEntries(header.map((h, i) => [h, record[i]!.trim()])) });
  }
  return { records, diagnostics };
}

function csvErrorText(code: string | undefined): string {
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'tanda kutip tidak ditutup';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'INVALID_OPENING_QUOTE':
      return 'tanda kutip di tengah teks';
    default:
      return 'susunan baris tidak sah';
  }
}

/** A cell that starts like a formula gets a leading apostrophe, so a spreadsheet shows it as text. */
export function safeCell(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  // A leading apostrophe of the text itself is doubled, so unguard() can tell the two apart.
  const neutral = /^['=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(neutral) ? `"${neutral.replace(/"/g, '""')}"` : neutral;
}

export function writeCsv(header: readonly string[], rows: readonly (readonly (string | number | undefined)[])[]): string {
  return `\ufeff${[header, ...rows].map((r) => r.map(safeCell).join(',')).join('\r\n')}\r\n`;
}

/** For reading back what writeCsv wrote: undo the apostrophe guard. */
export function unguard(value: string): string {
  return /^'['=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}
