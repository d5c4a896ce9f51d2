/**
 * The flatplan as the editors read it: a terminal table with copy-fit, and flatplan.pdf. The plan
 * itself is made in edition/plan.ts (measured by layout/index.ts); the sheets are drawn by
 * layout/flatplan.tsx.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { flatplanPages } from '../layout/flatplan.js';
import { renderWithLayout } from '../layout/react-pdf-adapter.js';
import { editionTimestamp } from '../layout/dates.js';
import type { PlannedLayout } from '../layout/index.js';
import { writeFileAtomic } from '../util/atomic.js';
import { programHash } from '../util/program-hash.js';
import type { Flatplan } from './plan.js';

export const FLATPLAN_FILE = 'flatplan.pdf';

/**
 * flatplan.pdf of a laid-out edition. The sheets depend only on the plan, the grid, the edition's
 * settings and the titles, so a PDF drawn for the same of them by the same program is taken from the
 * cache (`jurnal plan` after a build, or a build after a plan, draws nothing again).
 */
export async function renderFlatplan(layout: PlannedLayout): Promise<Buffer> {
  const titles = new Map([...layout.articles].map(([slug, a]) => [slug, a.frontMatter.title]));
  const { config } = layout.input.edition;
  const key = createHash('sha256')
    .update(await programHash())
    .update(JSON.stringify([layout.plan, layout.g, config, [...titles]]))
    .digest('hex')
    .slice(0, 40);
  const cached = path.join(layout.input.cacheDir, 'flatplan', `${key}.pdf`);
  const stored = await readFile(cached).catch(() => undefined);
  if (stored) return stored;
  const { pdf } = await renderWithLayout(flatplanPages(layout.plan, layout.g, config, titles), { date: editionTimestamp(config.date), title: `Flatplan Edisi ${config.number}` });
  // A cache that cannot be written only costs the next run the drawing.
  await writeFileAtomic(cached, pdf).catch(() => undefined);
  return pdf;
}

/** The flatplan as a terminal table: page, section, stories, fill. */
export function flatplanTable(plan: Flatplan, layout: PlannedLayout): string {
  const rows = plan.pages.map((p) => {
    const stories = p.modules.map((m) => `${m.slug}${m.part === 'continuation' ? ` (sambungan dari ${m.jumpFrom})` : ''}${m.jumpTo ? ` → hal. ${m.jumpTo}` : ''}`);
    const label = p.role === 'front' ? 'Sampul' : p.role === 'back' ? 'Belakang (tetap)' : (p.section?.name ?? '–');
    return [String(p.number), label, stories.join(', ') || (p.role === 'back' ? 'redaksi, saluran, survei' : '—'), `${Math.round(p.fill * 100)}%`];
  });
  const head = ['Hal', 'Rubrik', 'Naskah', 'Isi'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (i === 2 ? Math.min(r[i]!.length, 90) : r[i]!.length))));
  const line = (r: string[]) => r.map((c, i) => (i === 2 && c.length > 90 ? `${c.slice(0, 89)}…` : c).padEnd(widths[i]!)).join('  ');
  // Column-centimetres: what an editor measures with a ruler on the page.
  const cm = (lines: number) => ((lines * layout.g.leading) / (72 / 2.54)).toFixed(1);
  const fit = plan.copyFit
    .filter((c) => c.overLines > 0)
    .map((c) => `  ${c.slug}: potong ± ${c.overLines} baris (± ${cm(c.overLines)} cm kolom)`);
  const under = plan.pages.filter((p) => p.role === 'section' && p.fill < 0.8).map((p) => {
    const lines = Math.round((1 - p.fill) * layout.g.columns * layout.g.lines);
    return `  hal. ${p.number}: kurang isi ± ${lines} baris (± ${cm(lines)} cm kolom; diisi kotak layanan)`;
  });
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line), '', ...(fit.length ? ['Perlu dipotong:', ...fit] : ['Semua naskah termuat utuh.']), ...(under.length ? ['Halaman kurang isi:', ...under] : [])].join('\n');
}
