/** "maksud Anda …?" suggestions for near misses: case and spacing first, then small typos. */
import { distance } from 'fastest-levenshtein';

export function normalizeName(s: string): string {
  return s.toLowerCase().normalize('NFKC').replace(/[\s_-]+/g, ' ').trim();
}

/** The candidate meant by `input`, if one is close enough to be a likely typo. */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  const wanted = normalizeName(input);
  const exact = candidates.find((c) => normalizeName(c) === wanted);
  if (exact) return exact;
  const squashed = wanted.replace(/ /g, '');
  const joined = candidates.find((c) => normalizeName(c).replace(/ /g, '') === squashed);
  if (joined) return joined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(wanted, normalizeName(c));
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  const allowed = wanted.length <= 4 ? 1 : wanted.length <= 8 ? 2 : 3;
  return bestDistance <= allowed ? best : undefined;
}

export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  const s = suggest(input, candidates);
  return s === undefined ? undefined : `maksud Anda "${s}"?`;
}
