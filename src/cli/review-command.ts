/**
 * Declares `jurnal review` and `jurnal approve` without loading them: review.ts (the layout, the
 * review rules, the approvals' hashing) is imported only when a command runs, so `jurnal --help`
 * and the other commands start quickly.
 */
import type { Command } from 'commander';
import { action, CONTENT_DIR } from './common.js';
import { limitOptions } from './supervise.js';

/** APPROVALS_FILE of review/approvals.ts, spelled out here so that the help does not load zod and yaml. */
const APPROVALS_FILE = 'approvals.yaml';

export function registerReview(program: Command): void {
  limitOptions(program
    .command('review')
    .summary('tampilkan temuan pemeriksaan dan status persetujuan setiap naskah')
    .description('Menjalankan aturan peninjauan pada edisi yang sudah ditata letak, menampilkan status setiap naskah\n(disetujui / berubah sejak disetujui / belum), dan menulis editions/<edisi>/laporan-tinjauan.md dan .json.')
    .argument('<edisi>', 'id edisi atau path folder edisi')
    .option('--since <build>', 'bandingkan dengan build proof sebelumnya (folder berisi naskah.json): naskah yang berubah dan selisih katanya')
    .option('--json', 'hasil sebagai JSON di stdout: { ok, diagnostics, gate, articles, ... }'))
    .action(action(async (ref: string, options: { since?: string; json?: boolean }) => {
      const { runReview } = await import('./review.js');
      return runReview(ref, options);
    }));
}

export function registerApprove(program: Command): void {
  program
    .command('approve')
    .summary('setujui naskah (terikat pada isi naskah dan fotonya)')
    .description(`Mencatat persetujuan di ${CONTENT_DIR}/<edisi>/${APPROVALS_FILE}: siapa, kapan, dan hash SHA-256 naskah serta setiap fotonya.\nNaskah yang diubah sesudahnya harus disetujui lagi.`)
    .argument('<edisi>', 'id edisi atau path folder edisi')
    .argument('[slug...]', 'naskah yang disetujui (nama berkas tanpa .md)')
    .option('--by <nama>', 'nama peninjau (wajib)')
    .option('--note <catatan>', 'catatan persetujuan')
    .option('--semua', 'setujui semua naskah edisi')
    .option('--revoke', 'cabut persetujuan naskah tersebut')
    .action(action(async (ref: string, slugs: string[], options: { by?: string; note?: string; semua?: boolean; revoke?: boolean }) => {
      const { runApprove } = await import('./review.js');
      return runApprove(ref, slugs, options);
    }));
}
