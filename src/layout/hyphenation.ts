/**
 * Indonesian hyphenation for justified body text (react-pdf's hyphenationCallback): the KBBI/PUEBI
 * syllabification of syllables.ts plus the typographic rules of the printed paper.
 *
 * - At least 2 letters before a break and 3 after it, and no part of a single letter inside a word
 *   (it joins the part after it): di-i-ku-ti is offered as di-ikuti, ke-a-da-an as ke-adaan.
 * - Never broken: acronyms and all-caps words (PUPR, BPBD), words with a capital inside (BUMDes),
 *   agency short names (Bapperida, Disdukcapil: a list and their usual beginnings Dis-, Din-, Bapp-,
 *   Kemen-…), capitalised words of up to three syllables (names: Halong, Paringin, Lampihong), words with
 *   digits, e-mail addresses.
 * - A word with a hyphen (anak-anak, PUPR-Perkim, bertahun-tahun) breaks only at the hyphen: the part
 *   before ends in "-" and the line breaker adds no hyphen of its own there.
 * - A web address (https://…, www.…, balangankab.go.id) breaks only after "/" or "." (at least 2
 *   characters on each side), after "-" only inside a piece longer than a column; the line breaker
 *   adds no hyphen after "/" or ".". So does "dan/atau", broken only after its slash.
 * - Leading and trailing punctuation stays attached ("Bagi, ujarnya, (PUPR)).
 * - A soft hyphen (U+00AD) in the text is a break chosen by the editor and the only one offered.
 * - Anything still longer than LONGEST characters is cut into pieces rather than overflow the column.
 */
import { AGENCY_LOOKALIKES, AGENCY_NAMES, AGENCY_PREFIXES } from './hyphenation-exceptions.js';
import { syllables } from './syllables.js';

export { EXCEPTIONS } from './hyphenation-exceptions.js';

const MIN_BEFORE = 2;
const MIN_AFTER = 3;
/** Characters on each side of a break in a web address. */
const MIN_URL_SIDE = 2;
/** A word longer than this could not fit a column: it is given break points rather than overflow. */
const LONGEST = 22;
/** Syllables a capitalised word (a name) may have and still never be broken. */
const NAME_SYLLABLES = 3;

const memo = new Map<string, string[]>();

/** The parts of one word, as react-pdf's hyphenationCallback wants them (memoised: layout asks often). */
export function hyphenateWord(word: string): string[] {
  let parts = memo.get(word);
  if (!parts) {
    parts = splitWord(word);
    if (memo.size > 50_000) memo.clear();
    memo.set(word, parts);
  }
  return [...parts];
}

/** Breaks after which the line breaker adds no hyphen: the part already ends in one, or in "/" or ".". */
const ENDS_OWN_BREAK = /[-/.]$/;

/** For display and tests: "pem-ba-ngunan"; "|" marks a break that adds no hyphen ("anak-|anak", "go.|id"). */
export function hyphenationOf(word: string): string {
  const parts = hyphenateWord(word);
  return parts.map((p, i) => (i === 0 ? p : (ENDS_OWN_BREAK.test(parts[i - 1]!) ? '|' : '-') + p)).join('');
}

export const noHyphenation = (word: string): string[] => [word];

function splitWord(word: string): string[] {
  if (/\s/.test(word)) return [word];
  if (word.includes('\u00ad')) return word.split(/(?<=\u00ad)/);
  return breakToken(word).flatMap(cutLong);
}

const letters = (s: string): number => s.replace(/[^\p{L}]/gu, '').length;
const alnums = (s: string): number => s.replace(/[^\p{L}\p{N}]/gu, '').length;

/** Join parts until each break has `before` and `after` counted characters around it and no part inside has one. */
function limit(parts: string[], before: number, after: number, size: (s: string) => number): string[] {
  const out = [...parts];
  for (let i = 1; i < out.length - 1; ) {
    if (size(out[i]!) < 2) out.splice(i, 2, out[i]! + out[i + 1]!);
    else i++;
  }
  while (out.length > 1 && size(out[0]!) < before) out.splice(0, 2, out[0]! + out[1]!);
  while (out.length > 1 && size(out.at(-1)!) < after) out.splice(-2, 2, out.at(-2)! + out.at(-1)!);
  return out;
}

/** Split a token into leading punctuation, core and trailing punctuation. */
function peel(token: string): [string, string, string] {
  const lead = /^[^\p{L}\p{N}]*/u.exec(token)![0];
  const rest = token.slice(lead.length);
  const trail = /[^\p{L}\p{N}/]*$/u.exec(rest)![0];
  return [lead, rest.slice(0, rest.length - trail.length), trail];
}

function breakToken(token: string): string[] {
  const [lead, core, trail] = peel(token);
  if (!core) return [token];
  const parts = breakCore(core);
  parts[0] = lead + parts[0]!;
  parts[parts.length - 1] += trail;
  return parts;
}

const TLD = /\.(id|com|net|org|info|biz|gov|edu|mil|int|io|co|me|tv|app|dev|my|sg|uk|au|us|eu|online|site|xyz|news|web|asia|tech)$/i;

/** Web addresses: with a scheme or www., or a host name ending in a known top-level domain. */
function isUrl(core: string): boolean {
  if (/^(https?:\/\/|ftp:\/\/|www\.)/i.test(core)) return true;
  if (core.includes('@')) return false;
  const host = core.split('/')[0]!;
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(host) && TLD.test(host) && /[a-z]{2}/i.test(host.split('.')[0]!);
}

function breakCore(core: string): string[] {
  if (isUrl(core)) return urlParts(core);
  if (core.includes('@') || /^mailto:/i.test(core) || /\p{N}/u.test(core)) return [core];
  if (core.includes('-')) return limit(core.split(/(?<=-)/), MIN_BEFORE, MIN_AFTER, alnums);
  if (core.includes('/')) return limit(core.split(/(?<=\/)/), MIN_BEFORE, MIN_AFTER, alnums);
  if (/[\u2013\u2014]/.test(core)) {
    // Juai–Halong: each side by the word rules, no break at the dash (the line breaker would add a hyphen).
    const out: string[] = [];
    for (const piece of core.split(/(?<=[\u2013\u2014])/)) {
      const parts = breakToken(piece);
      if (out.length) out[out.length - 1] += parts.shift()!;
      out.push(...parts);
    }
    return out;
  }
  if (!/^\p{L}+$/u.test(core)) return [core];
  if (isProtected(core)) return [core];
  return limit(syllables(core), MIN_BEFORE, MIN_AFTER, letters);
}

function urlParts(url: string): string[] {
  const pieces = url.split(/(?<=[/.])(?=[^/.])/).flatMap((p) => (p.length > LONGEST ? p.split(/(?<=-)(?=[^-])/) : [p]));
  return limit(pieces, MIN_URL_SIDE, MIN_URL_SIDE, alnums);
}

/** Words that are never broken: acronyms, agency short names, short names of places and people. */
export function isProtected(word: string): boolean {
  if (!/\p{Ll}/u.test(word)) return true; // PUPR, BPBD
  if (/\p{Ll}\p{Lu}/u.test(word)) return true; // BUMDes, KemenPAN
  const lower = word.toLowerCase();
  if (AGENCY_NAMES.has(lower)) return true;
  if (/^\p{Lu}/u.test(word)) {
    if (AGENCY_PREFIXES.some((p) => p.test(lower)) && !AGENCY_LOOKALIKES.some((w) => lower.startsWith(w))) return true;
    if (syllables(word).length <= NAME_SYLLABLES) return true;
  }
  return false;
}

/** Cut a part too long for a column into pieces of equal length (no short scrap at the end). */
function cutLong(part: string): string[] {
  if (part.length <= LONGEST) return [part];
  const chars = Array.from(part);
  const size = Math.ceil(chars.length / Math.ceil(chars.length / (LONGEST - 4)));
  const pieces: string[] = [];
  for (let i = 0; i < chars.length; i += size) pieces.push(chars.slice(i, i + size).join(''));
  return pieces;
}
