import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { balanganAreas } from '../content/areas.js';
import { type Diagnostic, hasErrors } from '../diagnostics/diagnostic.js';
import { type Allocation, allocate } from '../distribution/allocate.js';
import { type AllocationConfig, DEFAULT_ALLOCATION, loadAllocationConfig } from '../distribution/config.js';
import { parseScans } from '../distribution/codes.js';
import { readCsv, writeCsv } from '../distribution/csv.js';
import { type EditionInfo, labelPdf, manifestPdf, printOrderPage, receiptPdf } from '../distribution/documents.js';
import { StagedFile } from '../distribution/pdf-stream.js';
import { officialVillages, syncVillages, type RecipientRow } from '../distribution/init.js';
import { CATEGORY_LABEL, parseRegistry, REGISTRY_COLUMNS, type Recipient, registryRow } from '../distribution/registry.js';
import { DATE_FORMAT_HINT, localToday, parseDate } from '../distribution/delivery-cell.js';
import {
  applyRecords,
  COMMAND_LINE,
  currentStates,
  type DeliveryEvent,
  describeEvent,
  type Incoming,
  NOT_DELIVERED,
  parseHistory,
  parseImport,
  RECEIVED as RECEIVED_STATE,
  type Status,
  status,
  type StatusRecipient,
  type StatusRow,
  strayEvents,
  writeHistory,
} from '../distribution/tracking.js';
import { loadEdition } from '../edition/load.js';
import { editionTimestamp } from '../layout/dates.js';
import { registerFonts } from '../layout/fonts.js';
import { renderWithLayout } from '../layout/react-pdf-adapter.js';
import { acquireLock, writeFileAtomic } from '../util/atomic.js';
import { INVOKED_FROM, printReport, resolveEditionRef, UserError } from './common.js';
import { CONFIG, DISTRIBUTION_DIR, RECEIVED, REGISTRY } from './distribute-command.js';

export { DISTRIBUTION_DIR };
const SEED = path.join(DISTRIBUTION_DIR, 'seed-skpd-vertikal.csv');
/** alokasi.csv: staff fill in "diterima" and import it back with `distribute record --impor`. */
const ALLOCATION_COLUMNS = ['rute', 'urutan', 'id', 'kategori', 'nama', 'kecamatan', 'eksemplar', 'alamat', 'kontak', 'belum_terima_edisi_lalu', 'diterima'];

async function loadRegistry(): Promise<{ recipients: Recipient[]; diagnostics: Diagnostic[] }> {
  if (!existsSync(REGISTRY)) return { recipients: [], diagnostics: [{ file: REGISTRY, rule: 'penerima-tidak-ada', severity: 'error', message: 'daftar penerima belum ada', hint: 'jalankan "jurnal distribute init"' }] };
  return parseRegistry(await readFile(REGISTRY, 'utf8'), REGISTRY);
}

async function editionInfo(ref: string): Promise<{ info: EditionInfo; id: string; diagnostics: Diagnostic[] }> {
  const edition = resolveEditionRef(ref);
  const loaded = await loadEdition(edition.dir, edition.display);
  if (!loaded.value) return { info: undefined as unknown as EditionInfo, id: edition.id, diagnostics: loaded.diagnostics };
  const c = loaded.value.config;
  return { id: edition.id, info: { id: edition.id, title: c.title, number: c.number, date: c.date, pages: c.pages, format: c.format }, diagnostics: [] };
}

interface History {
  file: string;
  events: DeliveryEvent[];
  /** Written in the earlier one-row-per-recipient format; rewritten as a history on the next record. */
  legacy: boolean;
  diagnostics: Diagnostic[];
}

async function loadHistory(id: string): Promise<History> {
  const file = path.join(DISTRIBUTION_DIR, id, RECEIVED);
  if (!existsSync(file)) return { file, events: [], legacy: false, diagnostics: [] };
  return { file, ...parseHistory(await readFile(file, 'utf8'), file) };
}

/** Recipients whose current state is "received". */
async function loadReceived(id: string): Promise<{ receipts: DeliveryEvent[]; diagnostics: Diagnostic[] }> {
  const history = await loadHistory(id);
  return { receipts: [...currentStates(history.events).values()].filter((e) => e.state === RECEIVED_STATE), diagnostics: history.diagnostics };
}

/** Recipients of the latest earlier edition with a record of what came back, who did not sign. */
async function missedLastEdition(id: string): Promise<{ edition?: string; missed: Set<string> }> {
  const earlier = readdirSync(DISTRIBUTION_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name < id && existsSync(path.join(DISTRIBUTION_DIR, d.name, 'alokasi.json')) && existsSync(path.join(DISTRIBUTION_DIR, d.name, RECEIVED)))
    .map((d) => d.name)
    .sort();
  const last = earlier.at(-1);
  if (!last) return { missed: new Set() };
  const allocated = JSON.parse(await readFile(path.join(DISTRIBUTION_DIR, last, 'alokasi.json'), 'utf8')) as { deliveries: { id: string }[] };
  const { receipts } = await loadReceived(last);
  const got = new Set(receipts.map((r) => r.id));
  return { edition: last, missed: new Set(allocated.deliveries.map((d) => d.id).filter((x) => !got.has(x))) };
}

function allocationCsv(allocation: Allocation, missed: ReadonlySet<string>): string {
  const rows = allocation.routes.flatMap((r) =>
    r.deliveries.map((d) => [r.name, d.order, d.recipient.id, d.recipient.category, d.recipient.name, d.recipient.kecamatan, d.copies, d.recipient.address, d.recipient.contact, missed.has(d.recipient.id) ? 'ya' : '', '']),
  );
  return writeCsv(ALLOCATION_COLUMNS, rows);
}

export async function writeDistribution(ref: string, quiet = false): Promise<number> {
  const started = performance.now();
  const [{ recipients, diagnostics }, cfg, edition] = await Promise.all([loadRegistry(), loadAllocationConfig(CONFIG, CONFIG), editionInfo(ref)]);
  const problems = [...diagnostics, ...cfg.diagnostics, ...edition.diagnostics];
  if (hasErrors(problems) || !cfg.config) {
    printReport(problems);
    process.stderr.write('tidak ada berkas yang ditulis\n');
    return 1;
  }
  registerFonts();
  const config: AllocationConfig = cfg.config;
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
  const json = {
    edition: edition.id,
    printRun: allocation.printRun,
    bundles: allocation.bundles,
    delivered: allocation.delivered,
    reserve: allocation.reserve,
    byCategory: allocation.byCategory,
    byKecamatan: allocation.byKecamatan,
    routes: allocation.routes.map((r) => ({ name: r.name, recipients: r.deliveries.length, copies: r.copies })),
    deliveries: allocation.routes.flatMap((r) => r.deliveries.map((d) => ({ id: d.recipient.id, route: r.name, order: d.order, copies: d.copies }))),
    missedLastEdition: previous.edition ? { edition: previous.edition, ids: [...previous.missed].sort() } : undefined,
  };
  outputs.push(['alokasi.csv', allocationCsv(allocation, previous.missed)], ['alokasi.json', `${JSON.stringify(json, null, 2)}\n`]);
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
    // The seed list has fewer columns than the registry: carry them over, then validate as a registry.
    const { records, diagnostics } = readCsv(await readFile(SEED, 'utf8'), SEED, ['id', 'category', 'name', 'kecamatan', 'kode_wilayah', 'source'], ['id', 'category', 'name']);
    const asRegistry = writeCsv(REGISTRY_COLUMNS, records.map(({ values: v }) => REGISTRY_COLUMNS.map((column) => v[column] ?? '')));
    const seed = parseRegistry(asRegistry, SEED);
    if (hasErrors([...diagnostics, ...seed.diagnostics])) {
      printReport([...diagnostics, ...seed.diagnostics]);
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

/** A plain edition id: one path segment, no dots in front (so never "." or ".."). */
const PLAIN_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

interface Distributed {
  id: string;
  dir: string;
  /** Recipient ids of the edition's allocation, in route order. */
  deliveries: string[];
}

/** `<edisi>` of record and status: an id, or an edition folder, whose allocation has been made. */
async function openDistributed(ref: string): Promise<{ value?: Distributed; diagnostics: Diagnostic[] }> {
  const fail = (file: string, rule: string, message: string, hint: string) => ({ diagnostics: [{ file, rule, severity: 'error' as const, message, hint }] });
  let id: string | undefined;
  if (PLAIN_ID.test(ref)) id = ref;
  else {
    // A path the user typed is relative to where they ran the command, not to the project root.
    const dir = path.resolve(INVOKED_FROM, ref);
    if (existsSync(path.join(dir, 'edition.yaml')) && PLAIN_ID.test(path.basename(dir))) id = path.basename(dir);
  }
  if (!id) return fail(COMMAND_LINE, 'distribusi-edisi', `"${ref}" bukan edisi`, 'tulis id edisi (nama foldernya di content/), mis. "2026-05"; edisi baru: jalankan dulu: jurnal distribute <edisi>');
  const dir = path.join(DISTRIBUTION_DIR, id);
  const file = path.join(dir, 'alokasi.json');
  if (!existsSync(file)) return fail(file, 'distribusi-belum-ada', `edisi ${id} belum didistribusikan (${file} tidak ada)`, `jalankan dulu: jurnal distribute ${id}`);
  let deliveries: unknown;
  try {
    deliveries = (JSON.parse(await readFile(file, 'utf8')) as { deliveries?: unknown }).deliveries;
  } catch {
    deliveries = undefined;
  }
  if (!Array.isArray(deliveries) || !deliveries.every((d) => typeof (d as { id?: unknown } | null)?.id === 'string')) {
    return fail(file, 'distribusi-alokasi-rusak', 'alokasi edisi ini tidak dapat dibaca', `buat ulang: jurnal distribute ${id}`);
  }
  return { value: { id, dir, deliveries: (deliveries as { id: string }[]).map((d) => d.id) }, diagnostics: [] };
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

const tallyOf = (deliveries: readonly string[], events: readonly DeliveryEvent[]) => {
  const states = currentStates(events);
  const received = deliveries.filter((id) => states.get(id)?.state === RECEIVED_STATE).length;
  const notDelivered = deliveries.filter((id) => states.get(id)?.state === NOT_DELIVERED).length;
  return { received, notDelivered, pending: deliveries.length - received - notDelivered, total: deliveries.length };
};

const eventJson = (e: DeliveryEvent) => ({ id: e.id, state: e.state, date: e.date, reason: e.reason, by: e.by, note: e.note, recordedAt: e.recordedAt, source: e.source, correction: e.correction });

export async function recordReceipts(ref: string, ids: string[], options: RecordOptions): Promise<number> {
  return reporting(options.json === true, 'tidak ada yang dicatat', async () => {
    const diagnostics: Diagnostic[] = [];
    const wrong = (field: string, rule: string, message: string, hint: string) => diagnostics.push({ file: COMMAND_LINE, field, rule, severity: 'error', message, hint });
    // --by and --note are hidden aliases, as `jurnal approve` spells them.
    const alias = (name: string, value: string | undefined, other: string, otherValue: string | undefined) => {
      if (value !== undefined && otherValue !== undefined && value.trim() !== otherValue.trim()) wrong(name, 'opsi-ganda', `${name} "${value}" dan ${other} "${otherValue}" berbeda`, `pakai ${name} saja`);
      return (value ?? otherValue ?? '').trim();
    };
    const by = alias('--oleh', options.oleh, '--by', options.by);
    const note = alias('--catatan', options.catatan, '--note', options.note);
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
    const opened = await openDistributed(ref);
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
    const opened = await openDistributed(ref);
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
