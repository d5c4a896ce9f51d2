/** Reads and validates `edition.yaml`; every problem gets its line in the file. */
import path from 'node:path';
import { type Diagnostic, type Result } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../content/suggest.js';
import { loadYamlFile } from '../content/config-file.js';
import type { ParsedYaml } from '../content/yaml.js';
import { editionSchema, type EditionConfig, knownEditionKeys, MAX_PAGES, parsePageRange } from './schema.js';
import { RULE, type RuleId } from '../review/catalogue.js';

export interface Edition {
  /** The folder name, e.g. 2026-05. */
  id: string;
  dir: string;
  /** Path to edition.yaml as shown in messages. */
  file: string;
  config: EditionConfig;
  /** Locates a field of edition.yaml, so later stages (planning) can point at the line of a pin. */
  locate: ParsedYaml['locate'];
}

export const EDITION_FILE = 'edition.yaml';

export interface LoadEditionOptions {
  /**
   * Ids of the review rules an edition may switch off or re-level (`RULES.map((r) => r.id)` from
   * src/review/rules.ts). Passed in, because review imports edition and not the other way round;
   * without it the ids are checked later, by the review stage.
   */
  knownRules?: readonly string[];
}

/** An error for every `rules:` entry of edition.yaml whose id is not a review rule, at the line of the id. */
export function checkRuleOverrides(rules: EditionConfig['rules'], knownRules: readonly string[], file: string, locate: ParsedYaml['locate']): Diagnostic[] {
  return rules.flatMap((rule, i): Diagnostic[] =>
    knownRules.includes(rule.id)
      ? []
      : [{
          file,
          position: locate(['rules', i, 'id']),
          field: `rules.${i}.id`,
          rule: RULE.aturanTidakDikenal,
          severity: 'error',
          message: `aturan "${rule.id}" tidak dikenal; pengaturan ini tidak berlaku`,
          hint: didYouMean(rule.id, knownRules) ?? 'lihat daftar aturan di laporan peninjauan (jurnal review); hanya aturan peninjauan yang bisa diubah',
        }],
  );
}

export async function loadEdition(dir: string, displayDir: string, options: LoadEditionOptions = {}): Promise<Result<Edition>> {
  const file = path.join(displayDir, EDITION_FILE);
  const loaded = await loadYamlFile(path.join(dir, EDITION_FILE), editionSchema, {
    display: file,
    missing: [{ file, rule: RULE.edisiTidakAda, severity: 'error', message: `berkas ${EDITION_FILE} tidak ditemukan`, hint: `buat ${file} (lihat contoh di content/2026-05/${EDITION_FILE})` }],
    empty: {},
    knownKeys: knownEditionKeys,
    hints: { date: 'tulis tanggal sebagai TTTT-BB-HH' },
  });
  if (loaded.diagnostics) return { diagnostics: loaded.diagnostics };
  const { value: config, yaml } = loaded;
  const diagnostics = checkEditionConfig(config, file, yaml.locate);
  if (options.knownRules) diagnostics.push(...checkRuleOverrides(config.rules, options.knownRules, file, yaml.locate));
  const edition: Edition = { id: path.basename(dir), dir, file, config, locate: yaml.locate };
  return { value: diagnostics.some((d) => d.severity === 'error') ? undefined : edition, diagnostics };
}

/** Possible page counts near `pages`, for the message. */
function possiblePageCounts(pages: number): string {
  const lower = Math.max(4, Math.floor(pages / 4) * 4);
  const upper = Math.min(MAX_PAGES, lower + 4);
  return lower === upper || pages <= 4 ? `${Math.min(upper, Math.max(4, lower))}` : `${lower} atau ${upper}`;
}

function checkEditionConfig(config: EditionConfig, file: string, locate: ParsedYaml['locate']): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (p: (string | number)[], rule: RuleId, message: string, hint?: string): void => {
    out.push({ file, position: locate(p), field: p.join('.'), rule, severity: 'error', message, hint });
  };
  const { pages } = config;
  // A page count that cannot be bound is reported once: sections and pins are not judged against it.
  const pagesValid = !(pages < 4 || pages > MAX_PAGES || pages % 4 !== 0);
  if (!pagesValid) {
    at(
      ['pages'],
      RULE.halamanKelipatan4,
      `jumlah halaman ${pages} tidak bisa dijilid; harus kelipatan 4 antara 4 dan ${MAX_PAGES} (4, 8, 12, 16, …)`,
      `pilih ${possiblePageCounts(Math.min(Math.max(pages, 4), MAX_PAGES))} halaman`,
    );
  }
  const owner = new Map<number, string>();
  const ids = new Set<string>();
  config.sections.forEach((section, i) => {
    if (ids.has(section.id)) at(['sections', i, 'id'], RULE.rubrikGanda, `rubrik "${section.id}" ditulis dua kali`, 'hapus salah satunya');
    ids.add(section.id);
    const [from, to] = parsePageRange(section.pages);
    if (from > to) {
      at(['sections', i, 'pages'], RULE.rubrikHalaman, `rentang halaman ${from}-${to} terbalik`, `tulis "${to}-${from}"`);
      return;
    }
    const range = from === to ? `${from}` : `${from}-${to}`;
    if (from < 1 || (pagesValid && to > pages)) {
      at(['sections', i, 'pages'], RULE.rubrikHalaman, pagesValid ? `halaman ${range} di luar edisi (1-${pages})` : `halaman ${range} tidak ada; nomor halaman mulai dari 1`, pagesValid ? `pilih halaman antara 2 dan ${pages - 1}` : 'pilih halaman mulai dari 2');
      return;
    }
    if (from === 1 || (pagesValid && to === pages)) {
      at(['sections', i, 'pages'], RULE.rubrikHalaman, `halaman ${from === 1 ? 1 : pages} adalah ${from === 1 ? 'sampul' : 'halaman belakang'} dan tidak untuk rubrik`, pagesValid ? `pilih halaman antara 2 dan ${pages - 1}` : 'halaman 1 adalah sampul; mulai rubrik dari halaman 2');
      return;
    }
    for (let p = from; p <= to; p++) {
      const other = owner.get(p);
      if (other) at(['sections', i, 'pages'], RULE.rubrikHalaman, `halaman ${p} sudah dipakai rubrik "${other}"`, 'setiap halaman hanya untuk satu rubrik');
      else owner.set(p, section.id);
    }
  });
  // Crop marks follow the profile (offset and koran have them, kantor not); the key still loads.
  if (config.print.marks !== undefined) {
    out.push({ file, position: locate(['print', 'marks']), field: 'print.marks', rule: RULE.kunciUsang, severity: 'warning', message: `print.marks tidak dipakai lagi: tanda potong mengikuti profile (${config.profile}: ${config.profile === 'kantor' ? 'tanpa' : 'dengan'} tanda potong)`, hint: 'hapus marks dari print; hasil cetak tidak berubah' });
  }
  const slots = new Map<string, number>();
  config.pins.forEach((pin, i) => {
    if (pin.page < 1 || (pagesValid && pin.page > pages)) {
      at(['pins', i, 'page'], RULE.pinHalaman, pagesValid ? `halaman ${pin.page} tidak ada di edisi ${pages} halaman` : `halaman ${pin.page} tidak ada; nomor halaman mulai dari 1`, pagesValid ? `pilih halaman 1-${pages}` : 'pilih halaman mulai dari 1');
    }
    const key = `${pin.page}/${pin.position}`;
    if (slots.has(key)) {
      at(['pins', i], RULE.pinBentrok, `posisi "${pin.position}" di halaman ${pin.page} sudah diisi pin ke-${slots.get(key)! + 1}`, 'pilih posisi atau halaman lain');
    }
    slots.set(key, i);
  });
  return out;
}
