/**
 * The distribution stages under the commands: the registry, an edition's allocation files, the
 * history of what came back and what the next edition's manifests mark. Commands print and write.
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { loadEdition } from '../edition/load.js';
import type { EditionRef } from '../pipeline/edition-ref.js';
import type { Allocation } from './allocate.js';
import { readCsv, writeCsv } from './csv.js';
import type { EditionInfo } from './documents.js';
import { ALLOCATION_JSON, DISTRIBUTION_DIR, RECEIVED, REGISTRY } from './paths.js';
import { parseRegistry, REGISTRY_ALIASES, REGISTRY_COLUMNS, type Recipient } from './registry.js';
import { COMMAND_LINE, currentStates, type DeliveryEvent, NOT_DELIVERED, parseHistory, RECEIVED as RECEIVED_STATE } from './tracking.js';

/** alokasi.csv: staff fill in "diterima" and import it back with `distribute record --impor`. */
export const ALLOCATION_COLUMNS = ['rute', 'urutan', 'id', 'kategori', 'nama', 'kecamatan', 'eksemplar', 'alamat', 'kontak', 'belum_terima_edisi_lalu', 'diterima'];

export async function loadRegistry(): Promise<{ recipients: Recipient[]; diagnostics: Diagnostic[] }> {
  if (!existsSync(REGISTRY)) return { recipients: [], diagnostics: [{ file: REGISTRY, rule: 'penerima-tidak-ada', severity: 'error', message: 'daftar penerima belum ada', hint: 'jalankan "jurnal distribute init"' }] };
  return parseRegistry(await readFile(REGISTRY, 'utf8'), REGISTRY);
}

export async function editionInfo(edition: EditionRef): Promise<{ info: EditionInfo; id: string; diagnostics: Diagnostic[] }> {
  const loaded = await loadEdition(edition.dir, edition.display);
  if (!loaded.value) return { info: undefined as unknown as EditionInfo, id: edition.id, diagnostics: loaded.diagnostics };
  const c = loaded.value.config;
  return { id: edition.id, info: { id: edition.id, title: c.title, number: c.number, date: c.date, pages: c.pages, format: c.format }, diagnostics: [] };
}

export interface History {
  file: string;
  events: DeliveryEvent[];
  /** Written in the earlier one-row-per-recipient format; rewritten as a history on the next record. */
  legacy: boolean;
  diagnostics: Diagnostic[];
}

export async function loadHistory(id: string): Promise<History> {
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
export async function missedLastEdition(id: string): Promise<{ edition?: string; missed: Set<string> }> {
  const earlier = readdirSync(DISTRIBUTION_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name < id && existsSync(path.join(DISTRIBUTION_DIR, d.name, ALLOCATION_JSON)) && existsSync(path.join(DISTRIBUTION_DIR, d.name, RECEIVED)))
    .map((d) => d.name)
    .sort();
  const last = earlier.at(-1);
  if (!last) return { missed: new Set() };
  const allocated = JSON.parse(await readFile(path.join(DISTRIBUTION_DIR, last, ALLOCATION_JSON), 'utf8')) as { deliveries: { id: string }[] };
  const { receipts } = await loadReceived(last);
  const got = new Set(receipts.map((r) => r.id));
  return { edition: last, missed: new Set(allocated.deliveries.map((d) => d.id).filter((x) => !got.has(x))) };
}

export function allocationCsv(allocation: Allocation, missed: ReadonlySet<string>): string {
  const rows = allocation.routes.flatMap((r) =>
    r.deliveries.map((d) => [r.name, d.order, d.recipient.id, d.recipient.category, d.recipient.name, d.recipient.kecamatan, d.copies, d.recipient.address, d.recipient.contact, missed.has(d.recipient.id) ? 'ya' : '', '']),
  );
  return writeCsv(ALLOCATION_COLUMNS, rows);
}

/** alokasi.json: the allocation's totals and every delivery; `distribute record` and `status` read its deliveries. */
export function allocationJson(id: string, allocation: Allocation, previous: { edition?: string; missed: ReadonlySet<string> }): string {
  const json = {
    edition: id,
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
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** The seed list has fewer columns than the registry: carry them over, then validate as a registry. */
export function seedAsRegistry(text: string, file: string): { recipients: Recipient[]; diagnostics: Diagnostic[] } {
  const { records, diagnostics } = readCsv(text, file, ['id', 'kategori', 'nama', 'kecamatan', 'kode_wilayah', 'sumber'], ['id', 'kategori', 'nama'], REGISTRY_ALIASES);
  const asRegistry = writeCsv(REGISTRY_COLUMNS, records.map(({ values: v }) => REGISTRY_COLUMNS.map((column) => v[column] ?? '')));
  const seed = parseRegistry(asRegistry, file);
  return { recipients: seed.recipients, diagnostics: [...diagnostics, ...seed.diagnostics] };
}

/** A plain edition id: one path segment, no dots in front (so never "." or ".."). */
const PLAIN_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export interface Distributed {
  id: string;
  dir: string;
  /** Recipient ids of the edition's allocation, in route order. */
  deliveries: string[];
}

/** `<edisi>` of record and status (a path resolves against `cwd`): an id, or an edition folder, whose allocation has been made. */
export async function openDistributed(ref: string, cwd: string): Promise<{ value?: Distributed; diagnostics: Diagnostic[] }> {
  const fail = (file: string, rule: string, message: string, hint: string) => ({ diagnostics: [{ file, rule, severity: 'error' as const, message, hint }] });
  let id: string | undefined;
  if (PLAIN_ID.test(ref)) id = ref;
  else {
    // A path the user typed is relative to where they ran the command, not to the project root.
    const dir = path.resolve(cwd, ref);
    if (existsSync(path.join(dir, 'edition.yaml')) && PLAIN_ID.test(path.basename(dir))) id = path.basename(dir);
  }
  if (!id) return fail(COMMAND_LINE, 'distribusi-edisi', `"${ref}" bukan edisi`, 'tulis id edisi (nama foldernya di content/), mis. "2026-05"; edisi baru: jalankan dulu: jurnal distribute <edisi>');
  const dir = path.join(DISTRIBUTION_DIR, id);
  const file = path.join(dir, ALLOCATION_JSON);
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

/** Received, not delivered and pending among an edition's deliveries. */
export const tallyOf = (deliveries: readonly string[], events: readonly DeliveryEvent[]) => {
  const states = currentStates(events);
  const received = deliveries.filter((id) => states.get(id)?.state === RECEIVED_STATE).length;
  const notDelivered = deliveries.filter((id) => states.get(id)?.state === NOT_DELIVERED).length;
  return { received, notDelivered, pending: deliveries.length - received - notDelivered, total: deliveries.length };
};

/** A delivery event as --json reports it. */
export const eventJson = (e: DeliveryEvent) => ({ id: e.id, state: e.state, date: e.date, reason: e.reason, by: e.by, note: e.note, recordedAt: e.recordedAt, source: e.source, correction: e.correction });

