/**
 * Imposition for saddle stitching on the office's own duplex printer (`jurnal build <edisi> --imposisi`).
 *
 * Every sheet is printed on both sides and folded once; the folded sheets are nested and stapled at
 * the spine. The imposed PDF has one PDF page per sheet side, in printing order: sheet 1 front,
 * sheet 1 back, sheet 2 front, … (print duplex, "flip on short edge" for landscape sheets).
 *
 * Each page of the print PDF is placed at its TrimBox (the bleed is not used: neighbouring pages
 * touch at the spine). When the spread of two trimmed pages does not fit on the sheet with room for
 * the marks, it is scaled down uniformly (A4 pages on an A3 sheet: 96 %, which an office printer,
 * unable to print to the paper's edge, needs anyway).
 *
 * Creep (`creep`, mm per sheet): nested sheets wrap around each other, so after folding the inner
 * sheets stick out further at the fore-edge than the outer ones. To keep the fore-edge margins
 * alike, the pages of every sheet are moved towards the spine by `creep × k` mm, where k counts
 * sheets from the outside (the outermost sheet, k = 0, with the front page, does not move; the
 * innermost moves most). Each page stays clipped to its own half of the sheet, so nothing crosses
 * the fold.
 */
import { clip, cmyk, endPath, PDFDocument, type PDFPage, popGraphicsState, pushGraphicsState, rectangle } from 'pdf-lib';
import { MM } from '../layout/template.js';

/** Sheet sizes the template may name (`imposisi.lembar`), landscape, in mm. */
export const SHEETS: Record<string, { width: number; height: number }> = {
  A3: { width: 420, height: 297 },
  SRA3: { width: 450, height: 320 },
  A4: { width: 297, height: 210 },
};

export interface ImposeOptions {
  /** A name from SHEETS, or `ganda`: two trimmed pages side by side plus the mark area. Default `ganda`. */
  sheet?: string;
  /** Creep compensation in mm per sheet from the outside (see the module comment). Default 0. */
  creep?: number;
  /** Room kept free around the spread for the marks, mm. Default 6. */
  marks?: number;
}

/**
 * Page pairs of every sheet side in printing order, for a saddle-stitched booklet of `pages` pages:
 * side 2k is the front of sheet k+1, side 2k+1 its back; each pair is [left, right]. For 12 pages:
 * [12,1] [2,11] [10,3] [4,9] [8,5] [6,7].
 */
export function spreadOrder(pages: number): [number, number][] {
  if (!Number.isInteger(pages) || pages < 4 || pages % 4 !== 0) throw new RangeError(`spreadOrder: ${pages} bukan kelipatan 4`);
  const sides: [number, number][] = [];
  for (let sheet = 0; sheet < pages / 4; sheet++) {
    const low = 2 * sheet + 1;
    sides.push([pages + 1 - low, low]); // front: outer page on the left, low odd page on the right
    sides.push([low + 1, pages - low]); // back: even page on the left
  }
  return sides;
}

/** The sheet index (0 = outermost) that carries side `side` of spreadOrder. */
export const sheetOfSide = (side: number): number => Math.floor(side / 2);

export interface ImposeResult {
  bytes: Uint8Array;
  sheets: number;
  /** Blank pages added to reach a multiple of 4. */
  blanks: number;
  /** Scale applied to the pages (1 = actual size). */
  scale: number;
  sheetMm: { width: number; height: number };
}

const MARK = cmyk(0, 0, 0, 1);

/** Imposes a finished PDF (print or proof) into printer's spreads. */
export async function impose(pdf: Uint8Array, options: ImposeOptions = {}): Promise<ImposeResult> {
  const src = await PDFDocument.load(pdf, { updateMetadata: false });
  const pages = src.getPages();
  if (pages.length === 0) throw new RangeError('PDF tanpa halaman');
  const padded = Math.ceil(pages.length / 4) * 4;
  const trims = pages.map((p) => p.getTrimBox());
  const trim = trims[0]!;
  const markRoom = (options.marks ?? 6) * MM;
  const creep = (options.creep ?? 0) * MM;
  const sheetName = options.sheet ?? 'ganda';
  const named = SHEETS[sheetName];
  const sheetW = named ? named.width * MM : 2 * trim.width + 2 * markRoom;
  const sheetH = named ? named.height * MM : trim.height + 2 * markRoom;
  const scale = Math.min(1, (sheetW - 2 * markRoom) / (2 * trim.width), (sheetH - 2 * markRoom) / trim.height);
  const pageW = trim.width * scale;
  const pageH = trim.height * scale;
  const spine = sheetW / 2;
  const bottom = (sheetH - pageH) / 2;

  const out = await PDFDocument.create({ updateMetadata: false });
  out.setTitle(`${src.getTitle() ?? 'Jurnal Balangan'} — imposisi`);
  out.setProducer('jurnal');
  out.setCreator('jurnal build --imposisi');
  // Same input, same bytes: the date comes from the source.
  const date = src.getCreationDate() ?? new Date(0);
  out.setCreationDate(date);
  out.setModificationDate(date);
  const embedded = await out.embedPages(pages, trims.map((t) => ({ left: t.x, bottom: t.y, right: t.x + t.width, top: t.y + t.height })));

  const sides = spreadOrder(padded);
  sides.forEach(([left, right], side) => {
    const sheet = out.addPage([sheetW, sheetH]);
    sheet.setTrimBox(spine - pageW, bottom, 2 * pageW, pageH);
    const shift = creep * sheetOfSide(side);
    placePage(sheet, embedded[left - 1], spine - pageW + shift, bottom, pageW, pageH, spine - pageW);
    placePage(sheet, embedded[right - 1], spine - shift, bottom, pageW, pageH, spine);
    drawMarks(sheet, { left: spine - pageW, right: spine + pageW, bottom, top: bottom + pageH, spine, room: markRoom });
  });
  const bytes = await out.save({ useObjectStreams: false });
  return { bytes, sheets: padded / 4, blanks: padded - pages.length, scale, sheetMm: { width: sheetW / MM, height: sheetH / MM } };
}

function placePage(sheet: PDFPage, page: Awaited<ReturnType<PDFDocument['embedPage']>> | undefined, x: number, y: number, w: number, h: number, cellX: number): void {
  if (!page) return; // a blank page added to reach a multiple of 4
  sheet.pushOperators(pushGraphicsState(), rectangle(cellX, y, w, h), clip(), endPath());
  sheet.drawPage(page, { x, y, width: w, height: h });
  sheet.pushOperators(popGraphicsState());
}

/** Crop marks at the four corners of the spread's trim and a fold mark above and below the spine. */
function drawMarks(sheet: PDFPage, box: { left: number; right: number; bottom: number; top: number; spine: number; room: number }): void {
  const offset = Math.min(2 * MM, box.room / 3); // marks start this far from the trim
  const length = Math.max(0, Math.min(5 * MM, box.room - offset - 0.5 * MM));
  if (length <= 0) return;
  const line = (x1: number, y1: number, x2: number, y2: number, dash?: number[]) =>
    sheet.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness: 0.25, color: MARK, dashArray: dash });
  for (const x of [box.left, box.right]) {
    const out = x === box.left ? -1 : 1;
    for (const y of [box.bottom, box.top]) {
      const up = y === box.top ? 1 : -1;
      line(x + out * offset, y, x + out * (offset + length), y); // horizontal, in line with the trim edge
      line(x, y + up * offset, x, y + up * (offset + length)); // vertical
    }
  }
  // Fold mark: dashed, in line with the spine, outside the trim.
  line(box.spine, box.top + offset, box.spine, box.top + offset + length, [2, 1.5]);
  line(box.spine, box.bottom - offset, box.spine, box.bottom - offset - length, [2, 1.5]);
}

export const imposedFileName = (id: string): string => `imposisi-${id}.pdf`;

/** The template's `imposisi:` block as ImposeOptions. */
export function imposeOptions(template: { imposisi?: { lembar?: string; creep?: number; tanda?: number } }): ImposeOptions {
  const block = template.imposisi ?? {};
  return { sheet: block.lembar, creep: block.creep, marks: block.tanda };
}
