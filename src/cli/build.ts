import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { modulesOf } from '../edition/plan.js';
import { longDate } from '../layout/dates.js';
import { type PlannedLayout, renderEdition, renderProof } from '../layout/index.js';
import { extractPageTextsInWorker, inventory } from '../print/inventory.js';
import { preflight, type Preflight } from '../print/preflight.js';
import { finishPrint } from '../print/finish.js';
import { proofNotes } from '../review/index.js';
import { stageDirectory } from '../util/atomic.js';
import { editionOutputDir, emitJson, lockOutput, printReport, recordDiagnostics, resolveEditionRef, shown, SOURCE_FILE, sourceRecord } from './common.js';
import { runLayout } from './layout-run.js';
import { announceEdition, heartbeat } from './supervise.js';
import { flatplanTable, renderFlatplan } from './plan.js';
import { reviewJson, reviewLayout, snapshotJson } from './review.js';
import { reviewMarkdown } from '../review/index.js';
import { impose, imposedFileName, imposeOptions } from '../print/impose.js';
import { PREVIEW_DIR, previewFiles, previewsFor } from '../print/preview.js';

export interface BuildOptions {
  proof?: boolean;
  quiet?: boolean;
  json?: boolean;
  /** Also write printer's spreads for saddle stitching (imposisi-<edisi>.pdf). */
  imposisi?: boolean;
}

export const printFileName = (id: string): string => `jurnal-balangan-${id}.pdf`;
export const proofFileName = (id: string): string => `proof-${id}.pdf`;

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

const stamp = (iso: string): string => {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return Number.isNaN(d.getTime()) ? iso : `${longDate(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`)} ${pad(d.getHours())}.${pad(d.getMinutes())}`;
};

/** The previous print PDF of `target` and where it came from, for a proof build to keep. */
async function previousPrint(target: string, id: string): Promise<{ bytes: Buffer; origin: PrintOrigin } | undefined> {
  const file = path.join(target, printFileName(id));
  const bytes = await readFile(file).catch(() => undefined);
  if (!bytes) return undefined;
  const recorded = await readFile(path.join(target, 'laporan-build.json'), 'utf8').then((t) => (JSON.parse(t) as { cetak?: PrintOrigin }).cetak, () => undefined);
  const builtAt = recorded?.builtAt ?? (await stat(file)).mtime.toISOString();
  return { bytes, origin: { builtAt, fromEarlierBuild: true } };
}

function buildReport(layout: PlannedLayout, files: string[], checks: Preflight, diagnostics: Diagnostic[], print: PrintOrigin | undefined): string {
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

export async function buildEdition(ref: string, options: BuildOptions): Promise<number> {
  const edition = resolveEditionRef(ref);
  announceEdition(edition);
  const started = performance.now();
  const say = (message: string) => {
    heartbeat({ message });
    if (!options.quiet && !options.json) process.stderr.write(`• ${message}\n`);
  };
  /** A failed or refused build: the report, a closing line, and with --json the answer. */
  const fail = (diagnostics: Diagnostic[], closing: string): number => {
    if (diagnostics.length) printReport(diagnostics);
    else recordDiagnostics([]);
    process.stderr.write(closing);
    if (options.json) emitJson(false, { edition: edition.id });
    return 1;
  };
  const target = editionOutputDir(edition.id);
  // The lock, and editions/<id>/ belongs to one edition folder: a copy with the same name must not replace it.
  const lock = await lockOutput(edition, 'jurnal build');
  const staging = await stageDirectory(target);
  const cleanup = async () => {
    await staging.abort();
    await lock.release();
  };
  const onSignal = () => {
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    say(`memeriksa naskah ${edition.display}`);
    const { layout, diagnostics } = await runLayout(edition, say);
    // A proof always builds: stories the plan could not place go on its last page; only print refuses them.
    const blocking = options.proof ? diagnostics.filter((d) => d.rule !== 'tidak-termuat' && d.rule !== 'edisi-penuh') : diagnostics;
    if (!layout || hasErrors(blocking)) {
      await cleanup();
      return fail(diagnostics, 'build dibatalkan; edisi sebelumnya (jika ada) tidak berubah\n');
    }
    const id = edition.id;
    say('meninjau naskah');
    const review = await reviewLayout(edition, layout);
    const unapproved = review.articles.filter((a) => a.state.state !== 'disetujui').map((a) => a.slug);
    // The gate: the print PDF only when every article is approved as it is now and no error stands.
    if (!options.proof && review.gate.length) {
      await cleanup();
      const hint = unapproved.length
        ? `tinjau proof (jurnal build ${ref} --proof), lalu setujui dengan: jurnal approve ${ref} ${unapproved.join(' ')} --by "Nama"`
        : `perbaiki temuan tingkat galat di atas (jurnal review ${ref}), lalu ulangi`;
      return fail([...review.fileProblems, ...review.findings.filter((f) => f.severity === 'error')], `build cetak ditolak:\n${review.gate.map((g) => `  - ${g}`).join('\n')}\n    saran: ${hint}\n`);
    }
    const files: string[] = [];
    const write = async (name: string, data: string | Uint8Array) => {
      await writeFile(path.join(staging.dir, name), data);
      files.push(name);
    };
    say('menyusun halaman');
    const t0 = performance.now();
    const printBytes = await finishPrint(layout, await renderEdition(layout));
    layout.timings.cetak = Math.round(performance.now() - t0);
    // The previous edition passed the inventory: identical bytes need no second reading. Otherwise its text
    // is read back in a worker while the proof is drawn.
    const previous = await readFile(path.join(target, printFileName(id))).catch(() => undefined);
    const reading = previous?.equals(printBytes) ? undefined : extractPageTextsInWorker(printBytes);
    reading?.catch(() => undefined);
    say('menyusun proof');
    const proofBytes = await (await renderProof(layout, printBytes, { watermark: proofWatermark(unapproved.length), notes: proofNotes(review) })).save({ useObjectStreams: false });
    // Desk tools: page previews of the finished PDF (the proof in a proof build), rendered in a worker.
    const finished = options.proof ? proofBytes : printBytes;
    const previews = previewsFor(finished, options.proof ? proofFileName(id) : printFileName(id), target);
    previews.catch(() => undefined);
    const t = performance.now(); // what the inventory adds once the proof is done
    let missing: Diagnostic[] = [];
    if (reading) {
      say('memeriksa isi PDF (inventaris teks dan foto)');
      const pageTexts = await reading;
      const placed = [...layout.articles.values()].map((article) => {
        const modules = modulesOf(layout.plan, article.slug);
        return { article, pages: [...new Set(modules.map((m) => m.page))], cuts: modules.length - 1 };
      });
      missing = inventory(pageTexts, placed.filter((p) => p.pages.length));
    }
    layout.timings.inventaris = Math.round(performance.now() - t);
    const checks = preflight(await PDFDocument.load(printBytes, { updateMetadata: false }), layout.photos.map((p) => ({ slug: p.slug, page: p.page, ppi: p.ppi })), { profile: layout.input.profile.id });
    const problems = [...missing, ...checks.errors.map((message): Diagnostic => ({ file: printFileName(id), rule: 'preflight', severity: 'error', message, hint: 'laporkan ke pengembang: PDF ini tidak akan lolos preflight percetakan' }))];
    if (!checks.fonts.every((f) => f.embedded)) problems.push({ file: printFileName(id), rule: 'fon-tidak-tertanam', severity: 'error', message: `fon tidak tertanam: ${checks.fonts.filter((f) => !f.embedded).map((f) => f.name).join(', ')}`, hint: 'laporkan ke pengembang' });
    if (hasErrors(problems)) {
      await cleanup();
      return fail(problems, 'build dibatalkan; edisi sebelumnya (jika ada) tidak berubah\n');
    }
    // A proof build keeps the approved print PDF of the last print build, marked as such in the reports.
    let print: PrintOrigin | undefined;
    if (!options.proof) {
      await write(printFileName(id), printBytes);
      print = { builtAt: new Date().toISOString(), fromEarlierBuild: false };
    } else {
      const kept = await previousPrint(target, id);
      if (kept) {
        await write(printFileName(id), kept.bytes);
        print = kept.origin;
      }
    }
    await write(proofFileName(id), proofBytes);
    await write('flatplan.pdf', await renderFlatplan(layout));
    await write('laporan-tinjauan.md', reviewMarkdown(review, layout.input.edition));
    await write('laporan-tinjauan.json', reviewJson(review));
    await write('naskah.json', snapshotJson(layout, review));
    await write(SOURCE_FILE, sourceRecord(edition));
    // Desk tools: pratinjau/ (every build) and, with --imposisi, the printer's spreads.
    const preview = await previews;
    layout.timings.pratinjau = preview.ms;
    await mkdir(path.join(staging.dir, PREVIEW_DIR), { recursive: true });
    for (const [name, bytes] of previewFiles(preview)) await write(name, bytes);
    if (options.imposisi) {
      const t1 = performance.now();
      await write(imposedFileName(id), (await impose(finished, imposeOptions(layout.g.template))).bytes);
      layout.timings.imposisi = Math.round(performance.now() - t1);
    }
    layout.timings.total = Math.round(performance.now() - started);
    const all = [...diagnostics, ...review.fileProblems, ...review.findings, ...problems];
    await write('laporan-build.txt', buildReport(layout, [...files, 'laporan-build.txt', 'laporan-build.json'], checks, all, print));
    const json = { edition: id, files, ...(print ? { cetak: print } : {}), plan: { pages: layout.plan.pages, unplaced: layout.plan.unplaced, copyFit: layout.plan.copyFit }, photos: layout.photos.map((p) => ({ ...p, source: path.relative(edition.dir, p.source) })), preflight: checks, fill: layout.fill, diagnostics: all, timings: layout.timings };
    await write('laporan-build.json', `${JSON.stringify(json, null, 2)}\n`);
    await staging.commit();
    await lock.release();
    if (all.length && !options.json) printReport(all);
    if (options.json) {
      recordDiagnostics(all);
      emitJson(true, { edition: id, output: shown(target), files, ...(print ? { cetak: print } : {}), watermark: proofWatermark(unapproved.length), timings: layout.timings, pages: checks.pages });
    } else if (!options.quiet) {
      // The page previews are many files: the folder is named once.
      const listed = [...files.filter((f) => !f.startsWith(`${PREVIEW_DIR}/`)), ...(files.some((f) => f.startsWith(`${PREVIEW_DIR}/`)) ? [`${PREVIEW_DIR}/`] : [])];
      process.stderr.write(`✓ edisi ${id} selesai dalam ${(layout.timings.total / 1000).toFixed(1)} s: ${shown(target)}/{${listed.join(',')}}\n`);
      if (print?.fromEarlierBuild) process.stderr.write(`  ${printFileName(id)}: PDF cetak dari build sebelumnya, ${stamp(print.builtAt)} (tidak dibangun ulang oleh --proof)\n`);
    }
    return 0;
  } catch (error) {
    await cleanup();
    throw error;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}
