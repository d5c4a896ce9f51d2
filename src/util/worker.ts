/** A worker thread's one answer. */
import type { Worker } from 'node:worker_threads';

/**
 * The one message `worker` answers with. The worker is then stopped: its answer is all the caller
 * needs, and a worker that lingered after it would keep the process from exiting (the supervisor
 * then stops a finished build at its time limit).
 */
export function answerOf<T>(worker: Worker, failure: string): Promise<T> {
  return new Promise((resolve, reject) => {
    worker.once('message', (answer: T) => {
      resolve(answer);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`${failure} ${code}`)));
  });
}
