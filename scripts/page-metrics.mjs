/**
 * Page metrics of a print PDF, measured on the rendered pages the way a layout editor judges them,
 * not on the planner's numbers: holes (tall blank runs inside the text columns) and body-text
 * typography (hyphenated line ends, loose lines, straight quotes, text that extraction shows twice).
 *
 * The core of scripts/measure-pages.mjs (CLI) and tests/helpers/page-metrics.ts (tests); types in
 * page-metrics.d.mts. mupdf is AGPL and only a devDependency, so this lives under scripts/, never src/.
 * The column grid comes from the compiled templates: run `npm run build:ts` first.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as mupdf from 'mupdf';
import { parse as parseYaml } from 'yaml';
import { editionSchema } from '../dist/edition/schema.js';
import { moduleX } from '../dist/layout/frame.js';
import { geometry, loadTemplate, MM } from '../dist/layout/template.js';

/** @type {import('./page-metrics.d.mts').MetricsOptions} */
export const DEFAULTS = Object.freeze({
  dpi: 100,
  tolerance: 6,
  light: 200,
  minLines: 3,
  bodySizeTolerance: 0.3,
  looseEm: 0.5,
  shortOfEdge: 1.5,
  minSentenceWords: 8,
});

// ---------------------------------------------------------------------------------------------
// The edition's grid and where it sits on each PDF page

/** Template geometry of the edition (edition.yaml: format, print.bleed, profile; schema defaults). */
export function editionGrid(editionDir) {
  const raw = parseYaml(readFileSync(path.join(editionDir, 'edition.yaml'), 'utf8')) ?? {};
  const shape = editionSchema.shape;
  const format = shape.format.parse(raw.format);
  const profile = shape.profile.parse(raw.profile);
  const print = shape.print.parse(raw.print);
  return { format, profile, bleedMm: print.bleed, g: geometry(loadTemplate(format), print.bleed) };
}

/**
 * Distance from the page's top-left corner to the trim's, in points. The PDF's TrimBox says it
 * exactly (prepress writes it, whatever profile the build used); without one, originOf() of the
 * edition's profile (bleed + 10 mm slug when the profile has crop marks).
 */
async function fallbackOrigin(grid) {
  const [{ originOf }, { PROFILES }] = await Promise.all([import('../dist/layout/index.js'), import('../dist/images/prepare.js')]);
  return originOf(PROFILES[grid.profile], grid.bleedMm);
}

function openPdf(pdfPath) {
  return /** @type {mupdf.PDFDocument} */ (mupdf.Document.openDocument(readFileSync(pdfPath), 'application/pdf'));
}

async function pageFrames(doc, grid) {
  const { g } = grid;
  let origin;
  const frames = [];
  for (let index = 0; index < doc.countPages(); index++) {
    const number = index + 1;
    const page = doc.loadPage(index);
    let ox;
    let oy;
    if (!doc.findPage(index).get('TrimBox').isNull()) [ox, oy] = page.getBounds('TrimBox');
    else ox = oy = origin ??= await fallbackOrigin(grid);
    // Page 1 carries the masthead over its first mastheadLines lines; running head and folio bands
    // lie outside g.top … g.top + lines × leading on every page.
    const firstLine = number === 1 ? g.template.mastheadLines : 0;
    const columns = Array.from({ length: g.columns }, (_, c) => {
      const x0 = ox + moduleX(g, number, c);
      return { index: c, x0, x1: x0 + g.columnWidth };
    });
    frames.push({ number, page, ox, oy, top: oy + g.top + firstLine * g.leading, bottom: oy + g.top + g.lines * g.leading, columns });
  }
  return frames;
}

const columnLetter = (c) => String.fromCharCode(65 + c);
const round = (v, d = 1) => Math.round(v * 10 ** d) / 10 ** d;
const mean = (a) => (a.length ? a.reduce((x, y) => x + y, 0) / a.length : 0);
const isSpace = (c) => /\s/u.test(c);

// ---------------------------------------------------------------------------------------------
// Text as mupdf extracts it: every glyph, visible or clipped away

const charKey = (c, origin) => `${c}|${origin[0].toFixed(2)}|${origin[1].toFixed(2)}`;
function fontName(font) {
  // Subset tag ("DZZZZZ+") off.
  return font.getName().replace(/^[A-Z]{6}\+/, '');
}

/**
 * Blocks → lines → characters of a page, in mupdf's reading order, with the text that a clip hides
 * (extraction with clip=no: what copy and search see) and each character marked visible or not (it is
 * visible when the default, clipped extraction has it too). Also the page's image boxes.
 */
function pageText(page) {
  const visible = new Set();
  const images = [];
  page.toStructuredText('preserve-whitespace,preserve-images').walk({
    onImageBlock(bbox) {
      images.push(bbox);
    },
    onChar(c, origin) {
      visible.add(charKey(c, origin));
    },
  });
  const blocks = [];
  let block = { lines: [] };
  let line = { chars: [] };
  const names = new Map();
  page.toStructuredText('preserve-whitespace,clip=no').walk({
    beginTextBlock(bbox) {
      block = { bbox, lines: [] };
      blocks.push(block);
    },
    beginLine(bbox) {
      line = { bbox, chars: [] };
      block.lines.push(line);
    },
    onChar(c, origin, font, size, quad) {
      let name = names.get(font.pointer);
      if (name === undefined) names.set(font.pointer, (name = fontName(font)));
      line.chars.push({
        c,
        x: origin[0],
        y: origin[1],
        x0: Math.min(quad[0], quad[4]),
        x1: Math.max(quad[2], quad[6]),
        y0: Math.min(quad[1], quad[3]),
        y1: Math.max(quad[5], quad[7]),
        font: name,
        size,
        visible: visible.has(charKey(c, origin)),
        // A glyph on a horizontal baseline (the proof's diagonal watermark is not).
        upright: Math.abs(quad[1] - quad[3]) < 0.5,
      });
    },
  });
  return { blocks, images };
}

// ---------------------------------------------------------------------------------------------
// Holes

/**
 * Rows that text running across a gutter covers (a headline, deck or box text over several
 * columns): its block's rows count as ink in every column the block spans, so the white after a
 * short last headline line in the next column is not a hole.
 */
function spanningBlocks(blocks, columns) {
  const gutterCrossed = (chars) => {
    const ink = chars.filter((ch) => ch.visible && !isSpace(ch.c)).sort((a, b) => a.x0 - b.x0);
    for (let c = 1; c < columns.length; c++) {
      const gutter = (columns[c - 1].x1 + columns[c].x0) / 2;
      if (ink.some((ch) => ch.x0 < gutter && ch.x1 > gutter)) return true;
      // Ink on both sides of the gutter's middle, closer than ¾ em of its own type: one line of text
      // (two columns' lines that mupdf merged are a whole gutter apart).
      for (let i = 1; i < ink.length; i++) {
        const [a, b] = [ink[i - 1], ink[i]];
        if (a.x1 <= gutter && b.x0 >= gutter && b.x0 - a.x1 < 0.75 * Math.max(a.size, b.size)) return true;
      }
    }
    return false;
  };
  return blocks
    .filter((b) => b.lines.some((l) => gutterCrossed(l.chars)))
    .map((b) => {
      const ink = b.lines.flatMap((l) => l.chars.filter((ch) => ch.visible && !isSpace(ch.c)));
      return {
        x0: Math.min(...ink.map((ch) => ch.x0)),
        x1: Math.max(...ink.map((ch) => ch.x1)),
        y0: Math.min(...ink.map((ch) => ch.y0)),
        y1: Math.max(...ink.map((ch) => ch.y1)),
      };
    });
}

/**
 * The white after a headline's last word: a headline (Inter ExtraBold, 11 pt and up) over a photo
 * wider than it covers the photo's width down to the photo, byline and deck rows included, as the
 * module it heads does.
 */
function headlineBands(blocks, images) {
  const bands = [];
  for (const b of blocks) {
    const ink = b.lines.flatMap((l) => l.chars.filter((ch) => ch.visible && !isSpace(ch.c)));
    const heads = ink.filter((ch) => /^Inter-ExtraBold/.test(ch.font) && ch.size >= 11);
    if (!heads.length || heads.length < ink.length / 2) continue;
    const box = { x0: Math.min(...heads.map((ch) => ch.x0)), x1: Math.max(...heads.map((ch) => ch.x1)), y0: Math.min(...heads.map((ch) => ch.y0)), y1: Math.max(...heads.map((ch) => ch.y1)) };
    const photo = images.find((im) => im[1] >= box.y1 - 1 && im[1] - box.y1 < 48 && im[0] <= box.x0 + 1 && im[2] > box.x1);
    if (photo) bands.push({ x0: photo[0], x1: photo[2], y0: box.y0, y1: photo[1] });
  }
  return bands;
}

function pageHoles(frame, grid, text, o) {
  const { g } = grid;
  const s = o.dpi / 72;
  const pix = frame.page.toPixmap(mupdf.Matrix.scale(s, s), mupdf.ColorSpace.DeviceGray, false, true);
  const px = pix.getPixels();
  const stride = pix.getStride();
  const n = pix.getNumberOfComponents() + pix.getAlpha();
  const [pxX, pxY] = [pix.getX(), pix.getY()];
  const spans = [...spanningBlocks(text.blocks, frame.columns), ...headlineBands(text.blocks, text.images)];
  // 1.5 pt in from each edge: a tint box set exactly on the column's edge has no anti-aliased
  // border pixel inside the strip, and a box rule drawn inside the edge (0.8–1 pt on the back page)
  // does not make the white inside the box ink.
  const inset = 1.5;
  const r0 = Math.ceil(frame.top * s) - pxY;
  const r1 = Math.floor(frame.bottom * s) - pxY;
  const rowTop = (r) => (r + pxY) / s;
  const columnAreaMm2 = (g.columnWidth / MM) * ((frame.bottom - frame.top) / MM) * frame.columns.length;
  let photoRows = 0;
  let blankRows = 0;
  const runs = [];
  for (const col of frame.columns) {
    const xa = Math.ceil((col.x0 + inset) * s) - pxX;
    const xb = Math.floor((col.x1 - inset) * s) - pxX;
    const overlaps = (box, least) => Math.min(box[2] ?? box.x1, col.x1) - Math.max(box[0] ?? box.x0, col.x0) > least;
    const photos = text.images.filter((b) => overlaps(b, 1));
    const covering = spans.filter((b) => overlaps({ x0: b.x0, x1: b.x1 }, 1));
    let start = -1;
    const close = (end) => {
      if (start < 0) return;
      const heightPt = (end - start) / s;
      if (heightPt > o.minLines * g.leading) {
        const y = rowTop(start);
        blankRows += end - start;
        runs.push({
          page: frame.number,
          column: col.index,
          columnLetter: columnLetter(col.index),
          topMm: round((y - frame.oy) / MM),
          topLine: round((y - frame.oy - g.top) / g.leading),
          heightLines: round(heightPt / g.leading),
          heightMm: round(heightPt / MM),
        });
      }
      start = -1;
    };
    for (let r = r0; r < r1; r++) {
      const y0 = rowTop(r);
      const y1 = y0 + 1 / s;
      let blank = true;
      const photo = photos.find((b) => b[1] < y1 && b[3] > y0);
      if (photo) {
        blank = false;
        if (Math.min(photo[2], col.x1) - Math.max(photo[0], col.x0) >= g.columnWidth / 2) photoRows++;
      } else if (covering.some((b) => b.y0 < y1 && b.y1 > y0)) {
        blank = false;
      } else {
        let min = 255;
        let max = 0;
        const row = r * stride;
        for (let x = xa; x < xb; x++) {
          const v = px[row + x * n];
          if (v < min) min = v;
          if (v > max) max = v;
        }
        // White or a flat light tint, within ±tolerance grey levels.
        blank = max - min <= 2 * o.tolerance && min >= o.light;
      }
      if (blank && start < 0) start = r;
      else if (!blank) close(r);
    }
    close(r1);
  }
  const rowMm2 = (g.columnWidth / MM) * (1 / s / MM);
  const blankAreaMm2 = blankRows * rowMm2;
  return {
    page: frame.number,
    columnAreaMm2: round(columnAreaMm2, 0),
    photoAreaMm2: round(photoRows * rowMm2, 0),
    blankAreaMm2: round(blankAreaMm2, 0),
    percent: round((100 * blankAreaMm2) / columnAreaMm2),
    percentWithoutPhotos: round((100 * blankAreaMm2) / Math.max(1, columnAreaMm2 - photoRows * rowMm2)),
    runs,
  };
}

// ---------------------------------------------------------------------------------------------
// Body-text typography

// PostScript names, subset tag off ("DZZZZZ+" from react-pdf; pdf-lib appends "-1234" instead).
const BODY_FACE = /^SourceSerif4(Roman)?-(Regular|Italic)(?![A-Za-z])/;
const SERIF_FACE = /^SourceSerif4/;
const SANS_FACE = /^Inter/;

/**
 * Body lines of a page, per column, top to bottom: the visible part of each extracted line, split at
 * the columns (a line with ink in a gutter or margin is no column text), merged per baseline (mupdf
 * may cut a loose line in two), kept when it is set in the body face: Source Serif 4 regular/italic
 * at the body size, with at most other cuts of the serif at that size or a smaller Inter run-in.
 */
function bodyLines(frame, grid, text, o) {
  const { g } = grid;
  const size = g.template.body.size;
  const near = (v) => Math.abs(v - size) <= o.bodySizeTolerance;
  const segments = frame.columns.map(() => []);
  for (const block of text.blocks) {
    for (const line of block.lines) {
      const ink = line.chars.filter((ch) => !isSpace(ch.c));
      if (!ink.length) continue;
      // A line the clip hides (a glyph or two of it may peek into the frame: a descender).
      if (ink.filter((ch) => ch.visible).length < ink.length / 2) continue;
      const colOf = (ch) => frame.columns.findIndex((c) => (ch.x0 + ch.x1) / 2 >= c.x0 - 0.5 && (ch.x0 + ch.x1) / 2 <= c.x1 + 0.5);
      const shown = line.chars.filter((ch) => ch.visible);
      if (shown.some((ch) => !isSpace(ch.c) && colOf(ch) < 0)) continue;
      const byCol = new Map();
      for (const ch of shown) {
        const c = colOf(ch);
        if (c < 0) continue;
        if (!byCol.has(c)) byCol.set(c, []);
        byCol.get(c).push(ch);
      }
      for (const [c, chars] of byCol) if (chars.some((ch) => !isSpace(ch.c))) segments[c].push(chars);
    }
  }
  const out = [];
  for (const col of frame.columns) {
    const segs = segments[col.index].map((chars) => ({ chars, y: chars.find((ch) => !isSpace(ch.c)).y })).sort((a, b) => a.y - b.y);
    const merged = [];
    for (const seg of segs) {
      const last = merged[merged.length - 1];
      if (last && Math.abs(last.y - seg.y) < 0.5) last.chars.push(...seg.chars);
      else merged.push({ y: seg.y, chars: [...seg.chars] });
    }
    const lines = [];
    for (const m of merged) {
      if (m.y < frame.top || m.y > frame.bottom + g.leading / 2) continue;
      const chars = m.chars.sort((a, b) => a.x0 - b.x0);
      const ink = chars.filter((ch) => !isSpace(ch.c));
      const body = ink.filter((ch) => BODY_FACE.test(ch.font) && near(ch.size));
      const allowed = ink.every((ch) => (SERIF_FACE.test(ch.font) && near(ch.size)) || (SANS_FACE.test(ch.font) && ch.size <= size + o.bodySizeTolerance));
      if (!body.length || !allowed) continue;
      lines.push(measureLine(chars, col, m.y, frame, g, o, body));
    }
    out.push(lines);
  }
  return out;
}

function measureLine(chars, col, baseline, frame, g, o, body) {
  const em = body.map((ch) => ch.size).sort((a, b) => a - b)[Math.floor(body.length / 2)];
  // Words: ink between space characters, or split by a gap wider than 0.15 em where a
  // renderer positioned words without drawing a space.
  const words = [];
  let word = null;
  let text = '';
  const letterGaps = [];
  for (const ch of chars) {
    if (isSpace(ch.c)) {
      word = null;
      if (text && !text.endsWith(' ')) text += ' ';
      continue;
    }
    if (word && ch.x0 - word.x1 > 0.15 * em) word = null;
    if (!word) {
      if (text && !text.endsWith(' ')) text += ' ';
      word = { x0: ch.x0, x1: ch.x1, text: '' };
      words.push(word);
    } else letterGaps.push(ch.x0 - word.x1);
    word.x1 = Math.max(word.x1, ch.x1);
    word.text += ch.c;
    text += ch.c;
  }
  const right = words[words.length - 1].x1;
  const gaps = words.slice(1).map((w, i) => w.x0 - words[i].x1);
  const gapEm = mean(gaps) / em;
  const justified = right >= col.x1 - o.shortOfEdge;
  return {
    column: col.index,
    line: Math.floor((baseline - frame.oy - g.top) / g.leading),
    baseline,
    text: text.trim(),
    // A hyphen right after a letter; an en dash (U+2013) is no hyphen.
    hyphen: /\p{L}-$/u.test(words[words.length - 1].text),
    justified,
    gaps: gaps.length,
    gapEm: round(gapEm, 2),
    letterGapEm: round(mean(letterGaps) / em, 3),
    loose: justified && gaps.length > 0 && gapEm > o.looseEm,
    straightQuotes: [...text].filter((c) => c === '"' || c === "'").length,
  };
}

function pageTypography(frame, grid, text, o) {
  const { g } = grid;
  const columns = bodyLines(frame, grid, text, o).map((lines, c) => {
    let run = 0;
    let longest = 0;
    let longestAt = null;
    let prev = null;
    for (const l of lines) {
      // Lines further apart than 1.5 leading have something between them: no run across it.
      if (prev && l.baseline - prev.baseline > 1.5 * g.leading) run = 0;
      run = l.hyphen ? run + 1 : 0;
      if (run > longest) {
        longest = run;
        longestAt = lines[lines.indexOf(l) - run + 1].line;
      }
      prev = l;
    }
    return {
      column: c,
      columnLetter: columnLetter(c),
      lines: lines.length,
      hyphenated: lines.filter((l) => l.hyphen).length,
      longestHyphenRun: longest,
      longestHyphenRunAt: longestAt,
      justified: lines.filter((l) => l.justified).length,
      loose: lines.filter((l) => l.loose).length,
      straightQuotes: lines.reduce((a, l) => a + l.straightQuotes, 0),
      bodyLines: lines.map(({ baseline: _, ...l }) => l),
    };
  });
  const sum = (k) => columns.reduce((a, c) => a + c[k], 0);
  const best = columns.reduce((a, c) => (c.longestHyphenRun > a.longestHyphenRun ? c : a), columns[0]);
  const all = columns.flatMap((c) => c.bodyLines);
  const justifiedLines = all.filter((l) => l.justified);
  const over = overprinted(frame, text);
  return {
    page: frame.number,
    lines: sum('lines'),
    hyphenated: sum('hyphenated'),
    hyphenatedPercent: round((100 * sum('hyphenated')) / Math.max(1, sum('lines'))),
    longestHyphenRun: best.longestHyphenRun,
    longestHyphenRunColumn: best.longestHyphenRun ? best.column : null,
    justified: sum('justified'),
    loose: sum('loose'),
    loosePercent: round((100 * sum('loose')) / Math.max(1, sum('justified'))),
    straightQuotes: sum('straightQuotes'),
    overprinted: over.count,
    overprintedAt: over.at,
    meanLetterGapEm: round(mean(justifiedLines.map((l) => l.letterGapEm)), 3),
    looseLines: all.filter((l) => l.loose).map(({ column, line, gapEm, text }) => ({ column, columnLetter: columnLetter(column), line, gapEm, text })),
    straightQuoteLines: all.filter((l) => l.straightQuotes).map(({ column, line, text }) => ({ column, columnLetter: columnLetter(column), line, text })),
    columns,
  };
}

/**
 * Visible characters drawn over a character of another line (text squeezed into too little room, or
 * one block printed over another): their glyph boxes overlap by over half of the smaller one both
 * ways. Neighbouring lines overlap by their ascenders and descenders only, far less. The proof's
 * diagonal watermark is left out.
 */
function overprinted(frame, text) {
  const BUCKET = 6;
  const buckets = new Map();
  const chars = [];
  text.blocks.forEach((b, bi) =>
    b.lines.forEach((l, li) => {
      for (const ch of l.chars) if (ch.visible && ch.upright && !isSpace(ch.c) && ch.x1 > ch.x0 && ch.y1 > ch.y0) chars.push({ ...ch, line: `${bi}.${li}` });
    }),
  );
  for (const ch of chars) {
    const key = `${Math.floor(ch.x0 / BUCKET)}|${Math.floor(ch.y0 / BUCKET)}`;
    if (!buckets.has(key)) buckets.set(key, []);
    buckets.get(key).push(ch);
  }
  const overlap = (a0, a1, b0, b1) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0)) / Math.min(a1 - a0, b1 - b0);
  const hits = [];
  for (const ch of chars) {
    const bx = Math.floor(ch.x0 / BUCKET);
    const by = Math.floor(ch.y0 / BUCKET);
    const over = [-1, 0, 1].some((dx) =>
      [-1, 0, 1].some((dy) => (buckets.get(`${bx + dx}|${by + dy}`) ?? []).some((o) => o.line !== ch.line && overlap(ch.x0, ch.x1, o.x0, o.x1) > 0.5 && overlap(ch.y0, ch.y1, o.y0, o.y1) > 0.5)),
    );
    if (over) hits.push(ch);
  }
  return { count: hits.length, at: hits.slice(0, 1).map((h) => ({ xMm: round((h.x - frame.ox) / MM), yMm: round((h.y - frame.oy) / MM) })) };
}

// ---------------------------------------------------------------------------------------------
// Text that extraction shows twice

/**
 * Sentences of ≥ minWords words in the page's text as copy and search see it: mupdf's blocks in
 * reading order, clipped text included, hyphens at line ends joined. A block boundary ends a
 * sentence unless the next block goes on in lower case (a paragraph continued in the next column).
 * Each sentence says whether it is mostly hidden (clipped away) and mostly set in the serif: sans
 * text (running heads, headlines, kickers, captions, tables) repeats by design and is left out.
 */
function pageSentences(text, minWords) {
  /** @type {{ s: string, flags: { hidden: boolean, serif: boolean }[] }[]} */
  const units = [];
  for (const block of text.blocks) {
    let s = '';
    const flags = [];
    const push = (str, flag) => {
      s += str;
      for (let i = 0; i < str.length; i++) flags.push(flag);
    };
    for (const line of block.lines) {
      const chars = line.chars.filter((ch) => ch.c !== '\u00ad');
      while (chars.length && isSpace(chars[chars.length - 1].c)) chars.pop();
      if (!chars.length) continue;
      const flagOf = (ch) => ({ hidden: !ch.visible, serif: SERIF_FACE.test(ch.font) });
      if (s && !/\s$/u.test(s)) push(' ', flags[flags.length - 1]);
      const hyphenated = /\p{L}-$/u.test(chars.slice(-2).map((ch) => ch.c).join(''));
      let prev = null;
      for (const ch of hyphenated ? chars.slice(0, -1) : chars) {
        // Words a renderer placed apart without drawing a space.
        if (prev && !isSpace(prev.c) && !isSpace(ch.c) && ch.x0 - prev.x1 > 0.15 * ch.size) push(' ', flagOf(ch));
        push(ch.c, flagOf(ch));
        prev = ch;
      }
      // A word broken at the line end goes on in the next line: no space.
      if (hyphenated) push('\u0000', flagOf(chars[chars.length - 1]));
    }
    let joined = '';
    const joinedFlags = [];
    for (let i = 0; i < s.length; i++) {
      if (s[i] === '\u0000') {
        if (s[i + 1] === ' ') i++;
        continue;
      }
      joined += s[i];
      joinedFlags.push(flags[i]);
    }
    if (joined.trim()) units.push({ s: joined, flags: joinedFlags });
  }
  const sentences = [];
  let cur = { s: '', flags: [] };
  const flush = () => {
    for (const m of cur.s.matchAll(/[^]*?(?:[.!?…]+["”’)]*(?=\s|$)|$)/gu)) {
      const raw = m[0];
      const sentence = raw.replace(/\s+/gu, ' ').trim();
      if (!sentence || sentence.split(' ').length < minWords) continue;
      const flags = cur.flags.slice(m.index, m.index + raw.length);
      const share = (k) => flags.filter((f) => f[k]).length / flags.length;
      if (share('serif') < 0.5) continue;
      sentences.push({ text: sentence, hidden: share('hidden') > 0.5 });
    }
    cur = { s: '', flags: [] };
  };
  for (const u of units) {
    const goesOn = cur.s && !/[.!?…:;]["”’)]*$/u.test(cur.s.trim()) && /^\s*\p{Ll}/u.test(u.s);
    if (!goesOn) flush();
    else {
      cur.s += ' ';
      cur.flags.push(u.flags[0]);
    }
    cur.s += u.s;
    cur.flags.push(...u.flags);
  }
  flush();
  return sentences;
}

function duplicates(pages, minWords) {
  const seen = new Map();
  for (const { number, text } of pages) {
    for (const s of pageSentences(text, minWords)) {
      if (!seen.has(s.text)) seen.set(s.text, []);
      seen.get(s.text).push({ page: number, hidden: s.hidden });
    }
  }
  return [...seen]
    .filter(([, occ]) => occ.length > 1)
    .map(([text, occurrences]) => ({ text, occurrences, hidden: occurrences.some((o) => o.hidden) }));
}

// ---------------------------------------------------------------------------------------------
// Photos side by side

/**
 * Rows of photos side by side: image boxes in neighbouring columns (at most a gutter and a half
 * apart) whose heights overlap by more than half the shorter one. A row is even when every photo in
 * it has the same top and the same bottom, within `tolerance` points; it is hung when they share the top.
 */
function photoRows(frame, grid, images, tolerance = 1) {
  const gap = grid.g.gutter * 1.5 + 1;
  const boxes = images
    .map(([x0, y0, x1, y1]) => ({ x0, y0, x1, y1 }))
    .filter((b) => b.y1 > frame.top && b.y0 < frame.bottom)
    .sort((a, b) => a.x0 - b.x0 || a.y0 - b.y0);
  const beside = (a, b) => {
    const overlap = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
    const apart = Math.max(a.x0, b.x0) - Math.min(a.x1, b.x1);
    return overlap > 0.5 * Math.min(a.y1 - a.y0, b.y1 - b.y0) && apart >= -1 && apart <= gap;
  };
  // Rows are the connected groups of the "beside" relation.
  const group = boxes.map((_, i) => i);
  const find = (i) => (group[i] === i ? i : (group[i] = find(group[i])));
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (beside(boxes[i], boxes[j])) group[find(j)] = find(i);
  const rows = new Map();
  boxes.forEach((b, i) => rows.set(find(i), [...(rows.get(find(i)) ?? []), b]));
  return [...rows.values()]
    .filter((r) => r.length > 1)
    .map((r) => {
      const spread = (k) => Math.max(...r.map((b) => b[k])) - Math.min(...r.map((b) => b[k]));
      return {
        page: frame.number,
        photos: r.map((b) => ({ x: round(b.x0 - frame.ox), y: round(b.y0 - frame.oy), width: round(b.x1 - b.x0), height: round(b.y1 - b.y0) })),
        even: spread('y0') <= tolerance && spread('y1') <= tolerance,
        hung: spread('y0') <= tolerance,
      };
    });
}

// ---------------------------------------------------------------------------------------------
// Entry points

async function open(pdfPath, editionDir, options) {
  const o = { ...DEFAULTS, ...options };
  const grid = editionGrid(editionDir);
  const doc = openPdf(pdfPath);
  const frames = await pageFrames(doc, grid);
  return { o, grid, frames, texts: frames.map((f) => pageText(f.page)) };
}

/** Blank runs taller than minLines body lines inside each page's text columns. */
export async function measureHoles(pdfPath, editionDir, options = {}) {
  const { o, grid, frames, texts } = await open(pdfPath, editionDir, options);
  return frames.map((f, i) => pageHoles(f, grid, texts[i], o));
}

/** Body-line statistics per page and column, straight quotes, and sentences the extraction shows twice. */
export async function measureTypography(pdfPath, editionDir, options = {}) {
  const { o, grid, frames, texts } = await open(pdfPath, editionDir, options);
  return typographyReport(frames, grid, texts, o);
}

function typographyReport(frames, grid, texts, o) {
  const pages = frames.map((f, i) => pageTypography(f, grid, texts[i], o));
  const sum = (k) => pages.reduce((a, p) => a + p[k], 0);
  const dups = duplicates(
    frames.map((f, i) => ({ number: f.number, text: texts[i] })),
    o.minSentenceWords,
  );
  const best = pages.reduce((a, p) => (p.longestHyphenRun > a.longestHyphenRun ? p : a), pages[0]);
  return {
    pages,
    totals: {
      lines: sum('lines'),
      hyphenated: sum('hyphenated'),
      hyphenatedPercent: round((100 * sum('hyphenated')) / Math.max(1, sum('lines'))),
      longestHyphenRun: best?.longestHyphenRun ?? 0,
      longestHyphenRunPage: best?.longestHyphenRun ? best.page : null,
      longestHyphenRunColumn: best?.longestHyphenRunColumn ?? null,
      justified: sum('justified'),
      loose: sum('loose'),
      loosePercent: round((100 * sum('loose')) / Math.max(1, sum('justified'))),
      straightQuotes: sum('straightQuotes'),
      overprinted: sum('overprinted'),
      duplicateSentences: dups.length,
      hiddenDuplicateSentences: dups.filter((d) => d.hidden).length,
    },
    duplicates: dups,
  };
}

/** Both measurements from one pass over the PDF, with edition totals (what the CLI prints). */
export async function measurePages(pdfPath, editionDir, options = {}) {
  const { o, grid, frames, texts } = await open(pdfPath, editionDir, options);
  const holes = frames.map((f, i) => pageHoles(f, grid, texts[i], o));
  const typography = typographyReport(frames, grid, texts, o);
  const area = holes.reduce((a, p) => a + p.columnAreaMm2, 0);
  const photos = holes.reduce((a, p) => a + p.photoAreaMm2, 0);
  const blank = holes.reduce((a, p) => a + p.blankAreaMm2, 0);
  const rows = frames.flatMap((f, i) => photoRows(f, grid, texts[i].images));
  return {
    options: o,
    holes,
    photoRows: { rows: rows.length, even: rows.filter((r) => r.even).length, hung: rows.filter((r) => r.hung).length, list: rows },
    holeTotals: {
      columnAreaMm2: area,
      blankAreaMm2: blank,
      photoAreaMm2: photos,
      percent: round((100 * blank) / Math.max(1, area)),
      percentWithoutPhotos: round((100 * blank) / Math.max(1, area - photos)),
      meanPagePercent: round(holes.reduce((a, p) => a + p.percent, 0) / Math.max(1, holes.length)),
      runs: holes.reduce((a, p) => a + p.runs.length, 0),
    },
    typography,
  };
}
