/**
 * A build that would repeat the last one is not run again, as make says "up to date": when every
 * input hashes to the key of the last successful build of the edition, and editions/<id>/ still
 * holds the very files that build wrote, the command reports that build again and stops. Inputs
 * are everything a build reads: the edition folder (articles, photos, approvals, edition.yaml),
 * the glossary beside it, the templates, the program itself (dist/, patches, package-lock.json)
 * and the options. Any byte changed in any of them builds again. Light on purpose: no layout
 * modules, so an unchanged edition answers in a fraction of a second.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { writeFileAtomic } from '../util/atomic.js';
import { hashFile, hashTree, PACKAGE_ROOT, programHash } from '../util/program-hash.js';
import type { EditionRef } from './edition-ref.js';
/** Changes when what a record means changes. */
const VERSION = 'build-1';

/** What a successful build told the user, to tell it again. */
export interface BuildAnswer {
  diagnostics: Diagnostic[];
  /** Files of editions/<id>/ the build wrote. */
  files: string[];
  print?: { builtAt: string; fromEarlierBuild: boolean };
  watermark: string;
  pages: number;
}

interface BuildRecord {
  version: string;
  key: string;
  /** Each written file's size, modification time and inode when the build finished. */
  outputs: Record<string, string>;
  answer: BuildAnswer;
}

/** The key of a build of `edition` with `options`, from everything it reads. */
export async function buildKey(edition: EditionRef, options: object): Promise<string> {
  const hash = createHash('sha256').update(`${VERSION}\0${JSON.stringify(options)}\0${edition.dir}\0${await programHash()}\0`);
  await hashTree(hash, edition.dir, 'edisi');
  await hashFile(hash, path.join(path.dirname(edition.dir), 'glosarium.yaml'));
  await hashTree(hash, path.join(PACKAGE_ROOT, 'templates'), 'templat');
  return hash.digest('hex');
}

const recordFile = (cacheDir: string, id: string) => path.join(cacheDir, 'build', `${id}.json`);

async function outputStat(file: string): Promise<string | undefined> {
  const s = await stat(file, { bigint: true }).catch(() => undefined);
  return s?.isFile() ? `${s.size}:${s.mtimeNs}:${s.ino}` : undefined;
}

/** The answer of the last build when `key` is its key and its files are in `target` untouched; otherwise undefined. */
export async function unchangedBuild(cacheDir: string, id: string, key: string, target: string): Promise<BuildAnswer | undefined> {
  let record: BuildRecord;
  try {
    record = JSON.parse(await readFile(recordFile(cacheDir, id), 'utf8')) as BuildRecord;
  } catch {
    return undefined;
  }
  if (record.version !== VERSION || record.key !== key || !record.outputs || !record.answer) return undefined;
  for (const [name, recorded] of Object.entries(record.outputs)) {
    if ((await outputStat(path.join(target, name))) !== recorded) return undefined;
  }
  return record.answer;
}

/** Remembers a finished build: its key and the files it left in `target`. A record that cannot be written only costs a build next time. */
export async function rememberBuild(cacheDir: string, id: string, key: string, target: string, answer: BuildAnswer): Promise<void> {
  const outputs: Record<string, string> = {};
  for (const name of answer.files) {
    const s = await outputStat(path.join(target, name));
    if (!s) return;
    outputs[name] = s;
  }
  await writeFileAtomic(recordFile(cacheDir, id), JSON.stringify({ version: VERSION, key, outputs, answer } satisfies BuildRecord)).catch(() => undefined);
}
