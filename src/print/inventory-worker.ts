/** Reads a PDF's page texts off the main thread, so the build can render the proof meanwhile. */
import { parentPort, workerData } from 'node:worker_threads';
import { extractPageTexts } from './inventory.js';

parentPort!.postMessage(await extractPageTexts(workerData as Uint8Array));
