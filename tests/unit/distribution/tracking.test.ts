import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../src/distribution/csv.js';
import {
  applyRecords,
  COMMAND_LINE,
  currentStates,
  type DeliveryEvent,
  HISTORY_COLUMNS,
  type Incoming,
  LEGACY_SOURCE,
  parseHistory,
  parseImport,
  type RecordContext,
  status,
  strayEvents,
  writeHistory,
} from '../../../src/distribution/tracking.js';

const FILE = 'distribution/2026-05/diterima.csv';
const TODAY = '2026-06-10';
const ctx = (over: Partial<RecordContext> = {}): RecordContext => ({ known: new Set(['a', 'b', 'c']), by: 'Budi', note: '', correction: false, recordedAt: '2026-05-21T02:00:00.000Z', historyFile: FILE, ...over });
const cli = (id: string, date = '2026-05-21'): Incoming => ({ id, where: { file: COMMAND_LINE }, fromImport: false, outcome: { kind: 'received', date, explicitDate: true } });
const sheet = (id: string, line: number, outcome: Incoming['outcome']): Incoming => ({ id, where: { file: 'isian.csv', position: { line, column: 3 } }, fromImport: true, outcome });

/** Records, then reads the written history back, as the CLI's next run would. */
function roundTrip(history: DeliveryEvent[], incoming: Incoming[], over: Partial<RecordContext> = {}) {
  const r = applyRecords(history, incoming, ctx(over));
  const read = parseHistory(writeHistory(r.events), FILE);
  expect(read.diagnostics).toEqual([]);
  return { ...r, history: read.events };
}

describe('the delivery history', () => {
  it('appends a received recipient and reads it back with its row', () => {
    const r = roundTrip([], [cli('a')]);
    expect(r.diagnostics).toEqual([]);
    expect(r.history).toEqual([{ recordedAt: '2026-05-21T02:00:00.000Z', id: 'a', state: 'diterima', date: '2026-05-21', reason: '', by: 'Budi', note: '', source: COMMAND_LINE, correction: false, line: 2 }]);
  });

  it('refuses a second record of a received recipient, saying when and by whom, and changes nothing', () => {
    const first = roundTrip([], [cli('a')]).history;
    const again = applyRecords(first, [cli('a', '2026-05-22'), cli('b')], ctx({ by: 'Sari' }));
    expect(again.diagnostics).toHaveLength(1);
    expect(again.diagnostics[0]).toMatchObject({ rule: 'terima-sudah-tercatat', severity: 'error', related: { file: FILE, position: { line: 2, column: 1 } } });
    expect(again.diagnostics[0]!.message).toContain('sudah tercatat diterima pada 2026-05-21 oleh Budi');
    expect(again.diagnostics[0]!.hint).toContain('--koreksi');
    // All or nothing: "b" was fine, but is not recorded either.
    expect(again.events).toEqual(first);
    expect(again.changes).toEqual([]);
  });

  it('refuses the same date again too: on the command line a repeat is a mistake', () => {
    const first = roundTrip([], [cli('a')]).history;
    expect(applyRecords(first, [cli('a')], ctx()).diagnostics[0]!.rule).toBe('terima-sudah-tercatat');
  });

  it('with --koreksi keeps both records: who changed what, when', () => {
    const first = roundTrip([], [cli('a')]).history;
    const r = roundTrip(first, [cli('a', '2026-05-22')], { correction: true, by: 'Sari', note: 'salah tanggal', recordedAt: '2026-05-23T01:00:00.000Z' });
    expect(r.diagnostics).toEqual([]);
    expect(r.changes[0]!.previous).toMatchObject({ id: 'a', date: '2026-05-21', by: 'Budi' });
    expect(r.history.map((e) => [e.id, e.date, e.by, e.note, e.recordedAt, e.correction])).toEqual([
      ['a', '2026-05-21', 'Budi', '', '2026-05-21T02:00:00.000Z', false],
      ['a', '2026-05-22', 'Sari', 'salah tanggal', '2026-05-23T01:00:00.000Z', true],
    ]);
    expect(currentStates(r.history).get('a')).toMatchObject({ date: '2026-05-22', by: 'Sari' });
  });

  it('a recipient not delivered may be recorded again (a later attempt), without --koreksi', () => {
    const failed = roundTrip([], [sheet('a', 5, { kind: 'not-delivered', reason: 'kantor tutup', date: '2026-05-20' })]).history;
    const r = roundTrip(failed, [cli('a', '2026-05-22')]);
    expect(r.diagnostics).toEqual([]);
    expect(r.history.map((e) => [e.state, e.reason, e.correction])).toEqual([['tidak diterima', 'kantor tutup', false], ['diterima', '', false]]);
    expect(currentStates(r.history).get('a')!.state).toBe('diterima');
  });

  it('a received recipient cannot be turned into "not delivered" without --koreksi', () => {
    const first = roundTrip([], [cli('a')]).history;
    expect(applyRecords(first, [sheet('a', 5, { kind: 'not-delivered', reason: 'tidak', date: '2026-05-22' })], ctx()).diagnostics[0]!.rule).toBe('terima-sudah-tercatat');
  });

  it('skips sheet rows that agree with the record, so a sheet can be imported again as it fills up', () => {
    const first = roundTrip([], [sheet('a', 2, { kind: 'received', date: '2026-05-21', explicitDate: false }), sheet('b', 3, { kind: 'not-delivered', reason: 'Tidak ada orang', date: '2026-05-21' })]).history;
    const again = applyRecords(
      first,
      [
        sheet('a', 2, { kind: 'received', date: '2026-05-25', explicitDate: false }),
        sheet('b', 3, { kind: 'not-delivered', reason: 'tidak  ada orang', date: '2026-05-25' }),
        sheet('c', 4, { kind: 'received', date: '2026-05-25', explicitDate: false }),
      ],
      ctx(),
    );
    expect(again.diagnostics).toEqual([]);
    expect(again.unchanged).toEqual(['a', 'b']);
    expect(again.changes.map((c) => c.event.id)).toEqual(['c']);
    // A sheet date that differs from the record is a conflict, not a repeat.
    const other = applyRecords(first, [sheet('a', 2, { kind: 'received', date: '2026-05-22', explicitDate: true })], ctx());
    expect(other.diagnostics[0]).toMatchObject({ rule: 'terima-sudah-tercatat', file: 'isian.csv', position: { line: 2, column: 3 } });
  });

  it('refuses unknown, empty and repeated ids, each where it was given', () => {
    const r = applyRecords([], [sheet('zzz', 7, { kind: 'received', date: TODAY, explicitDate: false }), sheet('', 8, { kind: 'received', date: TODAY, explicitDate: false }), cli('a'), sheet('a', 9, { kind: 'received', date: TODAY, explicitDate: false })], ctx());
    expect(r.diagnostics.map((d) => [d.rule, d.file, d.position?.line])).toEqual([
      ['terima-id-tidak-dikenal', 'isian.csv', 7],
      ['terima-id-kosong', 'isian.csv', 8],
      ['terima-id-ganda', 'isian.csv', 9],
    ]);
    expect(r.diagnostics[2]!.related).toMatchObject({ file: COMMAND_LINE });
    expect(r.changes).toEqual([]);
  });

  it('round-trips any text in its cells, formulas and separators included (property)', () => {
    const text = fc.string({ maxLength: 20 }).map((s) => s.trim());
    const event = fc.record({
      recordedAt: fc.constantFrom('', '2026-05-21T02:00:00.000Z'),
      id: fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,8}$/),
      state: fc.constantFrom('diterima' as const, 'tidak diterima' as const),
      date: fc.constantFrom('', '2026-05-21', '2024-02-29'),
      reason: text,
      by: text,
      note: text,
      source: fc.constantFrom(COMMAND_LINE, 'isian.csv:12', LEGACY_SOURCE),
      correction: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 15 }), (events) => {
        const read = parseHistory(writeHistory(events), FILE);
        expect(read.diagnostics).toEqual([]);
        expect(read.events.map(({ line: _line, ...e }) => e)).toEqual(events);
      }),
      { numRuns: 200 },
    );
  });

  it('migrates a file of the earlier format on reading: every row a receipt, a bad date kept in the note', () => {
    const legacy = writeCsv(['id', 'tanggal', 'dicatat_oleh', 'catatan'], [['a', '2026-05-21', 'Budi', ''], ['b', 'besok', '', 'lewat telepon']]);
    const read = parseHistory(legacy, FILE);
    expect(read.legacy).toBe(true);
    expect(read.events.map((e) => [e.id, e.state, e.date, e.by, e.note, e.source])).toEqual([
      ['a', 'diterima', '2026-05-21', 'Budi', '', LEGACY_SOURCE],
      ['b', 'diterima', '', '', 'lewat telepon; tanggal tercatat: besok', LEGACY_SOURCE],
    ]);
    expect(read.diagnostics).toMatchObject([{ rule: 'riwayat-tanggal-lama', severity: 'warning', position: { line: 3, column: 2 } }]);
    // Recording then writes the new format, the old rows first.
    const r = roundTrip(read.events, [cli('c')]);
    expect(r.history.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(parseHistory(writeHistory(r.events), FILE).legacy).toBe(false);
  });

  it('refuses a damaged history with the row and column of the bad cell', () => {
    const text = writeCsv(HISTORY_COLUMNS, [['', 'a', 'diterima', '2026-05-21', '', '', '', '', ''], ['', 'b', 'hilang', '2026-05-21', '', '', '', '', ''], ['', 'c', 'diterima', '2026-02-30', '', '', '', '', 'mungkin']]);
    expect(parseHistory(text, FILE).diagnostics.map((d) => [d.position?.line, d.position?.column, d.field])).toEqual([
      [3, 3, 'keadaan'],
      [4, 4, 'tanggal'],
      [4, 9, 'koreksi'],
    ]);
  });

  it('warns about rows for recipients the allocation no longer has', () => {
    const history = roundTrip([], [cli('a'), cli('b')]).history;
    expect(strayEvents(history, new Set(['a']), FILE)).toMatchObject([{ severity: 'warning', position: { line: 3, column: 2 } }]);
  });
});

describe('importing a filled-in allocation sheet', () => {
  const COLUMNS = ['rute', 'urutan', 'id', 'kategori', 'nama', 'kecamatan', 'eksemplar', 'alamat', 'kontak', 'belum_terima_edisi_lalu', 'diterima'];
  const row = (id: string, cell: string) => ['Rute', '1', id, 'desa', `Desa ${id}`, 'Juai', '2', '', '', '', cell];
  const defaultDate = { date: '2026-06-01', explicit: false };

  it('reads every kind of cell, dates included, and names a bad one by row and column', () => {
    const text = writeCsv(COLUMNS, [row('a', 'ya'), row('b', 'tidak'), row('c', ''), row('d', 'ditolak'), row('e', '21/05/2026'), row('f', '0')]);
    const { incoming, diagnostics } = parseImport(text, 'isian.csv', COLUMNS, TODAY, defaultDate);
    expect(incoming.map((i) => [i.id, i.where.position?.line, i.outcome])).toEqual([
      ['a', 2, { kind: 'received', date: '2026-06-01', explicitDate: false }],
      ['b', 3, { kind: 'not-delivered', reason: 'tidak', date: '2026-06-01' }],
      ['d', 5, { kind: 'not-delivered', reason: 'ditolak', date: '2026-06-01' }],
      ['e', 6, { kind: 'received', date: '2026-05-21', explicitDate: true }],
    ]);
    expect(diagnostics).toMatchObject([{ file: 'isian.csv', position: { line: 7, column: 11 }, field: 'diterima', rule: 'terima-isian', severity: 'error' }]);
    expect(diagnostics[0]!.message).toBe('isi "0" tidak dikenal (penerima f)');
  });

  it('takes the column from the sheet\'s own header, whatever its order', () => {
    const text = 'diterima,id\r\nya,a\r\n-,b\r\n';
    const { incoming, diagnostics } = parseImport(text, 'isian.csv', COLUMNS, TODAY, defaultDate);
    expect(incoming.map((i) => i.where.position)).toEqual([{ line: 2, column: 2 }]);
    expect(diagnostics[0]!.position).toEqual({ line: 3, column: 1 });
  });
});

describe('status', () => {
  const recipients = [
    { id: 'a', name: 'Dinas Sosial', kecamatan: '', category: 'skpd' as const },
    { id: 'b', name: 'Desa Binjai', kecamatan: 'Paringin Selatan', category: 'desa' as const },
    { id: 'c', name: 'Desa Juai', kecamatan: 'Juai', category: 'desa' as const },
    { id: 'd', name: 'Desa Lama', kecamatan: 'Juai', category: 'desa' as const },
    { id: 'x', name: 'x', kecamatan: '' },
  ];

  it('counts received, not delivered (with reasons) and pending per kecamatan and category', () => {
    const history = roundTrip([], [cli('b'), sheet('c', 4, { kind: 'not-delivered', reason: 'kantor tutup', date: '2026-05-21' }), cli('d')], { known: new Set(['a', 'b', 'c', 'd']) }).history;
    const s = status(recipients, currentStates(history), ['Juai', 'Halong', 'Paringin Selatan']);
    expect(s.total).toEqual({ label: 'Semua', received: 2, notDelivered: 1, pending: 2, total: 5 });
    expect(s.byKecamatan).toEqual([
      { label: '(tingkat kabupaten)', received: 0, notDelivered: 0, pending: 1, total: 1 },
      { label: 'Juai', received: 1, notDelivered: 1, pending: 0, total: 2 },
      { label: 'Paringin Selatan', received: 1, notDelivered: 0, pending: 0, total: 1 },
      { label: '(tidak ada di daftar penerima)', received: 0, notDelivered: 0, pending: 1, total: 1 },
    ]);
    expect(s.byCategory.map((r) => [r.label, r.received, r.notDelivered, r.pending])).toEqual([['SKPD', 0, 0, 1], ['Desa', 2, 1, 0], ['(tidak ada di daftar penerima)', 0, 0, 1]]);
    expect(s.notDelivered.map((n) => [n.recipient.id, n.event.reason])).toEqual([['c', 'kantor tutup']]);
    expect(s.pending.map((p) => p.id)).toEqual(['a', 'x']);
  });

  it('counts the latest record: a correction replaces, a failed attempt followed by a delivery is received', () => {
    const first = roundTrip([], [cli('a'), sheet('b', 3, { kind: 'not-delivered', reason: 'tidak', date: '2026-05-20' })]).history;
    const later = roundTrip(first, [sheet('a', 2, { kind: 'not-delivered', reason: 'ternyata ditolak', date: '2026-05-21' }), cli('b')], { correction: true }).history;
    const s = status(recipients.slice(0, 2), currentStates(later), []);
    expect([s.total.received, s.total.notDelivered]).toEqual([1, 1]);
    expect(s.notDelivered.map((n) => n.recipient.id)).toEqual(['a']);
  });
});
