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

/** "Kiriman Siti Aminah dari KIM Bina Warga, Desa Binjai" (without the name when the editor is the sender); undefined for the desk's own stories. */
export function senderLine(fm: FrontMatter): string | undefined {
  const k = fm.kontributor;
  if (!k) return undefined;
  const sender = typeset(k.nama);
  return kirimanNote(fm)!.replace(/^Kiriman dari /, sender === fm.author ? 'Kiriman dari ' : `Kiriman ${sender} dari `);
}

/**
 * The printed byline, which the proof shows too: "Oleh Siti Aminah · Kiriman dari KIM Bina Warga,
 * Desa Binjai", or with the sender named after the editor who rewrote the story.
 */
export function byline(fm: FrontMatter): string {
  const sender = senderLine(fm);
  return sender ? `Oleh ${fm.author} · ${sender}` : `Oleh ${fm.author}`;
}
