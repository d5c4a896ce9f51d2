/** The last print step on a composed edition: boxes, marks, CMYK, metadata with the edition's fixed date. */
import type { PDFDocument } from 'pdf-lib';
import { cmykProfile, PROFILES } from '../images/prepare.js';
import { editionTimestamp, longDate } from '../layout/dates.js';
import { type PlannedLayout, SLUG_MM } from '../layout/index.js';
import { MM } from '../layout/template.js';
import { prepress } from './prepress.js';

export async function finishPrint(layout: PlannedLayout, doc: PDFDocument): Promise<Uint8Array> {
  const { config } = layout.input.edition;
  const profile = PROFILES[config.profile];
  prepress(doc, {
    trimWidth: layout.g.trimWidth,
    trimHeight: layout.g.trimHeight,
    bleed: layout.g.bleed,
    slug: profile.marks ? SLUG_MM * MM : 0,
    marks: profile.marks,
    meta: {
      title: `${config.title} Edisi ${config.number} — ${longDate(config.date)}`,
      subject: `${config.title}, Edisi ${config.number}, Tahun ${config.volume} (${config.year})`,
      keywords: ['Jurnal Balangan', 'Kabupaten Balangan', `edisi ${config.number}`, ...config.sections.map((s) => s.name)],
      date: editionTimestamp(config.date),
    },
    // The photos of an offset edition are separated with libvips' built-in profile; it is not a
    // registered characterisation, hence `Custom` with the profile named in OutputCondition.
    outputIntent: profile.cmyk ? { icc: await cmykProfile(), identifier: 'Custom', condition: 'Chemical proof (libvips built-in CMYK profile, Argyll CMS, public domain)' } : undefined,
  });
  return doc.save({ useObjectStreams: false });
}
