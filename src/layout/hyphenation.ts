/**
 * Indonesian hyphenation for justified body text: TeX patterns (hyphen/id) plus the rules learned
 * in prototyping: no break next to an existing hyphen (reduplication such as anak-anak), none in
 * URLs, e-mail addresses or numbers, at least 2 letters before and 3 after a break, and an exceptions
 * list for the patterns' known wrong breaks.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { hyphenateSync } = require('hyphen/id/index.js') as { hyphenateSync: (text: string, options?: { minWordLength?: number }) => string };

/** Correct breaks, written with "-", for words the patterns break wrongly. */
export const EXCEPTIONS: Record<string, string> = {
  kesejahteraan: 'ke-se-jah-te-ra-an',
  diberlakukan: 'di-ber-la-ku-kan',
  memperhatikan: 'mem-per-ha-ti-kan',
  pembangunan: 'pem-ba-ngun-an',
  masyarakat: 'ma-sya-ra-kat',
  pemerintah: 'pe-me-rin-tah',
  pemerintahan: 'pe-me-rin-tah-an',
  kabupaten: 'ka-bu-pa-ten',
  kecamatan: 'ke-ca-mat-an',
  kelurahan: 'ke-lu-rah-an',
  informasi: 'in-for-ma-si',
  telekomunikasi: 'te-le-ko-mu-ni-ka-si',
  perekonomian: 'pe-re-ko-no-mi-an',
  mengumumkan: 'me-ngu-mum-kan',
  penyelenggaraan: 'pe-nye-leng-ga-ra-an',
  perpustakaan: 'per-pus-ta-ka-an',
};

const MIN_BEFORE = 2;
const MIN_AFTER = 3;

function isProtected(word: string): boolean {
  return /[@/:\\]|www\.|\d/.test(word);
}

const memo = new Map<string, string[]>();

/** The syllable parts of one word, as react-pdf's hyphenationCallback wants them (memoised: layout asks often). */
export function hyphenateWord(word: string): string[] {
  let parts = memo.get(word);
  if (!parts) {
    parts = splitWord(word);
    if (memo.size > 50_000) memo.clear();
    memo.set(word, parts);
  }
  return [...parts];
}

/** A word longer than this could not fit a column: it is given break points rather than overflow. */
const LONGEST = 22;

function splitWord(word: string): string[] {
  if (word.length > LONGEST) {
    const parts = isProtected(word) ? word.split(/(?<=[/.@?&=_-])/) : [];
    // URLs break after their punctuation; anything still too long is cut into pieces.
    const pieces = (parts.length > 1 ? parts : [word]).flatMap((p) => (p.length > LONGEST ? (p.match(new RegExp(`.{1,${LONGEST - 4}}`, 'gu')) ?? [p]) : [p]));
    if (pieces.length > 1) return pieces;
  }
  if (word.length < MIN_BEFORE + MIN_AFTER || isProtected(word)) return [word];
  if (word.includes('-')) {
    // Break only inside the parts, never right after the existing hyphen (textkit would add a second one).
    const pieces = word.split('-');
    const out: string[] = [];
    pieces.forEach((piece, i) => {
      const parts = hyphenateWord(piece);
      if (i < pieces.length - 1) parts[parts.length - 1] += '-';
      if (i > 0) out[out.length - 1] += parts.shift()!;
      out.push(...parts);
    });
    return out.filter(Boolean);
  }
  const match = /^([^\p{L}]*)(\p{L}+)([^\p{L}]*)$/u.exec(word);
  if (!match) return [word];
  const [, lead, core, trail] = match as unknown as [string, string, string, string];
  const exception = EXCEPTIONS[core.toLowerCase()];
  let parts: string[];
  if (exception) {
    parts = [];
    let at = 0;
    for (const syllable of exception.split('-')) {
      parts.push(core.slice(at, at + syllable.length));
      at += syllable.length;
    }
  } else {
    parts = hyphenateSync(core, { minWordLength: MIN_BEFORE + MIN_AFTER }).split('\u00ad');
  }
  // Enforce the minimum letters before the first and after the last break.
  while (parts.length > 1 && parts[0]!.length < MIN_BEFORE) parts.splice(0, 2, parts[0]! + parts[1]!);
  while (parts.length > 1 && parts.at(-1)!.length < MIN_AFTER) parts.splice(-2, 2, parts.at(-2)! + parts.at(-1)!);
  parts[0] = lead + parts[0]!;
  parts[parts.length - 1] += trail;
  return parts;
}

/** For display and tests: "pem-ba-ngun-an". */
export function hyphenationOf(word: string): string {
  return hyphenateWord(word).join('-');
}

export const noHyphenation = (word: string): string[] => [word];
