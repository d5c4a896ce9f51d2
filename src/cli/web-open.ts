/** What `web` and `sosial` share: the checked edition, its review without layout, the stories to publish. */
import path from 'node:path';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { PROFILES } from '../images/prepare.js';
import { loadBackPage } from '../layout/house.js';
import { reviewEdition } from '../review/index.js';
import { siteRoot } from '../web/address.js';
import { editionBase, selectPublished, type WebEdition } from '../web/model.js';
import type { EditionRef } from './common.js';
import { checkEdition } from './open-edition.js';

export interface OpenedForWeb {
  web?: WebEdition;
  publisher: string;
  /** Everything to report; errors mean nothing may be written. */
  diagnostics: Diagnostic[];
}

export async function openForWeb(edition: EditionRef, alamat: string | undefined): Promise<OpenedForWeb> {
  const back = loadBackPage();
  const root = siteRoot(alamat, back.kontak.situs);
  if ('problem' in root) return { publisher: back.penerbit, diagnostics: [root.problem] };
  const opened = await checkEdition(edition);
  if (!opened.edition || hasErrors(opened.diagnostics)) return { publisher: back.penerbit, diagnostics: opened.diagnostics };
  // The print gate's review, without the layout (its layout-only rules need the plan; the approvals do not).
  const review = await reviewEdition({ edition: opened.edition, articles: opened.articles, images: opened.images, profile: PROFILES[opened.edition.config.profile], contentRoot: path.dirname(edition.dir) });
  const web = selectPublished(opened.edition, opened.articles, review, opened.images, editionBase(root.root, edition.id));
  return { web, publisher: back.penerbit, diagnostics: [...opened.diagnostics, ...review.fileProblems, ...web.diagnostics] };
}
