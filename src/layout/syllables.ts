/**
 * Indonesian syllabification following the "pemenggalan kata" rules of the Pedoman Umum Ejaan Bahasa
 * Indonesia (PUEBI) and the dictionary (KBBI). Pure functions on one word made of letters only; the
 * typographic limits (letters before and after a break, protected words) are applied in hyphenation.ts.
 *
 * Base words (`plainSyllables`):
 * - two vowels in a row are split (ma-af, bu-ah, di-a), except the diphthongs ai, au, ei, oi (sau-da-ra,
 *   pan-tai); a diphthong is only one when the syllable ends with it, so before a consonant that closes
 *   the syllable the vowels are split again (ma-in, ba-ik, la-ut, a-ir);
 * - the digraphs ng, ny, kh, sy are one consonant and never split (de-ngan, nya-nyi, a-khir, ma-sya-ra-kat);
 * - one consonant between vowels starts the next syllable (a-nak, si-nga), two are split between them
 *   (ban-tu, bang-kit, Ap-ril), three or more after the first when the rest can start a syllable
 *   (in-stru-men, ul-tra, bang-krut), otherwise further on (sank-si); "ks" written for x stays together
 *   before a consonant (eks-por, teks-til), and so does the element "trans" (trans-por-ta-si).
 *
 * Affixed words (`syllables`): PUEBI lets affixes be their own parts, and where plain syllabification
 * and the morphology disagree this module follows the morphology:
 * - a prefix is a separate part when the spelling after it begins with a consonant (ber-ta-ni, men-jad-wal);
 *   a prefix that ends in a vowel keeps a following cluster together (di-pro-ses, ke-pri-ha-tin-an);
 * - before a vowel, meN-/peN- fuse with the root (mengatakan is meng + katakan): the word is syllabified
 *   across the boundary (me-nga-ta-kan, pe-nga-ruh), and so is di-/ke-/se- + vowel, which gives the same
 *   break (di-i-ku-ti, ke-a-da-an), except ke-/se- before i (ke-i-ngin-an, se-i-ring, not kei-ngin-an);
 * - ber-/ter-/per- before a vowel are their own part for a known vowel-initial root (ber-a-da, ter-a-khir,
 *   per-a-tur-an); words that merely look so are syllabified plainly (pe-ra-hu, be-rat, and be-ra-sa from
 *   ber + rasa); for a word in neither list only the breaks both readings share are offered (peri-ngat-an);
 * - the suffix -an after a consonant is its own part (pem-ba-ngun-an, la-pang-an, per-ba-ik-an), with a
 *   list of words that merely end in -an (jembatan, kawasan); -kan is its own part unless the stem ends in
 *   k (pen-di-dik-an, ke-bi-jak-an: a list of such stems); -i after a stem whose vowels meet before its
 *   last consonant is syllabified on the stem (di-per-ba-i-ki), and after a verb's stem ending in a it is its
 *   own syllable (me-nyu-ka-i, but me-ma-kai from pakai: a list of roots ending in ai); -nya, -lah, -kah,
 *   -pun are their own parts.
 */
import {
  AI_ROOTS,
  AN_ROOTS,
  AN_STEMS,
  CLUSTER_LOOKALIKES,
  EXCEPTIONS,
  I_PREFIX_LOOKALIKES,
  K_ROOTS,
  R_LOOKALIKES,
  S_CLUSTER_STEMS,
  V_ROOTS,
} from './hyphenation-exceptions.js';

/** The base letter, lower case, without its accent (é → e). */
const baseOf = (ch: string): string => ch.normalize('NFD').charAt(0).toLowerCase();
const isVowelLetter = (ch: string): boolean => 'aeiou'.includes(baseOf(ch));

/** Lower case, accents removed, same length as the word. */
const lowered = (word: string): string => Array.from(word, baseOf).join('');

type Unit = { text: string; vowel: boolean };

const DIGRAPHS = new Set(['ng', 'ny', 'kh', 'sy']);

function unitsOf(word: string): Unit[] {
  const chars = Array.from(word);
  const lower = chars.map(baseOf);
  const units: Unit[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (i + 1 < chars.length && DIGRAPHS.has(lower[i]! + lower[i + 1]!)) {
      units.push({ text: chars[i]! + chars[i + 1]!, vowel: false });
      i++;
    } else units.push({ text: chars[i]!, vowel: isVowelLetter(chars[i]!) });
  }
  return units;
}

const DIPHTHONGS = new Set(['ai', 'au', 'ei', 'oi']);

/** Consonant groups that may begin a syllable inside a word (besides any single consonant). */
const ONSETS = new Set([
  'br', 'bl', 'dr', 'fr', 'fl', 'gr', 'gl', 'kr', 'kl', 'pr', 'pl', 'tr', 'vr', 'sk', 'sp', 'st', 'sl', 'sw', 'kw',
  'str', 'spr', 'skr', 'spl', 'skl',
]);

const isOnset = (units: Unit[]): boolean => units.length === 1 || ONSETS.has(units.map((u) => baseOf(u.text)).join(''));

/** Plain PUEBI syllabification of a base word (letters only), ignoring affixes. */
export function plainSyllables(word: string): string[] {
  const units = unitsOf(word);
  const low = (i: number) => lowered(units[i]?.text ?? '');
  // Nuclei: [first unit, last unit] of each syllable's vowel or diphthong.
  const nuclei: Array<[number, number]> = [];
  for (let i = 0; i < units.length; i++) {
    if (!units[i]!.vowel) continue;
    const next = units[i + 1];
    if (next?.vowel && DIPHTHONGS.has(low(i) + low(i + 1))) {
      // A diphthong ends its syllable: at the word's end, before a vowel, or before a consonant that
      // starts the next syllable; a consonant that closes the syllable splits the vowels (ma-in, ba-ik).
      const after = units[i + 2];
      const closes = after && !after.vowel && !units[i + 3]?.vowel;
      if (!closes) {
        nuclei.push([i, i + 1]);
        i++;
        continue;
      }
    }
    nuclei.push([i, i]);
  }
  if (nuclei.length < 2) return [word];
  const starts: number[] = [0];
  for (let n = 1; n < nuclei.length; n++) {
    const from = nuclei[n - 1]![1] + 1;
    const to = nuclei[n]![0];
    const cluster = units.slice(from, to);
    let at: number;
    if (cluster.length <= 1) at = from;
    else if (cluster.length === 2) at = from + 1;
    else if (low(from) === 'k' && low(from + 1) === 's') at = from + 2;
    else if (low(from) === 'n' && low(from + 1) === 's' && lowered(units.slice(0, from).map((u) => u.text).join('')).endsWith('tra')) at = from + 2;
    else {
      at = to - 1;
      for (let k = 1; k < cluster.length; k++) {
        if (isOnset(cluster.slice(k))) {
          at = from + k;
          break;
        }
      }
    }
    starts.push(at);
  }
  return starts.map((s, i) => units.slice(s, starts[i + 1] ?? units.length).map((u) => u.text).join(''));
}

/** Prefixes, longest first. */
const PREFIXES = [
  'memper', 'diper', 'keber', 'keter', 'seper', 'menge', 'penge', 'meng', 'peng', 'meny', 'peny', 'mem', 'pem', 'men', 'pen',
  'ber', 'ter', 'per', 'me', 'pe', 'di', 'ke', 'se',
];
/** Shortest first, for "is what is left after one prefix a word of its own?". */
const PREFIXES_SHORTEST = [...PREFIXES].reverse();

/** Whether `head` (lower case) can be a chain of prefixes (or nothing). */
function isPrefixChain(head: string): boolean {
  if (head === '') return true;
  return PREFIXES.some((p) => head.startsWith(p) && isPrefixChain(head.slice(p.length)));
}

/** The roots a stem could have after prefixes, including the nasal-assimilated first consonant (penarik → tarik). */
function endsWithRoot(stem: string, roots: ReadonlySet<string>): boolean {
  for (let i = 0; i < stem.length - 1; i++) {
    const head = stem.slice(0, i);
    const rest = stem.slice(i);
    if (!isPrefixChain(head)) continue;
    if (roots.has(rest)) return true;
    if (/(me|pe)$/.test(head)) {
      // meN-/peN- replace the root's first consonant: n ← t, m ← p, ng ← k, ny ← s.
      const swaps: Array<[string, string]> = [['ng', 'k'], ['ny', 's'], ['n', 't'], ['m', 'p']];
      for (const [nasal, root] of swaps) if (rest.startsWith(nasal) && roots.has(root + rest.slice(nasal.length))) return true;
    }
  }
  return false;
}

const syllableCount = (word: string): number => plainSyllables(word).filter((s) => /[aeiou]/.test(lowered(s))).length;

/** Whether a word ending in a consonant + "an" has the suffix -an (pembangunan) or is a base word (jembatan). */
function hasSuffixAn(lower: string): boolean {
  const stem = lower.slice(0, -2);
  if (/[wy]$/.test(stem)) return false; // -wan, -yan: relawan, pahlawan, Awayan
  if (AN_ROOTS.has(lower)) return false;
  if (endsWithRoot(stem, AN_STEMS)) return true;
  const prefix = PREFIXES_SHORTEST.find((p) => stem.startsWith(p) && stem.length > p.length);
  return syllableCount(prefix ? stem.slice(prefix.length) : stem) >= 2;
}

/** Prefixes ending in r, which before a vowel are a separate part only for a known root (ber-a-da). */
const R_PREFIX = /^(memper|diper|keber|keter|seper|ber|ter|per)(?=[aeiou])/;
const R_PREFIX_PARTS: Record<string, string[]> = {
  memper: ['mem', 'per'], diper: ['di', 'per'], keber: ['ke', 'ber'], keter: ['ke', 'ter'], seper: ['se', 'per'],
  ber: ['ber'], ter: ['ter'], per: ['per'],
};
/** What may follow a base word inside a stem: suffixes and particles. */
const SUFFIX_CHAIN = /^(kan|i|an|nya|lah|kah|pun)*$/;

/** Whether `lower` (or it without a leading di-/ke-/se-) is one of `words` plus suffixes: keberatan → berat. */
function isWordOf(lower: string, words: ReadonlySet<string>): boolean {
  for (const head of ['', 'di', 'ke', 'se']) {
    if (!lower.startsWith(head)) continue;
    const rest = lower.slice(head.length);
    for (let n = rest.length; n >= 3; n--) if (words.has(rest.slice(0, n)) && SUFFIX_CHAIN.test(rest.slice(n))) return true;
  }
  return false;
}

/** Only the breaks two syllabifications share: for words whose analysis the lists cannot tell. */
function commonBreaks(word: string, a: string[], b: string[]): string[] {
  const offsets = (parts: string[]) => {
    const out = new Set<number>();
    let at = 0;
    for (const p of parts.slice(0, -1)) out.add((at += p.length));
    return out;
  };
  const inB = offsets(b);
  const cuts = [...offsets(a)].filter((o) => inB.has(o));
  return [0, ...cuts].map((c, i) => word.slice(c, cuts[i] ?? word.length));
}

/** A stem that may carry a prefix (no suffix -an: that is taken off before). */
function stemSyllables(stem: string): string[] {
  const lower = lowered(stem);
  const r = R_PREFIX.exec(lower)?.[1];
  if (r) {
    // ber-/ter-/per- before a vowel: ber-a-da (ber + ada) but be-ra-sa (ber + rasa), pe-ra-hu (a base word).
    if (isWordOf(lower, R_LOOKALIKES)) return plainSyllables(stem);
    const rest = lower.slice(r.length);
    const parts = R_PREFIX_PARTS[r]!;
    const morph = [...byPattern(stem.slice(0, r.length), parts.join('-')), ...plainSyllables(stem.slice(r.length))];
    if (V_ROOTS.some((root) => rest.startsWith(root))) return morph;
    return commonBreaks(stem, plainSyllables(stem), morph);
  }
  const head = /^(di|ke|se)/.exec(lower)?.[1];
  if (head) {
    const rest = lower.slice(2);
    const cluster = /^[^aeiou]+/.exec(rest)?.[0] ?? '';
    const lookalike = CLUSTER_LOOKALIKES.some((w) => lower.startsWith(w));
    if (cluster.length >= 2 && /[aeiou]/.test(rest) && ONSETS.has(cluster) && !lookalike) {
      if (!cluster.startsWith('s') || S_CLUSTER_STEMS.some((s) => rest.startsWith(s))) {
        return [stem.slice(0, 2), ...plainSyllables(stem.slice(2))];
      }
    }
    if (head !== 'di' && rest.startsWith('i') && rest.length > 2 && !I_PREFIX_LOOKALIKES.some((w) => lower.startsWith(w))) {
      return [stem.slice(0, 2), ...plainSyllables(stem.slice(2))];
    }
  }
  return plainSyllables(stem);
}

/** Cut `word` into the lengths of a syllabification written with "-". */
function byPattern(word: string, pattern: string): string[] {
  const chars = Array.from(word);
  const out: string[] = [];
  let at = 0;
  for (const piece of pattern.split('-')) {
    const n = Array.from(piece).length;
    out.push(chars.slice(at, at + n).join(''));
    at += n;
  }
  return out;
}

/** KBBI syllabification of one word made of letters only, affixes as their own parts where PUEBI allows. */
export function syllables(word: string): string[] {
  const lower = lowered(word);
  const exception = EXCEPTIONS[lower];
  if (exception && exception.replaceAll('-', '').length === lower.length) return byPattern(word, exception);
  // Particles and the possessive: their own syllables in any case; strip them to see the suffix before.
  const particle = /(nya|lah|kah|pun)$/.exec(lower)?.[1];
  if (particle && syllableCount(lower.slice(0, -particle.length)) >= 2) {
    const rest = word.slice(0, word.length - particle.length);
    return [...syllables(rest), word.slice(rest.length)];
  }
  if (lower.length >= 5 && lower.endsWith('an') && !isVowelLetter(lower.at(-3)!)) {
    if (/[aeiou]kan$/.test(lower)) {
      // -kan after a vowel (me-nga-ta-kan) unless the stem ends in k: pen-di-dik-an, ke-bi-jak-an.
      if (endsWithRoot(lower.slice(0, -2), K_ROOTS)) return [...stemSyllables(word.slice(0, -2)), word.slice(-2)];
    } else if (!lower.endsWith('kan') && hasSuffixAn(lower)) {
      return [...stemSyllables(word.slice(0, -2)), word.slice(-2)];
    }
  }
  const closing = /[aeo][iu](ng|ny|kh|sy|[^aeiou])i$/.exec(lower);
  if (closing && lower.length >= 5) {
    // -i after a stem such as baik: di-per-ba-i-ki, not di-per-bai-ki.
    const n = closing[1]!.length;
    const stem = stemSyllables(word.slice(0, -1));
    const last = stem.pop()!;
    return [...stem, last.slice(0, -n), last.slice(-n) + word.slice(-1)];
  }
  if (/^(me|di|ter)/.test(lower) && lower.endsWith('ai') && lower.length >= 6 && !endsWithRoot(lower, AI_ROOTS)) {
    // A verb with -i after a stem ending in a: me-nyu-ka-i (suka), di-war-na-i (warna); but me-ma-kai (pakai).
    return [...stemSyllables(word.slice(0, -1)), word.slice(-1)];
  }
  return stemSyllables(word);
}
