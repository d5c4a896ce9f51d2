/** The review of a laid-out edition and the reports it leaves: laporan-tinjauan.json and naskah.json. */
import path from 'node:path';
import type { PlannedLayout } from '../layout/index.js';
import type { Snapshot } from './changes.js';
import { type Review, reviewEdition } from './index.js';

export const REVIEW_REPORT = 'laporan-tinjauan.md';
export const REVIEW_JSON = 'laporan-tinjauan.json';

/** Review of a laid-out edition; shared by `review` and `build`. The glossary sits beside the edition folder. */
export async function reviewLayout(layout: PlannedLayout, editionDir: string): Promise<Review> {
  const { edition, articles, images, profile } = layout.input;
  const headlineLines = new Map(layout.metrics.map((m) => [m.slug, m.headlineLines ?? []]));
  return reviewEdition({ edition, articles, images, profile, layout: { plan: layout.plan, photos: layout.photos, headlineLines, fill: layout.fill }, contentRoot: path.dirname(editionDir) });
}

/** The snapshot a build leaves beside its proof, for `review --sejak`. */
export function snapshotOf(layout: PlannedLayout, review: Review): Snapshot {
  return {
    edition: layout.input.edition.id,
    articles: review.articles.map((r) => {
      const a = layout.articles.get(r.slug)!;
      return { slug: r.slug, title: r.title, text: a.text, frontMatter: a.frontMatterHash, photos: r.photos, pages: r.pages };
    }),
  };
}

export const snapshotJson = (layout: PlannedLayout, review: Review): string => `${JSON.stringify(snapshotOf(layout, review), null, 2)}\n`;

export function reviewJson(review: Review): string {
  return `${JSON.stringify({ gate: review.gate, articles: review.articles, findings: review.findings, fileProblems: review.fileProblems, overrides: review.overrides }, null, 2)}\n`;
}
