/**
 * Declares `jurnal distribute` and its subcommands without loading them: distribute.ts (the area
 * data, the PDF documents) is imported only when a command runs, so `jurnal --help` and the other
 * commands start quickly. The file names the help mentions come from distribution/paths.ts, which loads nothing.
 */
import { type Command, Option } from 'commander';
import { action, UserError } from './common.js';
import { CONFIG, RECEIVED, REGISTRY } from '../distribution/paths.js';
import type { RecordOptions } from './distribute.js';

export function registerDistribute(program: Command): void {
  const distribute = program
    .command('distribute')
    .summary('daftar penerima, alokasi, manifes, tanda terima, label, pesanan cetak, pelacakan')
    .description('Tanpa subperintah: menulis ke distribution/<edisi>/ manifes pengantaran per rute, tanda terima, label alamat,\npesanan cetak (PDF), serta alokasi.csv dan alokasi.json.')
    .argument('[edisi]', 'id edisi atau path folder edisi')
    .option('-q, --senyap', 'tanpa ringkasan')
    .addOption(new Option('--quiet').hideHelp())
    .action(action(async (ref: string | undefined, options: { senyap?: boolean; quiet?: boolean }) => {
      if (!ref) throw new UserError('edisi belum disebut', 'mis. "jurnal distribute 2026-05", atau "jurnal distribute init"');
      const { writeDistribution } = await import('./distribute.js');
      // --quiet: the spelling of the previous release (README "Names").
      return writeDistribution(ref, options.senyap === true || options.quiet === true);
    }));
  distribute
    .command('init')
    .summary('buat atau perbarui daftar penerima dari data wilayah resmi')
    .description(`Menulis ${REGISTRY} (SKPD dan instansi vertikal dari daftar awal, semua desa/kelurahan Balangan dari idn-area-data)\ndan ${CONFIG}. Bila daftar sudah ada: desa/kelurahan baru ditambahkan, perubahan nama dan desa yang hilang hanya dilaporkan.`)
    .action(action(async () => {
      const { init } = await import('./distribute.js');
      return init();
    }));
  distribute
    .command('record')
    .summary('catat penerima yang sudah (atau tidak) menerima, dengan riwayat')
    .description(`Menambah catatan ke riwayat distribution/<edisi>/${RECEIVED}. Yang sudah tercatat diterima tidak ditimpa;\nuntuk membetulkannya pakai --koreksi (catatan lama tetap tersimpan). Bila satu saja salah, tidak ada yang dicatat.`)
    .argument('<edisi>', 'id edisi')
    .argument('[id...]', 'id penerima (lihat manifes)')
    .option('--oleh <nama>', 'nama petugas yang mencatat (wajib untuk --koreksi)')
    .option('--tanggal <TTTT-BB-HH>', 'tanggal diterima (bawaan: hari ini)')
    .option('--catatan <teks>', 'catatan')
    .option('--impor <berkas.csv>', 'impor alokasi.csv yang kolom "diterima"-nya sudah diisi (tanggal, "ya", atau "tidak …" dengan alasannya)')
    .option('--pindaian <berkas>', 'catat sebagai diterima setiap kode yang dipindai dari tanda terima atau label (satu kode per baris, mis. JB:2026-05:skpd-01)')
    .option('--tidak-diterima <alasan>', 'id yang disebut tidak menerima, mis. "kantor tutup"')
    .option('--koreksi', 'ganti catatan yang sudah ada (riwayatnya tetap disimpan)')
    .option('--json', 'hasil sebagai JSON di stdout')
    .addOption(new Option('--by <nama>').hideHelp())
    .addOption(new Option('--note <teks>').hideHelp())
    .action(action(async (ref: string, ids: string[], options: RecordOptions) => {
      const { recordReceipts } = await import('./distribute.js');
      return recordReceipts(ref, ids, options);
    }));
  distribute
    .command('status')
    .summary('tampilkan yang sudah, tidak, dan belum menerima, per kecamatan dan kategori')
    .argument('<edisi>', 'id edisi')
    .option('--json', 'hasil sebagai JSON di stdout')
    .action(action(async (ref: string, options: { json?: boolean }) => {
      const { showStatus } = await import('./distribute.js');
      return showStatus(ref, options);
    }));
}
