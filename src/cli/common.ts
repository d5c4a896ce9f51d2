/** What every command shares: the project root, finding the edition folder and printing a report. */
import { existsSync, readFileSync, realpathSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { report } from '../diagnostics/reporter.js';
import { type EditionRef, SOURCE_FILE } from '../pipeline/edition-ref.js';
import { acquireLock, type Lock, writeFileAtomic } from '../util/atomic.js';

export const CONTENT_DIR = 'content';
/** Set by the layout supervisor so its child colours reports as the terminal would have. */
export const COLOUR = 'JURNAL_WARNA';

/** The folder the user ran the command in; user-given relative paths resolve against it. */
export const INVOKED_FROM = process.cwd();

const isDir = (p: string): boolean => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

/**
 * The project root, found as git finds its repository: from `start` upwards, the first folder that
 * holds both `content/` and `package.json`; failing that, the first that holds `content/`; failing
 * that, `start` itself. content/, editions/, distribution/ and .cache/ all live there.
 */
export function findProjectRoot(start: string = INVOKED_FROM): string {
  const walk = (test: (dir: string) => boolean): string | undefined => {
    for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
      if (test(dir)) return dir;
      if (path.dirname(dir) === dir) return undefined;
    }
  };
  return walk((d) => isDir(path.join(d, CONTENT_DIR)) && existsSync(path.join(d, 'package.json'))) ?? walk((d) => isDir(path.join(d, CONTENT_DIR))) ?? path.resolve(start);
}

let root: string | undefined;
export function projectRoot(): string {
  return (root ??= findProjectRoot());
}

/** A path relative to the project root, absolute. */
export function fromRoot(...parts: string[]): string {
  return path.join(projectRoot(), ...parts);
}

/** How a path is shown to the user: relative to where they ran the command, when below it. */
export function shown(file: string): string {
  const rel = path.relative(INVOKED_FROM, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : rel === '' ? '.' : file;
}

export function editionOutputDir(id: string): string {
  return fromRoot('editions', id);
}

export function editionLockFile(id: string): string {
  return fromRoot('editions', `.${id}.lock`);
}

/** A problem the user can fix: printed without a stack trace, exit code 1. */
export class UserError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
  }
}

export { type EditionRef, SOURCE_FILE };

/** `<edition>` is an id (a folder under content/) or a path to an edition folder. */
export function resolveEditionRef(ref: string | undefined, cwd = INVOKED_FROM): EditionRef {
  if (ref === undefined) {
    throw new UserError('edisi belum disebut', `tulis id edisi atau foldernya, mis. "jurnal check 2026-05" atau "jurnal check content/2026-05"`);
  }
  const candidates = [path.resolve(cwd, ref), path.resolve(projectRoot(), CONTENT_DIR, ref)];
  const dir = candidates.find(isDir);
  if (!dir) {
    throw new UserError(`edisi "${ref}" tidak ditemukan`, `folder ${path.join(CONTENT_DIR, ref)} tidak ada; lihat isi folder ${CONTENT_DIR}/`);
  }
  const rel = path.relative(cwd, dir);
  return { dir, display: rel && !rel.startsWith('..') ? rel : dir, id: path.basename(dir) };
}

const real = (p: string): string => {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
};

/** The content of editions/<id>/sumber.json for this edition. */
export function sourceRecord(edition: EditionRef): string {
  return `${JSON.stringify({ edisi: edition.id, sumber: real(edition.dir) }, null, 2)}\n`;
}

/**
 * editions/<id>/ belongs to exactly one edition folder. Refuses when the output was built from
 * another folder with the same name (a USB copy, a backup). An output from before sumber.json
 * existed is taken to belong to content/<id>.
 */
export function assertOwnsOutput(edition: EditionRef): void {
  const target = editionOutputDir(edition.id);
  if (!existsSync(target)) return;
  let owner: string | undefined;
  try {
    owner = (JSON.parse(readFileSync(path.join(target, SOURCE_FILE), 'utf8')) as { sumber?: string }).sumber;
  } catch {
    owner = fromRoot(CONTENT_DIR, edition.id);
  }
  if (owner && real(owner) === real(edition.dir)) return;
  throw new UserError(
    `${shown(target)} milik edisi dari folder ${owner ? shown(owner) : '(tidak diketahui)'}, bukan dari ${edition.display}; hasilnya tidak ditimpa`,
    `salin folder ini ke ${CONTENT_DIR}/ dengan nama lain (mis. ${CONTENT_DIR}/${edition.id}-salinan) lalu jalankan perintah dengan nama itu, atau hapus ${shown(target)} bila hasil lama memang tidak diperlukan`,
  );
}

// --json: every outcome of a command is one JSON object on stdout.
const JSON_COMMANDS = new Set(['check', 'plan', 'build', 'review', 'web', 'sosial']);
/** The file of a diagnostic about the command line itself (as the distribution commands name it). */
export const COMMAND_LINE = '(baris perintah)';
export const jsonMode = (argv: readonly string[] = process.argv): boolean => JSON_COMMANDS.has(argv[2] ?? '') && argv.slice(3).includes('--json');
const json = { emitted: false, diagnostics: [] as Diagnostic[], armed: false };

/** Writes the command's JSON answer (once): `{ ok, diagnostics, ...fields }`. */
export function emitJson(ok: boolean, fields: Record<string, unknown> = {}): void {
  if (json.emitted) return;
  json.emitted = true;
  writeSync(1, `${JSON.stringify({ ok, diagnostics: json.diagnostics, ...fields }, null, 2)}\n`);
}

/** In --json mode, the diagnostics every refusal or failure is reported with. */
export function recordDiagnostics(diagnostics: readonly Diagnostic[]): void {
  json.diagnostics.push(...diagnostics);
  if (!json.armed && jsonMode()) {
    json.armed = true;
    // A process that reported problems but wrote no answer (e.g. the supervisor after a time limit) still answers.
    process.once('exit', (code) => {
      if (!json.emitted && json.diagnostics.length) emitJson(code === 0);
    });
  }
}

export function printReport(diagnostics: readonly Diagnostic[], stream: NodeJS.WriteStream = process.stderr): void {
  recordDiagnostics(diagnostics);
  // A supervised child writes to a pipe; the supervisor says whether the terminal behind it has colour.
  stream.write(report(diagnostics, { color: (stream.isTTY === true || process.env[COLOUR] === '1') && !process.env.NO_COLOR }));
}

/**
 * The naming rule (README, "Names"): flags are Indonesian; the English spelling of an older release is a
 * hidden alias for one release. The value of whichever was given; both, differing, is the user's mistake:
 * thrown, or handed to `conflict` by a command that reports it among its other diagnostics.
 */
export function aliased(
  name: string,
  value: string | undefined,
  alias: string,
  aliasValue: string | undefined,
  conflict: (message: string, hint: string) => void = (message, hint) => {
    throw new UserError(message, hint);
  },
): string | undefined {
  if (value !== undefined && aliasValue !== undefined && value.trim() !== aliasValue.trim()) {
    conflict(`${name} "${value}" dan ${alias} "${aliasValue}" berbeda`, `pakai ${name} saja (${alias} adalah ejaan lamanya)`);
  }
  return value ?? aliasValue;
}

/** Commands return their exit code; commander ignores return values, so it is kept here. */
export const outcome = { exitCode: 0 };

export function action<A extends unknown[]>(fn: (...args: A) => Promise<number>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    outcome.exitCode = await fn(...args);
    // Commands that did not write their own answer answer with the outcome and what they reported.
    if (jsonMode()) emitJson(outcome.exitCode === 0);
  };
}

/**
 * For plan and review, which write into a finished editions/<id>/: the edition's build lock (so a
 * build never swaps the folder while they write into it) and its ownership (see claimOutput).
 */
export async function lockOutput(edition: EditionRef, what: string): Promise<Lock> {
  const lock = await acquireLock(editionLockFile(edition.id), what);
  if ('heldBy' in lock) throw new UserError(`edisi ${edition.id} sedang dibangun oleh ${lock.heldBy}`, 'tunggu sampai selesai, lalu ulangi');
  try {
    assertOwnsOutput(edition);
  } catch (error) {
    await lock.release();
    throw error;
  }
  return lock;
}

/** Call with the lock held, before writing into editions/<id>/: marks the folder as this edition's. */
export async function claimOutput(edition: EditionRef): Promise<void> {
  const record = path.join(editionOutputDir(edition.id), SOURCE_FILE);
  if (!existsSync(record)) await writeFileAtomic(record, sourceRecord(edition));
}
