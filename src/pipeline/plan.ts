/** The plan as a value: the laid-out edition, its flatplan table and flatplan.pdf; the command writes it. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { flatplanTable, renderFlatplan } from '../edition/flatplan.js';
import type { PlannedLayout } from '../layout/index.js';
import type { EditionRef } from './edition-ref.js';
import { runLayout } from './layout.js';
import { heartbeat } from './watchdog.js';

export type Plan = { layout?: undefined; diagnostics: Diagnostic[] } | { layout: PlannedLayout; diagnostics: Diagnostic[]; table: string; pdf: Buffer };

export async function planEdition(edition: EditionRef, cacheDir: string): Promise<Plan> {
  const { layout, diagnostics } = await runLayout(edition, cacheDir);
  if (!layout) return { diagnostics };
  const table = flatplanTable(layout.plan, layout);
  heartbeat({ message: 'menggambar flatplan' });
  return { layout, diagnostics, table, pdf: await renderFlatplan(layout) };
}
