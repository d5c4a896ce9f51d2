import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jurnal, scratchProject } from '../helpers/cli.js';
import { openPdf, pageText } from '../helpers/pdf.js';

describe('a proof always builds', () => {
  it('puts a story that fits nowhere on a last proof page with its size and what to cut; print refuses it', () => {
    const { root, edition } = scratchProject();
    const paragraph = 'Petugas puskesmas mendatangi setiap posyandu di kecamatan untuk menimbang balita, mencatat tinggi badan dan memberi penyuluhan gizi kepada para ibu yang hadir pada hari itu. ';
    writeFileSync(
      path.join(edition, 'laporan-panjang.md'),
      `---\ntitle: Laporan Panjang Kesehatan Desa\nsection: kesehatan\nkind: berita\nauthor: Tim Uji\ndate: 2026-05-10\nsources: [{ name: Kepala Puskesmas }]\nverification: { status: verified, by: Redaksi, date: 2026-05-11 }\npriority: 2\nlayout: { keepWhole: true }\n---\n\n${Array.from({ length: 40 }, () => paragraph.repeat(3)).join('\n\n')}\n`,
    );
    const proof = jurnal(['build', '2026-05', '--proof'], root);
    expect(proof.code, proof.stderr).toBe(0);
    expect(proof.stderr).toMatch(/laporan-panjang\.md {2}galat {2}naskah tidak termuat: .*layout\.keepWhole/);
    const doc = openPdf(readFileSync(path.join(root, 'editions/2026-05/proof-2026-05.pdf')));
    expect(doc.countPages()).toBe(13);
    const last = pageText(doc, 12);
    expect(last).toContain('NASKAH TIDAK TERMUAT');
    expect(last).toContain('laporan-panjang');
    expect(last).toMatch(/baris teks selebar satu kolom/);
    const print = jurnal(['build', '2026-05'], root);
    expect(print.code).toBe(1);
    expect(print.stderr).toContain('laporan-panjang');
  }, 300_000);
});
