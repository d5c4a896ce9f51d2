/**
 * The back page (the edition's last page), a designed full page on the column grid: the redaksi box
 * with the board and the full contact, how to send news from a village, the public channels with a
 * QR code each, the reader survey as a cut-out form, and the printer's line at the foot. The blocks
 * stack to exactly the type area (g.lines × g.leading): the survey takes what is left, and its
 * write-in lines spread over that space.
 */
import { Path, Svg, Text, View } from './primitives.js';
import type { ReactElement, ReactNode } from 'react';
import type { EditionConfig } from '../edition/schema.js';
import { qrRuns } from '../util/qr.js';
import { missingGlyphs, SANS, SERIF } from './fonts.js';
import type { BackPage, Question } from './back-page-and-fillers.js';
import { hyphenateWord, noHyphenation } from './hyphenation.js';
import { type Geometry, spanWidth } from './template.js';

export interface BackPageProps {
  g: Geometry;
  /** Distance from the page edge to the trim: bleed + slug. */
  origin: number;
  /** Page number (odd and even pages have different left margins). */
  page: number;
  config: Pick<EditionConfig, 'title' | 'sections'>;
  back: BackPage;
}

/** White modules around the code inside its drawing (the quiet zone the QR standard asks for). */
export const QR_QUIET_ZONE = 4;
/** Marker colour for fields the redaksi has not filled in (the proof's red). */
export const MISSING_COLOR = '#b00020';

/** The QR code of `text` as one vector path, one rectangle per run of dark modules in a row. */
export function qrPath(text: string): { size: number; d: string } {
  const { size, runs } = qrRuns(text);
  const q = QR_QUIET_ZONE;
  return { size, d: runs.map((r) => `M${r.col + q} ${r.row + q}h${r.length}v1h-${r.length}z`).join('') };
}

function QrCode({ code, size }: { code: { size: number; d: string }; size: number }): ReactElement {
  const side = code.size + 2 * QR_QUIET_ZONE;
  return (
    <Svg width={size} height={size} viewBox={`0 0 ${side} ${side}`}>
      <Path d={code.d} fill="#000000" />
    </Svg>
  );
}

/** The printed label of a contact field, and the name used in its "[BELUM DIISI: …]" marker. */
const CONTACT_FIELDS = [
  ['alamat', 'Alamat'],
  ['telepon', 'Telepon'],
  ['surel', 'Surel'],
  ['whatsapp', 'WhatsApp'],
  ['situs', 'Situs'],
] as const;

/** An address as readers type it: without the scheme and a trailing slash. */
export const writtenAddress = (url: string): string => url.replace(/^https?:\/\//i, '').replace(/\/$/, '');

/** "1.500": thousands with a point, as Indonesian print does (not locale-dependent). */
const thousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** The scissors sign, only if every font has it; otherwise the cut line says it in words alone. */
const cutLabel = (): string => (missingGlyphs('✂').length === 0 ? '✂ gunting di sini' : 'gunting di sini');

/** Height of the A4 type area, pt: the page the back page's type sizes are set for. */
const REFERENCE_TYPE_AREA = 733;
/** Largest enlargement of the back page's type on a taller type area (tabloid), so it still fills. */
const MAX_SCALE = 1.2;

function styles(g: Geometry) {
  // The template's body size and leading; a step larger on a taller type area, where the same texts
  // would otherwise leave half the page to the survey's write-in lines.
  const k = Math.min(MAX_SCALE, Math.max(1, (g.lines * g.leading) / REFERENCE_TYPE_AREA));
  const L = Math.round(g.leading * k * 32) / 32;
  const fs = Math.round(g.template.body.size * k * 4) / 4;
  const accent = g.template.colors.accent;
  return {
    L,
    fs,
    accent,
    /** Boxes reach this far past the type area, so their text stays on the column edges. */
    pad: Math.round(g.gutter * 0.35 * 4) / 4,
    body: { fontFamily: SERIF, fontSize: fs, lineHeight: `${L}pt` },
    small: { fontFamily: SERIF, fontSize: fs - 1, lineHeight: `${L * 0.9}pt` },
    label: { fontFamily: SANS, fontWeight: 700, fontSize: fs - 1, lineHeight: `${L * 0.9}pt` },
    kicker: { fontFamily: SANS, fontWeight: 800, fontSize: fs - 1.5, lineHeight: `${L * 0.9}pt`, color: accent, letterSpacing: 0.4, textTransform: 'uppercase' as const },
    missing: { fontFamily: SANS, fontWeight: 700, color: MISSING_COLOR },
  };
}
type Styles = ReturnType<typeof styles>;

/** A field's value, or the red marker that makes an empty field visible on the proof. */
function Filled({ value, name, s }: { value: string; name: string; s: Styles }): ReactElement {
  return value ? <>{value}</> : <Text style={s.missing}>{`[BELUM DIISI: ${name}]`}</Text>;
}

function Heading({ s, children }: { s: Styles; children: ReactNode }): ReactElement {
  return (
    <View style={{ borderTopWidth: 2, borderTopColor: s.accent, paddingTop: s.L * 0.25, marginBottom: s.L * 0.3 }}>
      <Text style={{ fontFamily: SANS, fontWeight: 800, fontSize: s.fs * 1.5, lineHeight: `${s.L * 1.5}pt`, color: s.accent }} hyphenationCallback={noHyphenation}>
        {children}
      </Text>
    </View>
  );
}

/** Columns a grid cell of small text needs to hold about 28 characters a line (1 on A4, 2 on tabloid). */
const cellSpan = (g: Geometry, s: Styles): number => Math.max(1, Math.ceil((14 * (s.fs - 1)) / g.columnWidth));

/**
 * Cells `span` columns wide, `per` to a row, each on the column grid. Rows are built explicitly:
 * a wrapping row of exactly the grid's width wraps early on a rounding error.
 */
function Grid({ g, per, span = 1, gap = 0, grow = false, children }: { g: Geometry; per: number; span?: number; gap?: number; grow?: boolean; children: ReactElement[] }): ReactElement {
  const rows: ReactElement[][] = [];
  children.forEach((c, i) => (i % per === 0 ? rows.push([c]) : rows.at(-1)!.push(c)));
  return (
    <View style={grow ? { flexGrow: 1 } : {}}>
      {rows.map((row, r) => (
        <View key={r} style={{ flexDirection: 'row', marginTop: r ? gap : 0, ...(grow ? { flexGrow: 1 } : {}) }}>
          {row.map((c, i) => (
            <View key={i} style={{ width: spanWidth(g, span), marginLeft: i ? g.gutter : 0 }}>
              {c}
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}

function ContactLine({ s, back, field, label }: { s: Styles; back: BackPage; field: keyof BackPage['kontak']; label: string }): ReactElement {
  return (
    <>
      <Text style={{ ...s.label, fontSize: s.fs - 1.5 }}>{`${label}: `}</Text>
      <Filled value={back.kontak[field]} name={field} s={s} />
    </>
  );
}

function RedaksiBox({ g, s, config, back }: { g: Geometry; s: Styles; config: BackPageProps['config']; back: BackPage }): ReactElement {
  // Wide pages put the contact beside the board; narrow ones run it under the board, full width.
  const contactSpan = g.columns >= 6 ? 2 : 0;
  const boardSpan = g.columns - contactSpan;
  const titleSpan = g.columns - Math.floor(g.columns / 2);
  // Bold serif capitals run about 0.64 em each: the title fills its columns without touching the note.
  const titleSize = Math.min(s.fs * 4.5, Math.floor(spanWidth(g, titleSpan) / (0.68 * [...config.title].length)));
  const board = (
    <Grid g={g} per={Math.floor(boardSpan / cellSpan(g, s))} span={cellSpan(g, s)} gap={s.L * 0.4}>
      {back.redaksi.map((r) => (
        <View key={r.role}>
          <Text style={s.kicker} hyphenationCallback={noHyphenation}>{r.role}</Text>
          <Text style={s.small} hyphenationCallback={hyphenateWord}>{r.name}</Text>
        </View>
      ))}
    </Grid>
  );
  return (
    <View style={{ marginHorizontal: -s.pad, paddingHorizontal: s.pad, paddingTop: s.L * 0.5, paddingBottom: s.L * 0.5, backgroundColor: g.template.colors.tint }}>
      <View style={{ flexDirection: 'row', alignItems: 'flex-end' }}>
        <Text style={{ width: spanWidth(g, titleSpan), fontFamily: SERIF, fontWeight: 700, fontSize: titleSize, lineHeight: `${titleSize * 1.05}pt`, marginBottom: titleSize * 0.1, color: s.accent, letterSpacing: -0.3 }} hyphenationCallback={noHyphenation}>
          {config.title.toUpperCase()}
        </Text>
        <Text style={{ ...s.small, flex: 1, marginLeft: g.gutter, marginBottom: titleSize * 0.14 }} hyphenationCallback={hyphenateWord}>{back.keterangan}</Text>
      </View>
      <View style={{ borderTopWidth: 2, borderTopColor: s.accent, marginTop: 2 }} />
      <Text style={{ ...s.label, fontSize: s.fs, lineHeight: `${s.L}pt`, marginTop: s.L * 0.3 }} hyphenationCallback={noHyphenation}>{`Diterbitkan oleh ${back.penerbit}`}</Text>
      <View style={{ borderTopWidth: 0.5, borderTopColor: s.accent, marginTop: s.L * 0.4, marginBottom: s.L * 0.4 }} />
      {contactSpan ? (
        <View style={{ flexDirection: 'row' }}>
          <View style={{ width: spanWidth(g, boardSpan) }}>{board}</View>
          <View style={{ width: spanWidth(g, contactSpan), marginLeft: g.gutter }}>
            <Text style={{ ...s.kicker, fontSize: s.fs - 0.5 }}>Alamat redaksi</Text>
            {CONTACT_FIELDS.map(([field, label]) => (
              <Text key={field} style={{ ...s.small, marginTop: s.L * 0.15 }} hyphenationCallback={noHyphenation}>
                <ContactLine s={s} back={back} field={field} label={label} />
              </Text>
            ))}
          </View>
        </View>
      ) : (
        <>
          {board}
          <View style={{ borderTopWidth: 0.5, borderTopColor: s.accent, marginTop: s.L * 0.4, marginBottom: s.L * 0.3 }} />
          <Text style={s.small} hyphenationCallback={noHyphenation}>
            <Text style={{ ...s.kicker, fontSize: s.fs - 0.5 }}>{'Alamat redaksi  '}</Text>
            <Filled value={back.kontak.alamat} name="alamat" s={s} />
          </Text>
          <View style={{ marginTop: s.L * 0.3 }}>
            <Grid g={g} per={g.columns}>
              {CONTACT_FIELDS.filter(([field]) => field !== 'alamat').map(([field, label]) => (
                <View key={field}>
                  <Text style={{ ...s.label, fontSize: s.fs - 1.5 }}>{label}</Text>
                  <Text style={s.small} hyphenationCallback={noHyphenation}>
                    <Filled value={back.kontak[field]} name={field} s={s} />
                  </Text>
                </View>
              ))}
            </Grid>
          </View>
        </>
      )}
    </View>
  );
}

function SendNews({ g, s, span, back }: { g: Geometry; s: Styles; span: number; back: BackPage }): ReactElement {
  const k = back.kirimBerita;
  // On a wide band the photo advice and the places to hand in stand side by side, half the band each.
  const side = span >= 4 ? Math.floor(span / 2) : span;
  const photo = (
    <Text style={s.body} hyphenationCallback={hyphenateWord}>
      <Text style={s.label}>{'Foto. '}</Text>
      {k.foto}
    </Text>
  );
  const places = (
    <View>
      <Text style={{ ...s.label, marginBottom: s.L * 0.1 }}>Serahkan kepada</Text>
      {k.serahkan.length % side === 0 ? (
        <Grid g={g} per={side} gap={s.L * 0.1}>
          {k.serahkan.map((to, i) => (
            <View key={to} style={{ flexDirection: 'row' }}>
              <Text style={{ ...s.label, color: s.accent, width: s.fs * 1.1 }}>{`${i + 1}`}</Text>
              <Text style={{ ...s.small, flex: 1 }} hyphenationCallback={hyphenateWord}>{to}</Text>
            </View>
          ))}
        </Grid>
      ) : (
        // A grid with a part-filled last row would leave a hole: the places run on as one paragraph.
        <Text style={s.small} hyphenationCallback={hyphenateWord}>
          {k.serahkan.map((to, i) => (
            <Text key={to}>
              <Text style={{ ...s.label, color: s.accent }}>{`${i ? '   ' : ''}${i + 1} `}</Text>
              {to}
            </Text>
          ))}
        </Text>
      )}
    </View>
  );
  return (
    <View style={{ width: spanWidth(g, span), justifyContent: 'space-between' }}>
      <View>
        <Heading s={s}>{k.judul}</Heading>
        <Text style={s.body} hyphenationCallback={hyphenateWord}>{k.isi}</Text>
      </View>
      <View style={{ marginTop: s.L * 0.4 }}>
        <Grid g={g} per={Math.min(Math.floor(span / cellSpan(g, s)), k.unsur.length)} span={cellSpan(g, s)} gap={s.L * 0.3}>
          {k.unsur.map((u) => (
            <Text key={u.kata} style={s.small} hyphenationCallback={hyphenateWord}>
              <Text style={{ ...s.label, color: s.accent, fontSize: s.fs }}>{`${u.kata}? `}</Text>
              {u.isi}
            </Text>
          ))}
        </Grid>
      </View>
      {side < span ? (
        <View style={{ marginTop: s.L * 0.4 }}>
          <Grid g={g} per={2} span={side}>
            {[photo, places]}
          </Grid>
        </View>
      ) : (
        <>
          <View style={{ marginTop: s.L * 0.4 }}>{photo}</View>
          <View style={{ marginTop: s.L * 0.4 }}>{places}</View>
        </>
      )}
      {k.penutup ? <Text style={{ ...s.body, fontStyle: 'italic', marginTop: s.L * 0.4 }} hyphenationCallback={hyphenateWord}>{k.penutup}</Text> : null}
    </View>
  );
}

/** Inter bold runs about 0.6 em a character in a web address: the address keeps to one line. */
const addressSize = (s: Styles, address: string, width: number): number => Math.min(s.fs - 1, Math.floor((width / (0.6 * Math.max(1, address.length))) * 4) / 4);

function Channel({ s, c, qr, gap, width, wide }: { s: Styles; c: BackPage['saluran'][number]; qr: number; gap: number; width: number; wide: boolean }): ReactElement {
  const address = c.tautan ? writtenAddress(c.tautan) : '';
  const modules = c.tautan ? qrPath(c.tautan) : undefined;
  // No address yet: an empty red frame where the code goes (the marker is printed beside it).
  const code = modules ? <QrCode code={modules} size={qr} /> : <View style={{ width: qr, height: qr, borderWidth: 0.8, borderColor: MISSING_COLOR }} />;
  const margin = modules ? (qr * QR_QUIET_ZONE) / (modules.size + 2 * QR_QUIET_ZONE) : 0;
  const head = (addressWidth: number) => (
    <>
      {/* The name stands on its own line: no punctuation is added after it ("SP4N-LAPOR!" stays as it is). */}
      <Text style={{ ...s.label, fontSize: s.fs, lineHeight: `${s.L}pt`, color: s.accent }} hyphenationCallback={noHyphenation}>{c.nama}</Text>
      <Text style={{ ...s.label, fontSize: addressSize(s, address, addressWidth), lineHeight: `${s.L}pt` }} hyphenationCallback={noHyphenation}>
        <Filled value={address} name="tautan" s={s} />
      </Text>
      {c.contoh ? <Text style={{ ...s.missing, fontSize: s.fs - 2, lineHeight: `${s.L * 0.8}pt` }}>[CONTOH — periksa alamat ini sebelum cetak]</Text> : null}
      {c.lain ? <Text style={{ ...s.label, fontWeight: 400 }} hyphenationCallback={noHyphenation}>{c.lain}</Text> : null}
    </>
  );
  const rest = <Text style={{ ...s.body, marginTop: s.L * 0.15 }} hyphenationCallback={hyphenateWord}>{c.isi}</Text>;
  // Wide: name and address across the channel's columns, the code and the description under them.
  if (wide) {
    return (
      <View>
        {head(width)}
        <View style={{ flexDirection: 'row', alignItems: 'flex-start', marginTop: s.L * 0.3 }}>
          {code}
          {/* The text starts level with the code's first modules, below its white margin. */}
          <View style={{ flex: 1, marginLeft: gap, paddingTop: margin }}>{rest}</View>
        </View>
      </View>
    );
  }
  return (
    <View style={{ flexDirection: 'row', alignItems: 'center' }}>
      {code}
      <View style={{ flex: 1, marginLeft: gap }}>
        {head(width - qr - gap)}
        {rest}
      </View>
    </View>
  );
}

function Channels({ g, s, span, back }: { g: Geometry; s: Styles; span: number; back: BackPage }): ReactElement {
  const n = back.saluran.length;
  // Side by side when each channel gets two columns or more (code in one, text in the rest);
  // otherwise one above the other, each code beside its text.
  const each = span % n === 0 && span / n >= 2 ? span / n : 0;
  const qr = each ? g.columnWidth : Math.min(g.columnWidth * 0.62, s.L * 7);
  const gap = each ? g.gutter : s.L * 0.6;
  const width = each ? spanWidth(g, each) : spanWidth(g, span);
  const channels = back.saluran.map((c) => <Channel key={c.nama} s={s} c={c} qr={qr} gap={gap} width={width} wide={each > 0} />);
  return (
    <View style={{ width: spanWidth(g, span) }}>
      <Heading s={s}>Saluran Informasi dan Pengaduan</Heading>
      {each ? (
        <Grid g={g} per={n} span={each}>
          {channels}
        </Grid>
      ) : (
        <View style={{ flex: 1, justifyContent: 'space-between' }}>{channels}</View>
      )}
    </View>
  );
}

function TickBoxes({ s, labels }: { s: Styles; labels: readonly string[] }): ReactElement {
  const box = Math.round(s.fs * 0.95 * 4) / 4;
  return (
    <View style={{ flexDirection: 'row', flexWrap: 'wrap', marginTop: s.L * 0.15 }}>
      {labels.map((p) => (
        <View key={p} style={{ flexDirection: 'row', alignItems: 'center', marginRight: s.L * 1.4, marginBottom: s.L * 0.2 }}>
          <View style={{ width: box, height: box, borderWidth: 0.8, borderColor: '#000000', marginRight: s.fs * 0.4 }} />
          <Text style={{ fontFamily: SANS, fontSize: s.fs - 0.5, lineHeight: `${s.L}pt` }} hyphenationCallback={noHyphenation}>{p}</Text>
        </View>
      ))}
    </View>
  );
}

function QuestionText({ s, q, n }: { s: Styles; q: Question; n: number }): ReactElement {
  return (
    <Text style={s.body} hyphenationCallback={hyphenateWord}>
      <Text style={{ fontFamily: SANS, fontWeight: 800, color: s.accent }}>{`${n}. `}</Text>
      {q.tanya}
      {q.keterangan ? <Text style={{ fontStyle: 'italic' }}>{` (${q.keterangan})`}</Text> : null}
    </Text>
  );
}

/**
 * Ruled lines to write on, a fixed handwriting pitch apart, over whatever height the page has left
 * (at least `lines` of them). They are laid from the bottom up and cut off at the top of the space,
 * so none ever reaches below it.
 */
function WriteIn({ g, s, lines }: { g: Geometry; s: Styles; lines: number }): ReactElement {
  const pitch = s.L * 2;
  const most = Math.ceil((g.lines * g.leading) / pitch);
  return (
    <View style={{ flexGrow: 1, paddingTop: s.L * 0.8 }}>
      <View style={{ flexGrow: 1, minHeight: lines * pitch, overflow: 'hidden' }}>
        {Array.from({ length: most }, (_, i) => (
          <View key={i} style={{ position: 'absolute', left: 0, right: 0, bottom: i * pitch, borderBottomWidth: 0.6, borderBottomColor: '#444444', borderBottomStyle: 'dotted' }} />
        ))}
      </View>
    </View>
  );
}

function Survey({ g, s, config, back }: { g: Geometry; s: Styles; config: BackPageProps['config']; back: BackPage }): ReactElement {
  const survey = back.survei;
  const half = Math.floor(g.columns / 2);
  const numbered = survey.pertanyaan.map((q, i) => ({ q, n: i + 1 }));
  const ticks = numbered.filter(({ q }) => q.jenis !== 'isian');
  const written = numbered.filter(({ q }) => q.jenis === 'isian');
  const border = 1;
  return (
    <View style={{ flexGrow: 1, marginTop: s.L * 1.1, marginHorizontal: -s.pad, padding: s.pad - border, paddingTop: s.L * 0.7, borderWidth: border, borderColor: '#000000', borderStyle: 'dashed' }}>
      <Text style={{ position: 'absolute', top: -s.fs * 0.7, left: s.pad * 3, paddingHorizontal: 4, backgroundColor: '#ffffff', fontFamily: SANS, fontSize: s.fs - 1, lineHeight: `${s.fs * 1.3}pt`, color: '#333333' }}>{cutLabel()}</Text>
      <View style={{ flexDirection: 'row', alignItems: 'flex-start' }}>
        <Text style={{ fontFamily: SANS, fontWeight: 800, fontSize: s.fs * 1.5, lineHeight: `${s.L * 1.5}pt`, color: s.accent, width: spanWidth(g, 1), marginRight: g.gutter }} hyphenationCallback={noHyphenation}>
          {survey.judul}
        </Text>
        <Text style={{ ...s.body, flex: 1 }} hyphenationCallback={hyphenateWord}>{survey.pengantar}</Text>
      </View>
      <View style={{ borderTopWidth: 0.5, borderTopColor: s.accent, marginTop: s.L * 0.3, marginBottom: s.L * 0.5 }} />
      <Grid g={g} per={2} span={half} gap={s.L * 0.5}>
        {ticks.map(({ q, n }) => (
          <View key={n}>
            <QuestionText s={s} q={q} n={n} />
            <TickBoxes s={s} labels={q.jenis === 'rubrik' ? config.sections.map((x) => x.name) : (q.pilihan ?? [])} />
          </View>
        ))}
      </Grid>
      {written.length ? (
        <View style={{ flexGrow: 1, marginTop: s.L * 0.5 }}>
          {/* A single written question takes the whole width. */}
          <Grid g={g} per={written.length > 1 ? 2 : 1} span={written.length > 1 ? half : g.columns} gap={s.L * 0.5} grow>
            {written.map(({ q, n }) => (
              <View key={n} style={{ flexGrow: 1 }}>
                <QuestionText s={s} q={q} n={n} />
                <WriteIn g={g} s={s} lines={q.baris ?? 3} />
              </View>
            ))}
          </Grid>
        </View>
      ) : null}
      {survey.identitas.length ? (
        <View style={{ flexDirection: 'row', marginTop: s.L * 0.6 }}>
          {survey.identitas.map((f, i) => (
            <View key={f} style={{ flex: 1, flexDirection: 'row', alignItems: 'flex-end', marginLeft: i ? g.gutter : 0 }}>
              <Text style={{ ...s.label, lineHeight: `${s.L}pt`, marginRight: 4 }}>{`${f}:`}</Text>
              <View style={{ flex: 1, height: s.L * 1.6, borderBottomWidth: 0.5, borderBottomColor: '#555555', borderBottomStyle: 'dotted' }} />
            </View>
          ))}
        </View>
      ) : null}
      {survey.catatan ? <Text style={{ ...s.small, fontStyle: 'italic', marginTop: s.L * 0.3 }} hyphenationCallback={noHyphenation}>{survey.catatan}</Text> : null}
    </View>
  );
}

function PrinterLine({ s, back }: { s: Styles; back: BackPage }): ReactElement {
  // The print run is the template's value: the layout does not read the distribution stage.
  const { nama, oplah } = back.percetakan;
  return (
    <View style={{ marginTop: s.L * 0.5, borderTopWidth: 0.5, borderTopColor: '#000000', paddingTop: s.L * 0.2 }}>
      <Text style={{ fontFamily: SANS, fontSize: s.fs - 1.5, lineHeight: `${s.L * 0.9}pt`, color: '#333333' }} hyphenationCallback={noHyphenation}>
        {'Dicetak oleh '}
        <Filled value={nama} name="percetakan" s={s} />
        {oplah ? ` · Oplah ${thousands(oplah)} eksemplar` : ''}
      </Text>
    </View>
  );
}

/** The whole back page below the running head, absolutely placed on the type area. */
export function BackPageLayout({ g, origin, page, config, back }: BackPageProps): ReactElement {
  const s = styles(g);
  const half = Math.floor(g.columns / 2);
  // Six columns or more: "kirim berita" and the channels are full-width bands; else they share a row.
  const wide = g.columns >= 6;
  const x = origin + g.left(page);
  const y = origin + g.top;
  return (
    // The outer box is exactly the type area, so react-pdf never breaks the page. The inner one is at
    // least as tall and grows past it only if the template holds more than fits: then it overprints the
    // folio, visibly, instead of squeezing text over text (a flex child of a fixed height would) or
    // pushing a thirteenth page into the edition.
    <View style={{ position: 'absolute', left: x, top: y, width: g.contentWidth, height: g.lines * g.leading }}>
      <View style={{ position: 'absolute', top: 0, left: 0, right: 0, minHeight: g.lines * g.leading }}>
        <RedaksiBox g={g} s={s} config={config} back={back} />
        {wide ? (
          <>
            <View style={{ marginTop: s.L * 0.8 }}>
              <SendNews g={g} s={s} span={g.columns} back={back} />
            </View>
            <View style={{ marginTop: s.L * 0.8 }}>
              <Channels g={g} s={s} span={g.columns} back={back} />
            </View>
          </>
        ) : (
          <View style={{ flexDirection: 'row', marginTop: s.L * 0.8 }}>
            <SendNews g={g} s={s} span={half} back={back} />
            <View style={{ width: g.gutter, alignItems: 'center' }}>
              <View style={{ flex: 1, borderLeftWidth: 0.5, borderLeftColor: '#888888' }} />
            </View>
            <Channels g={g} s={s} span={g.columns - half} back={back} />
          </View>
        )}
        <Survey g={g} s={s} config={config} back={back} />
        <PrinterLine s={s} back={back} />
      </View>
    </View>
  );
}
