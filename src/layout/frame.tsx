/**
 * Page frames: everything on a page except the body text legs (masthead, running heads, folios,
 * module heads with photos, jump lines, the index, fillers, the back page). Pages are trim + bleed
 * + slug; everything is placed from the trim's top-left, shifted by `origin`.
 */
import { Page, Text, View } from './primitives.js';
import type { ReactElement, ReactNode } from 'react';
import type { Article } from '../content/article.js';
import { balanganAreas } from '../content/areas.js';
import type { EditionConfig } from '../edition/schema.js';
import type { FillerBox as FillerPlacement, Flatplan, Module, PlannedPage, Reservation } from '../edition/plan.js';
import { BackPageLayout } from './back-page.js';
import { longDate, roman } from './dates.js';
import { SANS, SERIF } from './fonts.js';
import { ContinuationHeader, ModuleHeader, type HeaderPhoto } from './header.js';
import type { BackPage, Filler } from './back-page-and-fillers.js';
import { hyphenateWord, noHyphenation } from './hyphenation.js';
import { type Geometry, MM, spanWidth } from './template.js';

export interface FrameInput {
  g: Geometry;
  /** Distance from the page edge to the trim: bleed + slug. */
  origin: number;
  config: EditionConfig;
  plan: Flatplan;
  articles: ReadonlyMap<string, Article>;
  /** Lead photo per module key `${page}/${slug}`. */
  photos: ReadonlyMap<string, HeaderPhoto>;
  back: BackPage;
  fillers: Filler[];
}

/** What a proof adds on top of the print pages: a watermark and a note per article. */
export interface ProofMarks {
  watermark: string;
  /** Per slug: its approval state and findings, printed at the head of each of its modules. */
  notes: ReadonlyMap<string, string>;
}

export const moduleKey = (m: Pick<Module, 'page' | 'slug'>): string => `${m.page}/${m.slug}`;

export function moduleX(g: Geometry, page: number, col: number): number {
  return g.left(page) + col * (g.columnWidth + g.gutter);
}

function abs(x: number, y: number, width: number, extra: object = {}) {
  return { position: 'absolute' as const, left: x, top: y, width, ...extra };
}

function Masthead({ g, config, o }: { g: Geometry; config: EditionConfig; o: number }): ReactElement {
  const accent = g.template.colors.accent;
  const x = o + g.left(1);
  const w = g.contentWidth;
  const y = o + g.template.margins.top * MM;
  const height = g.template.mastheadLines * g.leading;
  return (
    <>
      {/* A band that runs into the bleed at the head of page 1 (background only, so it may) and ends at the bleed edge. */}
      <View style={abs(o - g.bleed, o - g.bleed, g.trimWidth + 2 * g.bleed, { height: g.bleed + 5 * MM, backgroundColor: accent })} />
      <View style={abs(x, y, w, { height })}>
        <View style={{ flexDirection: 'row', justifyContent: 'space-between' }}>
          <Text style={{ fontFamily: SANS, fontSize: 7.5, color: '#333333' }}>Media Informasi Pemerintah Kabupaten Balangan</Text>
          {config.sample ? <Text style={{ fontFamily: SANS, fontWeight: 800, fontSize: 7.5, color: accent }}>EDISI CONTOH — bukan terbitan resmi</Text> : null}
          <Text style={{ fontFamily: SANS, fontWeight: 700, fontSize: 7.5 }}>Gratis — tidak diperjualbelikan</Text>
        </View>
        <Text style={{ fontFamily: SERIF, fontWeight: 700, fontSize: 50, lineHeight: '54pt', color: accent, letterSpacing: -0.5, marginTop: 2 }} hyphenationCallback={noHyphenation}>
          {config.title.toUpperCase()}
        </Text>
        <View style={{ borderTopWidth: 2.5, borderTopColor: accent, marginTop: 2 }} />
        <View style={{ flexDirection: 'row', justifyContent: 'space-between', marginTop: 3 }}>
          <Text style={{ fontFamily: SANS, fontWeight: 700, fontSize: 8.5 }}>{`Edisi ${config.number} · Tahun ${roman(config.volume)} · ${longDate(config.date)}`}</Text>
          <Text style={{ fontFamily: SANS, fontSize: 8.5 }}>Diterbitkan oleh Dinas Kominfosan Kabupaten Balangan</Text>
        </View>
        <View style={{ borderTopWidth: 0.6, borderTopColor: '#000000', marginTop: 3 }} />
      </View>
    </>
  );
}

function RunningHead({ g, config, page, o }: { g: Geometry; config: EditionConfig; page: PlannedPage; o: number }): ReactElement {
  const accent = g.template.colors.accent;
  const y = o + g.template.margins.top * MM;
  const label = page.role === 'back' ? 'Redaksi' : (page.section?.name ?? '');
  return (
    <View style={abs(o + g.left(page.number), y, g.contentWidth, { height: g.template.runningHead * MM - 4 })}>
      <View style={{ flexDirection: 'row', justifyContent: 'space-between', alignItems: 'flex-end' }}>
        <Text style={{ fontFamily: SANS, fontWeight: 800, fontSize: 13, color: accent, textTransform: 'uppercase', letterSpacing: 0.5 }}>{label}</Text>
        <Text style={{ fontFamily: SANS, fontSize: 7 }}>{`JURNAL BALANGAN · Edisi ${config.number} · ${longDate(config.date)}`}</Text>
      </View>
      <View style={{ borderTopWidth: 2, borderTopColor: accent, marginTop: 2 }} />
    </View>
  );
}

function Folio({ g, page, o }: { g: Geometry; page: number; o: number }): ReactElement {
  const y = o + g.trimHeight - (g.template.margins.bottom + g.template.folio) * MM + 6;
  const odd = page % 2 === 1;
  return (
    <View style={abs(o + g.left(page), y, g.contentWidth, { flexDirection: odd ? 'row-reverse' : 'row', justifyContent: 'space-between', borderTopWidth: 0.5, borderTopColor: '#000000', paddingTop: 3 })}>
      <Text style={{ fontFamily: SANS, fontWeight: 800, fontSize: 9 }}>{String(page)}</Text>
      <Text style={{ fontFamily: SANS, fontSize: 6.5, color: '#333333' }}>Jurnal Balangan — gratis, tidak diperjualbelikan. Baca, lalu teruskan.</Text>
    </View>
  );
}

function ModuleFrame({ input, page, m }: { input: FrameInput; page: PlannedPage; m: Module }): ReactElement {
  const { g, origin: o } = input;
  const article = input.articles.get(m.slug)!;
  const x = o + moduleX(g, page.number, m.col);
  const y = o + g.top + m.top * g.leading;
  const width = spanWidth(g, m.span);
  const accent = g.template.colors.accent;
  const tinted = article.frontMatter.kind === 'pengumuman';
  return (
    <>
      {tinted ? <View style={abs(x - 4, y + g.leading * 0.25, width + 8, { height: m.height * g.leading - g.leading * 0.25, backgroundColor: g.template.colors.tint })} /> : null}
      {m.top > 0 ? <View style={abs(x, y + g.leading * 0.2, width, { borderTopWidth: 0.5, borderTopColor: '#555555' })} /> : null}
      <View style={abs(x, y, width)}>
        {m.part === 'main' ? (
          <ModuleHeader article={article} g={g} width={width} span={m.span} lead={m.lead} photo={input.photos.get(moduleKey(m))} />
        ) : (
          <ContinuationHeader article={article} g={g} width={width} fromPage={m.jumpFrom ?? 0} />
        )}
      </View>
      {m.jumpTo ? (
        <Text style={{ ...abs(x, y + (m.height - 1) * g.leading + 2, width), fontFamily: SANS, fontStyle: 'normal', fontWeight: 700, fontSize: 7.5, color: accent, textAlign: 'right' }}>
          {`Bersambung ke hal. ${m.jumpTo} ›`}
        </Text>
      ) : null}
    </>
  );
}

/** What the index band on page 1 names: per section its first page and its two most important stories. */
export interface IndexEntry {
  id: string;
  name: string;
  page?: number;
  stories: { title: string; page: number }[];
}

/** Page number used before planning, when only the band's size is wanted. */
const UNPLANNED_PAGE = 88;

/** The band's entries from the plan, or before planning (to size the band) from the articles' sections. */
export function indexEntries(config: EditionConfig, articles: ReadonlyMap<string, Article>, plan?: Flatplan): IndexEntry[] {
  return config.sections.map((section) => {
    const onPages = plan?.pages.filter((p) => p.section?.id === section.id) ?? [];
    const mains = plan
      ? onPages.flatMap((p) => p.modules.filter((m) => m.part === 'main').map((m) => ({ a: articles.get(m.slug)!, page: m.page })))
      : [...articles.values()].filter((a) => a.frontMatter.section === section.id).map((a) => ({ a, page: UNPLANNED_PAGE }));
    mains.sort((x, y) => x.a.frontMatter.priority - y.a.frontMatter.priority || x.page - y.page);
    return { id: section.id, name: section.name, page: plan ? onPages[0]?.number : UNPLANNED_PAGE, stories: mains.slice(0, 2).map(({ a, page }) => ({ title: a.frontMatter.title, page })) };
  });
}

/** The index band's content, the page's full width: drawn on page 1, and measured to size the band. */
export function IndexContent({ g, entries }: { g: Geometry; entries: readonly IndexEntry[] }): ReactElement {
  const accent = g.template.colors.accent;
  const cellWidth = (spanWidth(g, g.columns) - 8 * 2) / 3;
  return (
    <View wrap={false}>
      <View style={{ backgroundColor: accent, paddingTop: 2, paddingBottom: 2, paddingLeft: 4 }}>
        <Text style={{ fontFamily: SANS, fontWeight: 800, fontSize: 9, color: '#ffffff', letterSpacing: 1 }}>DI EDISI INI</Text>
      </View>
      <View style={{ flexDirection: 'row', flexWrap: 'wrap', marginTop: 4 }}>
        {entries.map((e, i) => (
          <View key={e.id} style={{ width: cellWidth, marginRight: i % 3 === 2 ? 0 : 8, marginBottom: 4 }}>
            <Text style={{ fontFamily: SANS, fontWeight: 800, fontSize: 7.5, color: accent }}>{`${e.name.toUpperCase()} · HAL. ${e.page ?? '–'}`}</Text>
            {e.stories.map((story) => (
              <Text key={story.title} style={{ fontFamily: SERIF, fontSize: 8, lineHeight: '9.6pt' }} hyphenationCallback={noHyphenation}>{`${story.title} (${story.page})`}</Text>
            ))}
          </View>
        ))}
      </View>
    </View>
  );
}

/** Half a line between the stories above and the band. */
export const INDEX_GAP = 0.5;

function IndexBand({ input, page }: { input: FrameInput; page: PlannedPage }): ReactElement | null {
  const { g, origin: o, plan, config } = input;
  if (!page.index) return null;
  const y = o + g.top + (page.index.top + INDEX_GAP) * g.leading;
  return (
    <View style={abs(o + g.left(1), y, spanWidth(g, g.columns))}>
      <IndexContent g={g} entries={indexEntries(config, input.articles, plan)} />
    </View>
  );
}

/** Space above a house box, in lines, so it does not touch the module over it. */
export const FILLER_GAP = 0.6;

/** House boxes this many columns wide and wider are set as strips, title beside the text. */
export const STRIP_SPAN = 3;

/** A house box's text, `span` columns wide: drawn on the page, and measured to size the box. */
export function FillerContent({ g, span, filler }: { g: Geometry; span: number; filler: Filler }): ReactElement {
  const areas = balanganAreas();
  const text = filler.isi
    .replace('{kecamatan}', String(areas.kecamatan.length))
    .replace('{desa}', String(areas.villages.filter((v) => v.kind === 'desa').length))
    .replace('{kelurahan}', String(areas.villages.filter((v) => v.kind === 'kelurahan').length));
  // Three columns and wider, the title stands beside the text (one column wide, centred on it): a low
  // strip that closes a gap of a few lines across the page, where a stacked box would need twice the height.
  const strip = span >= STRIP_SPAN;
  return (
    <View style={{ width: spanWidth(g, span), padding: strip ? 6 : 8, flexDirection: strip ? 'row' : 'column' }}>
      <Text style={{ fontFamily: SANS, fontWeight: 800, fontSize: span > 1 ? 14 : 11, color: g.template.colors.accent, ...(strip ? { width: spanWidth(g, 1) - 6, alignSelf: 'center' as const } : { marginBottom: 4 }) }} hyphenationCallback={noHyphenation}>{filler.judul}</Text>
      <Text style={{ fontFamily: SERIF, fontSize: 9, lineHeight: '12pt', ...(strip ? { flex: 1, marginLeft: g.gutter } : {}) }} hyphenationCallback={hyphenateWord}>{text}</Text>
    </View>
  );
}

/** Where a box planned on the column grid (a house box, a reservation) stands, a small gap below what is above it. */
function gridBox(input: FrameInput, page: PlannedPage, box: { col: number; span: number; top: number; height: number }, style: object) {
  const { g, origin: o } = input;
  return abs(o + moduleX(g, page.number, box.col), o + g.top + (box.top + FILLER_GAP) * g.leading, spanWidth(g, box.span), { height: (box.height - FILLER_GAP) * g.leading, justifyContent: 'center', ...style });
}

/** Space kept for a story planned in edition.yaml `rencana:` and not written yet: visible on every proof. */
function ReservedBox({ input, page, r }: { input: FrameInput; page: PlannedPage; r: Reservation }): ReactElement {
  return (
    <View style={gridBox(input, page, r, { borderWidth: 1, borderColor: '#b00020', borderStyle: 'dashed', padding: 8 })}>
      <Text style={{ fontFamily: SANS, fontWeight: 800, fontSize: 11, color: '#b00020' }} hyphenationCallback={noHyphenation}>{`RENCANA: ${r.slug}`}</Text>
      <Text style={{ fontFamily: SANS, fontSize: 8, color: '#b00020', marginTop: 2 }} hyphenationCallback={noHyphenation}>{`belum ditulis · ± ${r.words} kata · ruang ${r.span} kolom × ${r.height} baris`}</Text>
    </View>
  );
}

function FillerBox({ input, page, box }: { input: FrameInput; page: PlannedPage; box: FillerPlacement }): ReactElement {
  return (
    <View style={gridBox(input, page, box, { backgroundColor: input.g.template.colors.tint })}>
      <FillerContent g={input.g} span={box.span} filler={input.fillers[box.filler]!} />
    </View>
  );
}

function BackPageFrame({ input, page }: { input: FrameInput; page: PlannedPage }): ReactElement {
  return <BackPageLayout g={input.g} origin={input.origin} page={page.number} config={input.config} back={input.back} />;
}

function Watermark({ g, o, text }: { g: Geometry; o: number; text: string }): ReactElement {
  const w = g.trimWidth + 2 * o;
  const h = g.trimHeight + 2 * o;
  return (
    <View style={abs(0, h / 2 - 40, w, { height: 80, transform: 'rotate(-45deg)', opacity: 0.18, justifyContent: 'center' })}>
      <Text style={{ fontFamily: SANS, fontWeight: 800, fontSize: 44, color: '#c00000', textAlign: 'center' }}>{text}</Text>
    </View>
  );
}

export function framePages(input: FrameInput): ReactElement[] {
  const { g, origin: o, config, plan } = input;
  const size: [number, number] = [g.trimWidth + 2 * o, g.trimHeight + 2 * o];
  return plan.pages.map((page) => {
    const content: ReactNode[] = [];
    if (page.role === 'front') content.push(<Masthead key="mast" g={g} config={config} o={o} />);
    else content.push(<RunningHead key="head" g={g} config={config} page={page} o={o} />);
    if (page.role === 'back') content.push(<BackPageFrame key="back" input={input} page={page} />);
    for (const m of page.modules) content.push(<ModuleFrame key={moduleKey(m) + m.part} input={input} page={page} m={m} />);
    content.push(<IndexBand key="index" input={input} page={page} />);
    for (const box of page.fillers) content.push(<FillerBox key={`f${box.col}-${box.top}`} input={input} page={page} box={box} />);
    for (const r of page.reserved) content.push(<ReservedBox key={`r${r.slug}`} input={input} page={page} r={r} />);
    content.push(<Folio key="folio" g={g} page={page.number} o={o} />);
    return (
      <Page key={page.number} size={size} style={{ backgroundColor: '#ffffff' }}>
        {content}
      </Page>
    );
  });
}

/**
 * The last page of a proof whose plan left stories out: each with its measured size and what would
 * make it fit, so a proof always builds and the desk sees what is missing (only print refuses).
 */
export function unplacedPage(input: Pick<FrameInput, 'g' | 'origin' | 'plan' | 'articles'>, lines: ReadonlyMap<string, number>): ReactElement {
  const { g, origin: o, plan } = input;
  const size: [number, number] = [g.trimWidth + 2 * o, g.trimHeight + 2 * o];
  return (
    <Page size={size} style={{ backgroundColor: '#ffffff' }}>
      <View style={abs(o + g.left(2), o + g.top, g.contentWidth)}>
        <Text style={{ fontFamily: SANS, fontWeight: 800, fontSize: 14, color: '#b00020', marginBottom: 8 }}>{`PROOF — ${plan.unplaced.length} NASKAH TIDAK TERMUAT`}</Text>
        <Text style={{ fontFamily: SERIF, fontSize: 9, lineHeight: '12pt', marginBottom: 10 }}>Halaman ini hanya ada di proof. Build cetak menolak edisi ini sampai setiap naskah mendapat tempat.</Text>
        {plan.unplaced.map((u) => (
          <View key={u.slug} style={{ marginBottom: 8 }} wrap={false}>
            <Text style={{ fontFamily: SANS, fontWeight: 700, fontSize: 10 }} hyphenationCallback={noHyphenation}>{`${input.articles.get(u.slug)?.frontMatter.title ?? u.slug} (${u.slug})`}</Text>
            <Text style={{ fontFamily: SERIF, fontSize: 9, lineHeight: '12pt' }} hyphenationCallback={noHyphenation}>{`± ${lines.get(u.slug) ?? '?'} baris teks selebar satu kolom. ${u.reason}.`}</Text>
          </View>
        ))}
      </View>
    </Page>
  );
}

/**
 * The proof overlay: transparent pages, one per edition page, drawn over the print pages. Rendering
 * only this (not a second set of frames) keeps the proof cheap and the layout identical to print.
 */
export function proofOverlayPages(input: Pick<FrameInput, 'g' | 'origin' | 'plan'>, marks: ProofMarks): ReactElement[] {
  const { g, origin: o, plan } = input;
  const size: [number, number] = [g.trimWidth + 2 * o, g.trimHeight + 2 * o];
  const marker = { fontFamily: SANS, fontSize: 5.5, color: '#b00020' };
  return plan.pages.map((page) => (
    <Page key={page.number} size={size}>
      <Watermark g={g} o={o} text={marks.watermark} />
      {/* Column letters and line numbers, so a reviewer can cite "hal. 4, kolom B, baris 25". */}
      {page.role !== 'back'
        ? Array.from({ length: g.columns }, (_, c) => (
            <Text key={`k${c}`} style={{ ...abs(o + moduleX(g, page.number, c), o + g.top - 7, g.columnWidth), ...marker, textAlign: 'center' }}>{`kolom ${String.fromCharCode(65 + c)}`}</Text>
          ))
        : null}
      {page.role !== 'back'
        ? Array.from({ length: Math.floor(g.lines / 5) }, (_, i) => (
            <Text key={`b${i}`} style={{ ...abs(o + g.left(page.number) - 14, o + g.top + (i + 1) * 5 * g.leading - g.leading * 0.8, 11), ...marker, textAlign: 'right' }}>{String((i + 1) * 5)}</Text>
          ))
        : null}
      {page.modules.map((m) => {
        const note = marks.notes.get(m.slug);
        if (!note) return null;
        const x = o + moduleX(g, page.number, m.col);
        const y = o + g.top + m.top * g.leading;
        return (
          <Text key={`${m.slug}${m.part}`} style={{ ...abs(x, y + 1, spanWidth(g, m.span)), fontFamily: SANS, fontWeight: 700, fontSize: 6.5, color: '#b00020', textAlign: 'right' }}>
            {note}
          </Text>
        );
      })}
    </Page>
  ));
}
