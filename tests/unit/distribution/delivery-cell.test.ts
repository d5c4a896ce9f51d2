import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CELL_HINT, classifyCell, localToday, NOT_DELIVERED_WORDS, parseDate, RECEIVED_WORDS } from '../../../src/distribution/delivery-cell.js';

const TODAY = '2026-06-10';

describe('the "diterima" cell', () => {
  it.each([
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    ['belum', { kind: 'empty' }],
    ['Belum ', { kind: 'empty' }],
    ['ya', { kind: 'received' }],
    ['YA', { kind: 'received' }],
    [' y ', { kind: 'received' }],
    ['V', { kind: 'received' }],
    ['✓', { kind: 'received' }],
    ['√', { kind: 'received' }],
    ['Sudah', { kind: 'received' }],
    ['sudah  diterima', { kind: 'received' }],
    ['2026-05-21', { kind: 'received', date: '2026-05-21' }],
    ['21-05-2026', { kind: 'received', date: '2026-05-21' }],
    ['21/05/2026', { kind: 'received', date: '2026-05-21' }],
    ['1/6/2026', { kind: 'received', date: '2026-06-01' }],
    [TODAY, { kind: 'received', date: TODAY }],
    ['tidak', { kind: 'not-delivered', reason: 'tidak' }],
    ['Tidak.', { kind: 'not-delivered', reason: 'Tidak.' }],
    ['ditolak', { kind: 'not-delivered', reason: 'ditolak' }],
    ['tidak ada orang', { kind: 'not-delivered', reason: 'tidak ada orang' }],
    [' Kantor   tutup ', { kind: 'not-delivered', reason: 'Kantor tutup' }],
    ['ditolak: sudah berlangganan', { kind: 'not-delivered', reason: 'ditolak: sudah berlangganan' }],
    ['tdk - pindah', { kind: 'not-delivered', reason: 'tdk - pindah' }],
    ['gagal (alamat tidak ditemukan)', { kind: 'not-delivered', reason: 'gagal (alamat tidak ditemukan)' }],
  ])('%j → %j', (cell, meaning) => {
    expect(classifyCell(cell, TODAY)).toEqual(meaning);
  });

  it.each([
    ['0', 'tidak dikenal'],
    ['-', 'tidak dikenal'],
    ['belum?', 'tidak dikenal'],
    ['x', 'tidak dikenal'],
    ['ya?', 'tidak dikenal'],
    ['tidak?', 'tidak dikenal'],
    ['tidakada', 'tidak dikenal'],
    ['besok', 'tidak dikenal'],
    ['2026/05/21', 'tidak dikenal'],
    ['21-05/2026', 'tidak dikenal'],
    ['2026-13-45', 'bulan 13 tidak ada'],
    ['2026-02-30', 'Februari 2026 hanya sampai tanggal 28'],
    ['31/04/2026', 'April 2026 hanya sampai tanggal 30'],
    ['2026-06-11', 'belum terjadi'],
    ['0226-05-21', 'tidak masuk akal'],
  ])('%j is an error: %s', (cell, message) => {
    const meaning = classifyCell(cell, TODAY);
    expect(meaning.kind).toBe('error');
    if (meaning.kind === 'error') expect(meaning.message).toContain(message);
  });

  it('lists every accepted word in the hint of an unknown cell', () => {
    const meaning = classifyCell('0', TODAY);
    expect(meaning).toMatchObject({ kind: 'error', hint: CELL_HINT });
    for (const word of [...RECEIVED_WORDS, ...NOT_DELIVERED_WORDS, 'TTTT-BB-HH', 'HH/BB/TTTT']) expect(CELL_HINT).toContain(word);
  });

  const vocabulary = fc.constantFrom('', ' ', 'belum', 'belum?', ...RECEIVED_WORDS, ...NOT_DELIVERED_WORDS, 'tidak ada orang', '0', '-', 'x', '2026-05-21', '21/05/2026', '2026-02-30', '2026-13-45', '3000-01-01');
  const anyCell = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.string({ unit: fc.constantFrom('0', '1', '2', '9', '-', '/', ' ', 'y', 'a', 't', 'i', 'd', 'k', '✓', ':'), maxLength: 12 }),
    vocabulary,
    fc.tuple(vocabulary, fc.constantFrom(' ', ': ', '?', '.', ''), fc.string({ maxLength: 10 })).map(([a, b, c]) => `${a}${b}${c}`),
  );

  it('classifies any cell as exactly one of empty, received, not delivered or error, and never throws (property)', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const meaning = classifyCell(cell, TODAY);
        const matches = [meaning.kind === 'empty', meaning.kind === 'received', meaning.kind === 'not-delivered', meaning.kind === 'error'].filter(Boolean);
        expect(matches).toHaveLength(1);
        expect(classifyCell(cell, TODAY)).toEqual(meaning);
        switch (meaning.kind) {
          case 'empty':
            expect(['', 'belum']).toContain(cell.trim().toLowerCase());
            break;
          case 'received':
            // A date is a real one, canonical, and not after today.
            if (meaning.date !== undefined) {
              expect(meaning.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
              expect(meaning.date <= TODAY).toBe(true);
              expect(new Date(`${meaning.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(meaning.date);
            }
            break;
          case 'not-delivered':
            expect(meaning.reason).not.toBe('');
            expect(meaning.reason).toBe(cell.normalize('NFC').trim().replace(/\s+/g, ' '));
            break;
          case 'error':
            expect(meaning.message).not.toBe('');
            expect(meaning.hint).not.toBe('');
            break;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the same word in any letter case and with any surrounding spaces (property)', () => {
    fc.assert(
      fc.property(vocabulary, fc.boolean(), fc.constantFrom('', ' ', '  ', '\t'), (cell, upper, space) => {
        const variant = `${space}${upper ? cell.toUpperCase() : cell}${space}`;
        expect(classifyCell(variant, TODAY).kind).toBe(classifyCell(cell, TODAY).kind);
      }),
    );
  });

  it('reads every real date up to today in all three ways staff write it (property)', () => {
    const day = 24 * 3600 * 1000;
    const first = Date.UTC(2000, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Math.round((Date.parse(`${TODAY}T00:00:00Z`) - first) / day) }), (n) => {
        const iso = new Date(first + n * day).toISOString().slice(0, 10);
        const [y, m, d] = iso.split('-');
        for (const written of [iso, `${d}-${m}-${y}`, `${d}/${m}/${y}`, `${Number(d)}/${Number(m)}/${y}`]) expect(classifyCell(written, TODAY)).toEqual({ kind: 'received', date: iso });
      }),
    );
  });
});

describe('dates', () => {
  it.each([
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['29-02-2024', '2024-02-29'],
    ['2026-5-1', '2026-05-01'],
    ['  2026-05-21 ', '2026-05-21'],
  ])('%j is %s', (text, date) => {
    expect(parseDate(text, TODAY)).toEqual({ ok: true, date });
  });

  it.each([
    ['besok', false, 'bukan tanggal'],
    ['', false, 'bukan tanggal'],
    ['2026-05-21T10:00', false, 'bukan tanggal'],
    ['2026-13-45', true, 'bulan 13'],
    ['2026-00-10', true, 'bulan 0'],
    ['2026-02-29', true, 'Februari 2026 hanya sampai tanggal 28'],
    ['2026-02-30', true, 'Februari 2026 hanya sampai tanggal 28'],
    ['2026-05-00', true, 'Mei 2026 hanya sampai tanggal 31'],
    ['2026-06-11', true, 'belum terjadi (hari ini 2026-06-10)'],
    ['1999-12-31', true, 'tahun 1999'],
  ])('%j is refused (looks like a date: %s): %s', (text, shape, message) => {
    const r = parseDate(text, TODAY);
    expect(r).toMatchObject({ ok: false, shape });
    if (!r.ok) expect(r.message).toContain(message);
  });

  it('knows the century rule of leap years', () => {
    expect(parseDate('2100-02-29', '2200-01-01').ok).toBe(false);
    expect(parseDate('2400-02-29', '2500-01-01').ok).toBe(true);
  });

  it('takes today from the local clock, not from UTC', () => {
    expect(localToday(new Date(2026, 4, 21, 0, 30))).toBe('2026-05-21');
    expect(localToday(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });
});
