/**
 * flatplan.pdf: every page as a thumbnail, in spreads, with its modules, house boxes and blank space,
 * then a legend and the unplaced stories.
 *
 * The sheets are laid out here, not by react-pdf: `flatplanSheets` decides the thumbnail scale and how
 * many spreads go on an A4-landscape sheet, places every spread and the notes at absolute positions,
 * and every `<Page>` holds one `wrap={false}` block the size of the sheet, so react-pdf never breaks a thumbnail
 * across pages and "lembar x dari y" is the real number of PDF pages.
 */
import { Page, Text, View } from './primitives.js';
import type { ReactElement } from 'react';
import type { Flatplan, PlannedPage } from '../edition/plan.js';
import type { EditionConfig } from '../edition/schema.js';
import { longDate } from './dates.js';
import { SANS } from './fonts.js';
import type { Geometry } from './template.js';

const PALETTE = ['#c9d7ea', '#f3d9b1', '#cfe8cf', '#f2c9c9', '#e0d3ef', '#f6efb5', '#cdeeed', '#e8d6c4'];
const CONTINUATION = '#eeeeee';
const BLANK = '#f7d4d4';
const INDEX = '#dddddd';
const MASTHEAD = '#1d3f6e';

/** A4 landscape, in points. */
export const SHEET = { width: 841.89, height: 595.28 } as const;
const MARGIN = 24;
/** Title (14 pt) and the line under it. */
const HEADER = 36;
/** Between the two pages of a spread (they are drawn nearly touching, as printed). */
const PAGE_GAP = 2;
const SPREAD_GAP = 16;
const ROW_GAP = 8;
/** Caption under each thumbnail. */
const CAPTION = 10;
/** A thumbnail column narrower than this cannot show a story's title. */
const MIN_COLUMN = 20;

const NOTE_SIZE = 7.5;
const NOTE_LINE = 9.5;
const NOTE_HEAD = 13;
const LEGEND_ITEM = 150;

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface SpreadCell {
  /** One page (the cover on the right half, the last page on the left half) or two. */
  pages: { page: PlannedPage; box: Box }[];
}

export type Note = { kind: 'legend' } | { kind: 'heading'; text: string } | { kind: 'unplaced'; text: string };

export interface Sheet {
  spreads: SpreadCell[];
  notes?: { box: Box; items: Note[] };
}

export interface SheetPlan {
  scale: number;
  columns: number;
  rows: number;
  thumb: { width: number; height: number };
  sheets: Sheet[];
}

/** Spreads as printed: the cover alone, then 2–3, 4–5, …, the last page alone. */
export function spreadsOf(pages: readonly PlannedPage[]): PlannedPage[][] {
  if (!pages.length) return [];
  const spreads: PlannedPage[][] = [[pages[0]!]];
  for (let i = 1; i < pages.length - 1; i += 2) spreads.push(pages.slice(i, i + 2));
  if (pages.length > 1) spreads.push([pages.at(-1)!]);
  return spreads;
}

/** Lines a text needs at NOTE_SIZE in `width`, word by word, with a generous average glyph width. */
function wrappedLines(text: string, width: number): number {
  const per = NOTE_SIZE * 0.62;
  const max = Math.max(1, Math.floor(width / per));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let len = word.length;
    const need = used ? used + 1 + len : len;
    if (need <= max) {
      used = need;
      continue;
    }
    if (used) lines++;
    while (len > max) {
      lines++;
      len -= max;
    }
    used = len;
  }
  return lines;
}

function legendItems(config: EditionConfig): { label: string; colour?: string; dashed?: boolean; dark?: boolean }[] {
  return [
    ...config.sections.map((s, i) => ({ label: `Naskah rubrik ${s.name}`, colour: PALETTE[i % PALETTE.length]! })),
    { label: 'Sambungan naskah (lanjutan)', colour: CONTINUATION },
    { label: 'Kotak layanan (pengisi)', dashed: true },
    { label: 'Ruang kosong', colour: BLANK },
    { label: 'Daftar isi (sampul)', colour: INDEX },
    { label: 'Kepala koran (sampul)', colour: MASTHEAD, dark: true },
  ];
}

function noteHeight(note: Note, width: number, config: EditionConfig): number {
  if (note.kind === 'legend') {
    const perRow = Math.max(1, Math.floor(width / LEGEND_ITEM));
    return NOTE_HEAD + Math.ceil(legendItems(config).length / perRow) * NOTE_LINE + 4;
  }
  if (note.kind === 'heading') return NOTE_HEAD;
  return wrappedLines(note.text, width - 8) * NOTE_LINE;
}

function notesOf(plan: Flatplan, titles: Map<string, string>): Note[] {
  return [
    { kind: 'legend' },
    { kind: 'heading', text: plan.unplaced.length ? `Tidak termuat (${plan.unplaced.length}):` : 'Semua naskah termuat.' },
    ...plan.unplaced.map((u): Note => ({ kind: 'unplaced', text: `• ${titles.get(u.slug) ?? u.slug} — ${u.reason}` })),
  ];
}

/**
 * Where everything goes: the largest thumbnail scale that keeps the fewest sheets, a grid of
 * `columns` × `rows` spreads per sheet, and the notes on the last sheet (below the last row or in the
 * free cells beside it) or on sheets of their own.
 */
export function flatplanSheets(plan: Flatplan, g: Geometry, config: EditionConfig, titles: Map<string, string>): SheetPlan {
  const spreads = spreadsOf(plan.pages);
  const availW = SHEET.width - 2 * MARGIN;
  const availH = SHEET.height - 2 * MARGIN - HEADER;
  const minScale = MIN_COLUMN / g.columnWidth;
  const notes = notesOf(plan, titles);

  type Candidate = SheetPlan & { cost: number };
  let best: Candidate | undefined;
  const consider = (columns: number, rows: number, scale: number) => {
    const thumb = { width: g.trimWidth * scale, height: g.trimHeight * scale };
    const cellW = 2 * thumb.width + PAGE_GAP;
    const cellH = thumb.height + CAPTION;
    // The grid sits centred across the sheet.
    const x0 = MARGIN + Math.max(0, (availW - columns * cellW - (columns - 1) * SPREAD_GAP) / 2);
    const sheets: Sheet[] = [];
    const per = columns * rows;
    for (let i = 0; i < spreads.length; i += per) {
      sheets.push({
        spreads: spreads.slice(i, i + per).map((spread, k) => {
          const left = x0 + (k % columns) * (cellW + SPREAD_GAP);
          const top = MARGIN + HEADER + Math.floor(k / columns) * (cellH + ROW_GAP);
          const at = (p: PlannedPage, half: number) => ({ page: p, box: { left: left + half * (thumb.width + PAGE_GAP), top, width: thumb.width, height: thumb.height } });
          // The cover is a right-hand page, the last page a left-hand one.
          if (spread.length === 2) return { pages: [at(spread[0]!, 0), at(spread[1]!, 1)] };
          return { pages: [at(spread[0]!, spread[0]!.number === 1 ? 1 : 0)] };
        }),
      });
    }
    if (!sheets.length) sheets.push({ spreads: [] });
    // The notes: on the last sheet if they all fit there, else on sheets of their own (split if long).
    const fits = (items: Note[], width: number, height: number) => items.reduce((s, n) => s + noteHeight(n, width, config), 0) <= height;
    const last = sheets.at(-1)!;
    const used = last.spreads.length;
    const usedRows = Math.ceil(used / columns);
    const regions: Box[] = [];
    const belowTop = MARGIN + HEADER + usedRows * (cellH + ROW_GAP);
    regions.push({ left: MARGIN, top: belowTop, width: availW, height: SHEET.height - MARGIN - belowTop });
    if (used && used % columns) {
      const k = used % columns;
      const left = x0 + k * (cellW + SPREAD_GAP);
      regions.push({ left, top: MARGIN + HEADER + (usedRows - 1) * (cellH + ROW_GAP), width: SHEET.width - MARGIN - left, height: cellH });
    }
    const region = regions.find((r) => r.height > 0 && r.width >= LEGEND_ITEM && fits(notes, r.width, r.height));
    if (region) last.notes = { box: region, items: notes };
    else {
      const box = { left: MARGIN, top: MARGIN + HEADER, width: availW, height: availH };
      let items: Note[] = [];
      let h = 0;
      for (const note of notes) {
        const nh = noteHeight(note, box.width, config);
        if (items.length && h + nh > box.height) {
          sheets.push({ spreads: [], notes: { box, items } });
          items = [{ kind: 'heading', text: 'Tidak termuat (lanjutan):' }];
          h = NOTE_HEAD;
        }
        items.push(note);
        h += nh;
      }
      sheets.push({ spreads: [], notes: { box, items } });
    }
    const cost = sheets.length - scale / 10;
    if (!best || cost < best.cost) best = { scale, columns, rows, thumb, sheets, cost };
  };
  for (let rows = 1; rows <= 6; rows++) {
    for (let columns = 1; columns <= 6; columns++) {
      const byH = ((availH - (rows - 1) * ROW_GAP) / rows - CAPTION) / g.trimHeight;
      const byW = ((availW - (columns - 1) * SPREAD_GAP) / columns - PAGE_GAP) / (2 * g.trimWidth);
      const scale = Math.min(byH, byW);
      if (scale >= minScale || (rows === 1 && columns === 1)) consider(columns, rows, scale);
    }
  }
  const { cost: _cost, ...chosen } = best!;
  return chosen;
}

function Thumb({ page, g, box, scale, titles, colour }: { page: PlannedPage; g: Geometry; box: Box; scale: number; titles: Map<string, string>; colour: string }): ReactElement {
  const { width: w, height: h } = box;
  const colW = g.columnWidth * scale;
  const gut = g.gutter * scale;
  const L = g.leading * scale;
  const x0 = g.left(page.number) * scale;
  const y0 = g.top * scale;
  const colX = (col: number) => x0 + col * (colW + gut);
  const spanW = (span: number) => span * colW + (span - 1) * gut;
  // Everything inside the thumbnail, whatever the plan says.
  const clamp = (top: number, height: number) => {
    const t = Math.max(0, Math.min(top, h));
    return { top: t, height: Math.max(0, Math.min(height, h - t)) };
  };
  const caption = `Hal. ${page.number}${page.section ? ` · ${page.section.name}` : page.role === 'front' ? ' · Sampul' : page.role === 'back' ? ' · Belakang' : ''} · isi ${Math.round(page.fill * 100)}%`;
  return (
    <View style={{ position: 'absolute', left: box.left, top: box.top, width: w, height: h + CAPTION }}>
      <View style={{ position: 'absolute', left: 0, top: 0, width: w, height: h, borderWidth: 0.6, borderColor: '#000000', backgroundColor: '#ffffff', overflow: 'hidden' }}>
        {page.role === 'front' ? <View style={{ position: 'absolute', left: x0, top: 10 * scale * 2.8, width: g.contentWidth * scale, height: g.template.mastheadLines * L, backgroundColor: MASTHEAD }} /> : null}
        {page.role === 'back' ? <Text style={{ position: 'absolute', left: x0, top: h / 2, width: g.contentWidth * scale, fontFamily: SANS, fontSize: 6 }}>Halaman belakang (tetap)</Text> : null}
        {page.blankLines.map((n, col) => (n > 0 && col < g.columns ? <View key={`b${col}`} style={{ position: 'absolute', left: colX(col), ...clamp(y0 + (g.lines - n) * L, n * L), width: colW, backgroundColor: BLANK }} /> : null))}
        {page.modules.map((m) => (
          <View key={`${m.slug}${m.part}${m.col}-${m.top}`} style={{ position: 'absolute', left: colX(m.col), ...clamp(y0 + m.top * L, m.height * L), width: spanW(m.span), backgroundColor: m.part === 'main' ? colour : CONTINUATION, borderWidth: 0.4, borderColor: '#333333', padding: 1.5, overflow: 'hidden' }}>
            <Text style={{ fontFamily: SANS, fontSize: 4.6, fontWeight: 700 }}>{`${m.part === 'continuation' ? `(sambungan dari hal. ${m.jumpFrom}) ` : ''}${titles.get(m.slug) ?? m.slug}`}</Text>
            <Text style={{ fontFamily: SANS, fontSize: 4 }}>{`${m.slug}${m.jumpTo ? ` → hal. ${m.jumpTo}` : ''}`}</Text>
          </View>
        ))}
        {page.index ? <View style={{ position: 'absolute', left: x0, ...clamp(y0 + page.index.top * L, (g.lines - page.index.top) * L), width: g.contentWidth * scale, backgroundColor: INDEX, overflow: 'hidden' }}><Text style={{ fontFamily: SANS, fontSize: 5 }}>Di edisi ini</Text></View> : null}
        {page.fillers.map((f) => <View key={`f${f.col}-${f.top}`} style={{ position: 'absolute', left: colX(f.col), ...clamp(y0 + (f.top + 0.6) * L, (f.height - 0.6) * L), width: spanW(f.span), borderWidth: 0.4, borderColor: '#777777', borderStyle: 'dashed', overflow: 'hidden', padding: 1 }}><Text style={{ fontFamily: SANS, fontSize: 4 }}>pengisi</Text></View>)}
      </View>
      <Text style={{ position: 'absolute', left: 0, top: h + 1.5, width: w, fontFamily: SANS, fontSize: 6, maxLines: 1, textOverflow: 'ellipsis' }}>{caption}</Text>
    </View>
  );
}

function Notes({ box, items, config }: { box: Box; items: Note[]; config: EditionConfig }): ReactElement {
  const perRow = Math.max(1, Math.floor(box.width / LEGEND_ITEM));
  return (
    <View style={{ position: 'absolute', left: box.left, top: box.top, width: box.width, height: box.height, overflow: 'hidden' }}>
      {items.map((n, i) => {
        const height = noteHeight(n, box.width, config);
        if (n.kind === 'legend') {
          return (
            <View key={i} style={{ height }}>
              <Text style={{ fontFamily: SANS, fontWeight: 700, fontSize: 9, height: NOTE_HEAD }}>Keterangan</Text>
              <View style={{ flexDirection: 'row', flexWrap: 'wrap', width: perRow * LEGEND_ITEM }}>
                {legendItems(config).map((item) => (
                  <View key={item.label} style={{ width: LEGEND_ITEM, height: NOTE_LINE, flexDirection: 'row', alignItems: 'center' }}>
                    <View style={{ width: 12, height: 7, marginRight: 4, backgroundColor: item.colour ?? '#ffffff', borderWidth: 0.4, borderColor: item.dashed ? '#777777' : '#333333', borderStyle: item.dashed ? 'dashed' : 'solid' }} />
                    <Text style={{ fontFamily: SANS, fontSize: NOTE_SIZE, maxLines: 1 }}>{item.label}</Text>
                  </View>
                ))}
              </View>
            </View>
          );
        }
        if (n.kind === 'heading') return <Text key={i} style={{ fontFamily: SANS, fontWeight: 700, fontSize: 9, height, paddingTop: 2 }}>{n.text}</Text>;
        return <Text key={i} style={{ fontFamily: SANS, fontSize: NOTE_SIZE, lineHeight: `${NOTE_LINE}pt`, height, paddingLeft: 8, overflow: 'hidden' }}>{n.text}</Text>;
      })}
    </View>
  );
}

export function flatplanPages(plan: Flatplan, g: Geometry, config: EditionConfig, titles: Map<string, string>): ReactElement[] {
  const colours = new Map(config.sections.map((s, i) => [s.id, PALETTE[i % PALETTE.length]!]));
  const layout = flatplanSheets(plan, g, config, titles);
  const total = layout.sheets.length;
  return layout.sheets.map((sheet, n) => (
    <Page key={n} size={[SHEET.width, SHEET.height]}>
      {/* One unbreakable block a hair smaller than the sheet: react-pdf has nothing to split. */}
      <View wrap={false} style={{ position: 'relative', width: SHEET.width, height: SHEET.height - 1 }}>
      <View style={{ position: 'absolute', left: MARGIN, top: MARGIN, width: SHEET.width - 2 * MARGIN, height: HEADER }}>
        <Text style={{ fontFamily: SANS, fontWeight: 800, fontSize: 14, maxLines: 1 }}>{`Flatplan — ${config.title} Edisi ${config.number}, ${longDate(config.date)}`}</Text>
        <Text style={{ fontFamily: SANS, fontSize: 8, maxLines: 1 }}>{`${config.pages} halaman · ${config.format.toUpperCase()} · lembar ${n + 1} dari ${total}`}</Text>
      </View>
      {sheet.spreads.flatMap((spread) =>
        spread.pages.map(({ page, box }) => <Thumb key={page.number} page={page} g={g} box={box} scale={layout.scale} titles={titles} colour={(page.section && colours.get(page.section.id)) ?? PALETTE[0]!} />),
      )}
      {sheet.notes ? <Notes box={sheet.notes.box} items={sheet.notes.items} config={config} /> : null}
      </View>
    </Page>
  ));
}
