/**
 * Where a page paints filled rectangles (backgrounds, bands, rules), in page space: the page's
 * content and every form it draws, following `cm`, `q`/`Q` and the forms' /Matrix. Enough to tell
 * whether anything but the crop marks reaches past the BleedBox into the slug. Text and images are
 * not followed (text is set inside the trim; photos are placed by the frame inside the bleed).
 */
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, type PDFDocument, PDFName, PDFNumber, type PDFObject, PDFRawStream, PDFRef, type PDFPage } from 'pdf-lib';

type Matrix = [number, number, number, number, number, number];
export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

/** Operators with their operands (numbers and names only; strings, arrays and dicts are skipped). */
function* operators(content: string): Generator<{ op: string; args: (number | string)[] }> {
  let args: (number | string)[] = [];
  let i = 0;
  const n = content.length;
  while (i < n) {
    const c = content[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '%') {
      while (i < n && content[i] !== '\n' && content[i] !== '\r') i++;
    } else if (c === '(') {
      let depth = 0;
      for (; i < n; i++) {
        const d = content[i];
        if (d === '\\') i++;
        else if (d === '(') depth++;
        else if (d === ')' && --depth === 0) break;
      }
      i++;
      args.push('');
    } else if (c === '<' && content[i + 1] === '<') {
      let depth = 0;
      for (; i < n; i++) {
        if (content.startsWith('<<', i)) {
          depth++;
          i++;
        } else if (content.startsWith('>>', i)) {
          depth--;
          i++;
          if (depth === 0) break;
        } else if (content[i] === '(') {
          // a string inside a dict: skip it
          let d2 = 0;
          for (; i < n; i++) {
            if (content[i] === '\\') i++;
            else if (content[i] === '(') d2++;
            else if (content[i] === ')' && --d2 === 0) break;
          }
        }
      }
      i++;
      args.push('');
    } else if (c === '<') {
      i = content.indexOf('>', i) + 1 || n;
      args.push('');
    } else if (c === '[' || c === ']' || c === '{' || c === '}') {
      i++;
    } else if (c === '/') {
      const m = /^\/[^\s/[\]()<>{}%]*/.exec(content.slice(i, i + 128))!;
      args.push(m[0]);
      i += m[0].length;
    } else {
      const m = /^[^\s/[\]()<>{}%]+/.exec(content.slice(i, i + 64))!;
      i += m[0].length;
      const v = Number(m[0]);
      if (Number.isFinite(v) && /^[-+.\d]/.test(m[0])) args.push(v);
      else {
        if (m[0] === 'BI') {
          const end = content.indexOf('EI', i);
          i = end < 0 ? n : end + 2;
        }
        yield { op: m[0], args };
        args = [];
      }
    }
  }
}

function decode(stream: PDFRawStream): string {
  const filter = stream.dict.get(PDFName.of('Filter'));
  if (filter && filter !== PDFName.of('FlateDecode')) return '';
  return (filter ? inflateSync(stream.contents) : Buffer.from(stream.contents)).toString('latin1');
}

function transformRect(m: Matrix, x: number, y: number, w: number, h: number): Rect {
  const pts = [
    [x, y],
    [x + w, y],
    [x, y + h],
    [x + w, y + h],
  ].map(([px, py]) => [m[0] * px! + m[2] * py! + m[4], m[1] * px! + m[3] * py! + m[5]] as const);
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
}

/** Filled rectangles of a page in page coordinates, those painted white left out. */
export function filledRects(doc: PDFDocument, page: PDFPage): Rect[] {
  const rects: Rect[] = [];
  const run = (content: string, resources: PDFObject | undefined, start: Matrix, depth: number) => {
    const res = resources instanceof PDFRef ? doc.context.lookup(resources) : resources;
    const xobjects = res instanceof PDFDict ? res.lookupMaybe(PDFName.of('XObject'), PDFDict) : undefined;
    let ctm = start;
    // Whether the current fill colour puts ink on paper (a white page background does not).
    let ink = true;
    const stack: { ctm: Matrix; ink: boolean }[] = [];
    let path: Rect[] = [];
    for (const { op, args } of operators(content)) {
      const nums = args.filter((a): a is number => typeof a === 'number');
      if (op === 'q') stack.push({ ctm, ink });
      else if (op === 'Q') ({ ctm, ink } = stack.pop() ?? { ctm: start, ink: true });
      else if (op === 'k' || op === 'rg' || op === 'g' || op === 'sc' || op === 'scn') {
        const c = nums.slice(op === 'k' ? -4 : op === 'rg' ? -3 : op === 'g' ? -1 : 0);
        ink = c.length === 4 ? c.some((v) => v > 0) : c.some((v) => v < 1);
      }
      else if (op === 'cm' && nums.length >= 6) ctm = multiply(nums.slice(-6) as Matrix, ctm);
      else if (op === 're' && nums.length >= 4) {
        const [x, y, w, h] = nums.slice(-4) as [number, number, number, number];
        path.push(transformRect(ctm, x, y, w, h));
      } else if (['f', 'F', 'f*', 'B', 'B*', 'b', 'b*'].includes(op)) {
        if (ink) rects.push(...path);
        path = [];
      } else if (['n', 'S', 's', 'W', 'W*'].includes(op)) {
        if (op !== 'W' && op !== 'W*') path = [];
      } else if (op === 'Do' && depth < 8) {
        const name = args.find((a): a is string => typeof a === 'string' && a.startsWith('/'));
        const x = name && xobjects ? xobjects.lookup(PDFName.of(name.slice(1))) : undefined;
        if (x instanceof PDFRawStream && x.dict.get(PDFName.of('Subtype')) === PDFName.of('Form')) {
          const mat = x.dict.lookupMaybe(PDFName.of('Matrix'), PDFArray);
          const fm = (mat ? mat.asArray().map((v) => (v instanceof PDFNumber ? v.asNumber() : 0)) : [1, 0, 0, 1, 0, 0]) as Matrix;
          run(decode(x), x.dict.get(PDFName.of('Resources')), multiply(fm, ctm), depth + 1);
        }
      }
    }
  };
  const contents = page.node.get(PDFName.of('Contents'));
  const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
  const text = refs
    .map((r) => (r instanceof PDFRef ? doc.context.lookup(r) : r))
    .map((s) => (s instanceof PDFRawStream ? decode(s) : ''))
    .join('\n');
  run(text, page.node.get(PDFName.of('Resources')), [1, 0, 0, 1, 0, 0], 0);
  return rects;
}

/** Filled rectangles that reach outside `box` by more than `tolerance` points. */
export function rectsOutside(rects: Rect[], box: Rect, tolerance = 0.05): Rect[] {
  return rects.filter((r) => r.x1 < box.x1 - tolerance || r.y1 < box.y1 - tolerance || r.x2 > box.x2 + tolerance || r.y2 > box.y2 + tolerance);
}
