/**
 * Declares `jurnal plan` without loading the layout: plan.ts (react-pdf, the layout engine) is
 * imported only when the command runs, so `jurnal --help` and the other commands start quickly.
 */
import type { Command } from 'commander';
import { action } from './common.js';
import { limitOptions } from './supervise.js';

export function registerPlan(program: Command): void {
  limitOptions(program
    .command('plan')
    .summary('susun rencana halaman (flatplan) sebuah edisi')
    .description('Menempatkan setiap naskah ke halaman dengan ukuran dari tata letak yang sebenarnya, mencetak tabel flatplan\ndan menulis editions/<edisi>/flatplan.pdf.')
    .argument('<edisi>', 'id edisi atau path folder edisi')
    .option('--json', 'keluarkan rencana sebagai JSON'))
    .action(action(async (ref: string, options: { json?: boolean }) => {
      const { runPlan } = await import('./plan.js');
      return runPlan(ref, options);
    }));
}
