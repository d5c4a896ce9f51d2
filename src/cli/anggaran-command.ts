/**
 * Declares `jurnal anggaran` without loading it: anggaran.ts (the content loader, the budget sheet's
 * PDF) is imported only when the command runs, so `jurnal --help` and the other commands start quickly.
 */
import type { Command } from 'commander';
import { action } from './common.js';

export function registerBudget(program: Command): void {
  program
    .command('anggaran')
    .summary('anggaran naskah untuk rapat redaksi: target dan jumlah kata, foto, verifikasi, persetujuan, tenggat')
    .description('Daftar semua naskah edisi (juga yang baru direncanakan di "rencana:" edition.yaml) menurut rubrik dan prioritas,\ndengan tanda TERLAMBAT dan KEPANJANGAN. Menulis editions/<edisi>/anggaran-<edisi>.pdf. Tidak menjalankan tata letak.')
    .argument('[edisi]', 'id edisi atau path folder edisi')
    .option('--json', 'hasil sebagai JSON di stdout')
    .action(action(async (ref: string | undefined, options: { json?: boolean }) => {
      const { runBudget } = await import('./anggaran.js');
      return runBudget(ref, { json: options.json });
    }));
}
