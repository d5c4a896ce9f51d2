/**
 * Paper for the distribution staff: delivery manifests per route, receipt forms and address labels
 * (streamed page by page on fixed grids, pdf-stream.ts: they run to tens of thousands of pages for a
 * province), and the one-page print order (react-pdf).
 */
import { Page, Text, View } from '../layout/primitives.js';
import { rgb } from 'pdf-lib';
import type { ReactElement } from 'react';
import { SANS, SERIF, trueTypeFont } from '../layout/fonts.js';
import { longDate } from '../layout/dates.js';
import type { Allocation } from './allocate.js';
import { Canvas, type Faces, packedCode } from './canvas.js';
import { deliveryCode } from './codes.js';
import type { AllocationConfig } from './config.js';
import { type DocumentMeta, MemorySink, PdfStream, StagedFile } from './pdf-stream.js';
import { CATEGORIES, CATEGORY_LABEL } from './registry.js';
import { A4, ACCENT, ALERT, fit, fitWhole, GREY, INK, TINT, wrap } from './sheets.js';

export interface EditionInfo {
  /** The edition's id (folder name, e.g. 2026-05): printed in the delivery codes. Without it, no codes. */
  id?: string;
  title: string;
  number: number;
  date: string;
  pages: number;
  format: string;
}

const accent = '#1d3f6e';
const small = { fontFamily: SANS, fontSize: 7.5 };

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length ? out : [[]];
}

const editionLine = (e: EditionInfo) => `${e.title} Edisi ${e.number} · ${longDate(e.date)}`;

export type Paperwork = DocumentMeta;

/**
 * Draws a document page by page into memory (the bytes are returned) or, given a file, into a
 * temporary file beside it that the caller commits or discards.
 */
async function paperwork(meta: Paperwork, file: string | undefined, draw: (pdf: PdfStream, fonts: Faces) => void): Promise<Uint8Array | StagedFile> {
  const sink = file ? new StagedFile(file) : new MemorySink();
  try {
    const pdf = new PdfStream(sink, meta, A4);
    const face = (family: typeof SANS | typeof SERIF, weight: number) => pdf.face(trueTypeFont(family, weight));
    draw(pdf, { regular: face(SANS, 400), bold: face(SANS, 700), heavy: face(SANS, 800), serif: face(SERIF, 400), serifBold: face(SERIF, 700) });
    await pdf.finish();
  } catch (error) {
    if (sink instanceof StagedFile) sink.discard();
    throw error;
  }
  return sink instanceof StagedFile ? sink : sink.bytes();
}

/** The packed delivery codes of an allocation: receipts and labels print the same codes, made once. */
const codeBooks = new WeakMap<Allocation, Map<string, Uint8Array>>();

function codeOf(allocation: Allocation, text: string): Uint8Array {
  let book = codeBooks.get(allocation);
  if (!book) codeBooks.set(allocation, (book = new Map()));
  let code = book.get(text);
  if (!code) book.set(text, (code = packedCode(text)));
  return code;
}

const M = 28;

/** Delivery manifests: one section per route, rows in route order, room to sign; "hal. x dari y". */
export function manifestPdf(allocation: Allocation, edition: EditionInfo, config: AllocationConfig, missedLast: ReadonlySet<string>, meta: Paperwork): Promise<Uint8Array>;
export function manifestPdf(allocation: Allocation, edition: EditionInfo, config: AllocationConfig, missedLast: ReadonlySet<string>, meta: Paperwork, file: string): Promise<StagedFile>;
export function manifestPdf(allocation: Allocation, edition: EditionInfo, config: AllocationConfig, missedLast: ReadonlySet<string>, meta: Paperwork, file?: string): Promise<Uint8Array | StagedFile> {
  return paperwork(meta, file, (pdf, fonts) => {
    const sheets = allocation.routes.flatMap((route) => chunk(route.deliveries, config.rowsPerPage).map((rows, i, all) => ({ route, rows, last: i === all.length - 1, part: i + 1, parts: all.length })));
    const widths = [22, 200, 28, 100, 100, 70];
    const xs = widths.map((_, i) => M + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const heads = ['No', 'Penerima', 'Eks.', 'Nama penerima', 'Tanda tangan & stempel', 'Tanggal / jam'];
    const tableWidth = widths.reduce((a, b) => a + b, 0);
    const ROW = 30;
    const s = new Canvas(fonts);
    // Drawn once: the head of every page, and the signatures under a route (drawn at top 0, moved down).
    s.text('MANIFES PENGANTARAN', M, M, 13, fonts.heavy, ACCENT);
    s.text(editionLine(edition), M, M + 16, 9);
    s.rule(M, M + 30, tableWidth, 1.5, ACCENT);
    s.text('Petugas pengantar: ..................................................    Tanggal berangkat: ............................', M, M + 38, 7.5);
    s.box(M, M + 54, tableWidth, 14, { fill: TINT });
    heads.forEach((h, i) => s.text(h, xs[i]! + 2, M + 57, 7.5, fonts.bold));
    const pageHead = pdf.form(s.content());
    for (const [i, who] of ['Petugas pengantar', 'Mengetahui, Kepala Bidang IKP'].entries()) {
      s.text(who, M + i * 300, 30, 7.5);
      s.text('(..............................................)', M + i * 300, 80, 7.5);
    }
    const signatures = pdf.form(s.content());
    sheets.forEach((sheet, n) => {
      s.place(pageHead);
      s.right(sheet.route.name, M + tableWidth, M, 10, fonts.bold);
      s.right(`lembar rute ${sheet.part} dari ${sheet.parts} · ${sheet.route.deliveries.length} penerima · ${sheet.route.copies} eksemplar`, M + tableWidth, M + 14, 7.5);
      let top = M + 68;
      for (const d of sheet.rows) {
        // The name is printed whole: two lines, smaller type if need be, a third line (a taller row) as a last resort.
        const two = fitWhole(d.recipient.name, fonts.bold, { size: 8, minSize: 7, maxWidth: widths[1]! - 4, maxLines: 2, leading: 1.2 });
        const name = two.lines.length <= 2 ? two : fitWhole(d.recipient.name, fonts.bold, { size: 7.5, minSize: 6, maxWidth: widths[1]! - 4, maxLines: 3, leading: 1.2 });
        const after = s.lines(name.lines, xs[1]! + 2, top + 3, name.size, name.leading, fonts.bold);
        const row = Math.max(ROW, Math.ceil(after - top + 9));
        s.text(String(d.order), xs[0]! + 2, top + 3, 8);
        const missed = missedLast.has(d.recipient.id);
        const line = `${CATEGORY_LABEL[d.recipient.category]}${d.recipient.kecamatan ? ` · ${d.recipient.kecamatan}` : ''} · ${d.recipient.id}${missed ? ' · BELUM TERIMA EDISI LALU' : ''}`;
        s.text(fit(line, fonts.regular, 6.5, widths[1]! - 4), xs[1]! + 2, Math.max(after + 0.5, top + row - 9), 6.5, fonts.regular, missed ? ALERT : GREY);
        s.center(String(d.copies), xs[2]!, widths[2]!, top + 3, 8.5, fonts.bold);
        for (const i of [3, 4, 5]) s.vrule(xs[i]!, top, row, 0.5, GREY);
        top += row;
        s.rule(M, top, tableWidth, 0.5, GREY);
      }
      if (sheet.last) {
        s.text(`Jumlah rute ${sheet.route.name}: ${sheet.route.deliveries.length} penerima, ${sheet.route.copies} eksemplar`, M, top + 10, 9, fonts.bold);
        s.place(signatures, top);
      }
      s.center(`Manifes ${editionLine(edition)} — hal. ${n + 1} dari ${sheets.length}`, 0, A4[0], A4[1] - 22, 7);
      pdf.page(s.content());
    });
  });
}

/** Side of the delivery code on a receipt and on a label, quiet zone included (pt). */
const RECEIPT_QR = 64;
const LABEL_QR = 46;
/** Height of one receipt form: three to a page. */
const RECEIPT = 262;

/** Receipt forms, three to a page, each with room for name, position, signature, stamp and date. */
export function receiptPdf(allocation: Allocation, edition: EditionInfo, meta: Paperwork): Promise<Uint8Array>;
export function receiptPdf(allocation: Allocation, edition: EditionInfo, meta: Paperwork, file: string): Promise<StagedFile>;
export function receiptPdf(allocation: Allocation, edition: EditionInfo, meta: Paperwork, file?: string): Promise<Uint8Array | StagedFile> {
  return paperwork(meta, file, (pdf, fonts) => {
    const all = allocation.routes.flatMap((r) => r.deliveries);
    const width = A4[0] - 2 * M;
    const s = new Canvas(fonts);
    // Drawn once: the fields to fill in (at top 0, moved down to below the name), and the title with
    // the sentence for each number of copies (in the first slot, moved down to the others).
    ['Nama penerima', 'Jabatan', 'Tanggal / jam'].forEach((label, k) => s.text(`${label}: ..........................................`, M, 22 + k * 22, 9));
    s.box(M + width - 170, 18, 170, 78, { border: INK });
    s.text('Tanda tangan dan stempel', M + width - 166, 22, 7);
    const fields = pdf.form(s.content());
    const heads = new Map<number, { form: string; below: number }>();
    const headFor = (copies: number) => {
      let head = heads.get(copies);
      if (!head) {
        // Its own canvas: a new number of copies may turn up half-way down a page.
        const f = new Canvas(fonts);
        f.text('TANDA TERIMA', M, M, 13, fonts.heavy, ACCENT);
        const sentence = `Telah diterima ${copies} (${terbilang(copies)}) eksemplar ${editionLine(edition)}, media informasi Pemerintah Kabupaten Balangan (gratis, tidak diperjualbelikan), oleh:`;
        const below = f.lines(wrap(sentence, fonts.serif, 10, width, 3), M, M + 22, 10, 14, fonts.serif) - M;
        heads.set(copies, (head = { form: pdf.form(f.content()), below }));
      }
      return head;
    };
    for (const three of chunk(all, 3)) {
      three.forEach((d, i) => {
        const top = M + i * RECEIPT;
        const head = headFor(d.copies);
        s.place(head.form, i * RECEIPT);
        s.right(`No. ${edition.number}/${d.recipient.id}`, M + width, top + 2, 7.5);
        const name = fitWhole(d.recipient.name, fonts.bold, { size: 11, minSize: 8, maxWidth: width, maxLines: 2 });
        let y = s.lines(name.lines, M, top + head.below + 4, name.size, name.leading, fonts.bold);
        s.text(fit(`${CATEGORY_LABEL[d.recipient.category]}${d.recipient.kecamatan ? ` · Kecamatan ${d.recipient.kecamatan}` : ''} · ${d.route} · urutan ${d.order}`, fonts.regular, 7.5, width), M, y + 2, 7.5, fonts.regular, GREY);
        s.place(fields, y);
        // The courier scans this on delivery: jurnal distribute record <edisi> --pindaian <berkas>.
        if (edition.id) {
          const code = deliveryCode(edition.id, d.recipient.id);
          s.code(codeOf(allocation, code), M + width - 170 - 12 - RECEIPT_QR, y + 18, RECEIPT_QR);
          s.center(code, M + width - 170 - 12 - RECEIPT_QR - 20, RECEIPT_QR + 40, y + 20 + RECEIPT_QR, 5.5, fonts.regular, GREY);
        }
        if (i < 2) s.rule(M, top + 250, width, 0.6, INK, [3, 2]);
      });
      pdf.page(s.content());
    }
  });
}

/** Address labels on an A4 sheet (3 × 8 by default). */
export function labelPdf(allocation: Allocation, edition: EditionInfo, config: AllocationConfig, meta: Paperwork): Promise<Uint8Array>;
export function labelPdf(allocation: Allocation, edition: EditionInfo, config: AllocationConfig, meta: Paperwork, file: string): Promise<StagedFile>;
export function labelPdf(allocation: Allocation, edition: EditionInfo, config: AllocationConfig, meta: Paperwork, file?: string): Promise<Uint8Array | StagedFile> {
  return paperwork(meta, file, (pdf, fonts) => {
    const { columns, rows } = config.labels;
    const all = allocation.routes.flatMap((r) => r.deliveries);
    const margin = 21;
    const width = (A4[0] - 2 * margin) / columns;
    const height = (A4[1] - 2 * margin) / rows;
    const s = new Canvas(fonts);
    for (const sheet of chunk(all, columns * rows)) {
      sheet.forEach((d, i) => {
        const x = margin + (i % columns) * width;
        const top = margin + Math.floor(i / columns) * height;
        s.box(x, top, width, height, { border: rgb(0.8, 0.8, 0.8), thickness: 0.25 });
        // The delivery code sits in the right-hand corner at the bottom; the text keeps clear of it.
        const coded = edition.id !== undefined;
        const inner = width - 16 - (coded ? LABEL_QR - 2 : 0);
        const bottom = top + height - (coded ? 26 : 18);
        if (coded) s.code(codeOf(allocation, deliveryCode(edition.id!, d.recipient.id)), x + width - LABEL_QR - 3, top + height - LABEL_QR - 3, LABEL_QR);
        // Name, then address, then the place; the name is never cut, the rest gives way to it.
        const name = fitWhole(d.recipient.name, fonts.bold, { size: 8.5, minSize: 6.5, maxWidth: inner, maxLines: d.recipient.address ? 4 : 5 });
        let y = s.lines(name.lines, x + 8, top + 8, name.size, name.leading, fonts.bold);
        const place = labelPlace(d.recipient.name, d.recipient.kecamatan);
        const placeRoom = place ? 9.5 : 0;
        if (d.recipient.address) {
          const room = Math.max(1, Math.floor((bottom - placeRoom - (y + 2)) / 8.6));
          const address = fitWhole(d.recipient.address, fonts.regular, { size: 7.5, minSize: 6.5, maxWidth: inner, maxLines: Math.min(3, room) });
          const shown = address.lines.length > room ? wrap(d.recipient.address, fonts.regular, address.size, inner, room) : address.lines;
          y = s.lines(shown, x + 8, y + 2, address.size, address.leading, fonts.regular);
        }
        if (place) s.text(fit(place, fonts.regular, 7.5, inner), x + 8, y + 2, 7.5);
        if (coded) {
          // Beside the code there is no room for one line of all three: the id gets a line of its own.
          s.text(fit(d.recipient.id, fonts.bold, 7, inner), x + 8, top + height - 24, 7, fonts.bold);
          s.text(fit(`${d.copies} eks. · ${edition.title} Edisi ${edition.number}`, fonts.bold, 7, inner), x + 8, top + height - 15, 7, fonts.bold);
        } else s.text(fit(`${d.copies} eks. · ${edition.title} Edisi ${edition.number} · ${d.recipient.id}`, fonts.bold, 7, inner), x + 8, top + height - 16, 7, fonts.bold);
      });
      pdf.page(s.content());
    }
  });
}

/** The place line of a label: the kecamatan, or the regency unless the name already says it. */
export function labelPlace(name: string, kecamatan: string): string | undefined {
  if (kecamatan) return /\bkecamatan\b/i.test(name) && name.toLowerCase().includes(kecamatan.toLowerCase()) ? undefined : `Kecamatan ${kecamatan}`;
  return /kabupaten\s+balangan/i.test(name) ? undefined : 'Kabupaten Balangan';
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
        {['Pemesan, Dinas Kominfosan Kabupaten Balangan', 'Diterima, percetakan'].map((who) => (
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
