/**
 * The layout stage: measure → plan → galleys (verified against the plan, re-planned if react-pdf needed
 * more room than measured) → frames → composition. The plan it returns is the one the PDF shows.
 */
import path from 'node:path';
import type { ReactElement } from 'react';
import type { PDFDocument } from 'pdf-lib';
import type { Article } from '../content/article.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Edition } from '../edition/load.js';
import { type Flatplan, type Module, type PlanArticle, planEdition } from '../edition/plan.js';
import { PHOTO_CACHE, preparePhoto, type PrintProfile } from '../images/prepare.js';
import type { ImageIndex } from '../images/references.js';
import { articleBody, type GalleyPhoto } from './body.js';
import type { LegBox, PlacedGalley } from './compose.js';
import { editionTimestamp } from './dates.js';
import { printabilityDiagnostics } from './printable.js';
import { framePages, indexEntries, moduleKey, type ProofMarks, proofOverlayPages, unplacedPage } from './frame.js';
import { LayoutCache } from './cache.js';
import { type Fragments, type Galley, galleyOf, type LaidOutGalley, layOutGalley, START, type TextPosition } from './galley.js';
import type { HeaderPhoto } from './header.js';
import { loadBackPage, loadFillers } from './back-page-and-fillers.js';
import { CLOSED_RUN, measureFill, measureText, type PageFill, type SetText } from './fill.js';
import { setLegs } from './legs.js';
import { measureArticles, measureFillers, measureIndex } from './measure.js';
import { galleyPhotos, headerPhoto, type PhotoBox, photoRange } from './photos.js';
import { type HeadPhoto, lineUpPhotoRows } from './photo-rows.js';
import { renderWithLayout } from './react-pdf-adapter.js';
import { bodyStyles } from './styles.js';
import { pool } from '../util/pool.js';
import { type Geometry, geometry, loadTemplate, MM } from './template.js';

export interface LayoutInput {
  edition: Edition;
  articles: readonly Article[];
  images: ImageIndex;
  profile: PrintProfile;
  /** Photos, measurements and galleys are cached here (undefined: photos in a temp folder, no layout cache). */
  cacheDir: string;
  /** Called as each step starts; `file` names the article being worked on, for the build's watchdog. */
  onProgress?: (message: string, file?: string) => void;
}

export interface PlacedPhoto {
  slug: string;
  key: string;
  page: number;
  width: number;
  height: number;
  ppi: number;
  source: string;
}

export interface PlannedLayout {
  g: Geometry;
  origin: number;
  plan: Flatplan;
  metrics: PlanArticle[];
  galleys: PlacedGalley[];
  photos: PlacedPhoto[];
  headerPhotos: Map<string, HeaderPhoto>;
  /** Blank space per page as laid out. */
  fill: PageFill[];
  /** Lines of text as set, and how many end in a hyphen. */
  text: SetText;
  articles: Map<string, Article>;
  diagnostics: Diagnostic[];
  timings: Record<string, number>;
  input: LayoutInput;
}

/** Space outside the bleed for crop marks. */
export const SLUG_MM = 10;
const MAX_ROUNDS = 4;
/** Paragraphs an unbreakable block may be moved on to keep a leg from ending early. */
const MAX_FLOAT_SHIFT = 3;
/** A story that jumps may move its blocks further: past the short legs of page 1 into the continuation. */
const MAX_JUMP_FLOAT_SHIFT = 8;

/** Photos prepared at once: sharp works on its own threads, and a few in flight keep both cores busy. */
const PHOTOS_IN_FLIGHT = 3;
/** Photos side by side are lined up only while each keeps at least this many lines of picture. */
const MIN_ROW_PHOTO_LINES = 4;

export function originOf(profile: PrintProfile, bleedMm: number): number {
  return (bleedMm + (profile.marks ? SLUG_MM : 0)) * MM;
}

export async function planLayout(input: LayoutInput): Promise<PlannedLayout> {
  const { edition, articles, images, profile, cacheDir } = input;
  const progress = input.onProgress ?? (() => undefined);
  const timings: Record<string, number> = {};
  const time = async <T,>(name: string, f: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    const r = await f();
    timings[name] = (timings[name] ?? 0) + Math.round(performance.now() - t);
    return r;
  };
  const g = geometry(loadTemplate(edition.config.format), edition.config.print.bleed);
  const origin = originOf(profile, edition.config.print.bleed);
  const diagnostics = articles.flatMap(printabilityDiagnostics);
  const date = editionTimestamp(edition.config.date);
  const bySlug = new Map(articles.map((a) => [a.slug, a]));

  const cache = new LayoutCache(path.join(cacheDir, 'tata-letak'));
  const templateKey = JSON.stringify(g.template);
  const imageKey = (a: Article) => (a.frontMatter.images ?? []).map((_, i) => images.get(`${a.slug}#${i}`)?.info ?? null);
  progress(`mengukur ${articles.length} naskah`);
  const measured = await time('ukur', async () => {
    const keys = articles.map((a) => cache.key('ukur', templateKey, a.hash, imageKey(a)));
    const known = await Promise.all(keys.map((k) => cache.get('ukur', k)));
    const todo = articles.filter((_, i) => !known[i]);
    // One article at a time, so a pathological article is named by the watchdog.
    const fresh: PlanArticle[] = [];
    for (const a of todo) {
      progress('mengukur', a.file);
      fresh.push(...(await measureArticles(g, [a], images)));
    }
    const out: PlanArticle[] = [];
    for (const [i, a] of articles.entries()) {
      const hit = known[i];
      const m = hit ? (JSON.parse(hit.toString('utf8')) as PlanArticle) : fresh[todo.indexOf(a)]!;
      if (!hit) await cache.set('ukur', keys[i]!, JSON.stringify(m));
      out.push({ ...m, file: a.file, words: a.wordCount, ...(a.frontMatter.layout ? { wish: a.frontMatter.layout } : {}) });
    }
    return out;
  });

  progress('menyiapkan foto');
  const photos: PlacedPhoto[] = [];
  const styles = bodyStyles(g);
  const inColumnPhotos = new Map<string, GalleyPhoto[]>();
  /** An article's body blocks with its unbreakable blocks moved on by `shift` paragraphs. */
  const bodyMemo = new Map<string, ReactElement[]>();
  const bodyFor = (slug: string, shift: number): ReactElement[] => {
    const key = `${slug}/${shift}`;
    let body = bodyMemo.get(key);
    if (!body) {
      body = articleBody(bySlug.get(slug)!, { geometry: g, styles, photos: inColumnPhotos.get(slug)!, floatShift: shift }) as ReactElement[];
      bodyMemo.set(key, body);
    }
    return body;
  };
  const bodyKey = (slug: string, shift: number) => JSON.stringify([bySlug.get(slug)!.hash, inColumnPhotos.get(slug)!.map((p) => p.file), shift]);
  const photoDir = path.join(cacheDir, PHOTO_CACHE);
  const prepare = (box: PhotoBox) => preparePhoto(box.source, box, profile, photoDir);
  /** Whether an article has blocks that cannot break across legs. */
  const hasFloats = (slug: string) => inColumnPhotos.get(slug)!.length > 0 || Boolean(bySlug.get(slug)!.frontMatter.pullquote);
  await time('foto', async () => {
    const boxes = articles.flatMap((a) => galleyPhotos(g, a, images).map((box) => ({ a, box })));
    const prepared = await pool(boxes, PHOTOS_IN_FLIGHT, ({ a, box }) => {
      progress('menyiapkan foto', a.file);
      return prepare(box);
    });
    for (const a of articles) inColumnPhotos.set(a.slug, []);
    boxes.forEach(({ a, box }, i) => {
      inColumnPhotos.get(a.slug)!.push({ file: prepared[i]!.file, lines: Math.round(box.height / g.leading), caption: box.caption ?? '' });
      photos.push({ slug: a.slug, key: box.key, page: 0, width: box.width, height: box.height, ppi: prepared[i]!.ppi, source: box.source.file });
    });
  });

  // Galleys by content, leg height and start: re-planning re-renders only what changed, and the disk
  // cache makes a rebuild after one edit re-render only that article. An entry is the fragments, a
  // newline and the PDF; the PDF is left out until the galley is placed and written.
  const galleyMemo = new Map<string, Galley>();
  const galleyFor = async (slug: string, shift: number, legLines: number, from: TextPosition): Promise<Galley> => {
    const key = cache.key('galley', templateKey, bodyKey(slug, shift), legLines, from, edition.config.date);
    let galley = galleyMemo.get(key);
    if (galley) return galley;
    const stored = await cache.get('galley', key);
    const split = stored?.indexOf(10) ?? -1;
    const storedPdf = stored && split > 0 && split + 1 < stored.length ? stored.subarray(split + 1) : undefined;
    let fragments: Fragments;
    let laidOut: LaidOutGalley | undefined;
    if (stored && split > 0) fragments = JSON.parse(stored.subarray(0, split).toString('utf8')) as Fragments;
    else {
      laidOut = await layOutGalley(g, bodyFor(slug, shift), legLines, from, date);
      fragments = laidOut.fragments;
    }
    const head = Buffer.from(`${JSON.stringify(fragments)}\n`);
    if (laidOut) await cache.set('galley', key, head);
    let written: Promise<Buffer> | undefined;
    const write = async (): Promise<Buffer> => {
      if (storedPdf) return storedPdf;
      const bytes = await (laidOut ?? (await layOutGalley(g, bodyFor(slug, shift), legLines, from, date))).render();
      laidOut = undefined;
      await cache.set('galley', key, Buffer.concat([head, bytes]));
      return bytes;
    };
    galley = galleyOf(g, fragments, () => (written ??= write()));
    galleyMemo.set(key, galley);
    return galley;
  };

  /** A measurement kept in the layout cache as JSON (with Infinity, a filler's "never at this width", spelled out: JSON has none). */
  const remembered = async <T,>(kind: string, parts: unknown[], measure: () => Promise<T>): Promise<T> => {
    const key = cache.key(kind, templateKey, ...parts);
    const stored = await cache.get(kind, key);
    if (stored) return JSON.parse(stored.toString('utf8'), (_, v: unknown) => (v === 'Infinity' ? Number.POSITIVE_INFINITY : v)) as T;
    const value = await measure();
    await cache.set(kind, key, JSON.stringify(value, (_, v: unknown) => (v === Number.POSITIVE_INFINITY ? 'Infinity' : v)));
    return value;
  };
  const fillers = loadFillers();
  const house = await time('ukur', () => remembered('pengisi', [fillers], () => measureFillers(g, fillers)));
  const entries = indexEntries(edition.config, bySlug);
  const indexLines = await time('ukur', () => remembered('indeks', [entries], () => measureIndex(g, entries)));
  const grid = { columns: g.columns, lines: g.lines, mastheadLines: g.template.mastheadLines, indexLines };
  const fillGrid = { ...grid, leading: g.leading };
  /** Where each placed galley starts and with which setting of its unbreakable blocks. */
  const galleyStart = new Map<PlacedGalley, { shift: number; from: TextPosition }>();
  let metrics = measured;
  let plan: Flatplan | undefined;
  let galleys: PlacedGalley[] = [];
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    plan = planEdition(edition, metrics, grid, house);
    progress(round === 1 ? 'menyusun galley' : `menyusun ulang galley (putaran ${round})`);
    const overflow = new Map<string, number>();
    galleys = [];
    const modulesBySlug = new Map<string, Module[]>();
    for (const page of plan.pages) for (const m of page.modules) modulesBySlug.set(m.slug, [...(modulesBySlug.get(m.slug) ?? []), m]);
    await time('galley', async () => {
      for (const [slug, modules] of modulesBySlug) {
        progress('menyusun galley', bySlug.get(slug)!.file);
        // The first setting whose legs end full (no blank run at a leg's foot before the last) wins.
        let best: { placed: PlacedGalley[]; over: number; holes: number } | undefined;
        const maxShift = !hasFloats(slug) ? 0 : modules.some((m) => m.jumpTo) ? MAX_JUMP_FLOAT_SHIFT : MAX_FLOAT_SHIFT;
        // Blocks moved on by 0, 1, 2 … paragraphs, and once one paragraph earlier.
        for (const shift of maxShift ? [0, -1, ...Array.from({ length: maxShift }, (_, i) => i + 1)] : [0]) {
          const placed: PlacedGalley[] = [];
          let over = 0;
          let holes = 0;
          let from: TextPosition | undefined = START;
          for (const m of modules) {
            if (!from) break;
            const galley: Galley = await galleyFor(slug, shift, m.legLines, from);
            const entry = { module: m, galley };
            galleyStart.set(entry, { shift, from });
            placed.push(entry);
            // A blank run counts whole once it is taller than the white a column foot may have, as measured.
            for (let i = 0; i < Math.min(m.legs, galley.legs) - 1; i++) {
              const blank = m.legLines - galley.legLines(i);
              if (blank > CLOSED_RUN) holes += blank;
            }
            from = galley.after(m.legs);
            if (from && !m.jumpTo) over += galley.linesAfter(m.legs) + m.legs;
          }
          if (!best || over < best.over || (over === best.over && holes < best.holes)) best = { placed, over, holes };
          if (holes === 0 && over === 0) break;
        }
        galleys.push(...best!.placed);
        if (best!.over) overflow.set(slug, best!.over);
      }
    });
    if (overflow.size) progress(`  meluap: ${[...overflow].map(([s, n]) => `${s} +${n}`).join(', ')}`);
    if (overflow.size === 0) break;
    if (round === MAX_ROUNDS) {
      for (const slug of overflow.keys()) {
        diagnostics.push({ file: bySlug.get(slug)!.file, rule: 'naskah-meluap', severity: 'error', message: 'naskah tidak muat di tempat yang direncanakan', hint: 'potong beberapa baris atau ubah prioritasnya' });
      }
      break;
    }
    metrics = metrics.map((a) => (overflow.has(a.slug) ? { ...a, bodyLines: a.bodyLines + overflow.get(a.slug)! } : a));
  }

  // Legs set shorter or balanced where that leaves the page fewer blank lines; feet closed by house
  // boxes; then photos side by side lined up where the page stays as full.
  const legsInput = {
    plan: plan!,
    galleys,
    grid: fillGrid,
    metrics,
    house,
    reset: (placed: PlacedGalley, legLines: number) => {
      const start = galleyStart.get(placed)!;
      return galleyFor(placed.module.slug, start.shift, legLines, start.from);
    },
  };
  const measuredBySlug = new Map(metrics.map((a) => [a.slug, a]));
  const headPhoto = (m: Module): HeadPhoto | undefined => {
    const a = bySlug.get(m.slug)!;
    const box = headerPhoto(g, a, images, m.span, false, m.photoExtra);
    const range = photoRange(g, a, images, m.span);
    const top = measuredBySlug.get(m.slug)?.photoTop?.[m.span - 1];
    const tail = measuredBySlug.get(m.slug)?.photoTail?.[m.span - 1];
    return box && range && top != null && tail != null ? { top, height: box.height, ...range, tail } : undefined;
  };
  await time('galley', async () => {
    await setLegs(legsInput);
    await lineUpPhotoRows({ ...legsInput, headPhoto, minHeight: MIN_ROW_PHOTO_LINES * g.leading });
  });

  progress('menyiapkan foto utama');
  const headerPhotos = new Map<string, HeaderPhoto>();
  await time('foto', async () => {
    const heads = plan!.pages.flatMap((page) =>
      page.modules.flatMap((m) => {
        const box = m.part === 'main' ? headerPhoto(g, bySlug.get(m.slug)!, images, m.span, m.lead ?? false, m.photoExtra) : undefined;
        return box ? [{ m, box: m.photoRow ? { ...box, height: m.photoRow.height } : box, first: Boolean(m.photoRow) }] : [];
      }),
    );
    const prepared = await pool(heads, PHOTOS_IN_FLIGHT, ({ m, box }) => {
      progress('menyiapkan foto utama', bySlug.get(m.slug)!.file);
      return prepare(box);
    });
    heads.forEach(({ m, box, first }, i) => {
      headerPhotos.set(moduleKey(m), { file: prepared[i]!.file, width: box.width, height: box.height, caption: box.caption, credit: box.credit, ...(first ? { first } : {}) });
      photos.push({ slug: m.slug, key: box.key, page: m.page, width: box.width, height: box.height, ppi: prepared[i]!.ppi, source: box.source.file });
    });
  });
  for (const p of photos) if (p.page === 0) p.page = galleys.find((x) => x.module.slug === p.slug && x.module.part === 'main')?.module.page ?? 0;
  const fill = measureFill(plan!.pages, galleys, fillGrid);
  return { g, origin, plan: plan!, metrics, galleys, photos, headerPhotos, fill, text: measureText(galleys), articles: bySlug, diagnostics: [...plan!.diagnostics, ...diagnostics], timings, input };
}

// Composing and the proof load pdf-lib when they run: planning never needs it.
/** The composed edition, and where each story's legs stand in it (for the content inventory). */
export async function renderEdition(layout: PlannedLayout): Promise<{ doc: PDFDocument; legs: LegBox[] }> {
  const { composePages } = await import('./compose.js');
  const { g, origin, plan, input } = layout;
  const start = performance.now();
  const pages = framePages({ g, origin, config: input.edition.config, plan, articles: layout.articles, photos: layout.headerPhotos, back: loadBackPage(), fillers: loadFillers() });
  const { pdf } = await renderWithLayout(pages, { date: editionTimestamp(input.edition.config.date) });
  const composed = await composePages(pdf, plan.pages, layout.galleys, g, origin);
  layout.timings.bingkai = Math.round(performance.now() - start);
  return composed;
}

/** The proof: the finished print PDF with the proof overlay drawn over every page. */
export async function renderProof(layout: PlannedLayout, print: Uint8Array, marks: ProofMarks): Promise<PDFDocument> {
  const { PDFDocument } = await import('pdf-lib');
  const start = performance.now();
  const { pdf: overlay } = await renderWithLayout(proofOverlayPages(layout, marks), { date: editionTimestamp(layout.input.edition.config.date) });
  const doc = await PDFDocument.load(print, { updateMetadata: false });
  const embedded = await doc.embedPdf(overlay, doc.getPageIndices());
  doc.getPages().forEach((page, i) => page.drawPage(embedded[i]!, { x: 0, y: 0 }));
  if (layout.plan.unplaced.length) {
    const lines = new Map(layout.metrics.map((m) => [m.slug, m.bodyLines]));
    const { pdf: extra } = await renderWithLayout([unplacedPage({ g: layout.g, origin: layout.origin, plan: layout.plan, articles: layout.articles }, lines)], { date: editionTimestamp(layout.input.edition.config.date) });
    const [page] = await doc.copyPages(await PDFDocument.load(extra, { updateMetadata: false }), [0]);
    doc.addPage(page!);
  }
  doc.setTitle(`PROOF — ${doc.getTitle() ?? ''}`);
  layout.timings.proof = Math.round(performance.now() - start);
  return doc;
}
