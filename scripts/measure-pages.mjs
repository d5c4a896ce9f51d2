#!/usr/bin/env node
// Measures a print PDF the way a layout editor judges it: holes in the text columns and body-text
// typography, per page and for the edition (logic in page-metrics.mjs; needs `npm run build:ts`).
// Usage: node scripts/measure-pages.mjs <print.pdf> <editionDir> [--json] [--lines] [--loose-em=0.5]
//   --json      machine-readable output (the body lines per column only with --lines)
//   --lines     also list the loose lines and the lines with straight quotes (JSON: every body line)
//   --loose-em  word space above which a justified line is loose, in em (default 0.5)
import { measurePages } from './page-metrics.mjs';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--') && !a.includes('=')));
const values = Object.fromEntries(args.filter((a) => a.startsWith('--') && a.includes('=')).map((a) => a.slice(2).split('=')));
const [pdf, edition] = args.filter((a) => !a.startsWith('--'));
const looseEm = values['loose-em'] === undefined ? undefined : Number(values['loose-em']);
const unknown = [...flags].some((f) => !['--json', '--lines'].includes(f)) || Object.keys(values).some((k) => k !== 'loose-em');
if (!pdf || !edition || unknown || (looseEm !== undefined && !(looseEm > 0))) {
  console.error('pemakaian: node scripts/measure-pages.mjs <print.pdf> <folder-edisi> [--json] [--lines] [--loose-em=0.5]');
  process.exit(2);
}

const m = await measurePages(pdf, edition, looseEm === undefined ? {} : { looseEm });
if (!flags.has('--lines')) for (const p of m.typography.pages) for (const c of p.columns) delete c.bodyLines;

if (flags.has('--json')) {
  process.stdout.write(`${JSON.stringify(m, null, 2)}\n`);
} else {
  const t = m.typography;
  const rows = m.holes.map((h, i) => {
    const p = t.pages[i];
    return [
      String(h.page),
      `${h.percent.toFixed(1)}`,
      `${h.percentWithoutPhotos.toFixed(1)}`,
      String(h.runs.length),
      String(p.lines),
      `${p.hyphenatedPercent.toFixed(1)}`,
      p.longestHyphenRun ? `${p.longestHyphenRun} (${String.fromCharCode(65 + p.longestHyphenRunColumn)})` : '0',
      `${p.loosePercent.toFixed(1)}`,
      String(p.straightQuotes),
      String(p.overprinted),
    ];
  });
  const tt = t.totals;
  rows.push([
    'total',
    `${m.holeTotals.percent.toFixed(1)}`,
    `${m.holeTotals.percentWithoutPhotos.toFixed(1)}`,
    String(m.holeTotals.runs),
    String(tt.lines),
    `${tt.hyphenatedPercent.toFixed(1)}`,
    tt.longestHyphenRun ? `${tt.longestHyphenRun} (p${tt.longestHyphenRunPage}${String.fromCharCode(65 + tt.longestHyphenRunColumn)})` : '0',
    `${tt.loosePercent.toFixed(1)}`,
    String(tt.straightQuotes),
    String(tt.overprinted),
  ]);
  const head = ['page', 'hole %', 'w/o photos', 'runs', 'body lines', 'hyphen %', 'max run', 'loose %', "straight \" '", 'overprint'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r) => r.map((v, i) => (i ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join('  ');
  console.log(fmt(head));
  rows.forEach((r, i) => {
    if (i === rows.length - 1) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    console.log(fmt(r));
  });
  console.log(
    `\nhole %: blank area in runs taller than ${m.options.minLines} body lines, of the column area (w/o photos: of the column area outside photos)` +
      `\nmean page hole % ${m.holeTotals.meanPagePercent.toFixed(1)}; blank ${Math.round(m.holeTotals.blankAreaMm2 / 100)} of ${Math.round(m.holeTotals.columnAreaMm2 / 100)} cm² column area, ${Math.round(m.holeTotals.photoAreaMm2 / 100)} cm² of it photos` +
      `\nloose %: justified lines with a mean word space over ${m.options.looseEm} em, of the justified body lines`,
  );
  const over = t.pages.filter((p) => p.overprinted).map((p) => `p${p.page} (${p.overprintedAt.map((a) => `${a.xMm}, ${a.yMm} mm`).join('')})`);
  if (over.length) console.log(`\ntext drawn over other text (characters): ${over.join(', ')}`);
  const r = m.photoRows;
  console.log(`\nphotos side by side: ${r.even} of ${r.rows} rows even, ${r.hung} from one top line${r.list.filter((x) => !x.even).map((x) => `\n  p${x.page}: ${x.photos.map((f) => `${f.width}×${f.height} pt at y ${f.y}`).join(' | ')}`).join('')}`);
  console.log('\nholes (runs taller than 3 body lines):');
  for (const h of m.holes) {
    if (!h.runs.length) continue;
    console.log(`  p${h.page}: ${h.runs.map((r) => `${r.columnLetter} line ${r.topLine}+${r.heightLines} (${r.topMm}–${Math.round((r.topMm + r.heightMm) * 10) / 10} mm)`).join(', ')}`);
  }
  if (flags.has('--lines')) {
    const loose = t.pages.flatMap((p) => p.looseLines.map((l) => `  p${p.page}${l.columnLetter} line ${l.line}: ${l.gapEm.toFixed(2)} em  ${l.text}`));
    if (loose.length) console.log(`\nloose lines (word space > ${m.options.looseEm} em):\n${loose.join('\n')}`);
    const quotes = t.pages.flatMap((p) => p.straightQuoteLines.map((l) => `  p${p.page}${l.columnLetter} line ${l.line}: ${l.text}`));
    if (quotes.length) console.log(`\nbody lines with straight quotes:\n${quotes.join('\n')}`);
  }
  if (t.duplicates.length) {
    console.log(`\nsentences the text shows twice (${tt.hiddenDuplicateSentences} with a hidden, clipped copy):`);
    for (const d of t.duplicates) {
      const where = d.occurrences.map((o) => `p${o.page}${o.hidden ? ' (hidden)' : ''}`).join(', ');
      console.log(`  ${where}: ${d.text.length > 90 ? `${d.text.slice(0, 87)}…` : d.text}`);
    }
  }
}
