import type { Galley } from '../../src/layout/galley.js';

/** A galley of `text` lines of plain text set in legs `legLines` tall (no blocks, never drawn). */
export function plainGalley(text: number, legLines: number): Galley {
  const on = (i: number) => Math.max(0, Math.min(legLines, text - i * legLines));
  return {
    pdf: () => Promise.reject(new Error('not drawn in this test')),
    legs: Math.ceil(text / legLines),
    after: (n) => (text > n * legLines ? { block: 0, offset: n * legLines } : undefined),
    linesAfter: (n) => Math.max(0, text - n * legLines),
    legLines: on,
    tallestBlock: () => 0,
    textLines: (i) => Array<string>(on(i)).fill('baris'),
  };
}
