/**
 * What came back signed: distribution/<edisi>/diterima.csv, one row per recipient who received the
 * edition. Staff record ids on the command line or import a filled-in allocation CSV.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Allocation } from './allocate.js';
import { readCsv, unguard, writeCsv } from './csv.js';
import { CATEGORIES, CATEGORY_LABEL, type Recipient } from './registry.js';

export const RECEIVED_COLUMNS = ['id', 'tanggal', 'dicatat_oleh', 'catatan'] as const;

export interface Receipt {
  id: string;
  tanggal: string;
  dicatatOleh: string;
  catatan: string;
}

export function parseReceived(text: string, file: string): { receipts: Receipt[]; diagnostics: Diagnostic[] } {
  const { records, diagnostics } = readCsv(text, file, RECEIVED_COLUMNS, ['id', 'tanggal']);
  return {
    receipts: records.map(({ values }) => ({ id: unguard(values.id ?? ''), tanggal: values.tanggal ?? '', dicatatOleh: unguard(values.dicatat_oleh ?? ''), catatan: unguard(values.catatan ?? '') })),
    diagnostics,
  };
}

export function writeReceived(receipts: readonly Receipt[]): string {
  return writeCsv(RECEIVED_COLUMNS, [...receipts].sort((a, b) => a.id.localeCompare(b.id)).map((r) => [r.id, r.tanggal, r.dicatatOleh, r.catatan]));
}

/** Adds receipts for `ids`; unknown ids are errors naming where they came from, nothing is written then. */
export function record(existing: readonly Receipt[], ids: readonly { id: string; where: { file: string; line?: number } }[], known: ReadonlySet<string>, entry: Omit<Receipt, 'id'>): { receipts: Receipt[]; added: string[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const byId = new Map(existing.map((r) => [r.id, r]));
  const added: string[] = [];
  for (const { id, where } of ids) {
    if (!known.has(id)) {
      diagnostics.push({ file: where.file, position: where.line ? { line: where.line, column: 1 } : undefined, rule: 'terima-id-tidak-dikenal', severity: 'error', message: `penerima "${id}" tidak ada di daftar penerima edisi ini`, hint: 'periksa id di manifes atau di distribution/penerima.csv' });
      continue;
    }
    if (!byId.has(id)) added.push(id);
    byId.set(id, { id, ...entry });
  }
  return { receipts: [...byId.values()], added, diagnostics };
}

export interface StatusRow {
  label: string;
  delivered: number;
  total: number;
}

export function status(allocation: Allocation, received: ReadonlySet<string>): { byKecamatan: StatusRow[]; byCategory: StatusRow[]; pending: Recipient[] } {
  const all = allocation.routes.flatMap((r) => r.deliveries.map((d) => d.recipient));
  const group = (key: (r: Recipient) => string, order: readonly string[]) => {
    const rows = new Map<string, StatusRow>();
    for (const r of all) {
      const label = key(r);
      const row = rows.get(label) ?? { label, delivered: 0, total: 0 };
      row.total++;
      if (received.has(r.id)) row.delivered++;
      rows.set(label, row);
    }
    return [...rows.values()].sort((a, b) => order.indexOf(a.label) - order.indexOf(b.label) || a.label.localeCompare(b.label));
  };
  return {
    byKecamatan: group((r) => r.kecamatan || '(tingkat kabupaten)', allocation.byKecamatan.map((k) => k.kecamatan)),
    byCategory: group((r) => CATEGORY_LABEL[r.category], CATEGORIES.map((c) => CATEGORY_LABEL[c])),
    pending: all.filter((r) => !received.has(r.id)),
  };
}
