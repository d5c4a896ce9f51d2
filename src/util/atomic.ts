/**
 * Never lose or half-write what was there: files are written to a temporary name and renamed; an
 * edition folder is staged beside its target and swapped in only when complete.
 */
import { randomBytes } from 'node:crypto';
import { access, mkdir, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export interface Staging {
  dir: string;
  /** Moves the staged folder into place; the previous one is removed only after that succeeded. */
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/**
 * Puts right what a killed build left beside `target`: its half-written staging folder is removed,
 * and if it died between moving the old edition aside and moving the new one in, the old one is
 * moved back. Only leftovers of processes that are no longer running are touched.
 */
export async function recoverStaging(target: string): Promise<void> {
  const parent = path.dirname(target);
  const prefix = `.${path.basename(target)}.`;
  const leftovers = (await readdir(parent).catch(() => [] as string[]))
    .map((name) => ({ name, match: name.startsWith(prefix) ? /^(baru|lama)\.(\d+)\.[0-9a-f]+$/.exec(name.slice(prefix.length)) : null }))
    .filter((l) => l.match && !isAlive(Number(l.match[2])));
  for (const { name, match } of leftovers) {
    const dir = path.join(parent, name);
    if (match![1] === 'lama' && !(await exists(target))) await rename(dir, target);
    else await rm(dir, { recursive: true, force: true });
  }
}

const exists = (file: string) => access(file).then(() => true, () => false);

/** Call with the edition's lock held. */
export async function stageDirectory(target: string): Promise<Staging> {
  const parent = path.dirname(target);
  await mkdir(parent, { recursive: true });
  await recoverStaging(target);
  const tag = `${process.pid}.${randomBytes(4).toString('hex')}`;
  const dir = path.join(parent, `.${path.basename(target)}.baru.${tag}`);
  await mkdir(dir);
  return {
    dir,
    async commit() {
      const old = path.join(parent, `.${path.basename(target)}.lama.${tag}`);
      let moved = false;
      try {
        await rename(target, old);
        moved = true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      try {
        await rename(dir, target);
      } catch (error) {
        if (moved) await rename(old, target);
        throw error;
      }
      if (moved) await rm(old, { recursive: true, force: true });
    },
    async abort() {
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A whole folder of files (paths relative to it) put in place at once, or not at all: the old one stays on failure. */
export async function writeFolderAtomic(target: string, files: Iterable<readonly [string, string | Uint8Array]>): Promise<void> {
  const staging = await stageDirectory(target);
  try {
    for (const [name, data] of files) {
      await mkdir(path.dirname(path.join(staging.dir, name)), { recursive: true });
      await writeFile(path.join(staging.dir, name), data);
    }
    await staging.commit();
  } catch (error) {
    await staging.abort();
    throw error;
  }
}

export interface Lock {
  release(): Promise<void>;
}

/** One build per edition at a time; a lock left by a killed process is taken over. */
export async function acquireLock(file: string, what: string): Promise<Lock | { heldBy: string }> {
  await mkdir(path.dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(JSON.stringify({ pid: process.pid, what, since: new Date().toISOString() }));
      await handle.close();
      return { release: () => rm(file, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder: { pid?: number; what?: string; since?: string } = {};
      try {
        holder = JSON.parse(await readFile(file, 'utf8')) as typeof holder;
      } catch {
        // Unreadable lock: treat as stale.
      }
      if (holder.pid && holder.pid !== process.pid && isAlive(holder.pid)) {
        return { heldBy: `proses ${holder.pid} (${holder.what ?? '?'}, sejak ${holder.since ?? '?'})` };
      }
      await rm(file, { force: true });
    }
  }
  return { heldBy: 'proses lain' };
}

/** Removes a lock left by `pid` (a process the caller knows has ended). */
export async function releaseLockOf(file: string, pid: number): Promise<void> {
  const holder = await readFile(file, 'utf8').then((t) => JSON.parse(t) as { pid?: number }, () => ({}) as { pid?: number });
  if (holder.pid === pid) await rm(file, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
