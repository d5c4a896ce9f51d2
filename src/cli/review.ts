import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { CACHE_DIR } from '../pipeline/edition-ref.js';
import { openEdition } from '../pipeline/open.js';
import { reviewStage } from '../pipeline/review.js';
import { announceEdition } from '../pipeline/watchdog.js';
import { APPROVALS_FILE, approvalFor, loadApprovals, photoHashes, STATE_LABEL, writeApprovals } from '../review/approvals.js';
import { unverifiedContributions } from '../review/contribution.js';
import { type Snapshot, SNAPSHOT_FILE } from '../review/changes.js';
import { REVIEW_REPORT } from '../review/report.js';
import { writeFileAtomic } from '../util/atomic.js';
import { claimOutput, editionOutputDir, type EditionRef, emitJson, fromRoot, INVOKED_FROM, lockOutput, printReport, resolveEditionRef, shown, UserError } from './common.js';

async function readSnapshot(where: string): Promise<Snapshot> {
  const base = path.resolve(INVOKED_FROM, where);
  const file = where.endsWith('.json') ? base : path.join(base, SNAPSHOT_FILE);
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Snapshot;
  } catch {
    throw new UserError(`build pembanding tidak dapat dibaca: ${file}`, 'sebut folder hasil build sebelumnya (berisi naskah.json), mis. salinan editions/2026-05 dari proof terakhir');
  }
}

/** `jurnal review <edisi>` (declared in review-command.ts, which loads this module only when it runs). */
export async function runReview(ref: string, options: { since?: string; json?: boolean }): Promise<number> {
  const edition = resolveEditionRef(ref);
  announceEdition(edition);
  const earlier = options.since ? await readSnapshot(options.since) : undefined;
  const lock = await lockOutput(edition, 'jurnal review');
  try {
    return await reviewCommand(edition, options, earlier);
  } finally {
    await lock.release();
  }
}

/** review after the lock is taken: layout, the review, its reports. */
async function reviewCommand(edition: EditionRef, options: { since?: string; json?: boolean }, earlier: Snapshot | undefined): Promise<number> {
  const out = (text: string) => {
    if (!options.json) process.stdout.write(text);
  };
  const run = await reviewStage(edition, fromRoot(CACHE_DIR), earlier);
  const { diagnostics } = run;
  if (!run.layout) {
    printReport(diagnostics);
    if (!options.json) process.stderr.write('tinjauan dibatalkan; tidak ada yang ditulis\n');
    return 1;
  }
  const { review, changes } = run;
  if (changes) {
    const lines = changes.map((c) => `  ${c.slug}: ${c.kind === 'berubah' ? `berubah (${c.what.join(', ')})` : c.kind}${c.diff ? `\n      ${c.diff.replace(/\n+/g, ' ¶ ')}` : ''}`);
    out(`Perubahan sejak ${options.since}: ${changes.length ? '' : 'tidak ada'}\n${lines.join('\n')}${lines.length ? '\n' : ''}\n`);
  }
  const width = Math.max(...review.articles.map((a) => a.slug.length));
  const lines = review.articles.map((r) => {
    const state = r.state.state === 'berubah' ? `berubah sejak disetujui (${r.state.changed.join(', ')})` : STATE_LABEL[r.state.state];
    const by = r.state.state !== 'belum' ? ` — ${r.state.approval.by}` : '';
    return `  ${r.slug.padEnd(width)}  hal. ${(r.pages.join(',') || '-').padEnd(6)} ${String(r.wordCount).padStart(4)} kata  ${state}${by}`;
  });
  out(`Naskah edisi ${edition.id}:\n${lines.join('\n')}\n\n${review.gate.length ? `Belum boleh dicetak (${review.gate.length} alasan).` : 'Boleh dicetak.'}\n`);
  const dir = editionOutputDir(edition.id);
  await claimOutput(edition);
  for (const [name, text] of run.files) await writeFileAtomic(path.join(dir, name), text);
  const all = [...diagnostics, ...review.fileProblems, ...review.findings];
  // "✓ tidak ada masalah" right under "Belum boleh dicetak" would read as a contradiction.
  if (all.length) printReport(all);
  process.stderr.write(`laporan: ${shown(path.join(dir, REVIEW_REPORT))}\n`);
  const code = hasErrors([...review.fileProblems, ...review.findings]) ? 1 : 0;
  if (options.json) {
    emitJson(code === 0, { edition: edition.id, printable: review.gate.length === 0, gate: review.gate, articles: review.articles.map((r) => ({ slug: r.slug, file: r.file, pages: r.pages, wordCount: r.wordCount, state: r.state.state })), report: shown(path.join(dir, REVIEW_REPORT)), ...(changes ? { changes } : {}) });
  }
  return code;
}

/** `jurnal approve <edisi> <slug…>` (declared in review-command.ts). */
export async function runApprove(ref: string, slugs: string[], options: { by?: string; note?: string; semua?: boolean; revoke?: boolean }): Promise<number> {
  const edition = resolveEditionRef(ref);
  const opened = await openEdition(edition, fromRoot(CACHE_DIR));
  if (hasErrors(opened.diagnostics)) {
    printReport(opened.diagnostics);
    process.stderr.write('perbaiki naskah dulu; tidak ada yang disetujui\n');
    return 1;
  }
  const file = path.join(edition.dir, APPROVALS_FILE);
  const display = path.join(edition.display, APPROVALS_FILE);
  const loaded = await loadApprovals(file, display);
  if (loaded.diagnostics.length) {
    printReport(loaded.diagnostics);
    return 1;
  }
  const targets = options.semua ? opened.articles.map((a) => a.slug) : slugs;
  if (!targets.length) throw new UserError('naskah belum disebut', 'tulis slug naskah, atau --semua');
  if (options.revoke) {
    const kept = loaded.approvals.filter((a) => !targets.includes(a.slug));
    await writeFileAtomic(file, writeApprovals(kept));
    process.stdout.write(`dicabut: ${loaded.approvals.length - kept.length} persetujuan (${targets.join(', ')})\n`);
    return 0;
  }
  if (!options.by?.trim()) throw new UserError('nama peninjau belum diisi', 'tambahkan --oleh "Nama Peninjau"');
  const unknown = targets.filter((s) => !opened.articles.some((a) => a.slug === s));
  if (unknown.length) throw new UserError(`naskah tidak ada di edisi ${edition.id}: ${unknown.join(', ')}`, `lihat berkas .md di ${edition.display}`);
  const unverified = unverifiedContributions(opened.articles.filter((a) => targets.includes(a.slug)));
  if (unverified.length) {
    printReport(unverified);
    process.stderr.write('kiriman yang belum terverifikasi tidak dapat disetujui; tidak ada yang disetujui\n');
    return 1;
  }
  const now = new Date();
  const added = [];
  for (const slug of targets) {
    const article = opened.articles.find((a) => a.slug === slug)!;
    added.push(approvalFor(article, await photoHashes(article, opened.images), options.by.trim(), now, options.note));
  }
  await writeFileAtomic(file, writeApprovals([...loaded.approvals, ...added]));
  process.stdout.write(`disetujui oleh ${options.by.trim()}: ${targets.join(', ')}\n`);
  return 0;
}

