/**
 * The story budget for the planning meeting (`jurnal anggaran`): every story of the edition, written
 * or only planned in edition.yaml's `rencana:`, with its target and written length, photos,
 * verification, approval and deadline. Pure: articles, approval states and "today" go in, rows come
 * out, so a test can fix the clock.
 */
import type { Article } from '../content/article.js';
import type { Kind } from '../content/schema.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Edition } from './load.js';

/** Target words per kind when `rencana:` does not give one (printed with the budget). */
export const DEFAULT_WORDS: Record<Kind, number> = { berita: 350, feature: 700, opini: 500, pengumuman: 200, foto: 150, singkat: 80 };
/** Written beyond this share of the target counts as over length. */
export const OVER_LENGTH = 1.2;
/** Priority of a story that exists only as a `rencana:` line (it has no front-matter yet). */
export const PLANNED_PRIORITY = 3;

export type ApprovalLabel = 'disetujui' | 'berubah' | 'belum';
export type VerificationLabel = 'verified' | 'pending' | 'disputed' | 'belum';

export const VERIFICATION_LABEL: Record<VerificationLabel, string> = { verified: 'terverifikasi', pending: 'menunggu', disputed: 'dipersoalkan', belum: 'belum diverifikasi' };

export interface BudgetRow {
  slug: string;
  /** Absent for a story not yet written. */
  title?: string;
  file?: string;
  section: string;
  sectionName: string;
  kind?: Kind;
  /** The article's author; for a story not yet written, the reporter of its `rencana:` line. */
  reporter: string;
  priority: number;
  targetWords?: number;
  /** Where the target came from: the `rencana:` line, or the kind's default. */
  targetFrom?: 'rencana' | 'bawaan';
  words?: number;
  photos: number;
  verification?: VerificationLabel;
  approval?: ApprovalLabel;
  tenggat?: string;
  written: boolean;
  /** The file exists but fails a check (unknown section, area …): not laid out until fixed. */
  draft: boolean;
  /** Deadline passed (before today) and not yet approved. */
  late: boolean;
  /** Written more than OVER_LENGTH × the target. */
  over: boolean;
}

export interface BudgetInput {
  edition: Pick<Edition, 'config' | 'file' | 'locate'>;
  articles: readonly Article[];
  drafts?: readonly Article[];
  /** Approval state per slug (src/review/approvals.ts stateOf); a missing slug is "belum". */
  approvals: ReadonlyMap<string, ApprovalLabel>;
  /** YYYY-MM-DD. */
  today: string;
}

export interface Budget {
  rows: BudgetRow[];
  diagnostics: Diagnostic[];
  totals: { stories: number; written: number; planned: number; targetWords: number; words: number; late: number; over: number };
}

export function storyBudget(input: BudgetInput): Budget {
  const { config, file, locate } = input.edition;
  const plans = config.rencana ?? [];
  const sectionIndex = new Map(config.sections.map((s, i) => [s.id, i]));
  const sectionName = (id: string) => config.sections.find((s) => s.id === id)?.name ?? id;
  const diagnostics: Diagnostic[] = [];
  const planned = new Map<string, (typeof plans)[number]>();
  plans.forEach((p, i) => {
    if (planned.has(p.slug)) {
      diagnostics.push({ file, position: locate(['rencana', i, 'slug']), field: `rencana.${i}.slug`, rule: 'rencana-ganda', severity: 'error', message: `naskah "${p.slug}" direncanakan dua kali`, hint: 'hapus salah satu baris rencana' });
      return;
    }
    if (!sectionIndex.has(p.section)) {
      diagnostics.push({ file, position: locate(['rencana', i, 'section']), field: `rencana.${i}.section`, rule: 'rencana-rubrik', severity: 'error', message: `rubrik "${p.section}" tidak ada di edisi ini`, hint: `pilih salah satu: ${config.sections.map((s) => s.id).join(', ')}` });
    }
    planned.set(p.slug, p);
  });
  const rows: BudgetRow[] = [];
  const written = [...input.articles.map((a) => [a, false] as const), ...(input.drafts ?? []).map((a) => [a, true] as const)];
  for (const [a, draft] of written) {
    const fm = a.frontMatter;
    const plan = planned.get(a.slug);
    const target = plan?.words ?? DEFAULT_WORDS[fm.kind];
    const approval = input.approvals.get(a.slug) ?? 'belum';
    const tenggat = fm.tenggat ?? plan?.tenggat;
    rows.push({
      slug: a.slug,
      title: fm.title,
      file: a.file,
      section: fm.section,
      sectionName: sectionName(fm.section),
      kind: fm.kind,
      reporter: fm.author,
      priority: fm.priority,
      targetWords: target,
      targetFrom: plan ? 'rencana' : 'bawaan',
      words: a.wordCount,
      photos: fm.images?.length ?? 0,
      verification: fm.verification?.status ?? 'belum',
      approval,
      tenggat,
      written: true,
      draft,
      late: tenggat !== undefined && tenggat < input.today && approval !== 'disetujui',
      over: a.wordCount > target * OVER_LENGTH,
    });
  }
  const have = new Set(rows.map((r) => r.slug));
  for (const p of planned.values()) {
    if (have.has(p.slug)) continue;
    rows.push({
      slug: p.slug,
      section: p.section,
      sectionName: sectionName(p.section),
      reporter: p.reporter,
      priority: PLANNED_PRIORITY,
      targetWords: p.words,
      targetFrom: 'rencana',
      photos: 0,
      tenggat: p.tenggat,
      written: false,
      draft: false,
      late: p.tenggat !== undefined && p.tenggat < input.today,
      over: false,
    });
  }
  const rank = (r: BudgetRow) => sectionIndex.get(r.section) ?? sectionIndex.size;
  rows.sort((a, b) => rank(a) - rank(b) || a.section.localeCompare(b.section) || a.priority - b.priority || Number(b.written) - Number(a.written) || a.slug.localeCompare(b.slug));
  return {
    rows,
    diagnostics,
    totals: {
      stories: rows.length,
      written: rows.filter((r) => r.written).length,
      planned: rows.filter((r) => !r.written).length,
      targetWords: rows.reduce((s, r) => s + (r.targetWords ?? 0), 0),
      words: rows.reduce((s, r) => s + (r.words ?? 0), 0),
      late: rows.filter((r) => r.late).length,
      over: rows.filter((r) => r.over).length,
    },
  };
}

/** What the marks column says: "TERLAMBAT", "KEPANJANGAN", "belum ditulis", "perlu diperbaiki". */
export function marksOf(r: BudgetRow): string[] {
  return [!r.written ? 'belum ditulis' : '', r.draft ? 'perlu diperbaiki' : '', r.late ? 'TERLAMBAT' : '', r.over ? 'KEPANJANGAN' : ''].filter(Boolean);
}
