/** What `plan`, `review` and `build` share: open the edition, stop on content errors, plan the layout. */
import path from 'node:path';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { PROFILES } from '../images/prepare.js';
import { planLayout, type PlannedLayout } from '../layout/index.js';
import type { EditionRef } from './common.js';
import { openEdition } from './open-edition.js';
import { heartbeat } from './supervise.js';

export const CACHE_DIR = '.cache/jurnal';

export interface LayoutRun {
  layout?: PlannedLayout;
  diagnostics: Diagnostic[];
}

/** `onProgress` hears the edition-level steps; every step, per article too, goes to the watchdog. */
export async function runLayout(ref: EditionRef, onProgress?: (message: string) => void): Promise<LayoutRun> {
  const opened = await openEdition(ref);
  if (!opened.edition || hasErrors(opened.diagnostics)) return { diagnostics: opened.diagnostics };
  const layout = await planLayout({
    edition: opened.edition,
    articles: opened.articles,
    images: opened.images,
    profile: PROFILES[opened.edition.config.profile],
    cacheDir: path.resolve(CACHE_DIR),
    onProgress: (message, file) => {
      heartbeat({ message, file });
      if (!file) onProgress?.(message);
    },
  });
  return { layout, diagnostics: [...opened.diagnostics, ...layout.diagnostics] };
}
