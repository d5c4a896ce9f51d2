/**
 * `jurnal build <edisi>`: the lock, a staging folder, signals and the writes around the build stage.
 * The build stage (react-pdf, pdf-lib, sharp) is loaded only when the edition changed since its
 * last build (build-memo.ts).
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { stamp } from '../layout/dates.js';
import type { BuildOptions as StageOptions } from '../pipeline/build.js';
import { type BuildAnswer, buildKey, rememberBuild, unchangedBuild } from '../pipeline/build-memo.js';
import { CACHE_DIR } from '../pipeline/edition-ref.js';
import { keptByBuild, PREVIEW_DIR, printFileName } from '../pipeline/outputs.js';
import { announceEdition, heartbeat } from '../pipeline/watchdog.js';
import { stageDirectory } from '../util/atomic.js';
import { editionOutputDir, emitJson, fromRoot, lockOutput, printReport, recordDiagnostics, resolveEditionRef, shown, sourceRecord } from './common.js';

export interface BuildOptions extends StageOptions {
  quiet?: boolean;
  json?: boolean;
}

export async function buildEdition(ref: string, options: BuildOptions): Promise<number> {
  const edition = resolveEditionRef(ref);
  announceEdition(edition);
  const started = performance.now();
  const say = (message: string) => {
    heartbeat({ message });
    if (!options.quiet && !options.json) process.stderr.write(`• ${message}\n`);
  };
  /** A failed or refused build: the report, a closing line, and with --json the answer. */
  const fail = (diagnostics: Diagnostic[], closing: string): number => {
    if (diagnostics.length) printReport(diagnostics);
    else recordDiagnostics([]);
    process.stderr.write(closing);
    if (options.json) emitJson(false, { edition: edition.id });
    return 1;
  };
  const target = editionOutputDir(edition.id);
  const cacheDir = fromRoot(CACHE_DIR);
  const id = edition.id;
  /** What a successful build says: its warnings, the files, and with --json the answer. */
  const succeed = (answer: BuildAnswer, closing: string, timings: Record<string, number>): number => {
    const { diagnostics: all, files, print } = answer;
    if (all.length && !options.json) printReport(all);
    if (options.json) {
      recordDiagnostics(all);
      emitJson(true, { edition: id, output: shown(target), files, ...(print ? { cetak: print } : {}), watermark: answer.watermark, timings, pages: answer.pages, ...(closing ? {} : { unchanged: true }) });
    } else if (!options.quiet) {
      // The page previews are many files: the folder is named once.
      const listed = [...files.filter((f) => !f.startsWith(`${PREVIEW_DIR}/`)), ...(files.some((f) => f.startsWith(`${PREVIEW_DIR}/`)) ? [`${PREVIEW_DIR}/`] : [])];
      process.stderr.write(`✓ edisi ${id} ${closing || `tidak berubah sejak build terakhir${print ? ` (${stamp(print.builtAt)})` : ''}, tidak dibangun ulang`}: ${shown(target)}/{${listed.join(',')}}\n`);
      if (print?.fromEarlierBuild) process.stderr.write(`  ${printFileName(id)}: PDF cetak dari build sebelumnya, ${stamp(print.builtAt)} (tidak dibangun ulang oleh --proof)\n`);
    }
    return 0;
  };
  // The lock, and editions/<id>/ belongs to one edition folder: a copy with the same name must not replace it.
  const lock = await lockOutput(edition, 'jurnal build');
  const stageOptions: StageOptions = { ...(options.proof ? { proof: true } : {}), ...(options.imposisi ? { imposisi: true } : {}) };
  let key: string;
  try {
    key = await buildKey(edition, stageOptions);
    const unchanged = await unchangedBuild(cacheDir, id, key, target);
    if (unchanged) {
      await lock.release();
      return succeed(unchanged, '', { total: Math.round(performance.now() - started) });
    }
  } catch (error) {
    await lock.release();
    throw error;
  }
  const { buildEdition: build } = await import('../pipeline/build.js');
  const staging = await stageDirectory(target);
  const cleanup = async () => {
    await staging.abort();
    await lock.release();
  };
  const onSignal = () => {
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const result = await build(edition, stageOptions, { target, cacheDir, onProgress: say, started, sourceRecord: sourceRecord(edition) });
    if (!result.ok) {
      await cleanup();
      if (!result.gate.length) return fail(result.diagnostics, 'build dibatalkan; edisi sebelumnya (jika ada) tidak berubah\n');
      const hint = result.unapproved.length
        ? `tinjau proof (jurnal build ${ref} --proof), lalu setujui dengan: jurnal approve ${ref} ${result.unapproved.join(' ')} --oleh "Nama"`
        : `perbaiki temuan tingkat galat di atas (jurnal review ${ref}), lalu ulangi`;
      return fail(result.diagnostics, `build cetak ditolak:\n${result.gate.map((g) => `  - ${g}`).join('\n')}\n    saran: ${hint}\n`);
    }
    await mkdir(path.join(staging.dir, PREVIEW_DIR), { recursive: true });
    for (const [name, data] of result.files) await writeFile(path.join(staging.dir, name), data);
    for (const name of keptByBuild(edition.id)) {
      if (existsSync(path.join(target, name))) await cp(path.join(target, name), path.join(staging.dir, name), { recursive: true });
    }
    await staging.commit();
    const answer: BuildAnswer = { diagnostics: result.diagnostics, files: result.files.map(([name]) => name), ...(result.print ? { print: result.print } : {}), watermark: result.watermark, pages: result.pages };
    // Remembered only when the inputs did not change while the build read them.
    if ((await buildKey(edition, stageOptions)) === key) await rememberBuild(cacheDir, id, key, target, answer);
    await lock.release();
    return succeed(answer, `selesai dalam ${((result.timings.total ?? 0) / 1000).toFixed(1)} s`, result.timings);
  } catch (error) {
    await cleanup();
    throw error;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}
