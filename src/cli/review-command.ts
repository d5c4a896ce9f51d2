/**
 * Declares `jurnal review` and `jurnal approve` without loading them: review.ts (the layout, the
 * review rules, the approvals' hashing) is imported only when a command runs, so `jurnal --help`
 * and the other commands start quickly.
 */
import { type Command, Option } from 'commander';
import { action, aliased, CONTENT_DIR } from './common.js';
import { limitOptions } from './supervise.js';

/** APPROVALS_FILE of review/approvals.ts, spelled out here so that the help does not load zod and yaml. */
const APPROVALS_FILE = 'approvals.yaml';

export function registerReview(program: Command): void {
  limitOptions(program
    .command('review')
    .summary('tampilkan temuan pemeriksaan dan status persetujuan setiap naskah')
    .description('Menjalankan aturan peninjauan pada edisi yang sudah ditata letak, menampilkan status setiap naskah\n(disetujui / berubah sejak disetujui / belum), dan menulis editions/<edisi>/laporan-tinjauan.md dan .json.')
    .argument('<edisi>', 'id edisi atau path folder edisi')
    .option('--sejak <build>', 'bandingkan dengan build proof sebelumnya (folder berisi naskah.json): naskah yang berubah dan selisih katanya')
    .option('--json', 'hasil sebagai JSON di stdout: { ok, diagnostics, gate, articles, ... }')
    .addOption(new Option('--since <build>').hideHelp()))
    .action(action(async (ref: string, options: { sejak?: string; since?: string; json?: boolean }) => {
      const { runReview } = await import('./review.js');
      return runReview(ref, { since: aliased('--sejak', options.sejak, '--since', options.since), json: options.json });
    }));
}

/** approve's flags as typed: Indonesian, with the English ones of the previous release as hidden aliases. */
interface ApproveFlags {
  oleh?: string;
  by?: string;
  catatan?: string;
  note?: string;
  semua?: boolean;
  cabut?: boolean;
  revoke?: boolean;
}

export function registerApprove(program: Command): void {
  program
    .command('approve')
    .summary('setujui naskah (terikat pada isi naskah dan fotonya)')
    .description(`Mencatat persetujuan di ${CONTENT_DIR}/<edisi>/${APPROVALS_FILE}: siapa, kapan, dan hash SHA-256 naskah serta setiap fotonya.\nNaskah yang diubah sesudahnya harus disetujui lagi.`)
    .argument('<edisi>', 'id edisi atau path folder edisi')
    .argument('[slug...]', 'naskah yang disetujui (nama berkas tanpa .md)')
    .option('--oleh <nama>', 'nama peninjau (wajib)')
    .option('--catatan <teks>', 'catatan persetujuan')
    .option('--semua', 'setujui semua naskah edisi')
    .option('--cabut', 'cabut persetujuan naskah tersebut')
    .addOption(new Option('--by <nama>').hideHelp())
    .addOption(new Option('--note <teks>').hideHelp())
    .addOption(new Option('--revoke').hideHelp())
    .action(action(async (ref: string, slugs: string[], options: ApproveFlags) => {
      const { runApprove } = await import('./review.js');
      return runApprove(ref, slugs, {
        by: aliased('--oleh', options.oleh, '--by', options.by),
        note: aliased('--catatan', options.catatan, '--note', options.note),
        semua: options.semua,
        revoke: options.cabut === true || options.revoke === true,
      });
    }));
}
