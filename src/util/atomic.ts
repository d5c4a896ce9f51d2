/**
 * Never lose or half-write what was there: files are written to a temporary name and renamed; an
 * edition folder is staged beside its target and swapped in only when complete.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
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

export async function stageDirectory(target: string): Promise<Staging> {
  const parent = path.dirname(target);
  await mkdir(parent, { recursive: true });
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

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
