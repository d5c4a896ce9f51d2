/** Renders page previews off the main thread: pdf.js replaces global built-ins when imported (notes-pdf.md). */
import { parentPort, workerData } from 'node:worker_threads';
import { renderPages, type PreviewRequest } from './preview-render.js';

const result = await renderPages(workerData as PreviewRequest);
parentPort!.postMessage(result, result.pages.map((p) => p.png.buffer as ArrayBuffer));
