/** The contact print of the page previews: all pages in reading spreads (1, 2|3, …, last), numbers under them. */
import { createCanvas, loadImage, type SKRSContext2D } from '@napi-rs/canvas';

/** Reading spreads: [null, 1], [2, 3], …, and the last page alone on the left when the count is even. */
export function readingSpreads(pages: number): [number | null, number | null][] {
  const spreads: [number | null, number | null][] = pages > 0 ? [[null, 1]] : [];
  for (let p = 2; p <= pages; p += 2) spreads.push([p, p + 1 <= pages ? p + 1 : null]);
  return spreads;
}

/** PNG of the contact print; `height` is the height of one page on it, px. */
export async function contactSheet(pngs: readonly Uint8Array[], height: number): Promise<Uint8Array> {
  if (pngs.length === 0) throw new RangeError('tidak ada halaman untuk lembar kontak');
  const images = await Promise.all(pngs.map((png) => loadImage(Buffer.from(png.buffer, png.byteOffset, png.byteLength))));
  const first = images[0]!;
  const h = height;
  const w = Math.round((first.width / first.height) * h);
  const spreads = readingSpreads(images.length);
  const perRow = Math.min(spreads.length, Math.max(1, Math.round(Math.sqrt(spreads.length * 1.3))));
  const rows = Math.ceil(spreads.length / perRow);
  const gap = Math.round(h * 0.08);
  const label = Math.round(h * 0.09);
  const cellW = 2 * w + gap;
  const cellH = h + label + gap;
  const sheet = createCanvas(perRow * cellW + gap, rows * cellH + gap);
  const ctx = sheet.getContext('2d');
  ctx.fillStyle = '#d9d9d9';
  ctx.fillRect(0, 0, sheet.width, sheet.height);
  spreads.forEach((spread, s) => {
    const x0 = gap + (s % perRow) * cellW;
    const y0 = gap + Math.floor(s / perRow) * cellH;
    spread.forEach((n, side) => {
      if (n === null) return;
      const x = x0 + side * w;
      ctx.drawImage(images[n - 1]!, x, y0, w, h);
      ctx.strokeStyle = '#808080';
      ctx.lineWidth = 1;
      ctx.strokeRect(x + 0.5, y0 + 0.5, w - 1, h - 1);
      drawNumber(ctx, String(n), x + w / 2, y0 + h + label * 0.2, label * 0.65);
    });
  });
  return new Uint8Array(await sheet.encode('png'));
}

// Seven-segment digits: the contact print needs no font (none may be installed on the machine).
const SEGMENTS: Record<string, string> = { '0': 'abcdef', '1': 'bc', '2': 'abged', '3': 'abgcd', '4': 'fgbc', '5': 'afgcd', '6': 'afgedc', '7': 'abc', '8': 'abcdefg', '9': 'abcdfg' };

function drawNumber(ctx: SKRSContext2D, text: string, centreX: number, top: number, size: number): void {
  const dw = size * 0.5;
  const advance = dw * 1.5;
  let x = centreX - (text.length * advance - (advance - dw)) / 2;
  ctx.strokeStyle = '#000000';
  ctx.lineWidth = Math.max(1.5, size / 9);
  ctx.lineCap = 'round';
  for (const ch of text) {
    const m = top + size / 2;
    const b = top + size;
    const lines: Record<string, [number, number, number, number]> = {
      a: [x, top, x + dw, top], b: [x + dw, top, x + dw, m], c: [x + dw, m, x + dw, b], d: [x, b, x + dw, b],
      e: [x, m, x, b], f: [x, top, x, m], g: [x, m, x + dw, m],
    };
    ctx.beginPath();
    for (const s of SEGMENTS[ch] ?? '') {
      const [x1, y1, x2, y2] = lines[s]!;
      ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y2);
    }
    ctx.stroke();
    x += advance;
  }
}
