/**
 * Disk cache for layout work (measurements, galleys), keyed by everything that decides the result:
 * the article's bytes, the template, the photos, the leg height, and the layout code itself (a hash
 * of the compiled layout modules and of our patches to react-pdf), so a code change never serves a
 * stale galley.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let codeHash: string | undefined;

function layoutCodeHash(): string {
  if (!codeHash) {
    const dir = path.dirname(fileURLToPath(import.meta.url));
    const h = createHash('sha256');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.js')).sort()) h.update(name).update(readFileSync(path.join(dir, name)));
    const patches = path.join(dir, '../../patches');
    for (const name of readdirSync(patches).sort()) h.update(name).update(readFileSync(path.join(patches, name)));
    codeHash = h.digest('hex');
  }
  return codeHash;
}

export class LayoutCache {
  constructor(private readonly dir: string | undefined) {}

  key(...parts: unknown[]): string {
    return createHash('sha256').update(layoutCodeHash()).update(JSON.stringify(parts)).digest('hex').slice(0, 40);
  }

  async get(kind: string, key: string): Promise<Buffer | undefined> {
    if (!this.dir) return undefined;
    try {
      return await readFile(path.join(this.dir, kind, key));
    } catch {
      return undefined;
    }
  }

  async set(kind: string, key: string, data: Buffer | string): Promise<void> {
    if (!this.dir) return;
    const dir = path.join(this.dir, kind);
    await mkdir(dir, { recursive: true });
    const temp = path.join(dir, `.${key}.${process.pid}.tmp`);
    await writeFile(temp, data);
    await rename(temp, path.join(dir, key));
  }
}
