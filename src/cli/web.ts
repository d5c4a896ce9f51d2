/** `jurnal web <edisi>` (declared in web-command.ts): the static site in editions/<edisi>/web/. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { printFileName, WEB_DIR } from '../pipeline/outputs.js';
import { writeFolderAtomic } from '../util/atomic.js';
import { buildSite } from '../web/site.js';
import { claimOutput, editionOutputDir, emitJson, fromRoot, lockOutput, printReport, resolveEditionRef, shown } from './common.js';
import { openForWeb, WEB_CACHE } from './web-open.js';

export async function runWeb(ref: string, options: { alamat?: string; quiet?: boolean; json?: boolean }): Promise<number> {
  const started = performance.now();
  const edition = resolveEditionRef(ref);
  const lock = await lockOutput(edition, 'jurnal web');
  try {
    const opened = await openForWeb(edition, options.alamat);
    if (!opened.web || hasErrors(opened.diagnostics)) {
      printReport(opened.diagnostics);
      process.stderr.write('edisi web tidak dibangun; situs sebelumnya (jika ada) tidak berubah\n');
      return 1;
    }
    const target = editionOutputDir(edition.id);
    const pdf = path.join(target, printFileName(edition.id));
    const site = await buildSite({ web: opened.web, editionsDir: fromRoot('editions'), cacheDir: fromRoot(WEB_CACHE), publisher: opened.publisher, ...(existsSync(pdf) ? { printPdf: pdf } : {}) });
    const all = [...opened.diagnostics, ...site.diagnostics];
    if (hasErrors(site.diagnostics)) {
      printReport(all);
      process.stderr.write('edisi web tidak dibangun; situs sebelumnya (jika ada) tidak berubah\n');
      return 1;
    }
    await claimOutput(edition);
    await writeFolderAtomic(path.join(target, WEB_DIR), [...site.files].sort(([a], [b]) => a.localeCompare(b)));
    if (all.length) printReport(all);
    const pages = [...site.files.keys()].filter((f) => f.endsWith('.html')).length;
    if (options.json) {
      emitJson(true, { edition: edition.id, folder: shown(path.join(target, WEB_DIR)), address: opened.web.base, stories: opened.web.published.map((p) => ({ slug: p.article.slug, url: p.url })), pages, files: site.files.size });
    } else if (!options.quiet) {
      process.stderr.write(`✓ edisi web ${edition.id}: ${opened.web.published.length} berita, ${pages} halaman, ${site.files.size} berkas dalam ${((performance.now() - started) / 1000).toFixed(1)} s: ${shown(path.join(target, WEB_DIR))}/\n  alamat: ${opened.web.base}\n`);
    }
    return 0;
  } finally {
    await lock.release();
  }
}
