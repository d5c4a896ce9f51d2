/** flatplan.pdf: every page as a thumbnail, in spreads, with its modules, fill and the unplaced stories. */
import { Page, Text, View } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import type { Flatplan, PlannedPage } from '../edition/plan.js';
import type { EditionConfig } from '../edition/schema.js';
import { longDate } from './dates.js';
import { SANS } from './fonts.js';
import type { Geometry } from './template.js';

const PALETTE = ['#c9d7ea', '#f3d9b1', '#cfe8cf', '#f2c9c9', '#e0d3ef', '#f6efb5', '#cdeeed', '#e8d6c4'];

function Thumb({ page, g, scale, titles, colour }: { page: PlannedPage; g: Geometry; scale: number; titles: Map<string, string>; colour: string }): ReactElement {
  const w = g.trimWidth * scale;
  const h = g.trimHeight * scale;
  const colW = g.columnWidth * scale;
  const gut = g.gutter * scale;
  const L = g.leading * scale;
  const x0 = g.left(page.number) * scale;
  const y0 = g.top * scale;
  return (
    <View style={{ width: w, marginRight: 6 }}>
      <View style={{ width: w, height: h, borderWidth: 0.6, borderColor: '#000000', position: 'relative', backgroundColor: '#ffffff' }}>
        {page.role === 'front' ? <View style={{ position: 'absolute', left: x0, top: 10 * scale * 2.8, width: g.contentWidth * scale, height: g.template.mastheadLines * L, backgroundColor: '#1d3f6e' }} /> : null}
        {page.role === 'back' ? <Text style={{ position: 'absolute', left: x0, top: h / 2, fontFamily: SANS, fontSize: 7 }}>Halaman belakang (tetap)</Text> : null}
        {page.modules.map((m) => (
          <View key={`${m.slug}${m.part}`} style={{ position: 'absolute', left: x0 + m.col * (colW + gut), top: y0 + m.top * L, width: m.span * colW + (m.span - 1) * gut, height: m.height * L, backgroundColor: m.part === 'main' ? colour : '#eeeeee', borderWidth: 0.4, borderColor: '#333333', padding: 1.5 }}>
            <Text style={{ fontFamily: SANS, fontSize: 4.6, fontWeight: 700 }}>{`${m.part === 'continuation' ? `(sambungan dari ${m.jumpFrom}) ` : ''}${titles.get(m.slug) ?? m.slug}`}</Text>
            {m.jumpTo ? <Text style={{ fontFamily: SANS, fontSize: 4.2 }}>{`→ hal. ${m.jumpTo}`}</Text> : null}
          </View>
        ))}
        {page.index ? <View style={{ position: 'absolute', left: x0, top: y0 + page.index.top * L, width: g.contentWidth * scale, height: (g.lines - page.index.top) * L, backgroundColor: '#dddddd' }}><Text style={{ fontFamily: SANS, fontSize: 5 }}>Di edisi ini</Text></View> : null}
        {page.fillers.map((f) => <View key={`f${f.col}-${f.top}`} style={{ position: 'absolute', left: x0 + f.col * (colW + gut), top: y0 + (f.top + 0.6) * L, width: f.span * colW + (f.span - 1) * gut, height: (f.height - 0.6) * L, borderWidth: 0.4, borderColor: '#999999', borderStyle: 'dashed' }} />)}
      </View>
      <Text style={{ fontFamily: SANS, fontSize: 7, marginTop: 2 }}>{`Hal. ${page.number}${page.section ? ` · ${page.section.name}` : page.role === 'front' ? ' · Sampul' : ''} · isi ${Math.round(page.fill * 100)}%`}</Text>
    </View>
  );
}

export function flatplanPages(plan: Flatplan, g: Geometry, config: EditionConfig, titles: Map<string, string>): ReactElement[] {
  const spreads: PlannedPage[][] = [[plan.pages[0]!]];
  for (let i = 1; i < plan.pages.length - 1; i += 2) spreads.push(plan.pages.slice(i, i + 2));
  if (plan.pages.length > 1) spreads.push([plan.pages.at(-1)!]);
  const colours = new Map(config.sections.map((s, i) => [s.id, PALETTE[i % PALETTE.length]!]));
  const scale = 0.32;
  const perSheet = 3;
  const sheets: PlannedPage[][][] = [];
  for (let i = 0; i < spreads.length; i += perSheet) sheets.push(spreads.slice(i, i + perSheet));
  return sheets.map((sheet, n) => (
    <Page key={n} size="A4" orientation="landscape" style={{ padding: 24 }}>
      <Text style={{ fontFamily: SANS, fontWeight: 800, fontSize: 14 }}>{`Flatplan — ${config.title} Edisi ${config.number}, ${longDate(config.date)}`}</Text>
      <Text style={{ fontFamily: SANS, fontSize: 8, marginBottom: 8 }}>{`${config.pages} halaman · ${config.format.toUpperCase()} · lembar ${n + 1} dari ${sheets.length}`}</Text>
      <View style={{ flexDirection: 'row', flexWrap: 'wrap' }}>
        {sheet.map((spread, i) => (
          <View key={i} style={{ flexDirection: 'row', marginRight: 14, marginBottom: 10 }}>
            {spread.map((p) => <Thumb key={p.number} page={p} g={g} scale={scale} titles={titles} colour={(p.section && colours.get(p.section.id)) ?? PALETTE[0]!} />)}
          </View>
        ))}
      </View>
      {n === sheets.length - 1 ? (
        <View style={{ marginTop: 6 }}>
          <Text style={{ fontFamily: SANS, fontWeight: 700, fontSize: 9 }}>{plan.unplaced.length ? 'Tidak termuat:' : 'Semua naskah termuat.'}</Text>
          {plan.unplaced.map((u) => <Text key={u.slug} style={{ fontFamily: SANS, fontSize: 8 }}>{`• ${titles.get(u.slug) ?? u.slug} — ${u.reason}`}</Text>)}
        </View>
      ) : null}
    </Page>
  ));
}
