#!/usr/bin/env node
// Prints the README's rule table (Markdown) from the catalogue, src/review/catalogue.ts compiled to
// dist/ (run `npm run build:ts` first). `--write` replaces the table between the markers in
// README.md; tests/unit/review/catalogue.test.ts fails when the README differs from this output.
import { readFileSync, writeFileSync } from 'node:fs';

export const START = '<!-- aturan:mulai -->';
export const END = '<!-- aturan:selesai -->';

const escape = (s) => s.replace(/\|/g, '\\|');

/** The table, from a loaded catalogue module (dist/review/catalogue.js or the TypeScript source). */
export function ruleTable(catalogue) {
  const { CATALOGUE, RULE_IDS, STAGES, isReviewRule, severityText } = catalogue;
  const rows = ['| aturan | tahap | tingkat | yang diperiksa | saran |', '|---|---|---|---|---|'];
  for (const stage of STAGES) {
    for (const id of RULE_IDS.filter((i) => CATALOGUE[i].stage === stage.id)) {
      const entry = CATALOGUE[id];
      rows.push(`| \`${id}\`${isReviewRule(id) ? ' *' : ''} | ${stage.id} | ${severityText(entry)} | ${escape(entry.finds)} | ${escape(entry.saran)} |`);
    }
  }
  return `${rows.join('\n')}\n`;
}

/** The README text with the table between the markers replaced. */
export function withTable(readme, table) {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) throw new Error(`README.md has no ${START} … ${END} markers`);
  return `${readme.slice(0, from + START.length)}\n${table}${readme.slice(to)}`;
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const catalogue = await import(new URL('../dist/review/catalogue.js', import.meta.url).href);
  const table = ruleTable(catalogue);
  if (process.argv.includes('--write')) {
    const file = new URL('../README.md', import.meta.url);
    writeFileSync(file, withTable(readFileSync(file, 'utf8'), table));
  } else process.stdout.write(table);
}
