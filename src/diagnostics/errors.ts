/**
 * Errors that carry diagnostics: thrown where a stage cannot return a Result (e.g. deep inside the
 * layout), caught by the CLI, which prints the diagnostics compiler-style instead of a stack trace.
 */
import type { Diagnostic } from './diagnostic.js';

export class DiagnosticError extends Error {
  override readonly name = 'DiagnosticError';
  constructor(readonly diagnostics: readonly Diagnostic[], message = diagnostics[0]?.message ?? 'berkas tidak sah') {
    super(message);
  }
}

export function isDiagnosticError(error: unknown): error is DiagnosticError {
  return error instanceof DiagnosticError;
}
