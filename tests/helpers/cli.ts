import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SAMPLE = path.join(ROOT, 'content/2026-05');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI (compiled) in `cwd`, as a user would. */
export function jurnal(args: string[], cwd: string = ROOT, env: Record<string, string> = {}): CliRun {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/jurnal.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    timeout: 300_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A scratch project folder (content/ and a package.json, as the CLI finds its root) with a copy of the sample edition as content/<id>. */
export function scratchProject(id = '2026-05', withPhotos = true): { root: string; edition: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'jurnal-test-'));
  const edition = path.join(root, 'content', id);
  cpSync(SAMPLE, edition, { recursive: true, filter: (src) => withPhotos || !src.includes(`${path.sep}foto`) });
  writeFileSync(path.join(root, 'package.json'), '{ "private": true }\n');
  return { root, edition };
}

/** The one JSON object a --json run prints on stdout. */
export function jsonOf(run: CliRun): { ok: boolean; diagnostics: { file: string; rule: string; severity: string; message: string; position?: { line: number; column: number } }[] } & Record<string, unknown> {
  return JSON.parse(run.stdout) as ReturnType<typeof jsonOf>;
}

/** Every file under `dir` with its size and mtime, to prove nothing changed. */
export function snapshotTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else out[path.relative(dir, p)] = `${s.size}:${s.mtimeMs}:${readFileSync(p).subarray(0, 64).toString('hex')}`;
    }
  };
  walk(dir);
  return out;
}
