/**
 * A hash of the program itself: the compiled code (dist/), the patches applied to dependencies and
 * package-lock.json (every dependency's exact version). Whatever is remembered across runs as the
 * result of this program's work is keyed by it, so a new version never reuses an old result. The
 * compiled files count by name, size and modification time, not by their bytes: every command pays
 * for this, reading 2 MB of code would cost more than the work it saves, and tsc rewrites every file
 * it compiles (a recompile forgets what was remembered, which costs one slower run).
 */
import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root (dist/util/ or src/util/ → two up). */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

type Hash = ReturnType<typeof createHash>;

/** Every file below `dir` (absolute paths, sorted; none when it is missing). */
async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => !e.isDirectory())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Every file below `dir` (relative names, sorted) with its bytes folded into `hash`; a symlink by its target. */
export async function hashTree(hash: Hash, dir: string, label: string): Promise<void> {
  const files = await filesBelow(dir);
  hash.update(`${label}\0${files.length}\0`);
  for (const file of files) {
    const info = await lstat(file).catch(() => undefined);
    hash.update(`${path.relative(dir, file)}\0`);
    if (!info) hash.update('gone\0');
    else if (info.isSymbolicLink()) hash.update(`link\0${await readlink(file).catch(() => '')}\0`);
    else hash.update(await readFile(file).catch(() => Buffer.from('unreadable')));
  }
}

/** One file's name and bytes (or that it is absent) folded into `hash`. */
export async function hashFile(hash: Hash, file: string): Promise<void> {
  hash.update(`${file}\0`).update(await readFile(file).catch(() => Buffer.from('absent')));
}

/** Names, sizes and modification times of every file below `dir`. */
async function statTree(hash: Hash, dir: string, label: string): Promise<void> {
  const files = await filesBelow(dir);
  hash.update(`${label}\0${files.length}\0`);
  for (const file of files) {
    const info = await lstat(file, { bigint: true }).catch(() => undefined);
    hash.update(`${path.relative(dir, file)}\0${info ? `${info.size}:${info.mtimeNs}` : 'gone'}\0`);
  }
}

let program: Promise<string> | undefined;

export function programHash(): Promise<string> {
  program ??= (async () => {
    const hash = createHash('sha256');
    await statTree(hash, path.join(PACKAGE_ROOT, 'dist'), 'program');
    await hashTree(hash, path.join(PACKAGE_ROOT, 'patches'), 'tambalan');
    await hashFile(hash, path.join(PACKAGE_ROOT, 'package-lock.json'));
    return hash.digest('hex');
  })();
  return program;
}
