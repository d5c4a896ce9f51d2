/** QR codes as vector shapes: the dark modules of a code, one run per row of neighbouring modules. */
import QRCode from 'qrcode';

export interface QrRun {
  row: number;
  col: number;
  length: number;
}

/** The dark modules of the code for `text` (error correction M), as horizontal runs per row; `size` modules a side. */
export function qrRuns(text: string): { size: number; runs: QrRun[] } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const runs: QrRun[] = [];
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; ) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && modules.get(row, col)) col++;
      runs.push({ row, col: start, length: col - start });
    }
  }
  return { size: n, runs };
}
