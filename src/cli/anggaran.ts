/**
 * `jurnal anggaran <edisi>`: the story budget for the planning meeting. Reads edition.yaml, the
 * articles and the approvals; never starts the layout, so it answers in a second or two.
 */
import path from 'node:path';
import { loadArticles } from '../content/load.js';
import { type Diagnostic, hasErrors } from '../diagnostics/diagnostic.js';
import { localToday } from '../distribution/delivery-cell.js';
import { type ApprovalLabel, type Budget, type BudgetRow, DEFAULT_WORDS, marksOf, OVER_LENGTH, storyBudget, VERIFICATION_LABEL } from '../edition/budget.js';
import { budgetPdf } from '../edition/budget-sheet.js';
import { loadEdition } from '../edition/load.js';
import { resolveImages } from '../images/references.js';
import { editionTimestamp } from '../layout/dates.js';
import { CACHE_DIR } from '../pipeline/edition-ref.js';
import { budgetFileName } from '../pipeline/outputs.js';
import { APPROVALS_FILE, loadApprovals, photoHashes, STATE_LABEL, stateOf } from '../review/approvals.js';
import { writeFileAtomic } from '../util/atomic.js';
import { claimOutput, COMMAND_LINE, editionOutputDir, fromRoot, lockOutput, printReport, resolveEditionRef, shown, UserError } from './common.js';

export interface BudgetOptions {
  json?: boolean;
  /** Today as YYYY-MM-DD; the CLI passes the real local date. */
  today?: string;
}

function table(budget: Budget, id: string, today: string, pdf: string): string {
  const heads = ['Rubrik', 'Naskah', 'Jenis', 'Penulis', 'Kata/target', 'Foto', 'Verifikasi', 'Persetujuan', 'Tenggat', 'Tanda'];
  const cells = (r: BudgetRow) => [
    r.sectionName,
    r.slug,
    r.kind ?? '—',
    r.reporter,
    `${r.words ?? '—'}/${r.targetWords ?? '—'}${r.targetFrom === 'bawaan' ? '*' : ''}`,
    String(r.photos),
    r.verification ? VERIFICATION_LABEL[r.verification] : '—',
    r.approval ? STATE_LABEL[r.approval] : '—',
    r.tenggat ?? '—',
    marksOf(r).join(', '),
  ];
  const rows = budget.rows.map(cells);
  const cut = (s: string, n: number) => ([...s].length > n ? `${[...s].slice(0, n - 1).join('')}…` : s);
  const max = [14, 34, 10, 22, 12, 4, 18, 23, 10, 40];
  const widths = heads.map((h, i) => Math.min(max[i]!, Math.max([...h].length, ...rows.map((r) => [...r[i]!].length))));
  const line = (r: string[]) => r.map((c, i) => (i === 4 || i === 5 ? cut(c, widths[i]!).padStart(widths[i]!) : cut(c, widths[i]!).padEnd(widths[i]!))).join('  ').trimEnd();
  const t = budget.totals;
  return `${[
    `Anggaran naskah edisi ${id} (hari ini ${today})`,
    line(heads),
    line(widths.map((w) => '─'.repeat(w))),
    ...rows.map(line),
    '',
    `${t.stories} naskah: ${t.written} ditulis, ${t.planned} belum ditulis; ${t.words} dari ${t.targetWords} kata target; ${t.late} terlambat, ${t.over} kepanjangan`,
    `* target bawaan menurut jenis: ${Object.entries(DEFAULT_WORDS).map(([k, v]) => `${k} ${v}`).join(', ')} kata; kepanjangan = lebih dari ${Math.round(OVER_LENGTH * 100)} % target`,
    `ditulis: ${pdf}`,
  ].join('\n')}\n`;
}

export async function runBudget(ref: string | undefined, options: BudgetOptions): Promise<number> {
  const json = options.json === true;
  const answer = (ok: boolean, diagnostics: readonly Diagnostic[], fields: Record<string, unknown> = {}) => {
    if (json) process.stdout.write(`${JSON.stringify({ ok, diagnostics, ...fields }, null, 2)}\n`);
    else if (diagnostics.length) printReport(diagnostics);
  };
  let edition;
  try {
    edition = resolveEditionRef(ref);
  } catch (error) {
    if (!json || !(error instanceof UserError)) throw error;
    answer(false, [{ file: COMMAND_LINE, rule: 'perintah', severity: 'error', message: error.message, hint: error.hint }]);
    return 1;
  }
  const today = options.today ?? localToday();
  const loaded = await loadEdition(edition.dir, edition.display);
  if (!loaded.value) {
    answer(false, loaded.diagnostics, { edition: edition.id });
    if (!json) process.stderr.write('anggaran tidak dibuat\n');
    return 1;
  }
  const config = loaded.value.config;
  const { articles, drafts } = await loadArticles(edition.dir, edition.display, config.sections.map((s) => s.id), { cacheDir: fromRoot(CACHE_DIR) });
  const { images } = await resolveImages(edition.dir, [...articles, ...drafts], { cacheDir: fromRoot(CACHE_DIR) });
  const approvals = await loadApprovals(path.join(edition.dir, APPROVALS_FILE), path.join(edition.display, APPROVALS_FILE));
  const states = new Map<string, ApprovalLabel>();
  for (const a of [...articles, ...drafts]) states.set(a.slug, approvals.diagnostics.length ? 'belum' : stateOf(a, await photoHashes(a, images), approvals.approvals).state);
  const budget = storyBudget({ edition: loaded.value, articles, drafts, approvals: states, today });
  // Problems of the articles themselves are jurnal check's to report; the budget names drafts in its marks.
  const diagnostics = [...loaded.diagnostics, ...approvals.diagnostics, ...budget.diagnostics];
  if (hasErrors(diagnostics)) {
    answer(false, diagnostics, { edition: edition.id });
    if (!json) process.stderr.write('anggaran tidak dibuat\n');
    return 1;
  }
  const file = path.join(editionOutputDir(edition.id), budgetFileName(edition.id));
  const pdf = await budgetPdf(budget, { title: config.title, number: config.number, date: config.date, id: edition.id, today }, { title: `Anggaran naskah — ${config.title} Edisi ${config.number}`, date: editionTimestamp(config.date) });
  let lock;
  try {
    lock = await lockOutput(edition, `anggaran ${edition.id}`);
  } catch (error) {
    if (!json || !(error instanceof UserError)) throw error;
    answer(false, [{ file: COMMAND_LINE, rule: 'perintah', severity: 'error', message: error.message, hint: error.hint }]);
    return 1;
  }
  try {
    await claimOutput(edition);
    await writeFileAtomic(file, pdf);
  } finally {
    await lock.release();
  }
  answer(true, diagnostics, { edition: edition.id, today, pdf: shown(file), defaults: { words: DEFAULT_WORDS, overLength: OVER_LENGTH }, totals: budget.totals, stories: budget.rows });
  if (!json) process.stdout.write(table(budget, edition.id, today, shown(file)));
  return 0;
}
