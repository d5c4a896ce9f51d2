/**
 * Declares `jurnal build` without loading the layout: build.ts (react-pdf, pdf-lib, sharp, the
 * layout engine) is imported only when the command runs, so `jurnal --help` and the other
 * commands start quickly.
 */
import { type Command, Option } from 'commander';
import type { BuildOptions } from './build.js';
import { action } from './common.js';
import { limitOptions } from './supervise.js';

export function registerBuild(program: Command): void {
  limitOptions(program
    .command('build')
    .summary('bangun PDF siap cetak dan proof sebuah edisi')
    .description('Menata letak edisi dan menulis ke editions/<edisi>/: PDF cetak, PDF proof bertanda air, flatplan,\nlaporan build (teks dan JSON). Dibangun di folder sementara; edisi sebelumnya hanya diganti bila build berhasil.')
    .argument('<edisi>', 'id edisi atau path folder edisi')
    .option('--proof', 'hanya PDF proof (untuk peninjauan)')
    .option('--imposisi', 'juga PDF imposisi untuk jilid kawat di printer kantor (imposisi-<edisi>.pdf)')
    .option('-q, --senyap', 'tanpa keterangan kemajuan')
    .option('--json', 'hasil sebagai JSON di stdout: { ok, diagnostics, ... }, juga bila gagal')
    .addOption(new Option('--quiet').hideHelp()))
    .action(action(async (ref: string, { senyap, quiet, ...options }: Omit<BuildOptions, 'quiet'> & { senyap?: boolean; quiet?: boolean }) => {
      const { buildEdition } = await import('./build.js');
      // --quiet: the spelling of the previous release (README "Names").
      return buildEdition(ref, { ...options, quiet: senyap === true || quiet === true });
    }));
}
