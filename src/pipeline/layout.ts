/** What `plan`, `review` and `build` share: open the edition, stop on content errors, plan the layout. */
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { PROFILES } from '../images/prepare.js';
import { planLayout, type PlannedLayout } from '../layout/index.js';
import type { EditionRef } from './edition-ref.js';
import { checkEdition } from './open.js';
import { heartbeat } from './watchdog.js';

export interface LayoutRun {
  layout?: PlannedLayout;
  diagnostics: Diagnostic[];
}

/** `onProgress` hears the edition-level steps; every step, per article too, goes to the watchdog. */
export async function runLayout(ref: EditionRef, cacheDir: string, onProgress?: (message: string) => void): Promise<LayoutRun> {
  // The same checks as `jurnal check`, before the layout child spends minutes on what check refuses.
  const opened = await checkEdition(ref, cacheDir);
  if (!opened.edition || hasErrors(opened.diagnostics)) return { diagnostics: opened.diagnostics };
  const layout = await planLayout({
    edition: opened.edition,
    articles: opened.articles,
    images: opened.images,
    profile: PROFILES[opened.edition.config.profile],
    cacheDir,
    onProgress: (message, file) => {
      heartbeat({ message, file });
      if (!file) onProgress?.(message);
    },
  });
  return { layout, diagnostics: [...opened.diagnostics, ...layout.diagnostics] };
}
