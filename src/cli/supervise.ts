/**
 * The layout commands (build, plan, review) run in a child process under a watchdog. react-pdf and
 * fontkit work synchronously for long stretches, so a pathological article can only be stopped from
 * outside: every step (one article's measurement, photos or galley; one whole-edition stage) must
 * finish within the time limit, and the child's JavaScript heap is capped. When either is exceeded
 * the child is killed, its leftovers are swept, and the message names the article it was working on.
 *
 * The supervisor is light on purpose (no layout modules): it only reads the limits, starts the real
 * CLI as its child with the same arguments, and watches.
 */
import { fork } from 'node:child_process';
import { Command, InvalidArgumentError } from 'commander';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { recoverStaging, releaseLockOf } from '../util/atomic.js';
import { isSupervisedChild, type Step, SUPERVISED_CHILD } from '../pipeline/watchdog.js';
import { COLOUR, editionLockFile, editionOutputDir, type EditionRef, printReport } from './common.js';

const LAYOUT_COMMANDS = new Set(['build', 'plan', 'review']);

export interface Limits {
  /** Seconds one step may take. */
  stepSeconds: number;
  /** Megabytes of JavaScript heap for the child. */
  memoryMb: number;
}

export const DEFAULT_LIMITS: Limits = { stepSeconds: 120, memoryMb: 2048 };
/** Time the layout child may take to start before its first report. */
const STARTUP_SECONDS = 120;

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

type Run = { kind: 'exited'; code: number } | { kind: 'signal'; pid: number } | { kind: 'fault'; pid: number; diagnostic: Omit<Diagnostic, 'file'> & { file?: string } };

/** V8 prints its own dump when the heap limit kills a process; the user gets our message instead. */
const V8_DUMP = /\n?<--- Last few GCs --->|\n?FATAL ERROR: |\n?#\n# Fatal (?:process|JavaScript) out of memory/;

function runChild(argv: string[], limits: Limits, onEdition: (edition: Pick<EditionRef, 'id' | 'display'>) => void): Promise<Run> {
  const heapFlag = /^--max-old-space-size=/;
  const child = fork(argv[1]!, argv.slice(2), {
    env: { ...process.env, [SUPERVISED_CHILD]: '1', ...(process.stderr.isTTY && !process.env.NO_COLOR ? { [COLOUR]: '1' } : {}) },
    execArgv: [...process.execArgv.filter((a) => !heapFlag.test(a)), `--max-old-space-size=${limits.memoryMb}`],
    stdio: ['inherit', 'inherit', 'pipe', 'ipc'],
  });
  let current: Step = { message: 'memulai' };
  let dumping = false;
  child.stderr!.on('data', (chunk: Buffer) => {
    if (dumping) return;
    const text = chunk.toString('utf8');
    const at = text.search(V8_DUMP);
    if (at >= 0) dumping = true;
    process.stderr.write(at >= 0 ? text.slice(0, at) : text);
  });
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  const arm = (seconds = limits.stepSeconds) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, seconds * 1000);
  };
  // Starting Node and loading the layout is not a step: on a busy machine it alone can take seconds.
  // It gets its own generous limit, and the step limit starts with the child's first report.
  arm(Math.max(STARTUP_SECONDS, limits.stepSeconds));
  child.on('message', (message: { type?: string; id?: string; display?: string } & Step) => {
    if (message.type === 'edisi') onEdition({ id: message.id!, display: message.display! });
    if (message.type !== 'langkah') return;
    current = { message: message.message, file: message.file };
    arm();
  });
  // The terminal sends Ctrl-C to the whole process group; a signal sent to the supervisor alone is passed on.
  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
    child.kill('SIGTERM');
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      const pid = child.pid!;
      const what = current.file ? `saat ${current.message}` : `pada langkah "${current.message}"`;
      const fault = (rule: string, message: string, hint: string): Run => ({ kind: 'fault', pid, diagnostic: { file: current.file, rule, severity: 'error', message: `tata letak dihentikan: ${message} ${what}`, hint } });
      if (interrupted) resolve({ kind: 'signal', pid });
      else if (timedOut) {
        resolve(fault('batas-waktu', `satu langkah melewati batas waktu ${limits.stepSeconds} detik`, current.file ? 'naskah ini terlalu berat untuk ditata (mis. satu paragraf atau tabel yang sangat panjang); pecah atau potong, atau naikkan --batas-waktu' : 'naikkan --batas-waktu bila komputer ini lambat'));
      } else if (dumping || code === 134 || signal === 'SIGABRT') {
        resolve(fault('batas-memori', `memori melewati batas ${limits.memoryMb} MB`, current.file ? 'naskah ini terlalu besar untuk ditata; pecah atau potong, atau naikkan --batas-memori' : 'naikkan --batas-memori bila komputer ini punya cukup memori'));
      } else if (signal) {
        resolve(fault('proses-terhenti', `proses terhenti oleh sinyal ${signal}`, 'ulangi perintahnya; bila terulang, laporkan ke pengembang'));
      } else resolve({ kind: 'exited', code: code ?? 1 });
    });
  });
}

/**
 * For bin/jurnal.js: runs a layout command as a watched child and returns its exit code. Undefined
 * when the command is not a layout command (or asks for help), or in the child itself: then the
 * caller runs the CLI in this process.
 */
export async function superviseLayoutCommand(argv: string[]): Promise<number | undefined> {
  if (isSupervisedChild()) {
    // A supervisor that is gone (killed, terminal closed) takes the child with it, cleanly.
    process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
    // Listening keeps the channel referenced; the child must still exit when its work is done.
    process.channel?.unref();
    return undefined;
  }
  const [command, ...rest] = argv.slice(2);
  if (!command || !LAYOUT_COMMANDS.has(command) || rest.some((a) => a === '-h' || a === '--help')) return undefined;
  // Only the limits are read here; the child parses, and reports on, the whole command line.
  const parser = limitOptions(new Command().allowUnknownOption().allowExcessArguments().exitOverride().configureOutput({ writeErr: () => undefined, writeOut: () => undefined }));
  try {
    parser.parse(rest, { from: 'user' });
  } catch {
    return undefined;
  }
  const options = parser.opts<{ batasWaktu: number; batasMemori: number }>();
  let edition: Pick<EditionRef, 'id' | 'display'> | undefined;
  const run = await runChild(argv, { stepSeconds: options.batasWaktu, memoryMb: options.batasMemori }, (e) => (edition = e));
  if (run.kind === 'exited') return run.code;
  // The child may have died without cleaning up: its staging folder and its lock go.
  if (edition) {
    await recoverStaging(editionOutputDir(edition.id));
    await releaseLockOf(editionLockFile(edition.id), run.pid);
  }
  if (run.kind === 'signal') return 130;
  printReport([{ ...run.diagnostic, file: run.diagnostic.file ?? edition?.display ?? `jurnal ${command}` }]);
  process.stderr.write('dibatalkan; edisi sebelumnya (jika ada) tidak berubah\n');
  return 1;
}
