import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import QRCode from 'qrcode';
import { beforeAll, describe, expect, it } from 'vitest';
import { allocate } from '../../../src/distribution/allocate.js';
import { deliveryCode, parseScans, QR_QUIET_ZONE, QR_TAG } from '../../../src/distribution/codes.js';
import { allocationSchema } from '../../../src/distribution/config.js';
import { labelPdf, receiptPdf } from '../../../src/distribution/documents.js';
import type { Recipient } from '../../../src/distribution/registry.js';
import { applyRecords, parseHistory } from '../../../src/distribution/tracking.js';
import { jurnal, ROOT, scratchProject } from '../../helpers/cli.js';
import { openPdf } from '../../helpers/pdf.js';

const received = { date: '2026-05-21', explicit: true };
const where = (d: { file: string; position?: { line: number; column: number } }) => `${d.file}:${d.position?.line}:${d.position?.column}`;

describe('scanned delivery codes', () => {
  it('reads a scanner export: BOM, CRLF, blank lines and spaces around a code', () => {
    const text = '\ufeff  JB:2026-05:skpd-01 \r\n\r\n\tJB:2026-05:63.11.07.2008\r\n   \r\nJB:2026-05:skpd-02\n';
    const { incoming, diagnostics } = parseScans(text, 'pindai.txt', '2026-05', received);
    expect(diagnostics).toEqual([]);
    expect(incoming.map((i) => `${i.id}@${i.where.position?.line}`)).toEqual(['skpd-01@1', '63.11.07.2008@3', 'skpd-02@5']);
    expect(incoming.every((i) => i.outcome.kind === 'received' && i.outcome.date === '2026-05-21')).toBe(true);
  });

  it('names every foreign or garbled line at file:line:1', () => {
    const text = 'JB:2026-05:skpd-01\nJB:2026-04:skpd-01\nhttps://balangankab.go.id\nJB:2026-05:\n';
    const { incoming, diagnostics } = parseScans(text, 'pindai.txt', '2026-05', received);
    expect(incoming).toHaveLength(1);
    expect(diagnostics.map((d) => `${where(d)} ${d.rule} ${d.message}`)).toEqual([
      'pindai.txt:2:1 pindaian-edisi-lain kode "JB:2026-04:skpd-01" untuk edisi 2026-04, bukan edisi 2026-05',
      'pindai.txt:3:1 pindaian-bukan-kode "https://balangankab.go.id" bukan kode tanda terima Jurnal Balangan',
      'pindai.txt:4:1 pindaian-bukan-kode "JB:2026-05:" bukan kode tanda terima Jurnal Balangan',
    ]);
    expect(parseScans('\r\n  \r\n', 'kosong.txt', '2026-05', received).diagnostics.map((d) => d.rule)).toEqual(['pindaian-kosong']);
  });

  it('unknown and duplicate recipients are refused by the same path as other records, at their lines', () => {
    const { incoming } = parseScans('JB:2026-05:skpd-01\nJB:2026-05:skpd-99\nJB:2026-05:skpd-01\n', 'pindai.txt', '2026-05', received);
    const r = applyRecords([], incoming, { known: new Set(['skpd-01', 'skpd-02']), by: '', note: '', correction: false, recordedAt: '2026-05-21T01:00:00Z', historyFile: 'diterima.csv' });
    expect(r.changes).toEqual([]);
    expect(r.diagnostics.map((d) => `${where(d)} ${d.rule}`)).toEqual(['pindai.txt:2:1 terima-id-tidak-dikenal', 'pindai.txt:3:1 terima-id-ganda']);
  });
});

/**
 * The rectangles of every drawn code on a page (in the QR_TAG marked content), in page units: the
 * writer draws them in modules and scales them into place with one `a 0 0 d e f cm`.
 */
function drawnCodes(bytes: Uint8Array, pageIndex: number): { x: number; y: number; w: number; h: number }[][] {
  const doc = openPdf(bytes);
  const contents = doc.findPage(pageIndex).get('Contents');
  const streams = contents.isArray() ? Array.from({ length: contents.length }, (_, i) => contents.get(i)) : [contents];
  const text = streams.map((s) => s.readStream().asString()).join('\n');
  const n = '(-?[\\d.]+)';
  return [...text.matchAll(new RegExp(`/${QR_TAG} BMC([\\s\\S]*?)EMC`, 'g'))].map((m) => {
    const [a, , , d, e, f] = (new RegExp(`${n} ${n} ${n} ${n} ${n} ${n} cm`).exec(m[1]!)?.slice(1) ?? ['1', '0', '0', '1', '0', '0']).map(Number) as number[];
    return [...m[1]!.matchAll(new RegExp(`${n} ${n} ${n} ${n} re`, 'g'))].map(([, x, y, w, h]) => ({ x: a! * Number(x) + e!, y: d! * Number(y) + f!, w: a! * Number(w), h: d! * Number(h) }));
  });
}

/** Rebuilds the module matrix from the rectangles of one code. */
function matrixOf(rects: { x: number; y: number; w: number; h: number }[], size: number): boolean[][] {
  const m = rects[0]!.h;
  const left = Math.min(...rects.map((r) => r.x)) - 0; // the finder pattern starts at column 0
  const top = Math.max(...rects.map((r) => r.y + r.h));
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const r of rects) {
    const row = Math.round((top - r.y - r.h) / m);
    const col = Math.round((r.x - left) / m);
    for (let c = 0; c < Math.round(r.w / m); c++) grid[row]![col + c] = true;
  }
  return grid;
}

const expected = (text: string): boolean[][] => {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return Array.from({ length: modules.size }, (_, r) => Array.from({ length: modules.size }, (_, c) => Boolean(modules.get(r, c))));
};

describe('receipts and labels carry the delivery code as a vector QR', () => {
  const config = allocationSchema.parse({ eksemplar: { skpd: 3, desa: 2, kelurahan: 2, vertikal: 1, kim: 1, lainnya: 1 }, cadangan: { persen: 5, minimum: 10 }, isiIkat: 50 });
  const recipient = (id: string, name: string): Recipient => ({ id, category: 'desa', name, kecamatan: 'Paringin Selatan', kodeWilayah: '', address: '', contact: '', route: '', source: '', line: 2 });
  const allocation = allocate([recipient('63.11.07.2008', 'Pemerintah Desa Binjai'), recipient('63.11.07.2009', 'Pemerintah Desa Lok Batung')], config);
  const edition = { id: '2026-05', title: 'Jurnal Balangan', number: 5, date: '2026-05-19', pages: 12, format: 'a4' };
  const meta = { title: 'Uji', date: new Date('2026-05-19T00:00:00Z') };
  const first = allocation.routes.flatMap((r) => r.deliveries)[0]!.recipient.id;

  it('the first receipt\'s code is exactly the QR of JB:<edisi>:<id>, module for module', async () => {
    const pdf = await receiptPdf(allocation, edition, meta);
    const codes = drawnCodes(pdf, 0);
    expect(codes).toHaveLength(2);
    const text = deliveryCode('2026-05', first);
    expect(text).toMatch(/^JB:2026-05:63\.11\.07\.200[89]$/);
    const want = expected(text);
    const size = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules.size;
    expect(size).toBe(want.length);
    expect(matrixOf(codes[0]!, size)).toEqual(want);
    // Square modules, and the code with its quiet zone no smaller than 2 cm on paper.
    const m = codes[0]![0]!.h;
    expect(codes[0]!.every((r) => Math.abs(r.h - m) < 0.01)).toBe(true);
    expect((m * (size + 2 * QR_QUIET_ZONE) * 25.4) / 72).toBeGreaterThan(20);
    // The second receipt carries the other recipient's code, not a copy of the first.
    expect(matrixOf(codes[1]!, size)).not.toEqual(want);
  });

  it('labels carry the code too; without an edition id there is none', async () => {
    const labels = await labelPdf(allocation, edition, config, meta);
    const codes = drawnCodes(labels, 0);
    expect(codes).toHaveLength(2);
    const text = deliveryCode('2026-05', first);
    expect(matrixOf(codes[0]!, expected(text).length)).toEqual(expected(text));
    const { id: _, ...noId } = edition;
    expect(drawnCodes(await receiptPdf(allocation, noId, meta), 0)).toEqual([]);
  });
});

describe('jurnal distribute record --pindaian', () => {
  let root: string;
  const history = () => path.join(root, 'distribution/2026-05/diterima.csv');
  beforeAll(() => {
    ({ root } = scratchProject('2026-05', false));
    cpSync(path.join(ROOT, 'distribution/seed-skpd-vertikal.csv'), path.join(root, 'distribution/seed-skpd-vertikal.csv'));
    expect(jurnal(['distribute', 'init'], root).code).toBe(0);
    expect(jurnal(['distribute', '2026-05', '-q'], root).code).toBe(0);
  });

  it('records nothing when any line is bad, and names each bad line', () => {
    writeFileSync(path.join(root, 'pindai.txt'), '\ufeffJB:2026-05:skpd-01\r\n\r\n JB:2026-05:63.11.07.2008 \r\nJB:2026-05:skpd-01\r\nJB:2026-04:skpd-02\r\nJB:2026-05:skpd-999\r\nhalo\r\n');
    const r = jurnal(['distribute', 'record', '2026-05', '--pindaian', 'pindai.txt'], root);
    expect(r.code).toBe(1);
    const lines = r.stderr.split('\n').filter((l) => /^pindai\.txt:\d+:\d+/.test(l));
    expect(lines).toEqual([
      'pindai.txt:4:1  galat  id: penerima "skpd-01" disebut dua kali  [terima-id-ganda]',
      'pindai.txt:5:1  galat  kode "JB:2026-04:skpd-02" untuk edisi 2026-04, bukan edisi 2026-05  [pindaian-edisi-lain]',
      'pindai.txt:6:1  galat  id: penerima "skpd-999" tidak ada di daftar penerima edisi ini  [terima-id-tidak-dikenal]',
      'pindai.txt:7:1  galat  "halo" bukan kode tanda terima Jurnal Balangan  [pindaian-bukan-kode]',
    ]);
    expect(r.stderr).toContain('tidak ada yang dicatat');
    expect(existsSync(history())).toBe(false);
  });

  it('records a clean file as received; scanning the same again changes nothing, a new date needs --koreksi', () => {
    writeFileSync(path.join(root, 'pindai.txt'), 'JB:2026-05:skpd-01\r\n\r\n JB:2026-05:63.11.07.2008 \r\n');
    const r = jurnal(['distribute', 'record', '2026-05', '--pindaian', 'pindai.txt', '--tanggal', '2026-05-21', '--oleh', 'Kurir Rute 1'], root);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('dicatat di distribution/2026-05/diterima.csv: 2 diterima');
    const events = parseHistory(readFileSync(history(), 'utf8'), 'diterima.csv').events;
    expect(events.map((e) => `${e.id} ${e.state} ${e.date} ${e.by} ${e.source}`)).toEqual([
      'skpd-01 diterima 2026-05-21 Kurir Rute 1 pindai.txt:1',
      '63.11.07.2008 diterima 2026-05-21 Kurir Rute 1 pindai.txt:3',
    ]);
    const again = jurnal(['distribute', 'record', '2026-05', '--pindaian', 'pindai.txt'], root);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('tidak ada yang baru dicatat');
    const other = jurnal(['distribute', 'record', '2026-05', '--pindaian', 'pindai.txt', '--tanggal', '2026-05-22'], root);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('pindai.txt:1:1  galat  id: penerima "skpd-01" sudah tercatat diterima pada 2026-05-21 oleh Kurir Rute 1');
    expect(parseHistory(readFileSync(history(), 'utf8'), 'diterima.csv').events).toHaveLength(2);
  });
});
