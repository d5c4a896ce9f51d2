import { readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { CACHE_DIR } from '../pipeline/edition-ref.js';
import { action, CONTENT_DIR, emitJson, fromRoot, printReport, resolveEditionRef } from './common.js';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .summary('periksa naskah, front-matter dan foto sebuah edisi')
    .description('Memeriksa edition.yaml, setiap naskah (front-matter, rubrik, wilayah) dan setiap foto yang dirujuk.\nTanpa <edisi>, semua edisi di folder content/ diperiksa.')
    .argument('[edisi]', 'id edisi (mis. 2026-05) atau path folder edisi')
    .option('--json', 'hasil sebagai JSON di stdout: { ok, diagnostics, ... }')
    .action(action(async (ref: string | undefined, options: { json?: boolean }) => {
      // The loaders (markdown, schemas, areas, fonts for glyph coverage, photo inspection) only when checking.
      const { checkEdition } = await import('../pipeline/open.js');
      const refs = ref !== undefined ? [ref] : allEditions();
      const diagnostics = [];
      let count = 0;
      for (const r of refs) {
        const opened = await checkEdition(resolveEditionRef(r), fromRoot(CACHE_DIR));
        count += opened.articles.length;
        diagnostics.push(...opened.diagnostics);
      }
      printReport(diagnostics);
      process.stderr.write(`${count} naskah diperiksa di ${refs.length} edisi\n`);
      const code = hasErrors(diagnostics) ? 1 : 0;
      if (options.json) emitJson(code === 0, { editions: refs.length, articles: count });
      return code;
    }));
}

function allEditions(): string[] {
  const content = fromRoot(CONTENT_DIR);
  if (!existsSync(content)) return [];
  return readdirSync(content)
    .filter((n) => statSync(path.join(content, n)).isDirectory() && existsSync(path.join(content, n, 'edition.yaml')))
    .sort()
    .map((n) => path.join(content, n));
}
