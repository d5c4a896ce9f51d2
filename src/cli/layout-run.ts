/** What `plan`, `review` and `build` share: open the edition, stop on content errors, plan the layout, under a watchdog. */
import path from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { PROFILES } from '../images/prepare.js';
import { planLayout, type PlannedLayout } from '../layout/index.js';
import { recoverStaging, releaseLockOf } from '../util/atomic.js';
import { type EditionRef, printReport } from './common.js';
import { openEdition } from './open-edition.js';
import { DEFAULT_LIMITS, followSupervisor, heartbeat, isSupervisedChild, type Limits, runSupervised } from './supervise.js';

export const CACHE_DIR = '.cache/jurnal';

export interface LayoutRun {
  layout?: PlannedLayout;
  diagnostics: Diagnostic[];
}

/** `onProgress` hears the edition-level steps; every step, per article too, goes to the watchdog. */
export async function runLayout(ref: EditionRef, onProgress?: (message: string) => void): Promise<LayoutRun> {
  const opened = await openEdition(ref);
  if (!opened.edition || hasErrors(opened.diagnostics)) return { diagnostics: opened.diagnostics };
  const layout = await planLayout({
    edition: opened.edition,
    articles: opened.articles,
    images: opened.images,
    profile: PROFILES[opened.edition.config.profile],
    cacheDir: path.resolve(CACHE_DIR),
    onProgress: (message, file) => {
      heartbeat({ message, file });
      if (!file) onProgress?.(message);
    },
  });
  return { layout, diagnostics: [...opened.diagnostics, ...layout.diagnostics] };
}

export function editionOutputDir(id: string): string {
  return path.resolve('editions', id);
}

export function editionLockFile(id: string): string {
  return path.resolve('editions', `.${id}.lock`);
}

export interface LimitOptions {
  batasWaktu: number;
  batasMemori: number;
}

const positive = (what: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`${what} harus bilangan bulat positif, ditemukan "${value}"`);
  return n;
};

export function limitOptions(command: Command): Command {
  return command
    .option('--batas-waktu <detik>', 'batas waktu satu langkah tata letak (satu naskah atau satu tahap)', positive('--batas-waktu'), DEFAULT_LIMITS.stepSeconds)
    .option('--batas-memori <MB>', 'batas memori proses tata letak', positive('--batas-memori'), DEFAULT_LIMITS.memoryMb);
}

/**
 * In the user's process: runs the command again as a watched child and returns its exit code.
 * Undefined in the child itself, which goes on with the work.
 */
export async function superviseLayout(edition: EditionRef, options: LimitOptions): Promise<number | undefined> {
  if (isSupervisedChild()) {
    followSupervisor();
    return undefined;
  }
  const limits: Limits = { stepSeconds: options.batasWaktu, memoryMb: options.batasMemori };
  const run = await runSupervised(limits);
  if (run.kind !== 'exited') {
    // The child may have died without cleaning up: its staging folder and its lock go.
    await recoverStaging(editionOutputDir(edition.id));
    await releaseLockOf(editionLockFile(edition.id), run.pid);
  }
  if (run.kind !== 'fault') return run.code;
  printReport([{ ...run.diagnostic, file: run.diagnostic.file || edition.display }]);
  process.stderr.write('dibatalkan; edisi sebelumnya (jika ada) tidak berubah\n');
  return 1;
}
