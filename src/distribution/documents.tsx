/**
 * Paper for the distribution staff: delivery manifests per route, receipt forms, address labels and
 * the print order. We paginate ourselves (fixed rows per page, one small <Page> each): react-pdf
 * lays out a long flowing table again after every page break, which grows super-linearly.
 */
import { Page, Text, View } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import { SANS, SERIF } from '../layout/fonts.js';
import { longDate } from '../layout/dates.js';
import type { Allocation, Delivery } from './allocate.js';
import type { AllocationConfig } from './config.js';
import { CATEGORIES, CATEGORY_LABEL } from './registry.js';

export interface EditionInfo {
  title: string;
  number: number;
  date: string;
  pages: number;
  format: string;
}

const ink = '#000000';
const accent = '#1d3f6e';
const small = { fontFamily: SANS, fontSize: 7.5 };
const cell = { fontFamily: SANS, fontSize: 8, lineHeight: '9.6pt' };

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length ? out : [[]];
}

const editionLine = (e: EditionInfo) => `${e.title} Edisi ${e.number} · ${longDate(e.date)}`;

export function manifestPages(allocation: Allocation, edition: EditionInfo, config: AllocationConfig, missedLast: ReadonlySet<string>): ReactElement[] {
  const sheets = allocation.routes.flatMap((route) => chunk(route.deliveries, config.rowsPerPage).map((rows, i, all) => ({ route, rows, last: i === all.length - 1, part: i + 1, parts: all.length })));
  const widths = [22, 200, 28, 100, 100, 70];
  const heads = ['No', 'Penerima', 'Eks.', 'Nama penerima', 'Tanda tangan & stempel', 'Tanggal / jam'];
  return sheets.map((sheet, n) => (
    <Page key={n} size="A4" style={{ padding: 28, paddingBottom: 40 }} wrap={false}>
      <View style={{ flexDirection: 'row', justifyContent: 'space-between', borderBottomWidth: 1.5, borderBottomColor: accent, paddingBottom: 4 }}>
        <View>
          <Text style={{ fontFamily: SANS, fontWeight: 800, fontSize: 13, color: accent }}>MANIFES PENGANTARAN</Text>
          <Text style={{ fontFamily: SANS, fontSize: 9 }}>{editionLine(edition)}</Text>
        </View>
        <View style={{ alignItems: 'flex-end' }}>
          <Text style={{ fontFamily: SANS, fontWeight: 700, fontSize: 10 }}>{sheet.route.name}</Text>
          <Text style={small}>{`lembar rute ${sheet.part} dari ${sheet.parts} · ${sheet.route.deliveries.length} penerima · ${sheet.route.copies} eksemplar`}</Text>
        </View>
      </View>
      <Text style={{ ...small, marginTop: 6, marginBottom: 6 }}>Petugas pengantar: ..................................................    Tanggal berangkat: ............................</Text>
      <View style={{ flexDirection: 'row', backgroundColor: '#e8edf3', borderTopWidth: 0.5, borderBottomWidth: 0.5, borderColor: ink }}>
        {heads.map((h, i) => <Text key={h} style={{ ...cell, fontWeight: 700, width: widths[i], padding: 2 }}>{h}</Text>)}
      </View>
      {sheet.rows.map((d: Delivery) => (
        <View key={d.recipient.id} style={{ flexDirection: 'row', height: 30, borderBottomWidth: 0.5, borderColor: '#777777' }} wrap={false}>
          <Text style={{ ...cell, width: widths[0], padding: 2 }}>{String(d.order)}</Text>
          <View style={{ width: widths[1], padding: 2 }}>
            <Text style={{ ...cell, fontWeight: 700, maxLines: 2, textOverflow: 'ellipsis' }}>{d.recipient.name}</Text>
            <Text style={{ ...small, color: '#333333', maxLines: 1, textOverflow: 'ellipsis' }}>
              {`${CATEGORY_LABEL[d.recipient.category]}${d.recipient.kecamatan ? ` · ${d.recipient.kecamatan}` : ''} · ${d.recipient.id}`}
              {missedLast.has(d.recipient.id) ? <Text style={{ color: '#b00020', fontWeight: 700 }}> · BELUM TERIMA EDISI LALU</Text> : null}
            </Text>
          </View>
          <Text style={{ ...cell, fontWeight: 700, width: widths[2], padding: 2, textAlign: 'center' }}>{String(d.copies)}</Text>
          {[3, 4, 5].map((i) => <View key={i} style={{ width: widths[i], borderLeftWidth: 0.5, borderColor: '#aaaaaa' }} />)}
        </View>
      ))}
      {sheet.last ? (
        <View style={{ marginTop: 10 }} wrap={false}>
          <Text style={{ fontFamily: SANS, fontWeight: 700, fontSize: 9 }}>{`Jumlah rute ${sheet.route.name}: ${sheet.route.deliveries.length} penerima, ${sheet.route.copies} eksemplar`}</Text>
          <View style={{ flexDirection: 'row', justifyContent: 'space-between', marginTop: 14 }}>
            {['Petugas pengantar', 'Mengetahui, Kepala Bidang IKP'].map((who) => (
              <View key={who} style={{ width: 200 }}>
                <Text style={small}>{who}</Text>
                <View style={{ height: 40 }} />
                <Text style={small}>(..............................................)</Text>
              </View>
            ))}
          </View>
        </View>
      ) : null}
      <Text style={{ ...small, position: 'absolute', bottom: 18, left: 28, right: 28, textAlign: 'center' }}>{`Manifes ${editionLine(edition)} — hal. ${n + 1} dari ${sheets.length}`}</Text>
    </Page>
  ));
}

/** Receipt forms, three to a page, each with room for name, position, signature, stamp and date. */
export function receiptPages(allocation: Allocation, edition: EditionInfo): ReactElement[] {
  const all = allocation.routes.flatMap((r) => r.deliveries);
  return chunk(all, 3).map((three, n) => (
    <Page key={n} size="A4" style={{ padding: 24 }}>
      {three.map((d, i) => (
        <View key={d.recipient.id} style={{ height: 255, borderBottomWidth: i < 2 ? 0.8 : 0, borderStyle: 'dashed', borderColor: ink, paddingTop: i ? 12 : 0 }} wrap={false}>
          <View style={{ flexDirection: 'row', justifyContent: 'space-between' }}>
            <Text style={{ fontFamily: SANS, fontWeight: 800, fontSize: 13, color: accent }}>TANDA TERIMA</Text>
            <Text style={small}>{`No. ${edition.number}/${d.recipient.id}`}</Text>
          </View>
          <Text style={{ fontFamily: SERIF, fontSize: 10, lineHeight: '14pt', marginTop: 6 }}>
            {'Telah diterima '}
            <Text style={{ fontWeight: 700 }}>{`${d.copies} (${terbilang(d.copies)}) eksemplar`}</Text>
            {` ${editionLine(edition)}, media informasi Pemerintah Kabupaten Balangan (gratis, tidak diperjualbelikan), oleh:`}
          </Text>
          <Text style={{ fontFamily: SANS, fontWeight: 700, fontSize: 11, marginTop: 4, maxLines: 2, textOverflow: 'ellipsis' }}>{d.recipient.name}</Text>
          <Text style={small}>{`${CATEGORY_LABEL[d.recipient.category]}${d.recipient.kecamatan ? ` · Kecamatan ${d.recipient.kecamatan}` : ''} · ${d.route} · urutan ${d.order}`}</Text>
          <View style={{ flexDirection: 'row', marginTop: 12 }}>
            <View style={{ width: 330 }}>
              {['Nama penerima', 'Jabatan', 'Tanggal / jam'].map((label) => (
                <Text key={label} style={{ ...small, fontSize: 9, marginBottom: 12 }}>{`${label}: ..........................................`}</Text>
              ))}
            </View>
            <View style={{ width: 170, height: 80, borderWidth: 0.6, borderColor: ink, padding: 3 }}>
              <Text style={small}>Tanda tangan dan stempel</Text>
            </View>
          </View>
        </View>
      ))}
    </Page>
  ));
}

/** Address labels on an A4 sheet (3 × 8 by default). */
export function labelPages(allocation: Allocation, edition: EditionInfo, config: AllocationConfig): ReactElement[] {
  const { columns, rows } = config.labels;
  const all = allocation.routes.flatMap((r) => r.deliveries);
  const margin = 21;
  const width = (595.28 - 2 * margin) / columns;
  const height = (841.89 - 2 * margin) / rows;
  return chunk(all, columns * rows).map((sheet, n) => (
    <Page key={n} size="A4" style={{ padding: margin, flexDirection: 'row', flexWrap: 'wrap' }}>
      {sheet.map((d) => (
        <View key={d.recipient.id} style={{ width, height, padding: 8, borderWidth: 0.25, borderColor: '#cccccc' }}>
          <Text style={{ fontFamily: SANS, fontWeight: 700, fontSize: 8.5, lineHeight: '10pt', maxLines: 3, textOverflow: 'ellipsis' }}>{d.recipient.name}</Text>
          <Text style={{ ...small, marginTop: 2, maxLines: 1, textOverflow: 'ellipsis' }}>{d.recipient.kecamatan ? `Kecamatan ${d.recipient.kecamatan}` : 'Kabupaten Balangan'}</Text>
          <Text style={{ ...small, position: 'absolute', bottom: 8, left: 8, right: 8, fontWeight: 700 }}>{`${d.copies} eks. · ${edition.title} Edisi ${edition.number} · ${d.recipient.id}`}</Text>
        </View>
      ))}
    </Page>
  ));
}

export function printOrderPage(allocation: Allocation, edition: EditionInfo, config: AllocationConfig): ReactElement {
  const row = (label: string, value: string, bold = false) => (
    <View key={label} style={{ flexDirection: 'row', borderBottomWidth: 0.5, borderColor: '#999999', paddingVertical: 3 }}>
      <Text style={{ fontFamily: SANS, fontSize: 10, width: 300, fontWeight: bold ? 700 : 400 }}>{label}</Text>
      <Text style={{ fontFamily: SANS, fontSize: 10, fontWeight: bold ? 700 : 400 }}>{value}</Text>
    </View>
  );
  return (
    <Page size="A4" style={{ padding: 48 }}>
      <Text style={{ fontFamily: SANS, fontWeight: 800, fontSize: 16, color: accent }}>PESANAN CETAK</Text>
      <Text style={{ fontFamily: SANS, fontSize: 10, marginBottom: 14 }}>{editionLine(edition)}</Text>
      {row('Jumlah halaman', `${edition.pages} halaman (jilid kawat tengah)`)}
      {row('Format', edition.format.toUpperCase())}
      {row('Eksemplar untuk penerima', String(allocation.delivered))}
      {row(`Cadangan (redaksi, arsip, acara; ${config.reserve.percent}%, paling sedikit ${config.reserve.minimum})`, String(allocation.reserve))}
      {row(`Oplah dipesan (dibulatkan ke ${config.bundle} per ikat)`, `${allocation.printRun} eksemplar = ${allocation.bundles} ikat`, true)}
      <Text style={{ fontFamily: SANS, fontWeight: 700, fontSize: 11, marginTop: 18, marginBottom: 4 }}>Menurut kategori</Text>
      {CATEGORIES.filter((c) => allocation.byCategory[c].recipients > 0).map((c) => row(CATEGORY_LABEL[c], `${allocation.byCategory[c].recipients} penerima · ${allocation.byCategory[c].copies} eksemplar`))}
      <Text style={{ fontFamily: SANS, fontWeight: 700, fontSize: 11, marginTop: 18, marginBottom: 4 }}>Menurut kecamatan</Text>
      {allocation.byKecamatan.map((k) => row(k.kecamatan, `${k.recipients} penerima · ${k.copies} eksemplar`))}
      <View style={{ flexDirection: 'row', justifyContent: 'space-between', marginTop: 36 }}>
        {['Pemesan, Diskominfosp Kabupaten Balangan', 'Diterima, percetakan'].map((who) => (
          <View key={who} style={{ width: 220 }}>
            <Text style={small}>{who}</Text>
            <View style={{ height: 50 }} />
            <Text style={small}>(..............................................)</Text>
          </View>
        ))}
      </View>
    </Page>
  );
}

const ONES = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];

/** Numbers in words, as receipts write them: 3 → "tiga", 12 → "dua belas", 150 → "seratus lima puluh". */
export function terbilang(n: number): string {
  if (n < 12) return ONES[n]!;
  if (n < 20) return `${ONES[n - 10]} belas`;
  if (n < 100) return `${ONES[Math.floor(n / 10)]} puluh${n % 10 ? ` ${ONES[n % 10]}` : ''}`;
  if (n < 200) return `seratus${n > 100 ? ` ${terbilang(n - 100)}` : ''}`;
  if (n < 1000) return `${ONES[Math.floor(n / 100)]} ratus${n % 100 ? ` ${terbilang(n % 100)}` : ''}`;
  if (n < 2000) return `seribu${n > 1000 ? ` ${terbilang(n - 1000)}` : ''}`;
  if (n < 1_000_000) return `${terbilang(Math.floor(n / 1000))} ribu${n % 1000 ? ` ${terbilang(n % 1000)}` : ''}`;
  return String(n);
}
