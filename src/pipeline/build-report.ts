/** What a build says about itself: laporan-build.txt, the proof's watermark, where the print PDF came from. */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { flatplanTable } from '../edition/flatplan.js';
import { longDate, stamp } from '../layout/dates.js';
import type { PlannedLayout } from '../layout/index.js';
import type { Preflight } from '../print/preflight.js';
import { printFileName, proofFileName } from './outputs.js';

export const BUILD_REPORT = 'laporan-build.txt';
export const BUILD_JSON = 'laporan-build.json';

/** Where the print PDF in an editions/<id>/ folder came from (laporan-build.json, field `cetak`). */
export interface PrintOrigin {
  /** When the print build that wrote it ran (ISO). */
  builtAt: string;
  /** True when a later proof build carried it over unchanged. */
  fromEarlierBuild: boolean;
}

/**
 * The diagonal text of the proof: what is true of the approvals, not a fixed warning. The layout sets
 * it as one line of 44 pt across the page and cuts what does not fit with "…": "PROOF — 3 NASKAH
 * BELUM DISETUJUI" would print as "PROOF — 3 NASKAH BELUM…", so the short form (fits up to 999).
 */
export function proofWatermark(unapproved: number): string {
  return unapproved > 0 ? `PROOF: ${unapproved} BELUM DISETUJUI` : 'PROOF: SEMUA DISETUJUI';
}

/** A build's time as the reports print it, e.g. "19 Mei 2026 14.05". */

/** The previous print PDF of `target` and where it came from, for a proof build to keep. */
export async function previousPrint(target: string, id: string): Promise<{ bytes: Buffer; origin: PrintOrigin } | undefined> {
  const file = path.join(target, printFileName(id));
  const bytes = await readFile(file).catch(() => undefined);
  if (!bytes) return undefined;
  const recorded = await readFile(path.join(target, BUILD_JSON), 'utf8').then((t) => (JSON.parse(t) as { cetak?: PrintOrigin }).cetak, () => undefined);
  const builtAt = recorded?.builtAt ?? (await stat(file)).mtime.toISOString();
  return { bytes, origin: { builtAt, fromEarlierBuild: true } };
}

/** laporan-build.txt: files, placement, blank space, photo resolution, preflight, notes and timings. */
export function buildReport(layout: PlannedLayout, files: string[], checks: Preflight, diagnostics: Diagnostic[], print: PrintOrigin | undefined): string {
  const { config } = layout.input.edition;
  const lines = [
    `${config.title} — Edisi ${config.number}, ${longDate(config.date)} (${layout.input.edition.id})`,
    `${config.pages} halaman ${config.format.toUpperCase()}, profil cetak ${config.profile}`,
    ...(print?.fromEarlierBuild ? ['', `PERHATIAN: ini build proof. PDF cetak dari build sebelumnya, ${stamp(print.builtAt)}: isinya belum memuat perubahan sejak itu.`] : []),
    '',
    'Berkas:',
    ...files.map((f) => `  ${f}${f === printFileName(layout.input.edition.id) && print?.fromEarlierBuild ? `  (PDF cetak dari build sebelumnya, ${stamp(print.builtAt)}; bukan dari build proof ini)` : ''}`),
    ...(print ? [] : ['  (tanpa PDF cetak: build proof, dan belum ada PDF cetak sebelumnya)']),
    '',
    'Penempatan:',
    flatplanTable(layout.plan, layout),
    '',
    'Ruang kosong di kolom (diukur pada galley; celah lebih dari 3 baris):',
    ...layout.fill.map((f) => `  hal. ${f.page}: ${(f.blank * 100).toFixed(1)} %${f.runs.length ? `  ${f.runs.map((r) => `kolom ${String.fromCharCode(65 + r.col)} ${r.lines} baris`).join(', ')}` : ''}`),
    `  rata-rata: ${((layout.fill.reduce((s, f) => s + f.blank, 0) / Math.max(1, layout.fill.length)) * 100).toFixed(1)} %`,
    '',
    `Teks (diukur pada galley): ${layout.text.lines} baris, ${layout.text.hyphenated} berakhir tanda hubung (${((100 * layout.text.hyphenated) / Math.max(1, layout.text.lines)).toFixed(1)} %), paling banyak ${layout.text.longestRun} berturut-turut; isi berita ${layout.g.template.body.align === 'justify' ? 'rata kiri-kanan' : 'rata kiri'}`,
    '',
    'Foto (ppi efektif pada ukuran cetak):',
    ...[...layout.photos].sort((a, b) => a.ppi - b.ppi).map((p) => `  ${p.ppi} ppi  hal. ${p.page}  ${p.slug}  ${path.basename(p.source)}`),
    '',
    'Preflight:',
    `  halaman: ${checks.pages} (${checks.multipleOf4 ? 'kelipatan 4' : 'BUKAN kelipatan 4'})`,
    `  fon: ${checks.fonts.length}, semua tertanam: ${checks.fonts.every((f) => f.embedded) ? 'ya' : 'TIDAK'}`,
    `  MediaBox ${checks.boxes.media.join(' ')} · BleedBox ${checks.boxes.bleed.join(' ')} · TrimBox ${checks.boxes.trim.join(' ')} (pt)`,
    `  halaman berwarna: ${checks.colourPages.join(', ') || 'tidak ada'}`,
    `  program fon: ${checks.fontPrograms} (${checks.fontObjects} objek), nama subset ganda: ${checks.duplicateSubsetNames.join(', ') || 'tidak ada'}`,
    `  foto: ${[...new Set(checks.images.map((i) => i.colourSpace))].join(', ') || 'tidak ada'}${checks.wrongImageColour.length ? `; ruang warna salah di hal. ${checks.wrongImageColour.map((i) => i.page).join(', ')}` : ''}`,
    `  output intent: ${checks.outputIntent ? `${checks.outputIntent.identifier} (${checks.outputIntent.components} kanal)` : 'tidak ada'}`,
    `  di luar bleed: ${checks.outsideBleed.length ? checks.outsideBleed.map((b) => `hal. ${b.page}`).join(', ') : 'tidak ada'}`,
    '',
    `Catatan: ${diagnostics.length === 0 ? 'tidak ada' : `${diagnostics.length}`}`,
    ...diagnostics.map((d) => `  ${d.file}${d.position ? `:${d.position.line}:${d.position.column}` : ''} ${d.severity} ${d.message} [${d.rule}]`),
    '',
    `Waktu (ms): ${Object.entries(layout.timings).map(([k, v]) => `${k} ${v}`).join(', ')}`,
  ];
  return `${lines.join('\n')}\n`;
}
