/**
 * What came back: distribution/<edisi>/diterima.csv is the history of every delivery record, one row per
 * event, only ever appended to (a correction is a new row, the old one stays). The current state of a
 * recipient is its last event. Files of the earlier one-row-per-recipient format are read and migrated.
 */
import { parse } from 'csv-parse/sync';
import type { Diagnostic, Position } from '../diagnostics/diagnostic.js';
import { classifyCell, parseDate } from './delivery-cell.js';
import { readCsv, unguard, writeCsv } from './csv.js';
import { CATEGORIES, CATEGORY_LABEL, type Category } from './registry.js';

export const HISTORY_COLUMNS = ['dicatat_pada', 'id', 'keadaan', 'tanggal', 'alasan', 'dicatat_oleh', 'catatan', 'sumber', 'koreksi'] as const;
/** The earlier format: one row per received recipient, overwritten by every record. */
export const LEGACY_COLUMNS = ['id', 'tanggal', 'dicatat_oleh', 'catatan'] as const;
export const LEGACY_SOURCE = 'format lama';
export const COMMAND_LINE = '(baris perintah)';

export const RECEIVED = 'diterima';
export const NOT_DELIVERED = 'tidak diterima';
export type DeliveryState = typeof RECEIVED | typeof NOT_DELIVERED;

export interface DeliveryEvent {
  /** When it was recorded (ISO 8601, UTC); empty for events migrated from the earlier format. */
  recordedAt: string;
  id: string;
  state: DeliveryState;
  /** YYYY-MM-DD: the day it was received, or of the attempt that failed; empty when not known. */
  date: string;
  /** Why it was not delivered, as written. */
  reason: string;
  by: string;
  note: string;
  /** Where the record came from: "(baris perintah)" or "isian.csv:12". */
  source: string;
  /** The recorder said the earlier record was wrong (--koreksi). */
  correction: boolean;
  /** Row in the history file, for messages; not written. */
  line?: number;
}

/** Dates in the history are checked for shape and calendar only: a clock that ran ahead is no corruption. */
const NO_LIMIT = '9999-12-31';

/** The header row as written, or [] when the text does not parse (readCsv then says why). */
export function headerOf(text: string): string[] {
  try {
    const rows = parse(text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n'), { to: 1, relax_column_count: true, skip_empty_lines: true }) as string[][];
    return (rows[0] ?? []).map((h) => h.trim());
  } catch {
    return [];
  }
}

export function parseHistory(text: string, file: string): { events: DeliveryEvent[]; legacy: boolean; diagnostics: Diagnostic[] } {
  const header = headerOf(text);
  if (header.length === LEGACY_COLUMNS.length && LEGACY_COLUMNS.every((c) => header.includes(c))) return { ...parseLegacy(text, file), legacy: true };
  const { records, diagnostics } = readCsv(text, file, HISTORY_COLUMNS, ['id', 'keadaan']);
  const column = (name: string) => header.indexOf(name) + 1;
  const events: DeliveryEvent[] = [];
  for (const { line, values } of records) {
    const v = (k: (typeof HISTORY_COLUMNS)[number]) => unguard(values[k] ?? '');
    const at = (field: string, message: string, hint: string) => diagnostics.push({ file, position: { line, column: column(field) }, field, rule: 'riwayat-terima', severity: 'error', message, hint });
    const problems = diagnostics.length;
    if (!v('id')) at('id', 'id penerima kosong', 'setiap baris riwayat perlu id penerima');
    const state = v('keadaan');
    if (state !== RECEIVED && state !== NOT_DELIVERED) at('keadaan', `keadaan "${state}" tidak dikenal`, `isi "${RECEIVED}" atau "${NOT_DELIVERED}"`);
    const date = v('tanggal') ? parseDate(v('tanggal'), NO_LIMIT) : ({ ok: true, date: '' } as const);
    if (!date.ok) at('tanggal', date.message, 'tanggal di riwayat ditulis TTTT-BB-HH');
    if (v('koreksi') !== '' && v('koreksi') !== 'ya') at('koreksi', `isi "${v('koreksi')}" tidak dikenal`, 'isi "ya" untuk koreksi, atau kosongkan');
    if (diagnostics.length > problems) continue;
    events.push({ recordedAt: v('dicatat_pada'), id: v('id'), state: state as DeliveryState, date: date.ok ? date.date : '', reason: v('alasan'), by: v('dicatat_oleh'), note: v('catatan'), source: v('sumber'), correction: v('koreksi') === 'ya', line });
  }
  return { events, legacy: false, diagnostics };
}

function parseLegacy(text: string, file: string): { events: DeliveryEvent[]; diagnostics: Diagnostic[] } {
  const { records, diagnostics } = readCsv(text, file, LEGACY_COLUMNS, ['id', 'tanggal']);
  const column = headerOf(text).indexOf('tanggal') + 1;
  const events = records.map(({ line, values }): DeliveryEvent => {
    const written = values.tanggal ?? '';
    const date = parseDate(written, NO_LIMIT);
    const note = unguard(values.catatan ?? '');
    if (!date.ok) {
      // The earlier version saved --tanggal unchecked; the receipt stands, the text is kept in the note.
      diagnostics.push({ file, position: { line, column }, field: 'tanggal', rule: 'riwayat-tanggal-lama', severity: 'warning', message: `${date.message}; dicatat oleh versi lama, dibaca sebagai tanggal tidak diketahui`, hint: 'perbaiki dengan "jurnal distribute record <edisi> <id> --koreksi --tanggal TTTT-BB-HH --oleh …"' });
    }
    return {
      recordedAt: '',
      id: unguard(values.id ?? ''),
      state: RECEIVED,
      date: date.ok ? date.date : '',
      reason: '',
      by: unguard(values.dicatat_oleh ?? ''),
      note: date.ok ? note : [note, `tanggal tercatat: ${written}`].filter(Boolean).join('; '),
      source: LEGACY_SOURCE,
      correction: false,
      line,
    };
  });
  return { events, diagnostics };
}

export function writeHistory(events: readonly DeliveryEvent[]): string {
  return writeCsv(HISTORY_COLUMNS, events.map((e) => [e.recordedAt, e.id, e.state, e.date, e.reason, e.by, e.note, e.source, e.correction ? 'ya' : '']));
}

/** The last event of every recipient. */
export function currentStates(events: readonly DeliveryEvent[]): Map<string, DeliveryEvent> {
  const states = new Map<string, DeliveryEvent>();
  for (const e of events) states.set(e.id, e);
  return states;
}

/** Warnings for history rows about recipients the edition's allocation no longer has. */
export function strayEvents(events: readonly DeliveryEvent[], known: ReadonlySet<string>, file: string): Diagnostic[] {
  return events
    .filter((e) => !known.has(e.id))
    .map((e) => ({ file, position: e.line ? { line: e.line, column: HISTORY_COLUMNS.indexOf('id') + 1 } : undefined, field: 'id', rule: 'riwayat-id-di-luar-alokasi', severity: 'warning' as const, message: `penerima "${e.id}" tidak ada di alokasi edisi ini; tidak dihitung`, hint: 'alokasi dibuat ulang setelah dicatat? periksa distribution/penerima.csv' }));
}

export type Outcome = { kind: 'received'; date: string; explicitDate: boolean } | { kind: 'not-delivered'; reason: string; date: string };

export interface Incoming {
  id: string;
  outcome: Outcome;
  /** The id's place: the command line, or its cell in an imported sheet. */
  where: { file: string; position?: Position };
  /**
   * From an imported sheet: a row that agrees with what is already recorded is left alone, so staff can
   * import the same sheet again as it fills up.
   */
  fromImport: boolean;
}

export interface RecordContext {
  /** Recipients of the edition's allocation. */
  known: ReadonlySet<string>;
  by: string;
  note: string;
  /** --koreksi: a recipient recorded before may be recorded again; the history keeps both. */
  correction: boolean;
  recordedAt: string;
  historyFile: string;
}

export interface Change {
  event: DeliveryEvent;
  previous?: DeliveryEvent;
}

export function describeEvent(e: Pick<DeliveryEvent, 'state' | 'date' | 'reason'>): string {
  return e.state === RECEIVED ? `diterima pada ${e.date || '(tanggal tidak diketahui)'}` : `tidak diterima (${e.reason || 'tanpa alasan'}${e.date ? `, ${e.date}` : ''})`;
}

const same = (a: string, b: string) => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

function agrees(previous: DeliveryEvent, incoming: Incoming): boolean {
  const o = incoming.outcome;
  return o.kind === 'received' ? previous.state === RECEIVED && (!o.explicitDate || previous.date === o.date) : previous.state === NOT_DELIVERED && same(previous.reason, o.reason);
}

/**
 * Appends an event per incoming record, or reports why not. Received is final: recording such a
 * recipient again needs --koreksi. Not delivered is not: a later attempt is simply recorded. All or
 * nothing: with any error the caller writes nothing.
 */
export function applyRecords(history: readonly DeliveryEvent[], incoming: readonly Incoming[], ctx: RecordContext): { events: DeliveryEvent[]; changes: Change[]; unchanged: string[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const current = currentStates(history);
  const seen = new Map<string, Incoming>();
  const changes: Change[] = [];
  const unchanged: string[] = [];
  const error = (inc: Incoming, rule: string, message: string, hint: string, related?: Diagnostic['related']) =>
    diagnostics.push({ file: inc.where.file, position: inc.where.position, field: inc.fromImport ? 'id' : undefined, rule, severity: 'error', message, hint, related });
  for (const inc of incoming) {
    if (!inc.id) {
      error(inc, 'terima-id-kosong', 'id penerima kosong', 'isi kolom "id" seperti di alokasi.csv, atau kosongkan kolom "diterima" baris ini');
      continue;
    }
    if (!ctx.known.has(inc.id)) {
      error(inc, 'terima-id-tidak-dikenal', `penerima "${inc.id}" tidak ada di daftar penerima edisi ini`, 'periksa id di manifes atau di distribution/penerima.csv');
      continue;
    }
    const first = seen.get(inc.id);
    if (first) {
      error(inc, 'terima-id-ganda', `penerima "${inc.id}" disebut dua kali`, 'sebut setiap penerima sekali saja', { file: first.where.file, position: first.where.position, message: 'disebut pertama kali di sini' });
      continue;
    }
    seen.set(inc.id, inc);
    const previous = current.get(inc.id);
    const o = inc.outcome;
    const event: DeliveryEvent = {
      recordedAt: ctx.recordedAt,
      id: inc.id,
      state: o.kind === 'received' ? RECEIVED : NOT_DELIVERED,
      date: o.date,
      reason: o.kind === 'not-delivered' ? o.reason : '',
      by: ctx.by,
      note: ctx.note,
      source: inc.where.file === COMMAND_LINE ? COMMAND_LINE : `${inc.where.file}:${inc.where.position?.line ?? ''}`,
      correction: false,
    };
    if (previous && inc.fromImport && agrees(previous, inc)) {
      unchanged.push(inc.id);
      continue;
    }
    if (previous && !ctx.correction && previous.state === RECEIVED) {
      error(
        inc,
        'terima-sudah-tercatat',
        `penerima "${inc.id}" sudah tercatat diterima pada ${previous.date || '(tanggal tidak diketahui)'} oleh ${previous.by || '(tanpa nama)'}; yang baru: ${describeEvent(event)}`,
        'bila catatan lama salah, ulangi dengan --koreksi --oleh "Nama" (catatan lama tetap tersimpan di riwayat)',
        { file: ctx.historyFile, position: previous.line ? { line: previous.line, column: 1 } : undefined, message: 'tercatat di sini' },
      );
      continue;
    }
    if (previous && ctx.correction) event.correction = true;
    changes.push({ event, previous });
  }
  if (diagnostics.length) return { events: [...history], changes: [], unchanged: [], diagnostics };
  return { events: [...history, ...changes.map((c) => c.event)], changes, unchanged, diagnostics };
}

/** A filled-in allocation sheet → records; every bad cell is named by row and column. */
export function parseImport(text: string, file: string, columns: readonly string[], today: string, defaultDate: { date: string; explicit: boolean }): { incoming: Incoming[]; diagnostics: Diagnostic[] } {
  const { records, diagnostics } = readCsv(text, file, columns, ['id', 'diterima']);
  const header = headerOf(text);
  const idColumn = header.indexOf('id') + 1;
  const cellColumn = header.indexOf('diterima') + 1;
  const incoming: Incoming[] = [];
  for (const { line, values } of records) {
    const meaning = classifyCell(unguard(values.diterima ?? ''), today);
    const where = { file, position: { line, column: idColumn } };
    const id = unguard(values.id ?? '');
    switch (meaning.kind) {
      case 'empty':
        break;
      case 'error':
        diagnostics.push({ file, position: { line, column: cellColumn }, field: 'diterima', rule: 'terima-isian', severity: 'error', message: `${meaning.message}${id ? ` (penerima ${id})` : ''}`, hint: meaning.hint });
        break;
      case 'received':
        incoming.push({ id, where, fromImport: true, outcome: { kind: 'received', date: meaning.date ?? defaultDate.date, explicitDate: meaning.date !== undefined || defaultDate.explicit } });
        break;
      case 'not-delivered':
        incoming.push({ id, where, fromImport: true, outcome: { kind: 'not-delivered', reason: meaning.reason, date: defaultDate.date } });
        break;
    }
  }
  return { incoming, diagnostics };
}

export interface StatusRecipient {
  id: string;
  name: string;
  /** Empty for offices of the whole regency. */
  kecamatan: string;
  /** Absent when the registry no longer has the recipient. */
  category?: Category;
}

export interface StatusRow {
  label: string;
  received: number;
  notDelivered: number;
  pending: number;
  total: number;
}

export const REGENCY_LEVEL = '(tingkat kabupaten)';
export const NOT_IN_REGISTRY = '(tidak ada di daftar penerima)';

export interface Status {
  total: StatusRow;
  byKecamatan: StatusRow[];
  byCategory: StatusRow[];
  notDelivered: { recipient: StatusRecipient; event: DeliveryEvent }[];
  pending: StatusRecipient[];
}

/** Received / not delivered / pending per kecamatan and per category; `kecamatanOrder` as in the area data. */
export function status(recipients: readonly StatusRecipient[], current: ReadonlyMap<string, DeliveryEvent>, kecamatanOrder: readonly string[]): Status {
  const stateOf = (r: StatusRecipient) => current.get(r.id)?.state;
  const tally = (label: string, of: readonly StatusRecipient[]): StatusRow => {
    const received = of.filter((r) => stateOf(r) === RECEIVED).length;
    const notDelivered = of.filter((r) => stateOf(r) === NOT_DELIVERED).length;
    return { label, received, notDelivered, pending: of.length - received - notDelivered, total: of.length };
  };
  const group = (key: (r: StatusRecipient) => string, order: readonly string[]) => {
    const groups = new Map<string, StatusRecipient[]>();
    for (const r of recipients) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
    const rank = (label: string) => (order.includes(label) ? order.indexOf(label) : order.length);
    return [...groups.entries()].map(([label, of]) => tally(label, of)).sort((a, b) => rank(a.label) - rank(b.label) || a.label.localeCompare(b.label, 'id'));
  };
  return {
    total: tally('Semua', recipients),
    byKecamatan: group((r) => (r.category === undefined ? NOT_IN_REGISTRY : r.kecamatan || REGENCY_LEVEL), [REGENCY_LEVEL, ...kecamatanOrder]),
    byCategory: group((r) => (r.category === undefined ? NOT_IN_REGISTRY : CATEGORY_LABEL[r.category]), CATEGORIES.map((c) => CATEGORY_LABEL[c])),
    notDelivered: recipients.flatMap((recipient) => {
      const event = current.get(recipient.id);
      return event?.state === NOT_DELIVERED ? [{ recipient, event }] : [];
    }),
    pending: recipients.filter((r) => stateOf(r) === undefined),
  };
}

