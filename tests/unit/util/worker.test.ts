import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { answerOf } from '../../../src/util/worker.js';

const worker = (code: string) => new Worker(code, { eval: true });

describe('a worker thread\'s answer', () => {
  it('is taken, and a worker that would linger after it is stopped', async () => {
    // Without the stop, this worker's interval keeps it (and the process) alive for ever: the exit never comes.
    const w = worker("require('node:worker_threads').parentPort.postMessage(42); setInterval(() => {}, 1000);");
    const exited = once(w, 'exit').then(() => 'stopped');
    await expect(answerOf(w, 'gagal')).resolves.toBe(42);
    // Stopping takes milliseconds; the long wait only keeps a regression from hanging the test run.
    let wait: NodeJS.Timeout | undefined;
    const lingering = new Promise<string>((resolve) => (wait = setTimeout(() => resolve('still running'), 30_000)));
    const outcome = await Promise.race([exited, lingering]);
    clearTimeout(wait);
    if (outcome !== 'stopped') await w.terminate();
    expect(outcome).toBe('stopped');
  }, 60_000);

  it('is a failure when the worker throws or exits without answering', async () => {
    await expect(answerOf(worker("throw new Error('rusak')"), 'gagal')).rejects.toThrow('rusak');
    await expect(answerOf(worker('process.exit(3)'), 'pembaca berhenti dengan kode')).rejects.toThrow('pembaca berhenti dengan kode 3');
  });
});
