/**
 * Social-media captions from an approved story. The source's own guidance (Dinkominfo Bojonegoro,
 * shared/context): "125 karakter atau 3-4 baris awal menentukan, buat kalimat yang kuat di sana
 * (piramida terbalik)". So the caption opens with the story's lede when it is a strong sentence of
 * at most 125 characters, else with the headline; more of the lede, the link and the hashtags follow.
 *
 * Limits (chosen, and checked on every caption):
 * - Instagram: 2,200 characters, 30 hashtags (links are not clickable there, the address is still
 *   written out for readers to type). We keep captions ≤ 1,000 characters: a feed caption is read,
 *   not scrolled.
 * - Facebook: the Instagram caption (its own limit, 63,206, is never near).
 * - X: 280, weighted as X counts (twitter-text: most Latin, punctuation and spaces 1, others 2), the
 *   link as 23 whatever its length.
 */
import { senderLine } from '../contrib/byline.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { RULE } from '../review/catalogue.js';
import { leadParagraph, type Published, summary } from '../web/model.js';

export const LIMITS = { instagram: 2200, instagramHashtags: 30, ours: 1000, x: 280, xLink: 23, feedPreview: 125 } as const;

export interface Caption {
  slug: string;
  title: string;
  url: string;
  /** The first line: what a feed shows before "… selengkapnya" (≤ 125 characters). */
  opening: string;
  hashtags: string[];
  /** Instagram and Facebook. */
  instagram: string;
  x: string;
}

/** Abbreviations after which a full stop does not end an Indonesian sentence. */
const ABBREVIATIONS = /(?:^|\s)(?:Kec|Kab|Kel|Ds|Dr|Drs|Dra|Ir|H|Hj|Hi|Prof|No|Jl|Tn|Ny|Sdr|St|dll|dsb|dkk|tsb|yth|Yth|Bpk|Kapt|Kol|Letkol|Brigjen|AKBP|AKP|Ipda|Iptu|Aiptu|Bripka|S\.Pd|S\.E|M\.Si|M\.Pd|a\.n|u\.p|[A-Z])\.$/u;

/** The first sentence of `text`. */
export function firstSentence(text: string): string {
  const re = /[.!?…]["”’)]*(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu;
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && ABBREVIATIONS.test(text.slice(Math.max(0, m.index - 12), m.index + 1))) continue;
    return text.slice(0, end).trim();
  }
  return text.trim();
}

/** A hashtag from a name: words joined, each capitalised, only letters and digits ("Paringin Selatan" → #ParinginSelatan). */
export function hashtag(name: string): string {
  const words = name.normalize('NFKD').replace(/\p{M}/gu, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.length ? `#${words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('')}` : '';
}

/** Characters as X counts them (twitter-text v3 ranges of weight 1; everything else 2), links as 23. */
export function xLength(text: string, links: readonly string[]): number {
  let rest = text;
  let total = 0;
  for (const link of links) {
    while (rest.includes(link)) {
      rest = rest.replace(link, '');
      total += LIMITS.xLink;
    }
  }
  for (const ch of rest) {
    const c = ch.codePointAt(0)!;
    total += c <= 4351 || (c >= 8192 && c <= 8205) || (c >= 8208 && c <= 8223) || (c >= 8242 && c <= 8247) ? 1 : 2;
  }
  return total;
}

const WEAK_START = /^(pada\s+)?(hari\s+)?(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\b/iu;

/** Why the lede is not a strong opening for a feed, or undefined when it is. */
export function weakOpening(sentence: string): string | undefined {
  const n = [...sentence].length;
  if (!n) return 'naskah tidak dibuka dengan paragraf';
  if (n > LIMITS.feedPreview) return `kalimat pertama ${n} huruf; feed hanya menampilkan ${LIMITS.feedPreview} huruf pertama`;
  if (n < 40) return `kalimat pertama hanya ${n} huruf, belum bercerita`;
  if (WEAK_START.test(sentence)) return 'kalimat pertama dibuka dengan hari, bukan dengan apa yang terjadi';
  if (/^["“‘]/u.test(sentence)) return 'kalimat pertama berupa kutipan; pembaca feed belum tahu siapa yang bicara';
  return undefined;
}

/** Cuts `text` to at most `max` characters at a word, with "…". */
const cut = (text: string, max: number): string => summary(text, max);

export function captionFor(p: Published): { caption: Caption; diagnostics: Diagnostic[] } {
  const fm = p.article.frontMatter;
  const lede = leadParagraph(p.article);
  const sentence = firstSentence(lede.text);
  const weakness = weakOpening(sentence);
  const diagnostics: Diagnostic[] = [];
  if (weakness) {
    diagnostics.push({ file: p.article.file, position: lede.line ? { line: lede.line, column: 1 } : p.article.fieldPositions.title, rule: RULE.sosialKalimatPembuka, severity: 'warning', message: `keterangan media sosial: ${weakness}; dibuka dengan judul`, hint: 'buka naskah dengan satu kalimat 60–125 huruf yang menjawab apa, siapa dan di mana' });
  }
  const title = fm.title.replace(/[.!?]*$/u, '');
  const opening = weakness ? cut(`${title}.`, LIMITS.feedPreview) : sentence;
  // After the opening: the rest of the lede (or the deck) as far as our length allows.
  const more = weakness ? (lede.text || fm.deck || '') : lede.text.slice(lede.text.indexOf(sentence) + sentence.length).trim() || fm.deck || '';
  const tags = [...new Set(['#Balangan', '#JurnalBalangan', hashtag(p.section.name), ...(fm.location ? [hashtag(fm.location.kecamatan)] : [])].filter(Boolean))].slice(0, LIMITS.instagramHashtags);
  // A story sent from a village names its sender and village, as the printed byline does.
  const sender = senderLine(fm);
  const tail = `${sender ? `${sender}.\n\n` : ''}Baca selengkapnya: ${p.url}\n\n${tags.join(' ')}${fm.images?.[0]?.credit ? `\n\nFoto: ${fm.images[0].credit}` : ''}`;
  const budget = LIMITS.ours - [...opening].length - [...tail].length - 4;
  const middle = more && budget > 40 ? cut(more, budget) : '';
  const instagram = [opening, ...(middle ? [middle] : []), tail].join('\n\n');
  // X: opening, link, the two fixed tags; the opening is shortened until it fits.
  const xTags = tags.slice(0, 2).join(' ');
  let xText = opening;
  const xOf = (t: string) => `${t} ${p.url} ${xTags}`;
  while (xLength(xOf(xText), [p.url]) > LIMITS.x && [...xText].length > 10) xText = cut(xText, [...xText].length - 10);
  const x = xOf(xText);
  if (xText !== opening) diagnostics.push({ file: p.article.file, position: p.article.fieldPositions.title, rule: RULE.sosialBatas, severity: 'warning', message: `keterangan X dipotong agar muat ${LIMITS.x} karakter`, hint: 'pendekkan judul atau kalimat pembuka naskahnya' });
  return { caption: { slug: p.article.slug, title: fm.title, url: p.url, opening, hashtags: tags, instagram, x }, diagnostics };
}

/** Every limit a caption must keep; the list of those broken (empty when all hold). */
export function brokenLimits(c: Caption): string[] {
  const out: string[] = [];
  if ([...c.instagram].length > LIMITS.instagram) out.push('instagram');
  if ((c.instagram.match(/#[\p{L}\p{N}]+/gu) ?? []).length > LIMITS.instagramHashtags) out.push('tagar');
  if (xLength(c.x, [c.url]) > LIMITS.x) out.push('x');
  if ([...c.opening].length > LIMITS.feedPreview) out.push('pembuka');
  return out;
}
