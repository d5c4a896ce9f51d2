import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { type Diagnostic, hasErrors } from '../diagnostics/diagnostic.js';
import { type Allocation, allocate } from '../distribution/allocate.js';
import { type AllocationConfig, DEFAULT_ALLOCATION, loadAllocationConfig } from '../distribution/config.js';
import { readCsv, writeCsv } from '../distribution/csv.js';
import { type EditionInfo, labelPdf, manifestPdf, printOrderPage, receiptPdf } from '../distribution/documents.js';
import { officialVillages, syncVillages, type RecipientRow } from '../distribution/init.js';
import { CATEGORY_LABEL, parseRegistry, REGISTRY_COLUMNS, type Recipient, registryRow } from '../distribution/registry.js';
import { parseReceived, type Receipt, record, status, writeReceived } from '../distribution/tracking.js';
import { loadEdition } from '../edition/load.js';
import { editionTimestamp } from '../layout/dates.js';
import { registerFonts } from '../layout/fonts.js';
import { renderWithLayout } from '../layout/react-pdf-adapter.js';
import { writeFileAtomic } from '../util/atomic.js';
import { action, printReport, resolveEditionRef, UserError } from './common.js';

export const DISTRIBUTION_DIR = 'distribution';
const REGISTRY = path.join(DISTRIBUTION_DIR, 'penerima.csv');
const SEED = path.join(DISTRIBUTION_DIR, 'seed-skpd-vertikal.csv');
const CONFIG = path.join(DISTRIBUTION_DIR, 'alokasi.yaml');
const RECEIVED = 'diterima.csv';
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
  return { id: edition.id, info: { title: c.title, number: c.number, date: c.date, pages: c.pages, format: c.format }, diagnostics: [] };
}

async function loadReceived(id: string): Promise<{ receipts: Receipt[]; diagnostics: Diagnostic[] }> {
  const file = path.join(DISTRIBUTION_DIR, id, RECEIVED);
  if (!existsSync(file)) return { receipts: [], diagnostics: [] };
  return parseReceived(await readFile(file, 'utf8'), file);
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
  // Everything is made before anything is written: a failure half-way leaves the previous set whole.
  const outputs: [string, string | Uint8Array][] = [];
  const timings: string[] = [];
  const timed = async (name: string, make: () => Promise<Uint8Array>) => {
    const t = performance.now();
    outputs.push([name, await make()]);
    timings.push(`${name} ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
  await timed('manifes.pdf', () => manifestPdf(allocation, edition.info, config, previous.missed, meta('Manifes pengantaran')));
  await timed('tanda-terima.pdf', () => receiptPdf(allocation, edition.info, meta('Tanda terima')));
  await timed('label.pdf', () => labelPdf(allocation, edition.info, config, meta('Label alamat')));
  await timed('pesanan-cetak.pdf', async () => (await renderWithLayout([printOrderPage(allocation, edition.info, config)], meta('Pesanan cetak'))).pdf);
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

async function init(): Promise<number> {
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

async function recordReceipts(ref: string, ids: string[], options: { oleh?: string; tanggal?: string; catatan?: string; impor?: string }): Promise<number> {
  const edition = resolveEditionRef(ref);
  const allocationFile = path.join(DISTRIBUTION_DIR, edition.id, 'alokasi.json');
  if (!existsSync(allocationFile)) throw new UserError(`distribusi edisi ${edition.id} belum dibuat`, `jalankan "jurnal distribute ${edition.id}" dulu`);
  const allocated = JSON.parse(await readFile(allocationFile, 'utf8')) as { deliveries: { id: string }[] };
  const known = new Set(allocated.deliveries.map((d) => d.id));
  const entries: { id: string; where: { file: string; line?: number } }[] = ids.map((id) => ({ id, where: { file: '(baris perintah)' } }));
  const diagnostics: Diagnostic[] = [];
  if (options.impor) {
    const { records, diagnostics: d } = readCsv(await readFile(options.impor, 'utf8'), options.impor, ALLOCATION_COLUMNS, ['id', 'diterima']);
    diagnostics.push(...d);
    for (const r of records) if (r.values.diterima) entries.push({ id: r.values.id ?? '', where: { file: options.impor, line: r.line } });
  }
  const { receipts, diagnostics: d2 } = await loadReceived(edition.id);
  const result = record(receipts, entries, known, { tanggal: options.tanggal ?? new Date().toISOString().slice(0, 10), dicatatOleh: options.oleh ?? '', catatan: options.catatan ?? '' });
  const all = [...diagnostics, ...d2, ...result.diagnostics];
  if (hasErrors(all)) {
    printReport(all);
    process.stderr.write('tidak ada yang dicatat\n');
    return 1;
  }
  await writeFileAtomic(path.join(DISTRIBUTION_DIR, edition.id, RECEIVED), writeReceived(result.receipts));
  process.stdout.write(`dicatat: ${result.added.length} penerima baru (${result.receipts.length} dari ${known.size} sudah menerima)\n`);
  return 0;
}

async function showStatus(ref: string): Promise<number> {
  const edition = resolveEditionRef(ref);
  const [{ recipients, diagnostics }, cfg] = await Promise.all([loadRegistry(), loadAllocationConfig(CONFIG, CONFIG)]);
  const { receipts, diagnostics: d2 } = await loadReceived(edition.id);
  if (hasErrors([...diagnostics, ...cfg.diagnostics, ...d2]) || !cfg.config) {
    printReport([...diagnostics, ...cfg.diagnostics, ...d2]);
    return 1;
  }
  const s = status(allocate(recipients, cfg.config), new Set(receipts.map((r) => r.id)));
  const table = (title: string, rows: { label: string; delivered: number; total: number }[]) => [
    title,
    ...rows.map((r) => `  ${r.label.padEnd(26)} ${String(r.delivered).padStart(4)} / ${String(r.total).padEnd(4)} diterima   ${String(r.total - r.delivered).padStart(4)} belum`),
  ];
  process.stdout.write(
    [
      `Status distribusi edisi ${edition.id}: ${receipts.length} dari ${receipts.length + s.pending.length} penerima sudah menandatangani`,
      ...table('Menurut kecamatan:', s.byKecamatan),
      ...table('Menurut kategori:', s.byCategory),
    ].join('\n') + '\n',
  );
  return 0;
}

export function registerDistribute(program: Command): void {
  const distribute = program
    .command('distribute')
    .summary('daftar penerima, alokasi, manifes, tanda terima, label, pesanan cetak, pelacakan')
    .description('Tanpa subperintah: menulis ke distribution/<edisi>/ manifes pengantaran per rute, tanda terima, label alamat,\npesanan cetak (PDF), serta alokasi.csv dan alokasi.json.')
    .argument('[edisi]', 'id edisi atau path folder edisi')
    .option('-q, --quiet', 'tanpa ringkasan')
    .action(action(async (ref: string | undefined, options: { quiet?: boolean }) => {
      if (!ref) throw new UserError('edisi belum disebut', 'mis. "jurnal distribute 2026-05", atau "jurnal distribute init"');
      return writeDistribution(ref, options.quiet);
    }));
  distribute
    .command('init')
    .summary('buat atau perbarui daftar penerima dari data wilayah resmi')
    .description(`Menulis ${REGISTRY} (SKPD dan instansi vertikal dari daftar awal, semua desa/kelurahan Balangan dari idn-area-data)\ndan ${CONFIG}. Bila daftar sudah ada: desa/kelurahan baru ditambahkan, perubahan nama dan desa yang hilang hanya dilaporkan.`)
    .action(action(() => init()));
  distribute
    .command('record')
    .summary('catat penerima yang sudah menandatangani tanda terima')
    .argument('<edisi>', 'id edisi')
    .argument('[id...]', 'id penerima (lihat manifes)')
    .option('--oleh <nama>', 'nama petugas yang mencatat')
    .option('--tanggal <TTTT-BB-HH>', 'tanggal diterima (bawaan: hari ini)')
    .option('--catatan <teks>', 'catatan')
    .option('--impor <berkas.csv>', 'impor alokasi.csv yang kolom "diterima"-nya sudah diisi')
    .action(action((ref: string, ids: string[], options: { oleh?: string; tanggal?: string; catatan?: string; impor?: string }) => recordReceipts(ref, ids, options)));
  distribute
    .command('status')
    .summary('tampilkan yang sudah dan belum menerima, per kecamatan dan kategori')
    .argument('<edisi>', 'id edisi')
    .action(action((ref: string) => showStatus(ref)));
}
