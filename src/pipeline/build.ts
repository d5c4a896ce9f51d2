/**
 * The build as a value: every file of editions/<id>/ in memory, the diagnostics and the print gate.
 * It reads the previous output (to keep its print PDF in a proof build and to skip work on identical
 * bytes) but writes nothing: the command holds the lock, stages the folder and writes.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { FLATPLAN_FILE, renderFlatplan } from '../edition/flatplan.js';
import { modulesOf } from '../edition/plan.js';
import { renderEdition, renderProof } from '../layout/index.js';
import { finishPrint } from '../print/finish.js';
import { impose, imposedFileName, imposeOptions } from '../print/impose.js';
import { inventory, legTexts } from '../print/inventory.js';
import { pageHashes } from '../print/page-hash.js';
import { preflight } from '../print/preflight.js';
import { previewFiles, previewsFor } from '../print/preview.js';
import { PHOTO_CACHE } from '../images/prepare.js';
import { proofNotes, reviewMarkdown } from '../review/index.js';
import { REVIEW_JSON, REVIEW_REPORT, reviewJson, reviewLayout, snapshotJson } from '../review/report.js';
import { SNAPSHOT_FILE } from '../review/changes.js';
import { BUILD_JSON, BUILD_REPORT, buildReport, previousPrint, type PrintOrigin, proofWatermark } from './build-report.js';
import { printFileName, proofFileName } from './outputs.js';
import { runLayout } from './layout.js';
import { type EditionRef, SOURCE_FILE } from './edition-ref.js';

export interface BuildOptions {
  /** Only the proof (and the print PDF of an earlier print build, if any). */
  proof?: boolean;
  /** Also printer's spreads for saddle stitching (imposisi-<edisi>.pdf). */
  imposisi?: boolean;
}

export interface BuildContext {
  /** editions/<id>/ as it is now: the previous build. */
  target: string;
  cacheDir: string;
  /** Hears every edition-level step. */
  onProgress: (message: string) => void;
  /** performance.now() when the command started, for the total time. */
  started: number;
  /** sumber.json: which edition folder the output belongs to (the command decides that). */
  sourceRecord: string;
}

/** A file of the build, relative to editions/<id>/ (page previews are in pratinjau/). */
export type BuildFile = [name: string, data: string | Uint8Array];

export type Build =
  /** Refused: `gate` says why print may not run (then `unapproved` lists what to approve), else the diagnostics do. */
  | { ok: false; diagnostics: Diagnostic[]; gate: string[]; unapproved: string[] }
  | { ok: true; files: BuildFile[]; diagnostics: Diagnostic[]; gate: string[]; print?: PrintOrigin; watermark: string; timings: Record<string, number>; pages: number };

/** The inventory's leg texts, kept by page hash in the cache (CACHE_DIR). */
const LEG_TEXTS = 'teks-kolom';

const PREFLIGHT_HINT = 'laporkan ke pengembang: PDF ini tidak akan lolos preflight percetakan';

export async function buildEdition(edition: EditionRef, options: BuildOptions, context: BuildContext): Promise<Build> {
  const { target, onProgress: say } = context;
  const refused = (diagnostics: Diagnostic[], gate: string[] = [], unapproved: string[] = []): Build => ({ ok: false, diagnostics, gate, unapproved });
  say(`memeriksa naskah ${edition.display}`);
  const { layout, diagnostics } = await runLayout(edition, context.cacheDir, say);
  // A proof always builds: stories the plan could not place go on its last page; only print refuses them.
  const blocking = options.proof ? diagnostics.filter((d) => d.rule !== 'tidak-termuat' && d.rule !== 'edisi-penuh') : diagnostics;
  if (!layout || hasErrors(blocking)) return refused(diagnostics);
  const id = edition.id;
  say('meninjau naskah');
  const review = await reviewLayout(layout, edition.dir);
  const unapproved = review.articles.filter((a) => a.state.state !== 'disetujui').map((a) => a.slug);
  // The gate: the print PDF only when every article is approved as it is now and no error stands.
  if (!options.proof && review.gate.length) return refused([...review.fileProblems, ...review.findings.filter((f) => f.severity === 'error')], review.gate, unapproved);
  say('menyusun halaman');
  const t0 = performance.now();
  const composed = await renderEdition(layout);
  const printBytes = await finishPrint(layout, composed.doc);
  layout.timings.cetak = Math.round(performance.now() - t0);
  // The previous edition passed the inventory: identical bytes need no second reading. Otherwise its text
  // is read back leg by leg in a worker while the proof is drawn, on the pages no earlier build read.
  const printDoc = await PDFDocument.load(printBytes, { updateMetadata: false });
  const previous = await readFile(path.join(target, printFileName(id))).catch(() => undefined);
  const reading = previous?.equals(printBytes) ? undefined : legTexts(printBytes, pageHashes(printDoc), composed.legs, path.join(context.cacheDir, LEG_TEXTS));
  reading?.catch(() => undefined);
  say('menyusun proof');
  const watermark = proofWatermark(unapproved.length);
  const proofBytes = await (await renderProof(layout, printBytes, { watermark, notes: proofNotes(review) })).save({ useObjectStreams: false });
  // Desk tools: page previews of the finished PDF (the proof in a proof build), rendered in a worker.
  const finished = options.proof ? proofBytes : printBytes;
  const previews = previewsFor(finished, options.proof ? proofFileName(id) : printFileName(id), target, path.join(context.cacheDir, PHOTO_CACHE));
  previews.catch(() => undefined);
  const t = performance.now(); // what the inventory adds once the proof is done
  let missing: Diagnostic[] = [];
  if (reading) {
    say('memeriksa isi PDF (inventaris teks dan foto)');
    const texts = await reading;
    const placed = [...layout.articles.values()].flatMap((article) => {
      const modules = modulesOf(layout.plan, article.slug);
      const text = composed.legs.flatMap((leg, i) => (leg.slug === article.slug ? [texts[i]!] : [])).join('\n');
      return modules.length ? [{ article, text, cuts: modules.length - 1 }] : [];
    });
    missing = inventory(placed);
  }
  layout.timings.inventaris = Math.round(performance.now() - t);
  const checks = preflight(printDoc, layout.photos.map((p) => ({ slug: p.slug, page: p.page, ppi: p.ppi })), { profile: layout.input.profile.id });
  const problems = [...missing, ...checks.errors.map((message): Diagnostic => ({ file: printFileName(id), rule: 'preflight', severity: 'error', message, hint: PREFLIGHT_HINT }))];
  if (!checks.fonts.every((f) => f.embedded)) problems.push({ file: printFileName(id), rule: 'fon-tidak-tertanam', severity: 'error', message: `fon tidak tertanam: ${checks.fonts.filter((f) => !f.embedded).map((f) => f.name).join(', ')}`, hint: 'laporkan ke pengembang' });
  if (hasErrors(problems)) return refused(problems);

  const files: BuildFile[] = [];
  // A proof build keeps the approved print PDF of the last print build, marked as such in the reports.
  let print: PrintOrigin | undefined;
  if (!options.proof) {
    files.push([printFileName(id), printBytes]);
    print = { builtAt: new Date().toISOString(), fromEarlierBuild: false };
  } else {
    const kept = await previousPrint(target, id);
    if (kept) {
      files.push([printFileName(id), kept.bytes]);
      print = kept.origin;
    }
  }
  files.push(
    [proofFileName(id), proofBytes],
    [FLATPLAN_FILE, await renderFlatplan(layout)],
    [REVIEW_REPORT, reviewMarkdown(review, layout.input.edition)],
    [REVIEW_JSON, reviewJson(review)],
    [SNAPSHOT_FILE, snapshotJson(layout, review)],
    [SOURCE_FILE, context.sourceRecord],
  );
  const preview = await previews;
  layout.timings.pratinjau = preview.ms;
  files.push(...previewFiles(preview));
  if (options.imposisi) {
    const t1 = performance.now();
    files.push([imposedFileName(id), (await impose(finished, imposeOptions(layout.g.template))).bytes]);
    layout.timings.imposisi = Math.round(performance.now() - t1);
  }
  layout.timings.total = Math.round(performance.now() - context.started);
  const all = [...diagnostics, ...review.fileProblems, ...review.findings, ...problems];
  const names = files.map(([name]) => name);
  files.push([BUILD_REPORT, buildReport(layout, [...names, BUILD_REPORT, BUILD_JSON], checks, all, print)]);
  const json = { edition: id, files: [...names, BUILD_REPORT], ...(print ? { cetak: print } : {}), plan: { pages: layout.plan.pages, unplaced: layout.plan.unplaced, copyFit: layout.plan.copyFit }, photos: layout.photos.map((p) => ({ ...p, source: path.relative(edition.dir, p.source) })), preflight: checks, fill: layout.fill, text: layout.text, diagnostics: all, timings: layout.timings };
  files.push([BUILD_JSON, `${JSON.stringify(json, null, 2)}\n`]);
  return { ok: true, files, diagnostics: all, gate: review.gate, print, watermark, timings: layout.timings, pages: checks.pages };
}
