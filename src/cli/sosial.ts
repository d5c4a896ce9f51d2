/** `jurnal sosial <edisi>` (declared in web-command.ts): captions and feed photos in editions/<edisi>/sosial/. */
import path from 'node:path';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { SOCIAL_DIR } from '../pipeline/outputs.js';
import { socialFiles } from '../social/output.js';
import { writeFolderAtomic } from '../util/atomic.js';
import { claimOutput, editionOutputDir, emitJson, fromRoot, lockOutput, printReport, resolveEditionRef, shown } from './common.js';
import { openForWeb, WEB_CACHE } from './web-open.js';

export async function runSosial(ref: string, options: { alamat?: string; json?: boolean }): Promise<number> {
  const edition = resolveEditionRef(ref);
  const lock = await lockOutput(edition, 'jurnal sosial');
  try {
    const opened = await openForWeb(edition, options.alamat);
    const out = opened.web && !hasErrors(opened.diagnostics) ? await socialFiles(opened.web, fromRoot(WEB_CACHE)) : undefined;
    const all = [...opened.diagnostics, ...(out?.diagnostics ?? [])];
    if (!out || hasErrors(all)) {
      printReport(all);
      process.stderr.write('keterangan media sosial tidak dibuat; yang sebelumnya (jika ada) tidak berubah\n');
      return 1;
    }
    const target = path.join(editionOutputDir(edition.id), SOCIAL_DIR);
    await claimOutput(edition);
    await writeFolderAtomic(target, out.files);
    if (all.length) printReport(all);
    if (options.json) emitJson(true, { edition: edition.id, folder: shown(target), posts: out.posts });
    else process.stderr.write(`✓ ${out.posts.length} keterangan media sosial: ${shown(target)}/{sosial.md,sosial.csv,sosial.json,foto/}\n`);
    return 0;
  } finally {
    await lock.release();
  }
}
