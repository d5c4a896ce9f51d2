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

/**
 * Where one leg of a story's body text stands in the composed PDF: its page (1-based) and its box
 * in the page's own coordinates (points, origin at the bottom left), as drawn.
 */
export interface LegBox {
  slug: string;
  page: number;
  left: number;
  bottom: number;
  right: number;
  top: number;
}

/** The frames with every galley's legs drawn in, and where each leg went (story by story, in reading order). */
export async function composePages(frames: Uint8Array, pages: readonly PlannedPage[], galleys: readonly PlacedGalley[], g: Geometry, origin: number): Promise<{ doc: PDFDocument; legs: LegBox[] }> {
  const doc = await PDFDocument.load(frames, { updateMetadata: false });
  const boxes: LegBox[] = [];
  for (const { module: m, galley } of galleys) {
    const legs = Math.min(m.legs, galley.legs);
    if (legs === 0) continue;
    const embedded = await doc.embedPdf(await galley.pdf(), Array.from({ length: legs }, (_, i) => i));
    const index = pages.findIndex((p) => p.number === m.page);
    const page = doc.getPage(index);
    const top = page.getHeight() - (origin + g.top + (m.top + m.headerLines) * g.leading);
    const bottom = top - m.legLines * g.leading;
    embedded.forEach((leg, i) => {
      const x = origin + moduleX(g, m.page, m.col + i);
      page.drawPage(leg, { x, y: bottom });
      // As far down as its text goes (a house box may close the foot below it); half the gutter
      // either side, as a hyphen or a quote may hang past the column's edge.
      const filled = Math.min(m.legLines, Math.max(1, galley.legLines(i)));
      boxes.push({ slug: m.slug, page: index + 1, left: x - g.gutter / 2, bottom: top - filled * g.leading, right: x + g.columnWidth + g.gutter / 2, top });
    });
  }
  return { doc, legs: boxes };
}
