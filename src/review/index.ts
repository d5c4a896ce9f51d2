/**
 * The review stage: editorial checks on the laid-out edition, and the approval state of every
 * article. Its result decides the print gate and what the proof says about each article.
 */
import path from 'node:path';
import type { Article } from '../content/article.js';
import { type Diagnostic, hasErrors } from '../diagnostics/diagnostic.js';
import { checkRuleOverrides, type Edition } from '../edition/load.js';
import { modulesOf } from '../edition/plan.js';
import type { PrintProfile } from '../images/prepare.js';
import type { ImageIndex } from '../images/references.js';
import { APPROVALS_FILE, approvalFindings, type ApprovalState, loadApprovals, photoHashes, STATE_LABEL, stateOf } from './approvals.js';
import { kirimanNote } from '../contrib/byline.js';
import { loadGlossary } from './glossary.js';
import { type ReviewContext, RULES, runRules } from './rules.js';

export interface ArticleReview {
  slug: string;
  /** Hashes of the photos as they are now (for approvals and change tracking). */
  photos: Record<string, string>;
  file: string;
  title: string;
  wordCount: number;
  pages: number[];
  state: ApprovalState;
  findings: Diagnostic[];
  /** "Kiriman dari KIM …, Desa …" for a story contributed by a village or KIM. */
  kiriman?: string;
}

export interface Review {
  articles: ArticleReview[];
  findings: Diagnostic[];
  /** Problems of the approvals file or the glossary themselves. */
  fileProblems: Diagnostic[];
  overrides: { id: string; severity: string; reason: string }[];
  /** Why the print build may not run; empty when it may. */
  gate: string[];
}

export interface ReviewInput {
  edition: Edition;
  articles: readonly Article[];
  images: ImageIndex;
  profile: PrintProfile;
  layout?: ReviewContext['layout'];
  /** Folder of the content (for content/glosarium.yaml). */
  contentRoot: string;
}

export async function reviewEdition(input: ReviewInput): Promise<Review> {
  const { edition, articles } = input;
  const approvalsFile = path.join(path.dirname(edition.file), APPROVALS_FILE);
  const loaded = await loadApprovals(path.join(edition.dir, APPROVALS_FILE), approvalsFile);
  const glossary = await loadGlossary(path.join(input.contentRoot, 'glosarium.yaml'), path.join(path.relative(process.cwd(), input.contentRoot) || '.', 'glosarium.yaml'));
  const findings = runRules({ edition, articles, layout: input.layout, profile: input.profile, glossary: glossary.glossary }, edition.config.rules);
  // An override of a rule that does not exist would be silently ignored: say so, at its line in edition.yaml.
  const unknownRules = checkRuleOverrides(edition.config.rules, RULES.map((r) => r.id), edition.file, edition.locate);
  const fileProblems = [...unknownRules, ...loaded.diagnostics, ...glossary.diagnostics, ...approvalFindings(loaded.approvals, loaded.lines, articles, approvalsFile)];
  const reviews: ArticleReview[] = [];
  for (const a of articles) {
    const photos = await photoHashes(a, input.images);
    const state = loaded.diagnostics.length ? ({ state: 'belum' } as const) : stateOf(a, photos, loaded.approvals);
    reviews.push({
      slug: a.slug,
      photos,
      file: a.file,
      title: a.frontMatter.title,
      wordCount: a.wordCount,
      pages: input.layout ? [...new Set(modulesOf(input.layout.plan, a.slug).map((m) => m.page))] : [],
      state,
      findings: findings.filter((f) => f.file === a.file),
      kiriman: kirimanNote(a.frontMatter),
    });
  }
  const gate = [
    ...(loaded.diagnostics.length ? [`berkas ${approvalsFile} rusak; tidak ada naskah yang dianggap disetujui`] : []),
    ...unknownRules.map((d) => `${edition.file}: ${d.message}`),
    ...reviews.filter((r) => r.state.state !== 'disetujui').map((r) => `${r.slug}: ${STATE_LABEL[r.state.state]}${r.state.state === 'berubah' ? ` (${r.state.changed.join(', ')})` : ''}`),
    ...(hasErrors(findings) ? [`${findings.filter((f) => f.severity === 'error').length} temuan tingkat galat`] : []),
  ];
  return { articles: reviews, findings, fileProblems, overrides: edition.config.rules.map((r) => ({ ...r })), gate };
}

/** One line per article for the proof: state and number of findings. */
export function proofNotes(review: Review): Map<string, string> {
  return new Map(
    review.articles.map((r) => {
      const errors = r.findings.filter((f) => f.severity === 'error').length;
      const warnings = r.findings.filter((f) => f.severity === 'warning').length;
      const state = r.state.state === 'berubah' ? `BERUBAH SEJAK DISETUJUI (${r.state.changed.join(', ')})` : STATE_LABEL[r.state.state].toUpperCase();
      // The byline above says from whom; the note only marks it, so it fits a one-column module.
      return [r.slug, `${r.kiriman ? 'KIRIMAN · ' : ''}${state}${errors + warnings ? ` · ${errors} galat, ${warnings} peringatan` : ''}`];
    }),
  );
}

/** The human-readable review report (Markdown). */
export function reviewMarkdown(review: Review, edition: Edition): string {
  const c = edition.config;
  const lines = [`# Laporan peninjauan — ${c.title} Edisi ${c.number} (${edition.id})`, '', review.gate.length ? `**Belum boleh dicetak.** ${review.gate.length} alasan:` : '**Boleh dicetak**: semua naskah disetujui dan tidak ada temuan tingkat galat.', ''];
  for (const g of review.gate) lines.push(`- ${g}`);
  lines.push('', '## Naskah', '', '| naskah | hal. | kata | status | disetujui oleh | temuan |', '|---|---|---:|---|---|---:|');
  for (const r of review.articles) {
    const by = r.state.state === 'belum' ? '—' : `${r.state.approval.by} (${r.state.approval.at})`;
    const state = r.state.state === 'berubah' ? `berubah: ${r.state.changed.join(', ')}` : STATE_LABEL[r.state.state];
    lines.push(`| ${r.title.replace(/\|/g, '/')} (\`${r.slug}\`)${r.kiriman ? ` — ${r.kiriman}` : ''} | ${r.pages.join(', ') || '—'} | ${r.wordCount} | ${state} | ${by} | ${r.findings.length} |`);
  }
  lines.push('', '## Temuan', '');
  const all = [...review.fileProblems, ...review.findings];
  if (!all.length) lines.push('Tidak ada temuan.');
  for (const f of all) lines.push(`- \`${f.file}${f.position ? `:${f.position.line}:${f.position.column}` : ''}\` **${f.severity === 'error' ? 'galat' : f.severity === 'warning' ? 'peringatan' : 'info'}** ${f.field ? `${f.field}: ` : ''}${f.message} [${f.rule}]${f.hint ? ` — ${f.hint}` : ''}`);
  if (review.overrides.length) {
    lines.push('', '## Aturan yang diubah untuk edisi ini', '');
    for (const o of review.overrides) lines.push(`- \`${o.id}\` → ${o.severity}: ${o.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
