/**
 * Page previews for reviewers (editions/<edisi>/pratinjau/): hal-01.png … of every page's trim area
 * and lembar-kontak.png. Rendered by PDFium in a worker thread (one: a second only repeats the work of
 * reading the PDF, and the build's other steps run meanwhile), each photo drawn from the small copy
 * the layout keeps beside the print photo.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { answerOf } from '../util/worker.js';
import { PREVIEW_PPI } from '../images/prepare.js';
import { PREVIEW_DIR } from '../pipeline/outputs.js';
import { programHash } from '../util/program-hash.js';
import { contactSheet } from './preview-contact.js';
import type { PreviewPart, PreviewRequest, RenderedPage } from './preview-render.js';

export const CONTACT_SHEET = 'lembar-kontak.png';
/** What the previews were rendered from: { sumber, sha256, dpi, halaman, program, hashHalaman }. */
export const PREVIEW_MANIFEST = 'pratinjau.json';
/** The previews' resolution: half that of the photo copies the layout keeps for them. */
const DPI = PREVIEW_PPI / 2;
const CONTACT_HEIGHT = 200;
export const previewPageName = (page: number, pages: number): string => `hal-${String(page).padStart(Math.max(2, String(pages).length), '0')}.png`;

export interface Previews {
  pages: RenderedPage[];
  contact: Uint8Array;
  ms: number;
  /** Set when the previews were rendered from `source` (file name) with this hash. */
  manifest?: Manifest;
  /** True when taken over unchanged from the previous build (same PDF bytes, so the same PNGs). */
  reused?: boolean;
  /** Pages drawn (the others were taken over from the previous build: drawn the same, page-hash.ts). */
  drawn?: number;
}

interface Manifest {
  sumber: string;
  sha256: string;
  dpi: number;
  halaman: number;
  /** The program that drew them (util/program-hash.ts): another PDFium may draw differently. */
  program?: string;
  /** Each page's hash (page-hash.ts), in page order. */
  hashHalaman?: string[];
}

function renderPart(request: PreviewRequest): Promise<PreviewPart> {
  return answerOf(new Worker(new URL('./preview-worker.js', import.meta.url), { workerData: request }), 'pembuat pratinjau berhenti dengan kode');
}

/** `known`: PNGs of earlier previews by page hash; pages with one of those hashes are not drawn again. */
export async function renderPreviewsInWorker(pdf: Uint8Array, options: { dpi?: number; contactHeight?: number; workers?: number; photoCache?: string; known?: Map<string, Uint8Array> } = {}): Promise<Previews & { hashes: string[] }> {
  const started = performance.now();
  const stride = Math.max(1, Math.min(options.workers ?? 1, availableParallelism()));
  const known = options.known ?? new Map<string, Uint8Array>();
  const parts = await Promise.all(Array.from({ length: stride }, (_, i) => renderPart({ pdf, dpi: options.dpi ?? DPI, first: i + 1, stride, known: [...known.keys()], ...(options.photoCache ? { photoCache: options.photoCache } : {}) })));
  const hashes = parts[0]!.hashes;
  const drawn = new Map(parts.flatMap((p) => p.pages).map((p) => [p.page, p]));
  const pages = hashes.map((hash, i): RenderedPage => drawn.get(i + 1) ?? { page: i + 1, png: known.get(hash)!, width: 0, height: 0 });
  const contact = await contactSheet(pages.map((p) => p.png), options.contactHeight ?? CONTACT_HEIGHT);
  return { pages, contact, ms: Math.round(performance.now() - started), hashes, drawn: drawn.size };
}

/**
 * The previews of `pdf` (named `source`) for a build whose previous output is in `previousDir`: taken
 * over from it when they were rendered from the same bytes (rendering is deterministic); else the
 * pages drawn the same as one of the previous build's (by page hash) are taken over and the rest drawn.
 */
export async function previewsFor(pdf: Uint8Array, source: string, previousDir: string, photoCache?: string): Promise<Previews> {
  const started = performance.now();
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  const program = await programHash();
  const dir = path.join(previousDir, PREVIEW_DIR);
  const old = await readFile(path.join(dir, PREVIEW_MANIFEST), 'utf8').then((t) => JSON.parse(t) as Manifest, () => undefined);
  if (old && old.sha256 === sha256 && old.sumber === source && old.dpi === DPI && Number.isInteger(old.halaman) && old.halaman > 0) {
    try {
      const pages = await Promise.all(Array.from({ length: old.halaman }, async (_, i): Promise<RenderedPage> => ({ page: i + 1, png: new Uint8Array(await readFile(path.join(dir, previewPageName(i + 1, old.halaman)))), width: 0, height: 0 })));
      const contact = new Uint8Array(await readFile(path.join(dir, CONTACT_SHEET)));
      return { pages, contact, ms: Math.round(performance.now() - started), manifest: old, reused: true };
    } catch {
      // incomplete: render again
    }
  }
  const known = new Map<string, Uint8Array>();
  if (old && old.program === program && old.dpi === DPI && Array.isArray(old.hashHalaman) && old.hashHalaman.length === old.halaman) {
    await Promise.all(
      old.hashHalaman.map(async (hash, i) => {
        const png = await readFile(path.join(dir, previewPageName(i + 1, old.halaman))).catch(() => undefined);
        if (png && typeof hash === 'string') known.set(hash, new Uint8Array(png));
      }),
    );
  }
  const { hashes, ...fresh } = await renderPreviewsInWorker(pdf, { known, ...(photoCache ? { photoCache } : {}) });
  return { ...fresh, manifest: { sumber: source, sha256, dpi: DPI, halaman: fresh.pages.length, program, hashHalaman: hashes } };
}

/** Files for the staged build folder: pratinjau/hal-01.png …, pratinjau/lembar-kontak.png. */
export function previewFiles(result: Previews): [string, Uint8Array][] {
  const n = result.pages.length;
  return [
    ...result.pages.map((p): [string, Uint8Array] => [`${PREVIEW_DIR}/${previewPageName(p.page, n)}`, p.png]),
    [`${PREVIEW_DIR}/${CONTACT_SHEET}`, result.contact],
    ...(result.manifest ? [[`${PREVIEW_DIR}/${PREVIEW_MANIFEST}`, new TextEncoder().encode(`${JSON.stringify(result.manifest, null, 2)}\n`)] as [string, Uint8Array]] : []),
  ];
}
