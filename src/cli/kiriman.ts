/** `jurnal kiriman impor | status | kim` (declared in kiriman-command.ts). */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { localToday } from '../distribution/delivery-cell.js';
import { type Diagnostic, hasErrors } from '../diagnostics/diagnostic.js';
import { importContribution } from '../contrib/import.js';
import { type Kim, KIM_FILE, parseKimRegistry } from '../contrib/kim-registry.js';
import { kirimanStatus, statusText } from '../contrib/status.js';
import { loadEdition } from '../edition/load.js';
import { COMMAND_LINE, CONTENT_DIR, fromRoot, INVOKED_FROM, printReport, resolveEditionRef, shown, UserError } from './common.js';

interface Outcome {
  diagnostics: Diagnostic[];
  payload?: Record<string, unknown>;
  text?: string;
}

/** Text (problems on stderr, the summary on stdout) or one { ok, diagnostics, … } object for every outcome. */
async function report(json: boolean | undefined, failure: string, run: () => Promise<Outcome>): Promise<number> {
  let r: Outcome;
  try {
    r = await run();
  } catch (error) {
    if (!json || !(error instanceof UserError)) throw error;
    r = { diagnostics: [{ file: COMMAND_LINE, rule: 'perintah', severity: 'error', message: error.message, ...(error.hint ? { hint: error.hint } : {}) }] };
  }
  const ok = !hasErrors(r.diagnostics);
  if (json) process.stdout.write(`${JSON.stringify({ ok, diagnostics: r.diagnostics, ...(ok ? r.payload : {}) }, null, 2)}\n`);
  else {
    if (r.diagnostics.length) printReport(r.diagnostics);
    if (!ok) process.stderr.write(`${failure}\n`);
    else if (r.text) process.stdout.write(r.text);
  }
  return ok ? 0 : 1;
}

async function loadKims(): Promise<{ kims?: Kim[]; diagnostics: Diagnostic[] }> {
  const file = fromRoot(KIM_FILE);
  if (!existsSync(file)) return { diagnostics: [] };
  return parseKimRegistry(await readFile(file, 'utf8'), KIM_FILE);
}

export async function runImport(source: string, options: { edisi: string; json?: boolean }): Promise<number> {
  return report(options.json, 'kiriman ditolak; tidak ada yang ditulis', async () => {
    const edition = resolveEditionRef(options.edisi);
    const loaded = await loadEdition(edition.dir, edition.display);
    if (!loaded.value) return { diagnostics: loaded.diagnostics };
    const registry = await loadKims();
    if (hasErrors(registry.diagnostics)) return { diagnostics: registry.diagnostics };
    const absolute = path.resolve(INVOKED_FROM, source);
    const rel = path.relative(INVOKED_FROM, absolute);
    const result = await importContribution({
      source: absolute,
      display: rel && !rel.startsWith('..') ? rel : absolute,
      edition: { dir: edition.dir, display: edition.display, sections: loaded.value.config.sections.map((s) => s.id) },
      ...(registry.kims ? { kims: registry.kims } : {}),
      today: localToday(),
    });
    const imported = result.imported;
    if (!imported) return { diagnostics: result.diagnostics };
    const lines = imported.articles.map((a) => `  ${a.file}  (${a.desa}${a.photos ? `, ${a.photos} foto` : ''})  ${a.title}`);
    return {
      diagnostics: result.diagnostics,
      payload: { id: imported.id, folder: path.join(edition.display, 'kiriman', imported.id), articles: imported.articles },
      text: `diimpor ke ${edition.display}: ${imported.articles.length} naskah draf (verification: pending), asli di ${path.join(edition.display, 'kiriman', imported.id, 'asli')}\n${lines.join('\n')}\nlangkah berikut: periksa fakta, hubungi pengirim, ubah verification menjadi verified, lalu jurnal approve\n`,
    };
  });
}

export async function runStatus(ref: string, options: { json?: boolean }): Promise<number> {
  return report(options.json, '', async () => {
    const edition = resolveEditionRef(ref);
    if (!existsSync(path.join(edition.dir, 'edition.yaml'))) throw new UserError(`${edition.display} bukan folder edisi (tidak ada edition.yaml)`, `sebut edisi dengan id-nya, mis. "jurnal kiriman status 2026-05"`);
    const contentDir = path.dirname(edition.dir);
    const { status, diagnostics } = await kirimanStatus(contentDir, shown(contentDir) || CONTENT_DIR, edition.id);
    return { diagnostics, payload: { ...status }, text: statusText(status) };
  });
}

export async function runKim(options: { json?: boolean }): Promise<number> {
  return report(options.json, `perbaiki ${KIM_FILE}`, async () => {
    if (!existsSync(fromRoot(KIM_FILE))) throw new UserError(`${KIM_FILE} belum ada`, `buat ${KIM_FILE} dengan baris judul kolom (lihat README, bagian Kiriman)`);
    const { kims, diagnostics } = await loadKims();
    const all = kims ?? [];
    const perKecamatan = [...new Set(all.map((k) => k.kecamatan))].sort().map((k) => `  ${k}: ${all.filter((x) => x.kecamatan === k).length}`);
    const real = all.filter((k) => !k.contoh).length;
    return { diagnostics, payload: { kim: all }, text: `${KIM_FILE}: ${all.length} KIM (${real} terdaftar, ${all.length - real} contoh)\n${perKecamatan.join('\n')}\n` };
  });
}
