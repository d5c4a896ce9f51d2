/**
 * The one message type of the pipeline, modelled on vfile-message: a place in a file, a rule id,
 * a severity, what is wrong and what to do about it. Stages return these as values; only the CLI
 * decides what they mean for the exit code.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Position {
  line: number;
  column: number;
}

export interface Diagnostic {
  /** Path of the file the message is about, as given to the stage (usually relative to the cwd). */
  file: string;
  /** 1-based; absent when the message is about the file as a whole. */
  position?: Position;
  /** Dotted path of the offending field, e.g. `location.desa` or `images.0.src`. */
  field?: string;
  /** Stable rule id, e.g. `frontmatter-tipe`; lets editions switch rules off and tests assert exactly. */
  rule: string;
  severity: Severity;
  /** What is wrong, in Indonesian, without an "Error:" prefix. */
  message: string;
  /** What to do about it. */
  hint?: string;
  /** A second place involved, e.g. the first of two duplicate slugs. */
  related?: { file: string; position?: Position; message: string };
}

export interface Result<T> {
  value?: T;
  diagnostics: Diagnostic[];
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Convert a 0-based character offset into a 1-based line/column. */
export function offsetToPosition(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order: by file, then line, then column, then severity. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.position?.line ?? 0) - (b.position?.line ?? 0) ||
      (a.position?.column ?? 0) - (b.position?.column ?? 0) ||
      severityOrder[a.severity] - severityOrder[b.severity],
  );
}
