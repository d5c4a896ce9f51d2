/**
 * Declares `jurnal kiriman` (contributions from villages and KIM) without loading it: kiriman.ts
 * (the parsers, sharp for the photos, the printability checks) is imported only when a command runs.
 */
import type { Command } from 'commander';
import { action } from './common.js';

export function registerKiriman(program: Command): void {
  const kiriman = program
    .command('kiriman')
    .summary('kiriman berita dari desa dan KIM: impor, status per kecamatan, daftar KIM')
    .description('Kiriman berita dari pemerintah desa dan Kelompok Informasi Masyarakat (KIM).');
  kiriman
    .command('impor')
    .summary('jadikan kiriman (berkas atau folder) naskah draf di edisi')
    .description('Membaca kiriman (.txt/.md dengan kepala Judul:, Nama:, KIM:, Desa:, Telepon:, Tanggal:, Foto:; ekspor formulir .csv; foto JPEG/PNG) dan menulis naskah draf dengan kontributor: dan verification: { status: pending } ke folder edisi. Foto disalin ke kiriman/<id>/foto/, berkas aslinya disimpan utuh di kiriman/<id>/asli/. Bila ada satu saja masalah, tidak ada yang ditulis.')
    .argument('<kiriman>', 'berkas atau folder kiriman')
    .requiredOption('--edisi <edisi>', 'id edisi atau path folder edisi tujuan')
    .option('--json', 'hasil sebagai JSON di stdout')
    .action(action(async (source: string, options: { edisi: string; json?: boolean }) => {
      const { runImport } = await import('./kiriman.js');
      return runImport(source, options);
    }));
  kiriman
    .command('status')
    .summary('desa/kelurahan yang mengirim berita: edisi ini, 6 edisi sebelumnya, yang belum pernah')
    .argument('<edisi>', 'id edisi atau path folder edisi')
    .option('--json', 'hasil sebagai JSON di stdout')
    .action(action(async (ref: string, options: { json?: boolean }) => {
      const { runStatus } = await import('./kiriman.js');
      return runStatus(ref, options);
    }));
  kiriman
    .command('kim')
    .summary('periksa daftar KIM (distribution/kim.csv)')
    .option('--json', 'hasil sebagai JSON di stdout')
    .action(action(async (options: { json?: boolean }) => {
      const { runKim } = await import('./kiriman.js');
      return runKim(options);
    }));
}
