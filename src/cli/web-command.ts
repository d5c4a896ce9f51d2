/** Declares `jurnal web` and `jurnal sosial`; their stages (sharp, the review) load only when they run. */
import { type Command, Option } from 'commander';
import { action } from './common.js';

export function registerWeb(program: Command): void {
  program
    .command('web')
    .summary('bangun edisi web (situs statis) dari naskah yang disetujui')
    .description('Menulis situs statis edisi ke editions/<edisi>/web/: halaman depan, satu halaman per berita, halaman rubrik,\narsip edisi, umpan Atom, sitemap, foto untuk layar, dan PDF cetak untuk diunduh (bila sudah dibangun).\nHanya naskah yang disetujui. Dibangun di folder sementara; situs sebelumnya hanya diganti bila berhasil.')
    .argument('<edisi>', 'id edisi atau path folder edisi')
    .option('--alamat <url>', 'alamat akar situs tempat edisi diterbitkan (bawaan: kontak.situs di templates/halaman-belakang.yaml + /jurnal-balangan/)')
    .option('-q, --senyap', 'tanpa keterangan kemajuan')
    .option('--json', 'keluarkan hasilnya sebagai JSON (berita, halaman, berkas, alamat)')
    .addOption(new Option('--quiet').hideHelp())
    .action(action(async (ref: string, options: { alamat?: string; senyap?: boolean; quiet?: boolean; json?: boolean }) => {
      const { runWeb } = await import('./web.js');
      // --quiet: the spelling of the previous release (README "Names").
      return runWeb(ref, { alamat: options.alamat, json: options.json, quiet: options.senyap === true || options.quiet === true });
    }));
}

export function registerSosial(program: Command): void {
  program
    .command('sosial')
    .summary('buat keterangan media sosial dan foto feed untuk setiap naskah yang disetujui')
    .description('Menulis ke editions/<edisi>/sosial/: sosial.md untuk admin media sosial, sosial.csv dan sosial.json,\nserta foto utama setiap berita dipotong 1:1 dan 4:5. Tautannya ke halaman berita di edisi web.')
    .argument('<edisi>', 'id edisi atau path folder edisi')
    .option('--alamat <url>', 'alamat akar situs edisi web (sama dengan jurnal web)')
    .option('--json', 'keluarkan keterangan setiap naskah sebagai JSON')
    .action(action(async (ref: string, options: { alamat?: string; json?: boolean }) => {
      const { runSosial } = await import('./sosial.js');
      return runSosial(ref, options);
    }));
}
