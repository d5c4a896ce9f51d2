/** `jurnal plan <edisi>` (declared in plan-command.ts, which loads this module only when it runs). */
import path from 'node:path';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { FLATPLAN_FILE } from '../edition/flatplan.js';
import { CACHE_DIR } from '../pipeline/edition-ref.js';
import { planEdition } from '../pipeline/plan.js';
import { announceEdition } from '../pipeline/watchdog.js';
import { writeFileAtomic } from '../util/atomic.js';
import { claimOutput, editionOutputDir, emitJson, fromRoot, lockOutput, printReport, resolveEditionRef, shown } from './common.js';

export async function runPlan(ref: string, options: { json?: boolean }): Promise<number> {
  const edition = resolveEditionRef(ref);
  announceEdition(edition);
  const lock = await lockOutput(edition, 'jurnal plan');
  try {
    const plan = await planEdition(edition, fromRoot(CACHE_DIR));
    const { diagnostics } = plan;
    if (!plan.layout) {
      printReport(diagnostics);
      if (!options.json) process.stderr.write('plan dibatalkan; tidak ada yang ditulis\n');
      return 1;
    }
    if (!options.json) process.stdout.write(`${plan.table}\n`);
    const out = path.join(editionOutputDir(edition.id), FLATPLAN_FILE);
    await claimOutput(edition);
    await writeFileAtomic(out, plan.pdf);
    if (diagnostics.length) printReport(diagnostics);
    process.stderr.write(`flatplan ditulis: ${shown(out)}\n`);
    const code = hasErrors(diagnostics) ? 1 : 0;
    const { plan: flatplan } = plan.layout;
    if (options.json) emitJson(code === 0, { edition: flatplan.edition, pages: flatplan.pages, unplaced: flatplan.unplaced, copyFit: flatplan.copyFit, flatplan: shown(out) });
    return code;
  } finally {
    await lock.release();
  }
}
