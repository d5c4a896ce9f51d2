/**
 * The layout commands run in a child process under a watchdog. react-pdf and fontkit work
 * synchronously for long stretches, so a pathological article can only be stopped from outside:
 * every step (one article's measurement, photos or galley; one whole-edition stage) must finish
 * within the time limit, and the child's JavaScript heap is capped. When either is exceeded the
 * child is killed, its leftovers are swept, and the message names the article it was working on.
 */
import { fork } from 'node:child_process';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

const CHILD = 'JURNAL_PROSES_ANAK';
/** Set by the supervisor so the child colours its reports as the terminal would have. */
export const COLOUR = 'JURNAL_WARNA';

export interface Limits {
  /** Seconds one step may take. */
  stepSeconds: number;
  /** Megabytes of JavaScript heap for the child. */
  memoryMb: number;
}

export const DEFAULT_LIMITS: Limits = { stepSeconds: 120, memoryMb: 2048 };

export interface Step {
  message: string;
  /** The article being worked on, as shown in messages. */
  file?: string;
}

export const isSupervisedChild = (): boolean => process.env[CHILD] === '1' && typeof process.send === 'function';

/** In the child: a supervisor that is gone (killed, terminal closed) takes the build with it, cleanly. */
export function followSupervisor(): void {
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
  // Listening keeps the channel referenced; the child must still exit when its work is done.
  process.channel?.unref();
}

/** In the child: tell the supervisor a step has started. */
export function heartbeat(step: Step): void {
  if (isSupervisedChild()) process.send!({ type: 'langkah', ...step });
}

export type SupervisedRun =
  | { kind: 'exited'; code: number }
  | { kind: 'signal'; code: number; pid: number }
  | { kind: 'fault'; pid: number; diagnostic: Diagnostic };

/** V8 prints its own dump when the heap limit kills a process; the user gets our message instead. */
const V8_DUMP = /\n?<--- Last few GCs --->|\n?FATAL ERROR: |\n?#\n# Fatal (?:process|JavaScript) out of memory/;

/**
 * Runs this very command again in a child process (same arguments) and watches it. The child
 * holds the lock and stages the output as usual; after a kill the caller sweeps what it left.
 */
export function runSupervised(limits: Limits): Promise<SupervisedRun> {
  const heapFlag = /^--max-old-space-size=/;
  const child = fork(process.argv[1]!, process.argv.slice(2), {
    env: { ...process.env, [CHILD]: '1', ...(process.stderr.isTTY && !process.env.NO_COLOR ? { [COLOUR]: '1' } : {}) },
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
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, limits.stepSeconds * 1000);
  };
  arm();
  child.on('message', (message: { type?: string } & Step) => {
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
      const what = current.file ? `saat ${current.message}` : `pada langkah "${current.message}"`;
      if (interrupted) resolve({ kind: 'signal', code: 130, pid: child.pid! });
      else if (timedOut) {
        resolve({ kind: 'fault', pid: child.pid!, diagnostic: { file: current.file ?? '', rule: 'batas-waktu', severity: 'error', message: `tata letak dihentikan: satu langkah melewati batas waktu ${limits.stepSeconds} detik ${what}`, hint: current.file ? 'naskah ini terlalu berat untuk ditata (mis. satu paragraf atau tabel yang sangat panjang); pecah atau potong, atau naikkan --batas-waktu' : 'naikkan --batas-waktu bila komputer ini lambat' } });
      } else if (dumping || code === 134 || signal === 'SIGABRT') {
        resolve({ kind: 'fault', pid: child.pid!, diagnostic: { file: current.file ?? '', rule: 'batas-memori', severity: 'error', message: `tata letak dihentikan: memori melewati batas ${limits.memoryMb} MB ${what}`, hint: current.file ? 'naskah ini terlalu besar untuk ditata; pecah atau potong, atau naikkan --batas-memori' : 'naikkan --batas-memori bila komputer ini punya cukup memori' } });
      } else if (signal) {
        resolve({ kind: 'fault', pid: child.pid!, diagnostic: { file: current.file ?? '', rule: 'proses-terhenti', severity: 'error', message: `proses tata letak terhenti oleh sinyal ${signal} ${what}`, hint: 'ulangi perintahnya; bila terulang, laporkan ke pengembang' } });
      } else resolve({ kind: 'exited', code: code ?? 1 });
    });
  });
}
