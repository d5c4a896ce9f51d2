/**
 * Faults a newsroom meets: a pathological article, a heap that runs out, Ctrl-C, two people building
 * at once, a build killed at any moment. Each time the previous edition must survive untouched.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { recoverStaging } from '../../src/util/atomic.js';
import { jsonOf, jurnal, ROOT, scratchProject, snapshotTree } from '../helpers/cli.js';
import { openPdf } from '../helpers/pdf.js';

const EDITION = 'number: 1\nvolume: 1\nyear: 2026\ndate: 2026-05-19\npages: 4\nsections:\n  - { id: desa, name: Desa, pages: 2-3 }\n';

/** One paragraph of 62,000 words (460 KB): legal, but minutes of line breaking and hundreds of MB. */
function monsterProject(): { root: string; editions: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'jurnal-berat-'));
  const dir = path.join(root, 'content', 'p');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'edition.yaml'), EDITION);
  const words = 'pembangunan jalan desa dikerjakan bersama warga dengan gotong royong setiap minggu'.split(' ');
  const body = Array.from({ length: 62_000 }, (_, i) => words[i % words.length]).join(' ');
  writeFileSync(path.join(dir, 'paragraf-raksasa.md'), `---\ntitle: Paragraf Raksasa\nsection: desa\nkind: berita\nauthor: Tim Uji\ndate: 2026-05-10\nsources: [{ name: Kepala Desa }]\nverification: { status: verified, by: R, date: 2026-05-11 }\n---\n\n${body}\n`);
  // Stands in for the previous good edition: it must come through untouched.
  const editions = path.join(root, 'editions');
  mkdirSync(path.join(editions, 'p'), { recursive: true });
  writeFileSync(path.join(editions, 'p', 'proof-p.pdf'), '%PDF-1.7 edisi sebelumnya\n');
  return { root, editions };
}

describe('the layout watchdog', () => {
  it('stops a step that runs over the time limit and names the article; the previous edition stays', () => {
    const { root, editions } = monsterProject();
    const before = snapshotTree(editions);
    const r = jurnal(['build', 'p', '--proof', '--batas-waktu', '2'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^content\/p\/paragraf-raksasa\.md {2}galat {2}tata letak dihentikan: satu langkah melewati batas waktu 2 detik saat (memeriksa|mengukur) {2}\[batas-waktu\]$/m);
    expect(r.stderr).toContain('naikkan --batas-waktu');
    expect(snapshotTree(editions)).toEqual(before);
    // With --json the supervisor's own verdict is the answer on stdout.
    const json = jurnal(['plan', 'p', '--json', '--batas-waktu', '2'], root);
    expect(json.code).toBe(1);
    expect(jsonOf(json)).toMatchObject({ ok: false, diagnostics: [{ file: 'content/p/paragraf-raksasa.md', rule: 'batas-waktu', severity: 'error' }] });
    expect(snapshotTree(editions)).toEqual(before);
  });

  it('stops a layout whose heap outgrows the cap, names the article, and hides V8\'s dump', () => {
    const { root, editions } = monsterProject();
    const before = snapshotTree(editions);
    const r = jurnal(['plan', 'p', '--batas-memori', '150'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^content\/p\/paragraf-raksasa\.md {2}galat {2}tata letak dihentikan: memori melewati batas 150 MB saat mengukur {2}\[batas-memori\]$/m);
    expect(r.stderr).not.toMatch(/FATAL ERROR|Last few GCs|node::/);
    expect(snapshotTree(editions)).toEqual(before);
  });

  it('refuses a limit that is not a positive whole number', () => {
    const r = jurnal(['build', 'p', '--batas-waktu', 'sebentar'], ROOT);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--batas-waktu harus bilangan bulat positif, ditemukan "sebentar"');
  });
});

describe('interruptions and concurrent builds leave the previous edition intact', () => {
  let root: string;
  let target: string;
  beforeAll(() => {
    ({ root } = scratchProject());
    target = path.join(root, 'editions', '2026-05');
    const first = jurnal(['build', '2026-05', '-q'], root);
    expect(first.code, first.stderr).toBe(0);
  }, 300_000);

  const leftovers = () => readdirSync(path.join(root, 'editions')).filter((n) => n.startsWith('.'));
  const groupAlive = (pgid: number) => {
    try {
      process.kill(-pgid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

  function startBuild(): { child: ReturnType<typeof spawn>; stderr: () => string; exit: Promise<number | null> } {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/jurnal.js'), 'build', '2026-05'], { cwd: root, env: { ...process.env, NO_COLOR: '1' }, detached: true });
    let err = '';
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout!.resume();
    return { child, stderr: () => err, exit: new Promise((resolve) => child.on('close', (code) => resolve(code))) };
  }

  it('Ctrl-C in the middle exits 130, removes the staging folder and releases the lock', async () => {
    const before = snapshotTree(target);
    // Without the record of the first build this one builds again (nothing changed), so there is a middle.
    rmSync(path.join(root, '.cache', 'jurnal', 'build'), { recursive: true, force: true });
    const run = startBuild();
    while (!run.stderr().includes('menyusun galley') && run.child.exitCode === null) await new Promise((r) => setTimeout(r, 20));
    process.kill(run.child.pid!, 'SIGINT');
    expect(await run.exit).toBe(130);
    expect(snapshotTree(target)).toEqual(before);
    expect(leftovers()).toEqual([]);
  });

  it('a second build names who holds the lock; a lock left by a dead process is taken over', () => {
    const lock = path.join(root, 'editions', '.2026-05.lock');
    writeFileSync(lock, JSON.stringify({ pid: process.pid, what: 'jurnal build', since: '2026-05-18T09:00:00.000Z' }));
    const held = jurnal(['build', '2026-05'], root);
    expect(held.code).toBe(1);
    expect(held.stderr).toContain(`edisi 2026-05 sedang dibangun oleh proses ${process.pid} (jurnal build, sejak 2026-05-18T09:00:00.000Z)`);
    writeFileSync(lock, JSON.stringify({ pid: deadPid(), what: 'jurnal build', since: '2026-05-18T09:00:00.000Z' }));
    const taken = jurnal(['build', '2026-05', '-q'], root);
    expect(taken.code, taken.stderr).toBe(0);
    expect(existsSync(lock)).toBe(false);
  });

  it('plan and review wait for no one: they refuse while the edition is locked, and leave it as it was', () => {
    const lock = path.join(root, 'editions', '.2026-05.lock');
    const before = snapshotTree(target);
    writeFileSync(lock, JSON.stringify({ pid: process.pid, what: 'jurnal build', since: '2026-05-18T09:00:00.000Z' }));
    for (const command of ['plan', 'review']) {
      const held = jurnal([command, '2026-05'], root);
      expect(held.code, command).toBe(1);
      expect(held.stderr, command).toContain(`jurnal: edisi 2026-05 sedang dibangun oleh proses ${process.pid} (jurnal build, sejak 2026-05-18T09:00:00.000Z)`);
      expect(jsonOf(jurnal([command, '2026-05', '--json'], root)).ok).toBe(false);
    }
    expect(snapshotTree(target)).toEqual(before);
    // A plan holds the lock itself while it writes: a build started meanwhile is refused, not interleaved.
    writeFileSync(lock, JSON.stringify({ pid: deadPid(), what: 'jurnal build', since: '2026-05-18T09:00:00.000Z' }));
    // Its own process group: the lock is held by the layout child, so pausing must reach it, not only the supervisor.
    const plan = spawn(process.execPath, [path.join(ROOT, 'bin/jurnal.js'), 'plan', '2026-05'], { cwd: root, env: { ...process.env, NO_COLOR: '1' }, detached: true });
    plan.stdout.resume();
    plan.stderr.resume();
    let met = false;
    return new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => {
        if (!existsSync(lock)) return;
        let holder: { what?: string } = {};
        try {
          holder = JSON.parse(readFileSync(lock, 'utf8')) as typeof holder;
        } catch {
          return;
        }
        if (holder.what !== 'jurnal plan') return;
        clearInterval(poll);
        // The plan is paused while it holds the lock, so the build meets it however fast the plan is.
        process.kill(-plan.pid!, 'SIGSTOP');
        met = true;
        try {
          const build = jurnal(['build', '2026-05', '-q'], root);
          expect(build.code).toBe(1);
          expect(build.stderr).toContain('(jurnal plan, sejak');
        } catch (error) {
          reject(error);
        } finally {
          process.kill(-plan.pid!, 'SIGCONT');
        }
      }, 5);
      plan.on('close', (code) => {
        clearInterval(poll);
        try {
          expect(met, 'the plan was seen holding the lock').toBe(true);
          expect(code).toBe(0);
          expect(existsSync(lock)).toBe(false);
          resolve();
        } catch (error) {
          reject(error);
        }
      });
    });
  }, 300_000);

  it('property: a build killed at a random moment leaves the previous edition intact and loadable', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 4000 }), async (delay) => {
        const before = snapshotTree(target);
        const run = startBuild();
        await new Promise((r) => setTimeout(r, delay));
        const finished = run.child.exitCode === 0;
        // The whole process group, supervisor and layout child alike, as a power cut or the OOM killer would.
        if (run.child.exitCode === null) process.kill(-run.child.pid!, 'SIGKILL');
        await run.exit;
        while (groupAlive(run.child.pid!)) await new Promise((r) => setTimeout(r, 20));
        // What the next build does first: a folder caught between its two renames is put back.
        await recoverStaging(target);
        if (!finished) expect(snapshotTree(target)).toEqual(before);
        const pdf = openPdf(readFileSync(path.join(target, 'jurnal-balangan-2026-05.pdf')));
        expect(pdf.countPages()).toBe(12);
        expect(JSON.parse(readFileSync(path.join(target, 'laporan-build.json'), 'utf8')).edition).toBe('2026-05');
        expect(leftovers().filter((n) => !n.endsWith('.lock'))).toEqual([]);
        // And the next build runs: the dead build's lock does not stand in its way.
        const next = jurnal(['build', '2026-05', '-q'], root);
        expect(next.code, next.stderr).toBe(0);
        expect(leftovers()).toEqual([]);
      }),
      { numRuns: 4 },
    );
  }, 300_000);
});
