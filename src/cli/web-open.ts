/** What `web` and `sosial` share: the checked edition, its review without layout, the stories to publish. */
import path from 'node:path';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { loadArticles } from '../content/load.js';
import { loadEdition } from '../edition/load.js';
import { PROFILES } from '../images/prepare.js';
import { resolveImages } from '../images/references.js';
import { reviewEdition } from '../review/index.js';
import { RULES } from '../review/rules.js';
import { backPageForWeb, siteRoot } from '../web/address.js';
import { editionBase, selectPublished, type WebEdition } from '../web/model.js';
import { CACHE_DIR } from '../pipeline/edition-ref.js';
import { type EditionRef, fromRoot } from './common.js';

/** Photo renditions for web and feed, beside the print cache. */
export const WEB_CACHE = `${CACHE_DIR}/web`;

export interface OpenedForWeb {
  web?: WebEdition;
  publisher: string;
  /** Everything to report; errors mean nothing may be written. */
  diagnostics: Diagnostic[];
}

/**
 * The loaders of `jurnal check` (edition.yaml, articles, photos) without its print-only checks (what
 * the layout cannot set: missing glyphs, oversized tables), which the web does not share and which
 * load the fonts; then the print gate's review without the layout (its layout rules need the plan,
 * the approvals do not).
 */
export async function openForWeb(edition: EditionRef, alamat: string | undefined): Promise<OpenedForWeb> {
  const back = backPageForWeb();
  if ('diagnostics' in back) return { publisher: '', diagnostics: back.diagnostics };
  const root = siteRoot(alamat, back.situs);
  if ('problem' in root) return { publisher: back.penerbit, diagnostics: [root.problem] };
  const loaded = await loadEdition(edition.dir, edition.display, { knownRules: RULES.map((r) => r.id) });
  const { articles, drafts, diagnostics } = await loadArticles(edition.dir, edition.display, loaded.value?.config.sections.map((s) => s.id) ?? [], { cacheDir: fromRoot(CACHE_DIR) });
  const { images, diagnostics: imageDiagnostics } = await resolveImages(edition.dir, [...articles, ...drafts], { cacheDir: fromRoot(CACHE_DIR) });
  const found = [...loaded.diagnostics, ...diagnostics, ...imageDiagnostics];
  if (!loaded.value || hasErrors(found)) return { publisher: back.penerbit, diagnostics: found };
  const review = await reviewEdition({ edition: loaded.value, articles, images, profile: PROFILES[loaded.value.config.profile], contentRoot: path.dirname(edition.dir) });
  const web = selectPublished(loaded.value, articles, review, images, editionBase(root.root, edition.id));
  return { web, publisher: back.penerbit, diagnostics: [...found, ...review.fileProblems, ...web.diagnostics] };
}
