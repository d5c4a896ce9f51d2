import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeCsv } from '../../src/distribution/csv.js';
import { localToday } from '../../src/distribution/delivery-cell.js';
import { officialVillages } from '../../src/distribution/init.js';
import { parseHistory } from '../../src/distribution/tracking.js';
import { jurnal, ROOT, scratchProject, snapshotTree } from '../helpers/cli.js';
import { openPdf, pageText } from '../helpers/pdf.js';

describe('jurnal distribute', () => {
  let root: string;
  let out: string;
  beforeAll(() => {
    ({ root } = scratchProject('2026-05', false));
    cpSync(path.join(ROOT, 'distribution/seed-skpd-vertikal.csv'), path.join(root, 'distribution/seed-skpd-vertikal.csv'));
    out = path.join(root, 'distribution', '2026-05');
  });

  it('init builds the registry from the seed list and the official areas', () => {
    const r = jurnal(['distribute', 'init'], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('201 penerima (157 desa/kelurahan dari data wilayah resmi)');
    const again = jurnal(['distribute', 'init'], root);
    expect(again.stdout).not.toContain('ditambahkan');
    expect(existsSync(path.join(root, 'distribution/alokasi.yaml'))).toBe(true);
  });

  it('writes manifests, receipts, labels, print order, CSV and JSON whose totals agree', () => {
    const r = jurnal(['distribute', '2026-05'], root);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(path.join(out, 'alokasi.json'), 'utf8')) as { printRun: number; delivered: number; reserve: number; deliveries: { id: string; copies: number }[]; routes: { recipients: number; copies: number }[] };
    // Every desa and kelurahan exactly once.
    const ids = json.deliveries.map((d) => d.id);
    for (const v of officialVillages()) expect(ids.filter((id) => id === v.id)).toHaveLength(1);
    expect(new Set(ids).size).toBe(ids.length);

    // The print order equals the sum over the manifests.
    const manifest = openPdf(readFileSync(path.join(out, 'manifes.pdf')));
    const text = Array.from({ length: manifest.countPages() }, (_, i) => pageText(manifest, i)).join('\n');
    const routeTotals = [...text.matchAll(/Jumlah rute .+?: (\d+) penerima, (\d+) eksemplar/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(routeTotals).toHaveLength(json.routes.length);
    expect(routeTotals.reduce((s, [, c]) => s + c!, 0)).toBe(json.delivered);
    expect(routeTotals.reduce((s, [n]) => s + n!, 0)).toBe(201);
    const order = pageText(openPdf(readFileSync(path.join(out, 'pesanan-cetak.pdf'))), 0);
    expect(order).toContain(`Eksemplar untuk penerima\n${json.delivered}`.replace('\n', order.includes(`Eksemplar untuk penerima ${json.delivered}`) ? ' ' : '\n'));
    expect(order).toContain(`${json.printRun} eksemplar`);
    expect(json.printRun).toBeGreaterThanOrEqual(json.delivered + json.reserve);
    expect(text).toMatch(/hal\. 1 dari \d+/);
    expect(text).toContain('Desa Binjai');

    // Receipts (three per page) and labels (24 per sheet) for everyone.
    expect(openPdf(readFileSync(path.join(out, 'tanda-terima.pdf'))).countPages()).toBe(Math.ceil(201 / 3));
    const labels = openPdf(readFileSync(path.join(out, 'label.pdf')));
    expect(labels.countPages()).toBe(Math.ceil(201 / 24));
    expect(pageText(labels, 0)).toContain('Jurnal Balangan Edisi 5');

    const csv = readFileSync(path.join(out, 'alokasi.csv'), 'utf8');
    expect(csv.startsWith('\ufeffrute,urutan,id,')).toBe(true);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(202);
  });

  it('tracks what came back signed, and flags who missed it in the next edition', () => {
    expect(jurnal(['distribute', 'record', '2026-05', 'skpd-01', '63.11.07.2008', '--oleh', 'Budi', '--tanggal', '2026-05-21'], root).code).toBe(0);
    const status = jurnal(['distribute', 'status', '2026-05'], root);
    expect(status.stdout).toContain('2 diterima, 0 tidak diterima, 199 belum (dari 201 penerima)');
    expect(status.stdout).toMatch(/Paringin Selatan\s+1\s+0\s+16\s+17/);
    // A filled-in allocation CSV imports the same way.
    const csvFile = path.join(out, 'alokasi.csv');
    const filled = readFileSync(csvFile, 'utf8').split('\r\n').map((line) => (line.includes(',skpd-02,') || line.includes(',63.11.02.2003,') ? `${line}ya` : line)).join('\r\n');
    writeFileSync(path.join(root, 'isian.csv'), filled);
    const imported = jurnal(['distribute', 'record', '2026-05', '--impor', 'isian.csv'], root);
    expect(imported.stdout).toContain('dicatat di distribution/2026-05/diterima.csv: 2 diterima');
    expect(imported.stdout).toContain('edisi 2026-05: 4 diterima, 0 tidak diterima, 197 belum (dari 201 penerima)');
    const unknown = jurnal(['distribute', 'record', '2026-05', 'tidak-ada'], root);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('penerima "tidak-ada" tidak ada di daftar penerima edisi ini');

    // The next edition's manifests flag those who did not sign for this one.
    const next = path.join(root, 'content', '2026-06');
    cpSync(path.join(root, 'content', '2026-05'), next, { recursive: true });
    writeFileSync(path.join(next, 'edition.yaml'), readFileSync(path.join(next, 'edition.yaml'), 'utf8').replace('number: 5 ', 'number: 6 ').replace('date: 2026-05-19', 'date: 2026-06-19'));
    const r = jurnal(['distribute', '2026-06'], root);
    expect(r.stdout).toContain('197 penerima belum menandatangani edisi 2026-05');
    const manifest = openPdf(readFileSync(path.join(root, 'distribution/2026-06/manifes.pdf')));
    expect(pageText(manifest, 0)).toContain('BELUM TERIMA EDISI LALU');
  });

  it('refuses a bad registry with the row, and writes nothing', () => {
    const registry = path.join(root, 'distribution/penerima.csv');
    const good = readFileSync(registry, 'utf8');
    writeFileSync(registry, `${good}dup,desa,"Nama dengan ""kutip"", koma",Halong,,,,-2,,\nskpd-01,skpd,Ganda,,,,,,,\n`);
    const before = snapshotTree(out);
    const r = jurnal(['distribute', '2026-05'], root);
    writeFileSync(registry, good);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/distribution\/penerima\.csv:203:8 {2}galat {2}eksemplar: jumlah eksemplar "-2" tidak sah/);
    expect(r.stderr).toMatch(/penerima\.csv:204:1 {2}galat {2}id: id "skpd-01" sudah dipakai/);
    expect(r.stderr).toContain('tidak ada berkas yang ditulis');
    expect(snapshotTree(out)).toEqual(before);
  });
});

describe('jurnal distribute record / status: delivery records nobody corrupts by accident', () => {
  let root: string;
  let history: string;
  const run = (...args: string[]) => jurnal(['distribute', ...args], root);
  const bytes = () => (existsSync(history) ? readFileSync(history) : undefined);
  const events = () => parseHistory(readFileSync(history, 'utf8'), 'diterima.csv');
  /** alokasi.csv with the "diterima" cell of some rows filled in; and the line of each of those rows. */
  const sheet = (cells: Record<string, string>, name = 'isian.csv') => {
    const lines = readFileSync(path.join(root, 'distribution/2026-05/alokasi.csv'), 'utf8').split('\r\n');
    const lineOf: Record<string, number> = {};
    const filled = lines.map((line, i) => {
      const id = Object.keys(cells).find((k) => line.split(',')[2] === k);
      if (id === undefined) return line;
      lineOf[id] = i + 1;
      return `${line}${/[",]/.test(cells[id]!) ? `"${cells[id]!.replace(/"/g, '""')}"` : cells[id]}`;
    });
    expect(Object.keys(lineOf).sort()).toEqual(Object.keys(cells).sort());
    writeFileSync(path.join(root, name), filled.join('\r\n'));
    return lineOf;
  };

  beforeAll(() => {
    ({ root } = scratchProject('2026-05', false));
    cpSync(path.join(ROOT, 'distribution/seed-skpd-vertikal.csv'), path.join(root, 'distribution/seed-skpd-vertikal.csv'));
    expect(run('init').code).toBe(0);
    expect(run('2026-05', '--senyap').code).toBe(0);
    history = path.join(root, 'distribution/2026-05/diterima.csv');
  });
  beforeEach(() => rmSync(history, { force: true }));

  const CELLS = { 'skpd-02': 'ya', 'skpd-03': 'tidak', 'skpd-04': 'Ditolak: sudah berlangganan', '63.11.02.2003': '21/05/2026', '63.11.07.2008': '0' };

  it('an import with one bad cell records nothing, and names the row and column of that cell', () => {
    const line = sheet(CELLS)['63.11.07.2008']!;
    const r = run('record', '2026-05', '--impor', 'isian.csv', '--oleh', 'Sari');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`isian.csv:${line}:11  galat  diterima: isi "0" tidak dikenal (penerima 63.11.07.2008)  [terima-isian]`);
    expect(r.stderr).toMatch(/saran: kosongkan bila belum; .*ya \/ y \/ v .*tidak \/ tdk \/ ditolak/);
    expect(r.stderr).toContain('tidak ada yang dicatat');
    expect(r.stdout).toBe('');
    expect(existsSync(history)).toBe(false);

    const json = run('record', '2026-05', '--impor', 'isian.csv', '--json');
    expect(json.code).toBe(1);
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, edition: '2026-05', recorded: [], diagnostics: [{ file: 'isian.csv', position: { line, column: 11 }, rule: 'terima-isian' }] });
    expect(existsSync(history)).toBe(false);
  });

  it('with the bad cell emptied, every cell means what it says; importing the sheet again changes nothing', () => {
    sheet({ ...CELLS, '63.11.07.2008': '' });
    const r = run('record', '2026-05', '--impor', 'isian.csv', '--oleh', 'Sari');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('dicatat di distribution/2026-05/diterima.csv: 2 diterima, 2 tidak diterima');
    expect(r.stdout).toContain('edisi 2026-05: 2 diterima, 2 tidak diterima, 197 belum (dari 201 penerima)');
    const byId = new Map(events().events.map((e) => [e.id, e]));
    expect(byId.size).toBe(4);
    expect(byId.get('skpd-02')).toMatchObject({ state: 'diterima', date: localToday(), by: 'Sari' });
    expect(byId.get('63.11.02.2003')).toMatchObject({ state: 'diterima', date: '2026-05-21' });
    expect(byId.get('skpd-03')).toMatchObject({ state: 'tidak diterima', reason: 'tidak' });
    expect(byId.get('skpd-04')).toMatchObject({ state: 'tidak diterima', reason: 'Ditolak: sudah berlangganan' });

    const status = run('status', '2026-05');
    expect(status.code).toBe(0);
    expect(status.stdout).toContain('Status distribusi edisi 2026-05: 2 diterima, 2 tidak diterima, 197 belum (dari 201 penerima)');
    expect(status.stdout).toMatch(/\(tingkat kabupaten\)\s+1\s+2\s+33\s+36/);
    expect(status.stdout).toMatch(/Tidak diterima \(2\):\n.*skpd-0[34] .* — (tidak|Ditolak: sudah berlangganan) \(\d{4}-\d\d-\d\d, dicatat oleh Sari\)/);
    const statusJson = JSON.parse(run('status', '2026-05', '--json').stdout) as { ok: boolean; totals: unknown; notDelivered: { id: string; reason: string }[]; pending: string[] };
    expect(statusJson.ok).toBe(true);
    expect(statusJson.totals).toEqual({ received: 2, notDelivered: 2, pending: 197, total: 201 });
    expect(statusJson.notDelivered.map((n) => [n.id, n.reason]).sort()).toEqual([['skpd-03', 'tidak'], ['skpd-04', 'Ditolak: sudah berlangganan']]);
    expect(statusJson.pending).toHaveLength(197);

    const before = bytes();
    const again = run('record', '2026-05', '--impor', 'isian.csv');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('tidak ada yang baru dicatat\n  4 baris impor sudah tercatat sama, dilewati');
    expect(bytes()).toEqual(before);
  });

  it.each(['besok', '2026-13-45', '2026-02-30', '2999-01-01'])('--tanggal %s is refused with exit 1, nothing recorded', (tanggal) => {
    const r = run('record', '2026-05', 'skpd-01', '--tanggal', tanggal);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\(baris perintah\) {2}galat {2}--tanggal: .*\[terima-tanggal\]\n {4}saran: tulis tanggal sebagai TTTT-BB-HH/);
    expect(existsSync(history)).toBe(false);
  });

  it('recording a received recipient again is refused; with --koreksi both records are kept', () => {
    expect(run('record', '2026-05', 'skpd-01', '--oleh', 'Budi', '--tanggal', '2026-05-21').code).toBe(0);
    const before = bytes();
    const again = run('record', '2026-05', 'skpd-01', '--oleh', 'Sari', '--tanggal', '2026-05-22');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('penerima "skpd-01" sudah tercatat diterima pada 2026-05-21 oleh Budi');
    expect(again.stderr).toContain('saran: bila catatan lama salah, ulangi dengan --koreksi');
    expect(again.stderr).toContain('lihat: distribution/2026-05/diterima.csv:2:1 tercatat di sini');
    expect(bytes()).toEqual(before);

    const nameless = run('record', '2026-05', 'skpd-01', '--koreksi', '--tanggal', '2026-05-22');
    expect(nameless.code).toBe(1);
    expect(nameless.stderr).toContain('koreksi perlu nama pencatatnya');
    expect(bytes()).toEqual(before);

    // --by and --note are accepted as aliases of --oleh and --catatan.
    const fixed = run('record', '2026-05', 'skpd-01', '--koreksi', '--by', 'Sari', '--note', 'salah tanggal', '--tanggal', '22/05/2026', '--json');
    expect(fixed.code).toBe(0);
    expect(JSON.parse(fixed.stdout)).toMatchObject({ ok: true, diagnostics: [], recorded: [{ id: 'skpd-01', date: '2026-05-22', by: 'Sari', note: 'salah tanggal', correction: true, previous: { date: '2026-05-21', by: 'Budi' } }] });
    expect(events().events.map((e) => [e.id, e.date, e.by, e.correction])).toEqual([['skpd-01', '2026-05-21', 'Budi', false], ['skpd-01', '2026-05-22', 'Sari', true]]);
    expect(run('record', '--help').stdout).not.toContain('--by');
  });

  it('status and record of an edition never distributed, or of "..", are errors', () => {
    const next = path.join(root, 'content', '2026-06');
    cpSync(path.join(root, 'content', '2026-05'), next, { recursive: true });
    for (const args of [['status', '2026-06'], ['status', 'content/2026-06'], ['record', '2026-06', 'skpd-01']]) {
      const r = run(...args);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('distribution/2026-06/alokasi.json  galat  edisi 2026-06 belum didistribusikan');
      expect(r.stderr).toContain('saran: jalankan dulu: jurnal distribute 2026-06');
      expect(r.stdout).toBe('');
    }
    const dots = run('status', '..');
    expect(dots.code).toBe(1);
    expect(dots.stderr).toContain('".." bukan edisi');
    const json = run('status', '2026-07', '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, diagnostics: [{ rule: 'distribusi-belum-ada', hint: 'jalankan dulu: jurnal distribute 2026-07' }] });
    expect(existsSync(path.join(root, 'distribution/2026-06'))).toBe(false);
  });

  it('reads a tracking file of the earlier format, and turns it into a history on the next record', () => {
    writeFileSync(history, writeCsv(['id', 'tanggal', 'dicatat_oleh', 'catatan'], [['skpd-01', '2026-05-20', 'Budi', '']]));
    expect(run('status', '2026-05').stdout).toContain('1 diterima, 0 tidak diterima, 200 belum');
    const r = run('record', '2026-05', 'skpd-02', '--oleh', 'Sari', '--tanggal', '2026-05-21');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(berkas lama diubah ke format riwayat)');
    const read = events();
    expect(read.legacy).toBe(false);
    expect(read.events.map((e) => [e.id, e.date, e.by, e.source])).toEqual([['skpd-01', '2026-05-20', 'Budi', 'format lama'], ['skpd-02', '2026-05-21', 'Sari', '(baris perintah)']]);
    expect(run('record', '2026-05', 'skpd-01').stderr).toContain('sudah tercatat diterima pada 2026-05-20 oleh Budi');
  });
});
