import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { PDFDocument } from 'pdf-lib';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { modulesOf } from '../edition/plan.js';
import { longDate } from '../layout/dates.js';
import { type PlannedLayout, renderEdition, renderProof } from '../layout/index.js';
import { extractPageTextsInWorker, inventory } from '../print/inventory.js';
import { preflight, type Preflight } from '../print/preflight.js';
import { finishPrint } from '../print/finish.js';
import { proofNotes } from '../review/index.js';
import { acquireLock, stageDirectory } from '../util/atomic.js';
import { action, editionLockFile, editionOutputDir, printReport, resolveEditionRef, UserError } from './common.js';
import { runLayout } from './layout-run.js';
import { announceEdition, heartbeat, limitOptions } from './supervise.js';
import { flatplanTable, renderFlatplan } from './plan.js';
import { reviewJson, reviewLayout, snapshotJson } from './review.js';
import { reviewMarkdown } from '../review/index.js';

export interface BuildOptions {
  proof?: boolean;
  quiet?: boolean;
  json?: boolean;
}

export const printFileName = (id: string): string => `jurnal-balangan-${id}.pdf`;
export const proofFileName = (id: string): string => `proof-${id}.pdf`;

function buildReport(layout: PlannedLayout, files: string[], checks: Preflight, diagnostics: Diagnostic[]): string {
  const { config } = layout.input.edition;
  const lines = [
    `${config.title} — Edisi ${config.number}, ${longDate(config.date)} (${layout.input.edition.id})`,
    `${config.pages} halaman ${config.format.toUpperCase()}, profil cetak ${config.profile}`,
    '',
    'Berkas:',
    ...files.map((f) => `  ${f}`),
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
  const target = editionOutputDir(edition.id);
  const lock = await acquireLock(editionLockFile(edition.id), 'jurnal build');
  if ('heldBy' in lock) throw new UserError(`edisi ${edition.id} sedang dibangun oleh ${lock.heldBy}`, 'tunggu sampai selesai, lalu ulangi');
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
    if (!layout || hasErrors(diagnostics)) {
      printReport(diagnostics);
      process.stderr.write('build dibatalkan; edisi sebelumnya (jika ada) tidak berubah\n');
      await cleanup();
      return 1;
    }
    const id = edition.id;
    say('meninjau naskah');
    const review = await reviewLayout(edition, layout);
    // The gate: the print PDF only when every article is approved as it is now and no error stands.
    if (!options.proof && review.gate.length) {
      printReport([...review.fileProblems, ...review.findings.filter((f) => f.severity === 'error')]);
      process.stderr.write(`build cetak ditolak:\n${review.gate.map((g) => `  - ${g}`).join('\n')}\n    saran: tinjau proof (jurnal build ${ref} --proof), lalu setujui dengan: jurnal approve ${ref} <slug> --by "Nama"\n`);
      await cleanup();
      return 1;
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
    const proofBytes = await (await renderProof(layout, printBytes, { watermark: 'PROOF — BELUM DISETUJUI', notes: proofNotes(review) })).save({ useObjectStreams: false });
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
    const checks = preflight(await PDFDocument.load(printBytes, { updateMetadata: false }), layout.photos.map((p) => ({ slug: p.slug, page: p.page, ppi: p.ppi })));
    const problems = [...missing];
    if (!checks.fonts.every((f) => f.embedded)) problems.push({ file: printFileName(id), rule: 'fon-tidak-tertanam', severity: 'error', message: `fon tidak tertanam: ${checks.fonts.filter((f) => !f.embedded).map((f) => f.name).join(', ')}`, hint: 'laporkan ke pengembang' });
    if (hasErrors(problems)) {
      printReport(problems);
      await cleanup();
      return 1;
    }
    if (!options.proof) await write(printFileName(id), printBytes);
    await write(proofFileName(id), proofBytes);
    await write('flatplan.pdf', await renderFlatplan(layout));
    await write('laporan-tinjauan.md', reviewMarkdown(review, layout.input.edition));
    await write('laporan-tinjauan.json', reviewJson(review));
    await write('naskah.json', snapshotJson(layout, review));
    layout.timings.total = Math.round(performance.now() - started);
    const all = [...diagnostics, ...review.fileProblems, ...review.findings, ...problems];
    await write('laporan-build.txt', buildReport(layout, [...files, 'laporan-build.txt', 'laporan-build.json'], checks, all));
    const json = { edition: id, files, plan: { pages: layout.plan.pages, unplaced: layout.plan.unplaced, copyFit: layout.plan.copyFit }, photos: layout.photos.map((p) => ({ ...p, source: path.relative(edition.dir, p.source) })), preflight: checks, fill: layout.fill, diagnostics: all, timings: layout.timings };
    await write('laporan-build.json', `${JSON.stringify(json, null, 2)}\n`);
    await staging.commit();
    await lock.release();
    if (all.length && !options.json) printReport(all);
    if (options.json) process.stdout.write(`${JSON.stringify({ edition: id, output: path.relative(process.cwd(), target), files, timings: layout.timings, pages: checks.pages }, null, 2)}\n`);
    else if (!options.quiet) process.stderr.write(`✓ edisi ${id} selesai dalam ${(layout.timings.total / 1000).toFixed(1)} s: ${path.relative(process.cwd(), target)}/{${files.join(',')}}\n`);
    return 0;
  } catch (error) {
    await cleanup();
    throw error;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

export function registerBuild(program: Command): void {
  limitOptions(program
    .command('build')
    .summary('bangun PDF siap cetak dan proof sebuah edisi')
    .description('Menata letak edisi dan menulis ke editions/<edisi>/: PDF cetak, PDF proof bertanda air, flatplan,\nlaporan build (teks dan JSON). Dibangun di folder sementara; edisi sebelumnya hanya diganti bila build berhasil.')
    .argument('<edisi>', 'id edisi atau path folder edisi')
    .option('--proof', 'hanya PDF proof (untuk peninjauan)')
    .option('-q, --quiet', 'tanpa keterangan kemajuan')
    .option('--json', 'ringkasan hasil sebagai JSON di stdout'))
    .action(action((ref: string, options: BuildOptions) => buildEdition(ref, options)));
}
