/** Composition: the body legs (galley pages) placed into their slots on the frames, with pdf-lib. */
import { PDFDocument } from 'pdf-lib';
import type { Module, PlannedPage } from '../edition/plan.js';
import { moduleX } from './frame.js';
import type { Galley } from './galley.js';
import type { Geometry } from './template.js';

export interface PlacedGalley {
  module: Module;
  galley: Galley;
}

export async function composePages(frames: Uint8Array, pages: readonly PlannedPage[], galleys: readonly PlacedGalley[], g: Geometry, origin: number): Promise<PDFDocument> {
  const doc = await PDFDocument.load(frames, { updateMetadata: false });
  for (const { module: m, galley } of galleys) {
    const legs = Math.min(m.legs, galley.legs);
    if (legs === 0) continue;
    const embedded = await doc.embedPdf(await galley.pdf(), Array.from({ length: legs }, (_, i) => i));
    const page = doc.getPage(pages.findIndex((p) => p.number === m.page));
    const height = page.getHeight();
    const top = origin + g.top + (m.top + m.headerLines) * g.leading;
    embedded.forEach((leg, i) => {
      page.drawPage(leg, { x: origin + moduleX(g, m.page, m.col + i), y: height - top - m.legLines * g.leading });
    });
  }
  return doc;
}
