/** The review as a value: the laid-out edition reviewed, what changed since an earlier build, its reports. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { PlannedLayout } from '../layout/index.js';
import { type ArticleChange, compareSnapshots, type Snapshot } from '../review/changes.js';
import { type Review, reviewMarkdown } from '../review/index.js';
import { REVIEW_JSON, REVIEW_REPORT, reviewJson, reviewLayout, snapshotOf } from '../review/report.js';
import type { EditionRef } from './edition-ref.js';
import { runLayout } from './layout.js';
import { heartbeat } from './watchdog.js';

export type ReviewRun =
  | { layout?: undefined; diagnostics: Diagnostic[] }
  | { layout: PlannedLayout; diagnostics: Diagnostic[]; review: Review; changes?: ArticleChange[]; files: [name: string, text: string][] };

/** `earlier`: the snapshot of an earlier build (`review --sejak`), compared with the edition now. */
export async function reviewStage(edition: EditionRef, cacheDir: string, earlier?: Snapshot): Promise<ReviewRun> {
  const { layout, diagnostics } = await runLayout(edition, cacheDir);
  if (!layout) return { diagnostics };
  heartbeat({ message: 'meninjau naskah' });
  const review = await reviewLayout(layout, edition.dir);
  const changes = earlier ? compareSnapshots(earlier, snapshotOf(layout, review)) : undefined;
  return { layout, diagnostics, review, changes, files: [[REVIEW_REPORT, reviewMarkdown(review, layout.input.edition)], [REVIEW_JSON, reviewJson(review)]] };
}
