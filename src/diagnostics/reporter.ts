/**
 * Turns diagnostics into compiler-style text, grouped per file (after vfile-reporter): a pure
 * function, so the CLI prints it and tests snapshot it.
 */
import { type Diagnostic, type Severity, sortDiagnostics } from './diagnostic.js';

const label: Record<Severity, string> = { error: 'galat', warning: 'peringatan', info: 'info' };

export interface ReportOptions {
  color?: boolean;
}

function paint(color: boolean, code: string, text: string): string {
  return color ? `\u001b[${code}m${text}\u001b[39m` : text;
}

function place(d: { file: string; position?: { line: number; column: number } }): string {
  return d.position ? `${d.file}:${d.position.line}:${d.position.column}` : d.file;
}

export function formatDiagnostic(d: Diagnostic, options: ReportOptions = {}): string {
  const color = options.color ?? false;
  const sev = paint(color, d.severity === 'error' ? '31' : d.severity === 'warning' ? '33' : '36', label[d.severity]);
  const field = d.field ? `${d.field}: ` : '';
  const lines = [`${place(d)}  ${sev}  ${field}${d.message}  [${d.rule}]`];
  if (d.hint) lines.push(`    ${paint(color, '2', 'saran:')} ${d.hint}`);
  if (d.related) lines.push(`    ${paint(color, '2', 'lihat:')} ${place(d.related)} ${d.related.message}`);
  return lines.join('\n');
}

export function summarize(diagnostics: readonly Diagnostic[]): string {
  const count = (s: Severity) => diagnostics.filter((d) => d.severity === s).length;
  const errors = count('error');
  const warnings = count('warning');
  if (errors === 0 && warnings === 0) return '✓ tidak ada masalah';
  const parts = [`${errors} galat`, `${warnings} peringatan`];
  return `${errors > 0 ? '✗' : '⚠'} ${parts.join(', ')}`;
}

/** The whole report: files in order, a blank line between files, then the summary line. */
export function report(diagnostics: readonly Diagnostic[], options: ReportOptions = {}): string {
  const sorted = sortDiagnostics(diagnostics);
  const blocks: string[] = [];
  let current: string | undefined;
  let block: string[] = [];
  for (const d of sorted) {
    if (d.file !== current) {
      if (block.length) blocks.push(block.join('\n'));
      block = [];
      current = d.file;
    }
    block.push(formatDiagnostic(d, options));
  }
  if (block.length) blocks.push(block.join('\n'));
  blocks.push(summarize(diagnostics));
  return blocks.join('\n\n') + '\n';
}
