import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { officialVillages } from '../../src/distribution/init.js';
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
    expect(status.stdout).toContain('2 dari 201 penerima sudah menandatangani');
    expect(status.stdout).toMatch(/Paringin Selatan\s+1 \/ \d+/);
    // A filled-in allocation CSV imports the same way.
    const csvFile = path.join(out, 'alokasi.csv');
    const filled = readFileSync(csvFile, 'utf8').split('\r\n').map((line) => (line.includes(',skpd-02,') || line.includes(',63.11.02.2003,') ? `${line}ya` : line)).join('\r\n');
    writeFileSync(path.join(root, 'isian.csv'), filled);
    expect(jurnal(['distribute', 'record', '2026-05', '--impor', 'isian.csv'], root).stdout).toContain('dicatat: 2 penerima baru (4 dari 201 sudah menerima)');
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
    expect(r.stderr).toMatch(/distribution\/penerima\.csv:203:8 {2}galat {2}copies: jumlah eksemplar "-2" tidak sah/);
    expect(r.stderr).toMatch(/penerima\.csv:204:1 {2}galat {2}id: id "skpd-01" sudah dipakai/);
    expect(r.stderr).toContain('tidak ada berkas yang ditulis');
    expect(snapshotTree(out)).toEqual(before);
  });
});
