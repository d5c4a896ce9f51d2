import { describe, expect, it } from 'vitest';
import { allocate } from '../../../src/distribution/allocate.js';
import { allocationSchema } from '../../../src/distribution/config.js';
import { labelPdf, labelPlace, manifestPdf, receiptPdf } from '../../../src/distribution/documents.js';
import type { Recipient } from '../../../src/distribution/registry.js';
import { openPdf, pageText } from '../../helpers/pdf.js';

const config = allocationSchema.parse({ eksemplar: { skpd: 3, desa: 2, kelurahan: 2, vertikal: 1, kim: 1, lainnya: 1 }, cadangan: { persen: 5, minimum: 10 }, isiIkat: 50 });
const edition = { title: 'Jurnal Balangan', number: 5, date: '2026-05-19', pages: 12, format: 'a4' };
const meta = { title: 'Uji', date: new Date('2026-05-19T00:00:00Z') };
const LONG = 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana serta Pemberdayaan Masyarakat dan Desa (DP3A P2KB PMD) Kabupaten Balangan';
const recipients: Recipient[] = [
  { id: 'skpd-15', category: 'skpd', name: LONG, kecamatan: '', kodeWilayah: '', address: 'Jalan Jenderal Achmad Yani Kilometer 4,5 Nomor 12, Kompleks Perkantoran Terpadu Batu Piring, Paringin', contact: '', route: '', source: '', line: 2 },
  { id: 'skpd-11', category: 'skpd', name: 'Dinas Kesehatan Kabupaten Balangan', kecamatan: '', kodeWilayah: '', address: 'Jl. Jend. A. Yani Km 2', contact: '', route: '', source: '', line: 3 },
  { id: 'desa-01', category: 'desa', name: 'Pemerintah Desa Binjai', kecamatan: 'Paringin Selatan', kodeWilayah: '', address: '', contact: '', route: '', source: '', line: 4 },
];
const text = (bytes: Uint8Array) => {
  const doc = openPdf(bytes);
  return Array.from({ length: doc.countPages() }, (_, i) => pageText(doc, i)).join('\n');
};
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('labels, manifests and receipts print names whole', () => {
  const allocation = allocate(recipients, config);

  it('labels show the full name, the address, and the regency once', async () => {
    const t = text(await labelPdf(allocation, edition, config, meta));
    expect(t).not.toContain('…');
    expect(flat(t)).toContain(LONG);
    expect(flat(t)).toContain('Jalan Jenderal Achmad Yani Kilometer 4,5 Nomor 12, Kompleks Perkantoran Terpadu Batu Piring, Paringin');
    expect(flat(t)).toContain('Jl. Jend. A. Yani Km 2');
    expect(flat(t)).toContain('Kecamatan Paringin Selatan');
    expect(flat(t).match(/Kabupaten Balangan/g)).toHaveLength(2); // once in each SKPD name, never added again
  });

  it('manifests and receipts never cut a name with "…"', async () => {
    for (const t of [text(await manifestPdf(allocation, edition, config, new Set(), meta)), text(await receiptPdf(allocation, edition, meta))]) {
      expect(flat(t)).toContain(LONG);
      expect(t).not.toMatch(/Balangan…|Dinas Pemberdayaan[^\n]*…/);
    }
  });

  it('the place line is left out when the name already says it', () => {
    expect(labelPlace('Dinas Sosial Kabupaten Balangan', '')).toBeUndefined();
    expect(labelPlace('RSUD Datu Kandang Haji', '')).toBe('Kabupaten Balangan');
    expect(labelPlace('Kantor Kecamatan Halong', 'Halong')).toBeUndefined();
    expect(labelPlace('Pemerintah Desa Binjai', 'Paringin Selatan')).toBe('Kecamatan Paringin Selatan');
  });
});
