/** How a contributed story names its sender: on the printed byline and on the proof. */
import type { FrontMatter, Kontributor } from '../content/schema.js';
import { typeset } from '../content/typography.js';
import { resolveVillage, villageLabel } from './village.js';

/** "KIM Bina Warga" whether or not the operator wrote the "KIM" in front. */
export function kimLabel(kim: string): string {
  return /^kim\b/i.test(kim.trim()) ? kim.trim() : `KIM ${kim.trim()}`;
}

/** "KIM Bina Warga, Desa Binjai" (or only the village when the sender is not a KIM). */
export function senderPlace(k: Kontributor, kecamatan?: string): string {
  const match = resolveVillage(k.desa, kecamatan);
  const village = 'village' in match ? villageLabel(match.village) : k.desa;
  return typeset(k.kim ? `${kimLabel(k.kim)}, ${village}` : village);
}

/** The proof's note: "Kiriman dari KIM Bina Warga, Desa Binjai". */
export function kirimanNote(fm: FrontMatter): string | undefined {
  return fm.kontributor ? `Kiriman dari ${senderPlace(fm.kontributor, fm.location?.kecamatan)}` : undefined;
}

/**
 * The printed byline, which the proof shows too: "Oleh Siti Aminah · Kiriman dari KIM Bina Warga,
 * Desa Binjai", or with the sender named after the editor who rewrote the story.
 */
export function byline(fm: FrontMatter): string {
  const k = fm.kontributor;
  if (!k) return `Oleh ${fm.author}`;
  const sender = typeset(k.nama);
  return `Oleh ${fm.author} · ${kirimanNote(fm)!.replace(/^Kiriman dari /, sender === fm.author ? 'Kiriman dari ' : `Kiriman ${sender} dari `)}`;
}
