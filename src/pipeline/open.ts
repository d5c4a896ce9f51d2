/** The first stages every command needs: edition.yaml, the articles, their photos. */
import type { Article } from '../content/article.js';
import { loadArticles } from '../content/load.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { type Edition, loadEdition } from '../edition/load.js';
import { type ImageIndex, resolveImages } from '../images/references.js';
import { printabilityDiagnostics } from '../layout/printable.js';
import { RULES } from '../review/rules.js';
import type { EditionRef } from './edition-ref.js';
import { heartbeat } from './watchdog.js';

export type { EditionRef };

export interface OpenedEdition {
  edition?: Edition;
  articles: Article[];
  images: ImageIndex;
  diagnostics: Diagnostic[];
}

/** `cacheDir`: the project's cache (CACHE_DIR), where photo inspections are kept between runs. */
export async function openEdition(ref: EditionRef, cacheDir?: string): Promise<OpenedEdition> {
  const loaded = await loadEdition(ref.dir, ref.display, { knownRules: RULES.map((r) => r.id) });
  // Without a valid edition.yaml the articles are still checked, against no section list, so the
  // editor sees every problem in one run.
  const sections = loaded.value?.config.sections.map((s) => s.id) ?? [];
  const { articles, drafts, diagnostics } = await loadArticles(ref.dir, ref.display, sections, { onFile: (file) => heartbeat({ message: 'memeriksa', file }), ...(cacheDir ? { cacheDir } : {}) });
  const sectionDiagnostics = loaded.value ? diagnostics : diagnostics.filter((d) => d.rule !== 'rubrik-tidak-dikenal');
  const { images, diagnostics: imageDiagnostics } = await resolveImages(ref.dir, [...articles, ...drafts], { ...(cacheDir ? { cacheDir } : {}) });
  return { edition: loaded.value, articles, images, diagnostics: [...loaded.diagnostics, ...sectionDiagnostics, ...imageDiagnostics] };
}

/**
 * Everything `jurnal check` reports, for one edition: the loaders' findings and what the layout
 * could not print. build, plan and review run exactly this before any layout starts, so an error
 * check reports stops them too, with the same message, in seconds.
 */
export async function checkEdition(ref: EditionRef, cacheDir?: string): Promise<OpenedEdition> {
  const opened = await openEdition(ref, cacheDir);
  const printable = opened.articles.flatMap((a) => {
    heartbeat({ message: 'memeriksa', file: a.file });
    return printabilityDiagnostics(a);
  });
  return { ...opened, diagnostics: [...opened.diagnostics, ...printable] };
}
