/** The story budget as a printable A4 sheet (landscape), drawn with the paperwork kit of src/distribution/sheets.ts. */
import { STATE_LABEL } from '../review/approvals.js';
import { longDate } from '../layout/dates.js';
import { ACCENT, ALERT, createSheets, fit, GREY, INK, Sheet, TINT, wrap } from '../distribution/sheets.js';
import { type Budget, DEFAULT_WORDS, marksOf, OVER_LENGTH, VERIFICATION_LABEL } from './budget.js';

const LANDSCAPE: [number, number] = [841.89, 595.28];
const M = 28;

export interface BudgetSheetInfo {
  title: string;
  number: number;
  date: string;
  id: string;
  today: string;
}

export async function budgetPdf(budget: Budget, info: BudgetSheetInfo, meta: { title: string; date: Date }): Promise<Uint8Array> {
  const { doc, fonts } = await createSheets(meta);
  const heads = ['No', 'Naskah', 'Rubrik', 'Jenis', 'Penulis', 'Kata / target', 'Foto', 'Verifikasi', 'Persetujuan', 'Tenggat', 'Tanda'];
  const widths = [20, 222, 62, 56, 96, 58, 26, 62, 70, 50, 64];
  const xs = widths.map((_, i) => M + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const tableWidth = widths.reduce((a, b) => a + b, 0);
  const ROW = 32;
  const bottom = LANDSCAPE[1] - M - 40;
  let s: Sheet | undefined;
  let top = 0;
  let pageNo = 0;
  const header = () => {
    s = new Sheet(doc.addPage(LANDSCAPE), fonts);
    pageNo++;
    s.text('ANGGARAN NASKAH', M, M, 13, fonts.heavy, ACCENT);
    s.text(`${info.title} Edisi ${info.number} · terbit ${longDate(info.date)} · rapat redaksi ${longDate(info.today)}`, M, M + 16, 9);
    s.right(`edisi ${info.id} · hal. ${pageNo}`, M + tableWidth, M + 2, 8);
    s.rule(M, M + 30, tableWidth, 1.5, ACCENT);
    top = M + 38;
    s.box(M, top, tableWidth, 14, { fill: TINT });
    heads.forEach((h, i) => s!.text(h, xs[i]! + 2, top + 3, 7.5, fonts.bold));
    top += 14;
  };
  header();
  budget.rows.forEach((r, n) => {
    if (top + ROW > bottom) header();
    const page = s!;
    const title = r.title ?? `(belum ditulis) ${r.slug}`;
    const lines = wrap(title, fonts.bold, 8, widths[1]! - 4, 2);
    page.lines(lines, xs[1]! + 2, top + 3, 8, 9.5, fonts.bold, r.written ? INK : GREY);
    page.text(fit(r.slug, fonts.regular, 6.5, widths[1]! - 4), xs[1]! + 2, top + 4 + lines.length * 9.5, 6.5, fonts.regular, GREY);
    page.text(String(n + 1), xs[0]! + 2, top + 3, 8);
    page.text(fit(r.sectionName, fonts.regular, 7.5, widths[2]! - 4), xs[2]! + 2, top + 3, 7.5);
    page.text(r.kind ?? '—', xs[3]! + 2, top + 3, 7.5);
    page.lines(wrap(r.reporter, fonts.regular, 7.5, widths[4]! - 4, 2), xs[4]! + 2, top + 3, 7.5, 9);
    const target = r.targetWords === undefined ? '—' : `${r.targetWords}${r.targetFrom === 'bawaan' ? '*' : ''}`;
    page.text(`${r.words ?? '—'} / ${target}`, xs[5]! + 2, top + 3, 7.5, r.over ? fonts.bold : fonts.regular, r.over ? ALERT : INK);
    page.text(String(r.photos), xs[6]! + 2, top + 3, 7.5);
    page.text(r.verification ? VERIFICATION_LABEL[r.verification] : '—', xs[7]! + 2, top + 3, 7.5, fonts.regular, r.verification === 'verified' || !r.verification ? INK : ALERT);
    page.lines(r.approval ? wrap(STATE_LABEL[r.approval], fonts.regular, 7.5, widths[8]! - 4, 2) : ['—'], xs[8]! + 2, top + 3, 7.5, 9, fonts.regular, r.approval === 'disetujui' || !r.approval ? INK : ALERT);
    page.text(r.tenggat ?? '—', xs[9]! + 2, top + 3, 7.5, r.late ? fonts.bold : fonts.regular, r.late ? ALERT : INK);
    page.lines(marksOf(r), xs[10]! + 2, top + 3, 7, 8.5, fonts.bold, r.late || r.over || r.draft ? ALERT : GREY);
    for (let i = 1; i < widths.length; i++) page.vrule(xs[i]!, top, ROW, 0.3, GREY);
    top += ROW;
    page.rule(M, top, tableWidth, 0.5, GREY);
  });
  if (top + 40 > LANDSCAPE[1] - M) header();
  const t = budget.totals;
  s!.text(`${t.stories} naskah (${t.written} ditulis, ${t.planned} belum ditulis) · ${t.words} dari ${t.targetWords} kata target · ${t.late} terlambat · ${t.over} kepanjangan`, M, top + 10, 9, fonts.bold);
  const defaults = Object.entries(DEFAULT_WORDS).map(([k, v]) => `${k} ${v}`).join(', ');
  const note = `* target bawaan menurut jenis (naskah tanpa baris "rencana:" di edition.yaml): ${defaults} kata. Kepanjangan: lebih dari ${Math.round(OVER_LENGTH * 100)} % target. Terlambat: tenggat sebelum ${info.today} dan belum disetujui.`;
  s!.lines(wrap(note, fonts.regular, 7, tableWidth, 2), M, top + 24, 7, 8.5, fonts.regular, GREY);
  return doc.save({ useObjectStreams: false });
}
