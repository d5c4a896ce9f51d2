/**
 * A checked contribution → a draft article of the edition, in the paper's own front-matter model
 * (see `jurnal new`): the sender in `kontributor:`, `verification: { status: pending }`, the photos as
 * copied into kiriman/<id>/foto/. Every string is written as a JSON string, which YAML reads as the
 * same double-quoted text, so no value can turn into YAML syntax.
 */
import { kecamatanName } from './village.js';
import { kimLabel } from './byline.js';
import type { CheckedContribution } from './validate.js';

export interface DraftPhoto {
  /** Path inside the edition folder. */
  src: string;
  caption?: string;
}

const q = (s: string): string => JSON.stringify(s);
/** Text in a YAML comment must stay on its line, or it would become YAML. */
const oneLine = (s: string): string => s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');

/** A slug from a headline: lower-case ASCII words joined by hyphens, at most about 60 letters. */
export function slugFromTitle(title: string): string {
  const words = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  let slug = '';
  for (const w of words) {
    if (slug && slug.length + 1 + w.length > 60) break;
    slug = slug ? `${slug}-${w}` : w.slice(0, 60);
  }
  return slug || 'kiriman';
}

/** `taken` says whether a slug is already used (in the edition, or earlier in this import). */
export function uniqueSlug(base: string, taken: (slug: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

export function draftArticle(c: CheckedContribution, options: { section: string; origin: string; photos: DraftPhoto[] }): string {
  const kim = c.kim ? kimLabel(c.kim) : undefined;
  const credit = kim ? `${c.nama}/${kim}` : c.nama;
  const kontributor = [`nama: ${q(c.nama)}`, ...(c.kim ? [`kim: ${q(c.kim)}`] : []), `desa: ${q(c.village.code)}`, `telepon: ${q(c.telepon)}`].join(', ');
  const images = options.photos.length
    ? `images:\n${options.photos.map((p) => `  - { src: ${q(p.src)}, ${p.caption ? `caption: ${q(p.caption)}, ` : ''}credit: ${q(credit)} }`).join('\n')}`
    : 'images: []';
  return `---
# Kiriman dari ${oneLine(kim ? `${kim}, ` : '')}desa/kelurahan ${c.village.name}, diimpor dari ${oneLine(options.origin)}.
# Aslinya disimpan utuh di folder kiriman/. Sebelum disetujui: periksa fakta, hubungi pengirim
# lewat teleponnya, tambahkan narasumber, lalu ubah verification menjadi verified (by, date).
title: ${q(c.judul)}
section: ${options.section}
kind: berita
author: ${q(c.nama)}
date: ${c.tanggal}
location: { kecamatan: ${q(kecamatanName(c.village.kecamatanCode))}, desa: ${q(c.village.name)} }
kontributor: { ${kontributor} }
# Narasumber (wajib untuk berita): siapa yang dikutip, diisi redaksi setelah memeriksa.
sources: []
verification: { status: pending }
${images}
priority: 3
---

${c.body}
`;
}
