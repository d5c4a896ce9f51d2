/**
 * Drawing for the streamed paperwork (pdf-stream.ts): the operators of one page or form, with y
 * measured from the top of the page as the layouts are designed. The same calls as sheets.ts's
 * Sheet, written as content-stream text instead of pdf-lib operator objects.
 */
import type { RGB } from 'pdf-lib';
import { QR_QUIET_ZONE, QR_TAG } from './codes.js';
import { deliveryQr } from './delivery-qr.js';
import { type Face, num } from './pdf-stream.js';
import { A4, GREY, INK } from './sheets.js';

export interface Faces {
  regular: Face;
  bold: Face;
  heavy: Face;
  serif: Face;
  serifBold: Face;
}

const colour = (c: RGB) => `${num(c.red)} ${num(c.green)} ${num(c.blue)}`;

/** A delivery code's dark modules, packed: [size, row, col, length, row, col, length, …], one run per row of neighbours. */
export function packedCode(text: string): Uint8Array {
  const { size, modules } = deliveryQr(text);
  const runs: number[] = [size];
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; ) {
      if (!modules[row * size + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && modules[row * size + col]) col++;
      runs.push(row, start, col - start);
    }
  }
  return Uint8Array.from(runs);
}

export class Canvas {
  private ops: string[] = [];

  constructor(readonly fonts: Faces, readonly height = A4[1]) {}

  text(text: string, x: number, top: number, size: number, font: Face = this.fonts.regular, color: RGB = INK): void {
    if (!text) return;
    this.ops.push(`BT /${font.resource} ${num(size)} Tf ${colour(color)} rg ${num(x)} ${num(this.height - top - size * 0.8)} Td ${font.encode(text)} Tj ET`);
  }

  right(text: string, xRight: number, top: number, size: number, font: Face = this.fonts.regular, color: RGB = INK): void {
    this.text(text, xRight - font.widthOfTextAtSize(text, size), top, size, font, color);
  }

  center(text: string, x: number, span: number, top: number, size: number, font: Face = this.fonts.regular, color: RGB = INK): void {
    this.text(text, x + (span - font.widthOfTextAtSize(text, size)) / 2, top, size, font, color);
  }

  lines(lines: readonly string[], x: number, top: number, size: number, leading: number, font: Face = this.fonts.regular, color: RGB = INK): number {
    lines.forEach((line, i) => this.text(line, x, top + i * leading, size, font, color));
    return top + lines.length * leading;
  }

  private line(x1: number, y1: number, x2: number, y2: number, thickness: number, color: RGB, dash?: readonly number[]): void {
    this.ops.push(`q ${num(thickness)} w ${dash ? `[${dash.join(' ')}] 0 d ` : ''}${colour(color)} RG ${num(x1)} ${num(y1)} m ${num(x2)} ${num(y2)} l S Q`);
  }

  rule(x: number, top: number, width: number, thickness = 0.5, color: RGB = INK, dash?: readonly number[]): void {
    const y = this.height - top;
    this.line(x, y, x + width, y, thickness, color, dash);
  }

  vrule(x: number, top: number, height: number, thickness = 0.5, color: RGB = GREY): void {
    const y = this.height - top;
    this.line(x, y, x, y - height, thickness, color);
  }

  box(x: number, top: number, width: number, height: number, options: { fill?: RGB; border?: RGB; thickness?: number } = {}): void {
    const { fill, border } = options;
    const paint = fill && border ? 'B' : fill ? 'f' : 'S';
    this.ops.push(`q ${fill ? `${colour(fill)} rg ` : ''}${border ? `${num(options.thickness ?? 0.6)} w ${colour(border)} RG ` : ''}${num(x)} ${num(this.height - top - height)} ${num(width)} ${num(height)} re ${paint} Q`);
  }

  /**
   * A delivery code (packedCode) as vector rectangles, `side` points square with its quiet zone, its
   * top-left corner at x, top; tagged so a test or a preflight can find it. The rectangles are in
   * modules (one unit a module, rows counted up from the bottom), scaled into place by one `cm`.
   */
  code(packed: Uint8Array, x: number, top: number, side: number): void {
    const size = packed[0]!;
    const m = side / (size + 2 * QR_QUIET_ZONE);
    let rects = '';
    for (let i = 1; i < packed.length; i += 3) rects += `${packed[i + 1]} ${size - 1 - packed[i]!} ${packed[i + 2]} 1 re\n`;
    this.ops.push(`/${QR_TAG} BMC\nq 0 0 0 rg ${num(m)} 0 0 ${num(m)} ${num(x + QR_QUIET_ZONE * m)} ${num(this.height - top - (size + QR_QUIET_ZONE) * m)} cm\n${rects}f Q\nEMC`);
  }

  /** A form XObject (PdfStream.form), moved `down` points from where it was drawn. */
  place(form: string, down = 0): void {
    this.ops.push(down ? `q 1 0 0 1 0 ${num(-down)} cm /${form} Do Q` : `/${form} Do`);
  }

  content(): string {
    const text = this.ops.join('\n');
    this.ops = [];
    return text;
  }
}
