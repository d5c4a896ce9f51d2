/** Renders page previews off the main thread, the pages shared between workers. */
import { parentPort, workerData } from 'node:worker_threads';
import { renderPages, type PreviewRequest } from './preview-render.js';

const result = await renderPages(workerData as PreviewRequest);
parentPort!.postMessage(result, result.pages.map((p) => p.png.buffer as ArrayBuffer));
