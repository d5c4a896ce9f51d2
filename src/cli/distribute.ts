/** The distribution commands: `distribute <edisi>`, `init`, `record` and `status` (declared in distribute-command.ts). */
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { balanganAreas } from '../content/areas.js';
import { type Diagnostic, hasErrors } from '../diagnostics/diagnostic.js';
import { allocate } from '../distribution/allocate.js';
import { type AllocationConfig, DEFAULT_ALLOCATION, loadAllocationConfig } from '../distribution/config.js';
import { parseScans } from '../distribution/codes.js';
import { writeCsv } from '../distribution/csv.js';
import { labelPdf, manifestPdf, printOrderPage, receiptPdf } from '../distribution/documents.js';
import { StagedFile } from '../distribution/pdf-stream.js';
import { officialVillages, syncVillages, type RecipientRow } from '../distribution/init.js';
import { ALLOCATION_CSV, ALLOCATION_JSON, CONFIG, DISTRIBUTION_DIR, RECEIVED, REGISTRY, SEED } from '../distribution/paths.js';
import { CATEGORY_LABEL, parseRegistry, REGISTRY_COLUMNS, registryRow } from '../distribution/registry.js';
import { ALLOCATION_COLUMNS, allocationCsv, allocationJson, editionInfo, eventJson, loadHistory, loadRegistry, missedLastEdition, openDistributed, seedAsRegistry, tallyOf } from '../distribution/stage.js';
import { DATE_FORMAT_HINT, localToday, parseDate } from '../distribution/delivery-cell.js';
import {
  applyRecords,
  COMMAND_LINE,
  currentStates,
  describeEvent,
  type Incoming,
  NOT_DELIVERED,
  parseImport,
  RECEIVED as RECEIVED_STATE,
  type Status,
  status,
  type StatusRecipient,
  type StatusRow,
  strayEvents,
  writeHistory,
} from '../distribution/tracking.js';
import { editionTimestamp } from '../layout/dates.js';
import { renderWithLayout } from '../layout/react-pdf-adapter.js';
import { acquireLock, writeFileAtomic } from '../util/atomic.js';
import { aliased, INVOKED_FROM, printReport, resolveEditionRef, UserError } from './common.js';


export async function writeDistribution(ref: string, quiet = false): Promise<number> {
  const started = performance.now();
  const [{ recipients, diagnostics }, cfg, edition] = await Promise.all([loadRegistry(), loadAllocationConfig(CONFIG, CONFIG), editionInfo(resolveEditionRef(ref))]);
  const problems = [...diagnostics, ...(cfg.diagnostics ?? []), ...edition.diagnostics];
  if (hasErrors(problems) || !cfg.value) {
    printReport(problems);
    process.stderr.write('tidak ada berkas yang ditulis\n');
    return 1;
  }
  const config: AllocationConfig = cfg.value;
  const allocation = allocate(recipients, config);
  const previous = await missedLastEdition(edition.id);
  const out = path.join(DISTRIBUTION_DIR, edition.id);
  const date = editionTimestamp(edition.info.date);
  const meta = (name: string) => ({ title: `${name} — ${edition.info.title} Edisi ${edition.info.number}`, date });
  // Everything is made before anything is written: the big documents stream to temporary files
  // beside their names, renamed only when all is made; a failure half-way leaves the previous set whole.
  const outputs: [string, string | Uint8Array][] = [];
  const staged: StagedFile[] = [];
  const timings: string[] = [];
  const timed = async (name: string, make: (file: string) => Promise<Uint8Array | StagedFile>) => {
    const t = performance.now();
    const made = await make(path.join(out, name));
    if (made instanceof StagedFile) staged.push(made);
    else outputs.push([name, made]);
    timings.push(`${name} ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
  await mkdir(out, { recursive: true });
  try {
    await timed('manifes.pdf', (file) => manifestPdf(allocation, edition.info, config, previous.missed, meta('Manifes pengantaran'), file));
    await timed('tanda-terima.pdf', (file) => receiptPdf(allocation, edition.info, meta('Tanda terima'), file));
    await timed('label.pdf', (file) => labelPdf(allocation, edition.info, config, meta('Label alamat'), file));
    await timed('pesanan-cetak.pdf', async () => (await renderWithLayout([printOrderPage(allocation, edition.info, config)], meta('Pesanan cetak'))).pdf);
  } catch (error) {
    for (const file of staged) file.discard();
    throw error;
  }
  outputs.push([ALLOCATION_CSV, allocationCsv(allocation, previous.missed)], [ALLOCATION_JSON, allocationJson(edition.id, allocation, previous)]);
  for (const file of staged) file.commit();
  for (const [name, data] of outputs) await writeFileAtomic(path.join(out, name), data);
  if (problems.length) printReport(problems);
  if (!quiet) {
    process.stdout.write(
      [
        `Distribusi ${edition.info.title} Edisi ${edition.info.number} → ${out}/`,
        `  ${recipients.length} penerima dalam ${allocation.routes.length} rute, ${allocation.delivered} eksemplar + cadangan ${allocation.reserve}`,
        `  oplah dipesan: ${allocation.printRun} eksemplar (${allocation.bundles} ikat @ ${config.bundle})`,
        ...Object.entries(allocation.byCategory).filter(([, v]) => v.recipients).map(([c, v]) => `  ${CATEGORY_LABEL[c as keyof typeof CATEGORY_LABEL].padEnd(18)} ${String(v.recipients).padStart(5)} penerima ${String(v.copies).padStart(6)} eks.`),
        previous.edition ? `  ${previous.missed.size} penerima belum menandatangani edisi ${previous.edition} (ditandai di manifes)` : '',
        `  berkas: ${timings.join(', ')}, alokasi.csv, alokasi.json (total ${((performance.now() - started) / 1000).toFixed(1)} s)`,
      ].filter(Boolean).join('\n') + '\n',
    );
  }
  return 0;
}

export async function init(): Promise<number> {
  let existing: RecipientRow[] = [];
  if (existsSync(REGISTRY)) {
    const { recipients, diagnostics } = parseRegistry(await readFile(REGISTRY, 'utf8'), REGISTRY);
    if (hasErrors(diagnostics)) {
      printReport(diagnostics);
      process.stderr.write('perbaiki daftar penerima dulu; tidak ada yang diubah\n');
      return 1;
    }
    existing = recipients.map(({ line: _line, ...r }) => r);
  } else if (existsSync(SEED)) {
    const seed = seedAsRegistry(await readFile(SEED, 'utf8'), SEED);
    if (hasErrors(seed.diagnostics)) {
      printReport(seed.diagnostics);
      return 1;
    }
    existing = seed.recipients.map(({ line: _line, ...r }) => r);
  }
  const sync = syncVillages(existing);
  await writeFileAtomic(REGISTRY, writeCsv(REGISTRY_COLUMNS, sync.rows.map(registryRow)));
  if (!existsSync(CONFIG)) await writeFileAtomic(CONFIG, DEFAULT_ALLOCATION);
  const lines = [`${REGISTRY}: ${sync.rows.length} penerima (${officialVillages().length} desa/kelurahan dari data wilayah resmi)`];
  if (sync.added.length) lines.push(`  ditambahkan: ${sync.added.length} (${sync.added.slice(0, 5).map((r) => r.name).join(', ')}${sync.added.length > 5 ? ', …' : ''})`);
  for (const r of sync.renamed) lines.push(`  nama berbeda dari data resmi, tidak diubah: ${r.id} "${r.registry}" → resmi "${r.official}"`);
  for (const r of sync.removed) lines.push(`  tidak ada lagi di data resmi, tidak dihapus: ${r.id} ${r.name} (hapus sendiri bila memang sudah tidak ada)`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

interface Reported {
  diagnostics: Diagnostic[];
  /** Extra fields of the --json output. */
  payload?: Record<string, unknown>;
  /** What is printed when all went well. */
  text?: string;
}

/**
 * Prints an outcome: as text (diagnostics on stderr, the summary on stdout) or, with --json, one
 * { ok, diagnostics, … } object on stdout for every outcome, failures included. Exit 0 or 1; 2 for faults.
 */
async function reporting(json: boolean, failure: string, run: () => Promise<Reported>): Promise<number> {
  let r: Reported;
  try {
    r = await run();
  } catch (error) {
    if (!json) throw error;
    if (!(error instanceof UserError)) {
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.stdout.write(`${JSON.stringify({ ok: false, diagnostics: [{ file: '(jurnal)', rule: 'kesalahan-internal', severity: 'error', message: `kesalahan internal, mohon laporkan ke pengembang: ${(error as Error).message}` }] }, null, 2)}\n`);
      return 2;
    }
    r = { diagnostics: [{ file: COMMAND_LINE, rule: 'perintah', severity: 'error', message: error.message, hint: error.hint }] };
  }
  const ok = !hasErrors(r.diagnostics);
  if (json) process.stdout.write(`${JSON.stringify({ ok, diagnostics: r.diagnostics, ...r.payload }, null, 2)}\n`);
  else {
    if (r.diagnostics.length) printReport(r.diagnostics);
    if (!ok && failure) process.stderr.write(`${failure}\n`);
    if (ok && r.text) process.stdout.write(r.text);
  }
  return ok ? 0 : 1;
}

export interface RecordOptions {
  oleh?: string;
  by?: string;
  tanggal?: string;
  catatan?: string;
  note?: string;
  impor?: string;
  pindaian?: string;
  koreksi?: boolean;
  tidakDiterima?: string;
  json?: boolean;
}

export async function recordReceipts(ref: string, ids: string[], options: RecordOptions): Promise<number> {
  return reporting(options.json === true, 'tidak ada yang dicatat', async () => {
    const diagnostics: Diagnostic[] = [];
    const wrong = (field: string, rule: string, message: string, hint: string) => diagnostics.push({ file: COMMAND_LINE, field, rule, severity: 'error', message, hint });
    // --by and --note are the hidden English aliases (README, "Names"); here a conflict is a diagnostic, as --json reports it.
    const by = (aliased('--oleh', options.oleh, '--by', options.by, (message, hint) => wrong('--oleh', 'opsi-ganda', message, hint)) ?? '').trim();
    const note = (aliased('--catatan', options.catatan, '--note', options.note, (message, hint) => wrong('--catatan', 'opsi-ganda', message, hint)) ?? '').trim();
    const today = localToday();
    let date = today;
    if (options.tanggal !== undefined) {
      const parsed = parseDate(options.tanggal, today);
      if (parsed.ok) date = parsed.date;
      else wrong('--tanggal', 'terima-tanggal', parsed.message, DATE_FORMAT_HINT);
    }
    if (options.koreksi && !by) wrong('--oleh', 'terima-koreksi-tanpa-nama', 'koreksi perlu nama pencatatnya', 'tambahkan --oleh "Nama Petugas"');
    if (ids.length === 0 && !options.impor && !options.pindaian) wrong('id', 'terima-tanpa-penerima', 'belum ada penerima yang disebut', 'sebut id penerima (lihat manifes), --impor alokasi.csv yang kolom "diterima"-nya sudah diisi, atau --pindaian berkas kode yang dipindai');
    const reason = options.tidakDiterima?.trim().replace(/\s+/g, ' ');
    if (reason === '') wrong('--tidak-diterima', 'terima-alasan-kosong', 'alasan tidak diterima kosong', 'mis. --tidak-diterima "kantor tutup"');
    if (reason !== undefined && ids.length === 0) wrong('--tidak-diterima', 'terima-alasan-tanpa-penerima', '--tidak-diterima berlaku untuk id di baris perintah, tidak ada id yang disebut', 'alasan di berkas impor ditulis di kolom "diterima", mis. "tidak ada orang"');
    const opened = await openDistributed(ref, INVOKED_FROM);
    diagnostics.push(...opened.diagnostics);
    if (!opened.value || hasErrors(diagnostics)) return { diagnostics, payload: { edition: opened.value?.id, recorded: [] } };
    const edition = opened.value;
    const lock = await acquireLock(path.join(edition.dir, `.${RECEIVED}.lock`), `distribute record ${edition.id}`);
    if ('heldBy' in lock) {
      wrong('edisi', 'terima-terkunci', `riwayat penerimaan edisi ${edition.id} sedang dicatat oleh ${lock.heldBy}`, 'tunggu sampai selesai, lalu ulangi');
      return { diagnostics, payload: { edition: edition.id, recorded: [] } };
    }
    try {
      const history = await loadHistory(edition.id);
      diagnostics.push(...history.diagnostics);
      const incoming: Incoming[] = ids.map((id) => ({
        id,
        where: { file: COMMAND_LINE },
        fromImport: false,
        outcome: reason !== undefined ? { kind: 'not-delivered', reason, date } : { kind: 'received', date, explicitDate: true },
      }));
      if (options.impor) {
        if (!existsSync(options.impor)) diagnostics.push({ file: options.impor, rule: 'impor-tidak-ada', severity: 'error', message: 'berkas impor tidak ada', hint: 'periksa nama dan folder berkasnya' });
        else {
          const sheet = parseImport(await readFile(options.impor, 'utf8'), options.impor, ALLOCATION_COLUMNS, today, { date, explicit: options.tanggal !== undefined });
          diagnostics.push(...sheet.diagnostics);
          incoming.push(...sheet.incoming);
        }
      }
      if (options.pindaian) {
        const file = path.resolve(INVOKED_FROM, options.pindaian);
        if (!existsSync(file)) diagnostics.push({ file: options.pindaian, rule: 'pindaian-tidak-ada', severity: 'error', message: 'berkas pindaian tidak ada', hint: 'periksa nama dan folder berkasnya' });
        else {
          const scans = parseScans(await readFile(file, 'utf8'), options.pindaian, edition.id, { date, explicit: options.tanggal !== undefined });
          diagnostics.push(...scans.diagnostics);
          incoming.push(...scans.incoming);
        }
      }
      const result = applyRecords(history.events, incoming, { known: new Set(edition.deliveries), by, note, correction: options.koreksi === true, recordedAt: new Date().toISOString(), historyFile: history.file });
      diagnostics.push(...result.diagnostics);
      if (hasErrors(diagnostics)) return { diagnostics, payload: { edition: edition.id, recorded: [] } };
      // All or nothing: the whole history is written at once, and only when something was added.
      if (result.changes.length) await writeFileAtomic(history.file, writeHistory(result.events));
      const totals = tallyOf(edition.deliveries, result.events);
      const fresh = result.changes.filter((c) => !c.event.correction);
      const corrections = result.changes.filter((c) => c.event.correction);
      const count = (state: string) => fresh.filter((c) => c.event.state === state).length;
      const lines = [
        result.changes.length
          ? `dicatat di ${history.file}: ${[[count(RECEIVED_STATE), 'diterima'], [count(NOT_DELIVERED), 'tidak diterima'], [corrections.length, 'koreksi']].filter(([n]) => n).map(([n, what]) => `${n} ${what}`).join(', ')}${history.legacy ? ' (berkas lama diubah ke format riwayat)' : ''}`
          : 'tidak ada yang baru dicatat',
        ...fresh.filter((c) => c.event.state === NOT_DELIVERED).map((c) => `  tidak diterima: ${c.event.id} — ${c.event.reason}`),
        ...corrections.map((c) => `  koreksi ${c.event.id}: ${describeEvent(c.previous!)} oleh ${c.previous!.by || '(tanpa nama)'} → ${describeEvent(c.event)} oleh ${c.event.by}`),
        result.unchanged.length ? `  ${result.unchanged.length} baris impor sudah tercatat sama, dilewati` : '',
        `edisi ${edition.id}: ${totals.received} diterima, ${totals.notDelivered} tidak diterima, ${totals.pending} belum (dari ${totals.total} penerima)`,
      ];
      return {
        diagnostics,
        payload: { edition: edition.id, file: history.file, recorded: result.changes.map((c) => ({ ...eventJson(c.event), previous: c.previous ? eventJson(c.previous) : undefined })), unchanged: result.unchanged, totals },
        text: `${lines.filter(Boolean).join('\n')}\n`,
      };
    } finally {
      await lock.release();
    }
  });
}

function statusText(id: string, s: Status): string {
  const table = (title: string, rows: StatusRow[]) => [
    `${title.padEnd(28)} diterima  tidak diterima  belum  jumlah`,
    ...rows.map((r) => `  ${r.label.padEnd(26)} ${String(r.received).padStart(8)} ${String(r.notDelivered).padStart(15)} ${String(r.pending).padStart(6)} ${String(r.total).padStart(7)}`),
  ];
  return `${[
    `Status distribusi edisi ${id}: ${s.total.received} diterima, ${s.total.notDelivered} tidak diterima, ${s.total.pending} belum (dari ${s.total.total} penerima)`,
    ...table('Menurut kecamatan:', s.byKecamatan),
    ...table('Menurut kategori:', s.byCategory),
    ...(s.notDelivered.length
      ? [`Tidak diterima (${s.notDelivered.length}):`, ...s.notDelivered.map(({ recipient: r, event: e }) => `  ${r.id}  ${r.name} — ${e.reason || 'tanpa alasan'} (${[e.date, e.by && `dicatat oleh ${e.by}`].filter(Boolean).join(', ') || 'tanggal tidak diketahui'})`)]
      : []),
  ].join('\n')}\n`;
}

export async function showStatus(ref: string, options: { json?: boolean }): Promise<number> {
  return reporting(options.json === true, '', async () => {
    const opened = await openDistributed(ref, INVOKED_FROM);
    if (!opened.value) return { diagnostics: opened.diagnostics };
    const edition = opened.value;
    const [{ recipients, diagnostics }, history] = await Promise.all([loadRegistry(), loadHistory(edition.id)]);
    const known = new Set(edition.deliveries);
    const all = [...diagnostics, ...history.diagnostics, ...strayEvents(history.events, known, history.file)];
    if (hasErrors(all)) return { diagnostics: all, payload: { edition: edition.id } };
    // Who was allocated is the edition's own alokasi.json; the registry only names and places them.
    const registry = new Map(recipients.map((r) => [r.id, r]));
    const listed: StatusRecipient[] = edition.deliveries.map((id) => {
      const r = registry.get(id);
      return r ? { id, name: r.name, kecamatan: r.kecamatan, category: r.category } : { id, name: id, kecamatan: '' };
    });
    const missing = listed.filter((r) => r.category === undefined).map((r) => r.id);
    if (missing.length) all.push({ file: REGISTRY, rule: 'status-penerima-hilang', severity: 'warning', message: `${missing.length} penerima alokasi edisi ini tidak ada lagi di daftar penerima: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`, hint: 'dihitung di baris "(tidak ada di daftar penerima)"' });
    const s = status(listed, currentStates(history.events.filter((e) => known.has(e.id))), balanganAreas().kecamatan.map((k) => k.name));
    return {
      diagnostics: all,
      payload: {
        edition: edition.id,
        totals: { received: s.total.received, notDelivered: s.total.notDelivered, pending: s.total.pending, total: s.total.total },
        byKecamatan: s.byKecamatan,
        byCategory: s.byCategory,
        notDelivered: s.notDelivered.map(({ recipient, event }) => ({ id: recipient.id, name: recipient.name, reason: event.reason, date: event.date, by: event.by })),
        pending: s.pending.map((r) => r.id),
      },
      text: statusText(edition.id, s),
    };
  });
}
