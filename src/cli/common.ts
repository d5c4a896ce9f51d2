/** What every command shares: finding the edition folder and printing a report. */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { report } from '../diagnostics/reporter.js';

export const CONTENT_DIR = 'content';
/** Set by the layout supervisor so its child colours reports as the terminal would have. */
export const COLOUR = 'JURNAL_WARNA';

export function editionOutputDir(id: string): string {
  return path.resolve('editions', id);
}

export function editionLockFile(id: string): string {
  return path.resolve('editions', `.${id}.lock`);
}

/** A problem the user can fix: printed without a stack trace, exit code 1. */
export class UserError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
  }
}

export interface EditionRef {
  /** Absolute folder. */
  dir: string;
  /** As shown in messages, relative to the cwd where possible. */
  display: string;
  id: string;
}

/** `<edition>` is an id (a folder under content/) or a path to an edition folder. */
export function resolveEditionRef(ref: string | undefined, cwd = process.cwd()): EditionRef {
  const candidates = ref === undefined ? [] : [path.resolve(cwd, ref), path.resolve(cwd, CONTENT_DIR, ref)];
  if (ref === undefined) {
    throw new UserError('edisi belum disebut', `tulis id edisi atau foldernya, mis. "jurnal check 2026-05" atau "jurnal check content/2026-05"`);
  }
  const dir = candidates.find((c) => existsSync(c) && statSync(c).isDirectory());
  if (!dir) {
    throw new UserError(`edisi "${ref}" tidak ditemukan`, `folder ${path.join(CONTENT_DIR, ref)} tidak ada; lihat isi folder ${CONTENT_DIR}/`);
  }
  const rel = path.relative(cwd, dir);
  return { dir, display: rel && !rel.startsWith('..') ? rel : dir, id: path.basename(dir) };
}

export function printReport(diagnostics: readonly Diagnostic[], stream: NodeJS.WriteStream = process.stderr): void {
  // A supervised child writes to a pipe; the supervisor says whether the terminal behind it has colour.
  stream.write(report(diagnostics, { color: (stream.isTTY === true || process.env[COLOUR] === '1') && !process.env.NO_COLOR }));
}

/** Commands return their exit code; commander ignores return values, so it is kept here. */
export const outcome = { exitCode: 0 };

export function action<A extends unknown[]>(fn: (...args: A) => Promise<number>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    outcome.exitCode = await fn(...args);
  };
}
