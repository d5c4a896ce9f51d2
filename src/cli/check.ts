import { readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { printabilityDiagnostics } from '../layout/printable.js';
import { action, CONTENT_DIR, printReport, resolveEditionRef } from './common.js';
import { openEdition } from './open-edition.js';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .summary('periksa naskah, front-matter dan foto sebuah edisi')
    .description('Memeriksa edition.yaml, setiap naskah (front-matter, rubrik, wilayah) dan setiap foto yang dirujuk.\nTanpa <edisi>, semua edisi di folder content/ diperiksa.')
    .argument('[edisi]', 'id edisi (mis. 2026-05) atau path folder edisi')
    .action(action(async (ref: string | undefined) => {
      const refs = ref !== undefined ? [ref] : allEditions();
      const diagnostics = [];
      let count = 0;
      for (const r of refs) {
        const opened = await openEdition(resolveEditionRef(r));
        count += opened.articles.length;
        diagnostics.push(...opened.diagnostics, ...opened.articles.flatMap(printabilityDiagnostics));
      }
      printReport(diagnostics);
      process.stderr.write(`${count} naskah diperiksa di ${refs.length} edisi\n`);
      return hasErrors(diagnostics) ? 1 : 0;
    }));
}

function allEditions(): string[] {
  if (!existsSync(CONTENT_DIR)) return [];
  return readdirSync(CONTENT_DIR)
    .filter((n) => statSync(path.join(CONTENT_DIR, n)).isDirectory() && existsSync(path.join(CONTENT_DIR, n, 'edition.yaml')))
    .sort()
    .map((n) => path.join(CONTENT_DIR, n));
}
