/**
 * Typeset punctuation for Indonesian copy: what an editor types on a keyboard becomes what a
 * newspaper prints. Pure functions, applied by the article loader to the body (mdast) and to the
 * printed front-matter strings; the file on disk, and every hash of it, stays as written.
 *
 * Rules, in the order they run:
 * 1. Ellipsis: "..." → "…" ("...." at the end of a sentence → "…."); five dots or more are left alone.
 * 2. Dashes: "---" → "—", "--" → "–" (longer runs of hyphens are left alone).
 * 3. A hyphen with a space on both sides is a dash: " - " → " – ".
 * 4. Ranges get an en dash: number–number ("7-9 Mei", "2024-2026", "2024-26", "Rp1.000-2.000",
 *    "10-20%") when the second number is larger, and time–time ("08.00-12.00"). Never: dates written
 *    TTTT-BB-HH and anything else with two or more hyphens (0812-3456-7890), numbers written with a
 *    leading zero (0511-3252, 05-2026: telephone numbers, codes, month-year), descending pairs (a
 *    score "2-1"), anything with a letter (e-KTP, anak-anak, Covid-19, Senin-Jumat).
 * 5. No-break space (U+00A0) instead of the one space between a number and its unit or magnitude
 *    ("7,4 km", "12 kilometer", "60 persen", "1,2 miliar"), after a prefix that belongs to its number
 *    ("Rp 5.000", "No. 5", "Nomor 12", "hal. 4", "Pasal 3", "pukul 08.00") and between a time and
 *    its zone ("08.00 WITA"). Counted nouns (orang, unit, desa, hari …) are not units and keep an
 *    ordinary space. A group joined this way longer than MAX_JOINED characters keeps its ordinary
 *    spaces: an unbreakable run that long would leave a loose line in a narrow column.
 * 6. Quotes: “double” and ‘single’, opening or closing decided by what is on either side (opening
 *    after the start, a space, an opening bracket, a dash or another opening quote), with the state
 *    of the paragraph deciding the doubtful cases (a quote with spaces on both sides; quotes typed
 *    curly already count). An apostrophe is ’: inside a word (Jum’at, Qur’an), after a word, and
 *    before two digits (’90-an).
 *
 * Pull quotes: pullQuoteText takes off the editor's own quote marks, since the layout sets “ ” itself.
 * No-break spaces hold in react-pdf (textkit breaks lines at U+0020 only) and stretch like word
 * spaces in justified Source Serif 4 (the font maps U+00A0 to its space glyph); a layout that folds
 * whitespace with /\s+/ turns them back into ordinary spaces.
 *
 * Left alone: inline code and code blocks, HTML, autolinks and the URL of every link, web and
 * e-mail addresses written in the text, and any character that already is typeset punctuation.
 * Quote state runs across the inline nodes of one paragraph ("**Bagi** kami," ujarnya), so the text
 * is typeset a paragraph at a time (typesetRuns), not a text node at a time.
 */
import type { Nodes, Parent, PhrasingContent, Root } from 'mdast';
import type { FrontMatter } from './schema.js';

export const NBSP = '\u00a0';

/** Longest run of characters (no-break spaces included) the no-break spaces may join into one unbreakable word. */
export const MAX_JOINED = 20;

/** One piece of a paragraph's text: `fixed` pieces (inline code, HTML, autolinks) are never changed but give context. */
export interface Run {
  text: string;
  fixed?: boolean;
}

/** Typographic punctuation for one string (a headline, a caption, a paragraph without markup). */
export function typeset(text: string): string {
  return typesetRuns([{ text }])[0]!;
}

/** Stand-in for an inline node without text of its own (a footnote mark, say): a "letter" as context. */
const OBJECT = '\ufffc';

interface Cell {
  ch: string;
  owner: number;
  locked: boolean;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The pieces of one paragraph typeset together; returns the new text of every piece (fixed ones unchanged). */
export function typesetRuns(runs: readonly Run[]): string[] {
  let cells: Cell[] = [];
  runs.forEach((run, owner) => {
    // A fixed piece is context for the rules (the quote after `code` closes) but never changed by them.
    for (const ch of run.text.split('')) cells.push({ ch, owner, locked: !!run.fixed });
  });
  const view = () => cells.map((c) => c.ch).join('');
  const apply = (edits: Edit[]): void => {
    if (!edits.length) return;
    edits.sort((a, b) => a.start - b.start);
    const next: Cell[] = [];
    let at = 0;
    const keep = (to: number) => {
      // One by one: spreading a long slice into push() overflows the stack.
      for (; at < to; at++) next.push(cells[at]!);
    };
    for (const e of edits) {
      if (e.start < at || cells.slice(e.start, e.end).some((c) => c.locked)) continue;
      keep(e.start);
      const owner = cells[e.start]!.owner;
      for (const ch of e.text.split('')) next.push({ ch, owner, locked: false });
      at = e.end;
    }
    keep(cells.length);
    cells = next;
  };
  const replaceAll = (pattern: RegExp, by: string): void => apply([...view().matchAll(pattern)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: by })));

  for (const [start, end] of addresses(view())) for (let i = start; i < end; i++) cells[i]!.locked = true;
  replaceAll(/(?<!\.)\.\.\.(?=\.?(?!\.))/g, '…');
  replaceAll(/(?<!-)---(?!-)/g, '—');
  replaceAll(/(?<!-)--(?!-)/g, '–');
  replaceAll(/(?<=[ \u00a0])-(?=[ \u00a0])/g, '–');
  apply(rangeDashes(view()));
  apply(noBreakSpaces(view()));
  apply(quotes(view(), cells.map((c) => c.locked)));

  const out = runs.map((r) => (r.fixed ? r.text : ''));
  for (const c of cells) if (!runs[c.owner]!.fixed) out[c.owner] += c.ch;
  return out;
}

/** Typography taken out again: the inverse of typeset for copy without "--" and without punctuation that was typeset already. */
export function plainPunctuation(text: string): string {
  return text
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/–/g, '-')
    .replace(/—/g, '---')
    .replace(/…/g, '...')
    .replace(/\u00a0/g, ' ');
}

// --- web and e-mail addresses --------------------------------------------------------------------

const ADDRESS = [
  /(?:https?:\/\/|mailto:|www\.)[^\s<>"“”‘’]+/giu,
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
  // A bare domain with a path: balangankab.go.id/berita/...
  /(?<![\p{L}\p{N}@.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/[^\s<>"“”‘’]*/giu,
];

/** Ranges [start, end) of the addresses in `text`, trailing sentence punctuation left out. */
function addresses(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const pattern of ADDRESS) {
    for (const m of text.matchAll(pattern)) {
      const trimmed = m[0].replace(/[.,;:!?…'’)\]]+$/u, '');
      if (trimmed.length) out.push([m.index!, m.index! + trimmed.length]);
    }
  }
  return out;
}

// --- ranges --------------------------------------------------------------------------------------

const NUMBER = String.raw`\d+(?:[.,]\d+)*`;
const RANGE = new RegExp(String.raw`^((?:Rp\.?)?)(${NUMBER})-((?:Rp\.?)?)(${NUMBER})(%?[.,;:!?…]*)$`, 'u');
const TIME = /^([01]?\d|2[0-4])[.:]([0-5]\d)$/;

/** The value of a number written the Indonesian way (1.000,5), or the English way when it cannot be that. */
function numberValue(s: string): number {
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^\d+(?:,\d+)?$/.test(s)) return Number(s.replace(',', '.'));
  if (/^\d+\.\d+$/.test(s)) return Number(s);
  return Number.NaN;
}

function isRange(a: string, b: string): boolean {
  if (TIME.test(a) && TIME.test(b)) return true;
  // A leading zero is a telephone number, a code or a month, not a quantity.
  if (/^0\d/.test(a) || /^0\d/.test(b)) return false;
  const x = numberValue(a);
  let y = numberValue(b);
  // 2024-26: the second year written short.
  if (/^\d{4}$/.test(a) && /^\d{2}$/.test(b)) y = Number(a.slice(0, 2) + b);
  return Number.isFinite(x) && Number.isFinite(y) && x < y;
}

function rangeDashes(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(/[^\s"'“”‘’()[\]{}<>\ufffc]+/gu)) {
    // A range is short; a long token is an address, a code or a run of digits, never one.
    if (m[0].length > 40 || !m[0].includes('-')) continue;
    const r = RANGE.exec(m[0]);
    if (!r || !isRange(r[2]!, r[4]!)) continue;
    const at = m.index! + r[1]!.length + r[2]!.length;
    edits.push({ start: at, end: at + 1, text: '–' });
  }
  return edits;
}

// --- no-break spaces -----------------------------------------------------------------------------

/** Units and magnitudes: symbols as written, words in lower case, capitalised or upper case. */
const UNIT_SYMBOLS = ['km²', 'km2', 'km', 'Km', 'm²', 'm³', 'm2', 'm3', 'cm', 'mm', 'm', 'ha', 'Ha', 'kg', 'Kg', 'mg', 'ml', 'kWh', 'kWp', 'kW', 'MW', 'mdpl', '°C'];
const UNIT_WORDS = [
  'kilometer', 'meter', 'sentimeter', 'milimeter', 'hektare', 'hektar', 'kilogram', 'gram', 'kuintal', 'ton', 'liter', 'mililiter',
  'persen', 'ribu', 'juta', 'miliar', 'triliun', 'watt', 'kilowatt', 'megawatt', 'volt', 'derajat',
];
const PREFIXES = ['Rp', 'Rp.', 'US$', 'No.', 'Nomor', 'nomor', 'hal.', 'Hal.', 'Pasal', 'pasal', 'pukul', 'Pukul'];
const ZONES = ['WIB', 'WITA', 'WIT'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const cased = (w: string) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()];
const alternatives = (list: string[]) => [...list].sort((a, b) => b.length - a.length).map(escape).join('|');

// Each starts with (?= ) so that the look-behind, which reads back over a whole number, runs at spaces only.
const BEFORE_UNIT = new RegExp(String.raw`(?= )(?<=(?<![\p{L}\p{N}])${NUMBER}) (?=(?:${alternatives([...UNIT_SYMBOLS, ...UNIT_WORDS.flatMap(cased)])})(?![\p{L}\p{N}]))`, 'gu');
const AFTER_PREFIX = new RegExp(String.raw`(?= )(?<=(?<![\p{L}\p{N}])(?:${alternatives(PREFIXES)})) (?=\d)`, 'gu');
const BEFORE_ZONE = new RegExp(String.raw`(?= )(?<=(?<![\p{L}\p{N}])\d{1,2}[.:]\d{2}) (?=(?:${alternatives(ZONES)})(?![\p{L}\p{N}]))`, 'gu');

function noBreakSpaces(text: string): Edit[] {
  const at = new Set<number>();
  for (const pattern of [BEFORE_UNIT, AFTER_PREFIX, BEFORE_ZONE]) for (const m of text.matchAll(pattern)) at.add(m.index!);
  if (!at.size) return [];
  // Joined groups are kept short: left to right, a space stays ordinary where joining would make
  // the group longer than MAX_JOINED (Rp 1.000.000.000.000 triliun keeps "Rp 1.000.000.000.000" together).
  const joined = text.split('').map((ch, i) => (at.has(i) ? NBSP : ch)).join('');
  const keep: number[] = [];
  const all = [...at].sort((a, b) => a - b);
  let next = 0;
  for (const m of joined.matchAll(/[^\s]+(?:\u00a0+[^\s]+)*/gu)) {
    const end = m.index! + m[0].length;
    const inside: number[] = [];
    while (next < all.length && all[next]! < end) inside.push(all[next++]!);
    let from = m.index!;
    inside.forEach((i, k) => {
      const nextEnd = inside[k + 1] ?? end;
      if (nextEnd - from <= MAX_JOINED) keep.push(i);
      else from = i + 1;
    });
  }
  return keep.map((i) => ({ start: i, end: i + 1, text: NBSP }));
}

// --- quotes --------------------------------------------------------------------------------------

const isSpace = (c: string | undefined) => c === undefined || /\s/u.test(c);
const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}\ufffc]/u.test(c);
/** After these a quote opens: nothing, a space, an opening bracket, a dash, a slash or another opening quote. */
const opensAfter = (c: string | undefined) => isSpace(c) || /[([{<\-–—/“‘«]/u.test(c!);

function quotes(text: string, locked: readonly boolean[]): Edit[] {
  const edits: Edit[] = [];
  const inside = { '"': false, "'": false };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const prev = i > 0 ? text[i - 1] : undefined;
    const next = text[i + 1];
    // Quotes typed curly already count for the state (“Sudah," katanya).
    if (ch === '“' || ch === '”') inside['"'] = ch === '“';
    else if (ch === '‘' || (ch === '’' && !(isWord(prev) && isWord(next)))) inside["'"] = ch === '‘';
    if ((ch !== '"' && ch !== "'") || locked[i]) continue;
    if (ch === "'" && ((isWord(prev) && isWord(next)) || (opensAfter(prev) && /^\d\d(?!\d)/.test(text.slice(i + 1, i + 4))))) {
      // An apostrophe (Jum'at, '90-an): neither opens nor closes a quote.
      edits.push({ start: i, end: i + 1, text: '’' });
      continue;
    }
    let open: boolean;
    if (opensAfter(prev)) open = isSpace(next) ? !inside[ch] : true;
    // After other punctuation and before a word (ujarnya:"Kami …), a quote opens unless one is open.
    else open = !isWord(prev) && isWord(next) && !inside[ch];
    inside[ch] = open;
    edits.push({ start: i, end: i + 1, text: ch === '"' ? (open ? '“' : '”') : open ? '‘' : '’' });
  }
  return edits;
}

// --- pull quotes ---------------------------------------------------------------------------------

/** Whether the quote mark opening `s` is the one closing it. */
function enclosed(s: string, open: string, close: string): boolean {
  if (s.length < 2 || !s.startsWith(open) || !s.endsWith(close)) return false;
  let depth = 1;
  for (let i = 1; i < s.length - 1; i++) {
    if (s[i] === open) depth++;
    else if (s[i] === close && --depth === 0) return false;
  }
  return true;
}

/**
 * The words of a pull quote (typeset), for the layout to set between its own “ ”: quote marks the
 * editor put around the whole quote are taken off (also one left unclosed), and quotes inside it
 * become single quotes, as a quote within a quote.
 */
export function pullQuoteText(quote: string): string {
  let s = quote.trim();
  if (enclosed(s, '“', '”') || enclosed(s, '‘', '’')) s = s.slice(1, -1).trim();
  else if (s.startsWith('“') && !s.includes('”')) s = s.slice(1).trimStart();
  else if (s.endsWith('”') && !s.includes('“')) s = s.slice(0, -1).trimEnd();
  return s.replace(/“/g, '‘').replace(/”/g, '’');
}

// --- articles ------------------------------------------------------------------------------------

/** The printed strings of the front-matter typeset; identifiers (section, area, dates, paths, contacts) untouched. */
export function typesetFrontMatter(fm: FrontMatter): FrontMatter {
  const t = (s: string | undefined) => (s === undefined ? undefined : typeset(s));
  const out: FrontMatter = { ...fm, title: typeset(fm.title), author: typeset(fm.author) };
  if (fm.deck !== undefined) out.deck = t(fm.deck);
  if (fm.pullquote !== undefined) out.pullquote = pullQuoteText(typeset(fm.pullquote));
  if (fm.images) {
    out.images = fm.images.map((img) => {
      const copy = { ...img };
      if (img.caption !== undefined) copy.caption = t(img.caption);
      if (img.credit !== undefined) copy.credit = t(img.credit);
      return copy;
    });
  }
  if (fm.sources) {
    out.sources = fm.sources.map((src) => {
      const copy = { ...src, name: typeset(src.name) };
      if (src.role !== undefined) copy.role = t(src.role);
      return copy;
    });
  }
  return out;
}

/** Blocks whose children are one run of inline text. */
const FLOWS = new Set(['paragraph', 'heading', 'tableCell']);
/** Blocks never touched, inside or out. */
const VERBATIM = new Set(['code', 'html', 'inlineCode', 'math', 'inlineMath', 'yaml', 'definition']);

/** As isHtmlComment in article.ts (which imports this module). */
const isComment = (value: string) => /^\s*<!--[\s\S]*-->\s*$/.test(value);

/** A copy of the body with the text of every paragraph, heading and table cell typeset. */
export function typesetTree(root: Root): Root {
  const tree = structuredClone(root);
  const walk = (node: Nodes): void => {
    if (FLOWS.has(node.type)) return typesetFlow((node as Parent).children as PhrasingContent[]);
    if (VERBATIM.has(node.type)) return;
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return tree;
}

function typesetFlow(children: PhrasingContent[]): void {
  const runs: Run[] = [];
  const targets: ({ value: string } | undefined)[] = [];
  const fixed = (text: string) => {
    runs.push({ text, fixed: true });
    targets.push(undefined);
  };
  const collect = (nodes: readonly PhrasingContent[]): void => {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          runs.push({ text: node.value });
          targets.push(node);
          break;
        case 'emphasis':
        case 'strong':
        case 'delete':
        case 'linkReference':
          collect(node.children);
          break;
        case 'link': {
          // An autolink prints its address as its text: leave that text as it is.
          const shown = node.url.replace(/^mailto:/i, '');
          if (node.children.some((c) => c.type === 'text' && (c.value === shown || c.value === node.url))) fixed(shown);
          else collect(node.children);
          break;
        }
        case 'break':
          fixed('\n');
          break;
        case 'html':
          // An editor's comment is not printed and gives no context; other HTML is printed as it is.
          fixed(isComment(node.value) ? '' : node.value);
          break;
        case 'image':
          fixed(node.alt ? `[${node.alt}]` : '');
          break;
        default:
          // inlineCode prints its value; anything else is one "letter" of context.
          fixed('value' in node && typeof node.value === 'string' && node.value ? node.value : OBJECT);
      }
    }
  };
  collect(children);
  if (!runs.some((r) => !r.fixed)) return;
  typesetRuns(runs).forEach((text, i) => {
    const target = targets[i];
    if (target) target.value = text;
  });
}
