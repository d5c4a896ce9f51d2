/**
 * A PDF written front to back, page by page, for paperwork that runs to tens of thousands of pages
 * (80,000 receipts): each page's content goes to the sink as soon as it is drawn, so memory holds one
 * page, the fonts' glyph sets and the object offsets, never the document. Fonts are embedded once, as
 * subsets, after the last page (their object numbers are fixed up front); parts that repeat are form
 * XObjects drawn once and placed per page. Same input → same bytes: no random ids, dates from `meta`.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import fontkit from '@pdf-lib/fontkit';

/** Where the bytes go: memory (tests) or a temporary file renamed into place by commit(). */
export interface PdfSink {
  write(chunk: Buffer): void;
  close(): void;
}

export class MemorySink implements PdfSink {
  private readonly chunks: Buffer[] = [];
  write(chunk: Buffer): void {
    this.chunks.push(chunk);
  }
  close(): void {}
  bytes(): Uint8Array {
    return Buffer.concat(this.chunks);
  }
}

/** Written beside `file` under a temporary name; nothing is at `file` until commit(). */
export class StagedFile implements PdfSink {
  readonly temp: string;
  private fd: number | undefined;
  private pending: Buffer[] = [];
  private size = 0;

  constructor(readonly file: string) {
    this.temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    this.fd = openSync(this.temp, 'w');
  }

  write(chunk: Buffer): void {
    this.pending.push(chunk);
    this.size += chunk.length;
    if (this.size >= 1 << 20) this.flush();
  }

  private flush(): void {
    if (this.fd === undefined || this.size === 0) return;
    writeSync(this.fd, this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending));
    this.pending = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  commit(): void {
    this.close();
    renameSync(this.temp, this.file);
  }

  discard(): void {
    try {
      this.close();
    } finally {
      rmSync(this.temp, { force: true });
    }
  }
}

/** A number as PDF writes it: at most 3 decimals, never an exponent. */
export const num = (v: number): string => String(Math.round(v * 1000) / 1000);

/** A text string of the document information (UTF-16BE with a byte-order mark, as hex). */
const textString = (s: string) => `<FEFF${[...Buffer.from(s, 'utf16le').swap16()].map((b) => b.toString(16).padStart(2, '0')).join('').toUpperCase()}>`;
const pdfDate = (d: Date) => `(D:${d.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z)`;

interface FontkitGlyph {
  id: number;
  advanceWidth: number;
}
interface FontkitFont {
  unitsPerEm: number;
  postscriptName: string;
  ascent: number;
  descent: number;
  capHeight: number;
  xHeight: number;
  italicAngle: number;
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  'OS/2'?: { sFamilyClass: number };
  post: { isFixedPitch: boolean };
  head: { macStyle: { italic: boolean } };
  glyphForCodePoint(cp: number): FontkitGlyph;
  createSubset(): { includeGlyph(g: number): number; encodeStream(): NodeJS.ReadableStream };
}

/** Unicode's default-ignorable characters: printed as a space, as fontkit's layout prints them. */
const IGNORABLE = /^[\u00AD\u034F\u061C\u17B4\u17B5\u180B-\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFE00-\uFE0F\uFEFF\uFFF0-\uFFF8\u{1BCA0}-\u{1BCA3}\u{1D173}-\u{1D17A}\u{E0000}-\u{E0FFF}]$/u;

/**
 * A TrueType face embedded as a subset (Type0, Identity-H): text is encoded glyph by glyph from the
 * font's character map, without shaping (the paperwork has neither ligatures nor kerning), and
 * measured from the same advances.
 */
export class Face {
  private readonly font: FontkitFont;
  private readonly subset: ReturnType<FontkitFont['createSubset']>;
  /** Per character: its 4-digit hex code in the subset and its advance per 1000 units of type size. */
  private readonly chars = new Map<string, { hex: string; advance: number }>();
  /** Subset glyph id → the text it stands for (ToUnicode) and its advance. */
  private readonly glyphs: { text: string; advance: number }[] = [];
  /** Object number of the font dictionary, given when it is embedded. */
  ref = 0;

  constructor(file: string, readonly resource: string) {
    this.font = fontkit.create(readFileSync(file)) as unknown as FontkitFont;
    this.subset = this.font.createSubset();
    this.glyphs[0] = { text: '', advance: this.font.glyphForCodePoint(0).advanceWidth * (1000 / this.font.unitsPerEm) };
  }

  /** Whether any text was set in this face (only those are embedded). */
  used = false;

  private char(ch: string): { hex: string; advance: number } {
    let c = this.chars.get(ch);
    if (!c && IGNORABLE.test(ch)) this.chars.set(ch, (c = this.char(' ')));
    if (!c) {
      const glyph = this.font.glyphForCodePoint(ch.codePointAt(0)!);
      const id = this.subset.includeGlyph(glyph.id);
      const advance = glyph.advanceWidth * (1000 / this.font.unitsPerEm);
      if (id > 0 && !this.glyphs[id]) this.glyphs[id] = { text: ch, advance };
      c = { hex: id.toString(16).padStart(4, '0'), advance };
      this.chars.set(ch, c);
    }
    return c;
  }

  /** `text` as a hex string of subset glyph ids, for Tj. */
  encode(text: string): string {
    this.used = true;
    let hex = '<';
    for (const ch of text) hex += this.char(ch).hex;
    return `${hex}>`;
  }

  widthOfTextAtSize(text: string, size: number): number {
    let sum = 0;
    for (const ch of text) sum += this.char(ch).advance;
    return (sum * size) / 1000;
  }

  /** Writes the font's objects: the Type0 font (at `ref`), its CID font, descriptor, subset and ToUnicode map. */
  async embed(pdf: PdfStream): Promise<void> {
    const program = await new Promise<Buffer>((resolve, reject) => {
      const parts: Buffer[] = [];
      this.subset.encodeStream().on('data', (b: Uint8Array) => parts.push(Buffer.from(b))).on('end', () => resolve(Buffer.concat(parts))).on('error', reject);
    });
    const f = this.font;
    const scale = 1000 / f.unitsPerEm;
    // The subset tag names the glyph set, so the same text gives the same name.
    const digest = createHash('sha256').update(this.glyphs.map((g) => g.text).join('\u0000')).digest();
    const tag = [...digest.subarray(0, 6)].map((b) => String.fromCharCode(65 + (b % 26))).join('');
    const name = `/${tag}+${f.postscriptName.replace(/[^A-Za-z0-9-]/g, '')}`;
    const family = f['OS/2']?.sFamilyClass ?? 0;
    const flags = (f.post.isFixedPitch ? 1 : 0) | (family >= 1 && family <= 7 ? 2 : 0) | 4 | (family === 10 ? 8 : 0) | (f.head.macStyle.italic ? 64 : 0);
    const [fileRef, descriptorRef, cidRef, unicodeRef] = [pdf.alloc(), pdf.alloc(), pdf.alloc(), pdf.alloc()];
    this.ref = pdf.alloc();
    pdf.stream(fileRef, '', program);
    const b = f.bbox;
    pdf.object(descriptorRef, `<< /Type /FontDescriptor /FontName ${name} /Flags ${flags} /FontBBox [${[b.minX, b.minY, b.maxX, b.maxY].map((v) => num(v * scale)).join(' ')}] /ItalicAngle ${num(f.italicAngle)} /Ascent ${num(f.ascent * scale)} /Descent ${num(f.descent * scale)} /CapHeight ${num((f.capHeight || f.ascent) * scale)} /XHeight ${num((f.xHeight || 0) * scale)} /StemV 0 /FontFile2 ${fileRef} 0 R >>`);
    const widths = this.glyphs.map((g) => num(g.advance)).join(' ');
    pdf.object(cidRef, `<< /Type /Font /Subtype /CIDFontType2 /BaseFont ${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptorRef} 0 R /W [0 [${widths}]] /CIDToGIDMap /Identity >>`);
    pdf.stream(unicodeRef, '', Buffer.from(toUnicode(this.glyphs.map((g) => g.text)), 'latin1'));
    pdf.object(this.ref, `<< /Type /Font /Subtype /Type0 /BaseFont ${name} /Encoding /Identity-H /DescendantFonts [${cidRef} 0 R] /ToUnicode ${unicodeRef} 0 R >>`);
  }
}

/** The ToUnicode CMap: subset glyph id → the character it prints. */
function toUnicode(texts: readonly string[]): string {
  const pairs = texts.flatMap((t, id) => (t ? [`<${id.toString(16).padStart(4, '0')}> <${[...Buffer.from(t, 'utf16le').swap16()].map((b) => b.toString(16).padStart(2, '0')).join('')}>`] : []));
  const blocks: string[] = [];
  for (let i = 0; i < pairs.length; i += 100) blocks.push(`${Math.min(100, pairs.length - i)} beginbfchar\n${pairs.slice(i, i + 100).join('\n')}\nendbfchar`);
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

export interface DocumentMeta {
  title: string;
  date: Date;
}

export class PdfStream {
  private position = 0;
  private readonly offsets: number[] = [0];
  private readonly pages: number[] = [];
  private readonly forms: { name: string; ref: number }[] = [];
  private readonly faces: Face[] = [];
  private readonly pagesRef: number;
  private readonly resourcesRef: number;
  /** Fonts only: the resources of the form XObjects. */
  private readonly fontResourcesRef: number;

  constructor(private readonly sink: PdfSink, private readonly meta: DocumentMeta, private readonly pageSize: readonly [number, number]) {
    this.write(Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'));
    this.pagesRef = this.alloc();
    this.resourcesRef = this.alloc();
    this.fontResourcesRef = this.alloc();
  }

  private write(chunk: Buffer): void {
    this.sink.write(chunk);
    this.position += chunk.length;
  }

  alloc(): number {
    this.offsets.push(-1);
    return this.offsets.length - 1;
  }

  object(ref: number, body: string): void {
    this.offsets[ref] = this.position;
    this.write(Buffer.from(`${ref} 0 obj\n${body}\nendobj\n`, 'latin1'));
  }

  /** A flate-compressed stream object; `dict` holds the entries besides /Length and /Filter. */
  stream(ref: number, dict: string, data: Buffer): void {
    const packed = deflateSync(data, { level: 1 });
    this.offsets[ref] = this.position;
    this.write(Buffer.from(`${ref} 0 obj\n<< ${dict}${dict ? ' ' : ''}/Length ${packed.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'));
    this.write(packed);
    this.write(Buffer.from('\nendstream\nendobj\n', 'latin1'));
  }

  face(file: string): Face {
    const face = new Face(file, `F${this.faces.length + 1}`);
    this.faces.push(face);
    return face;
  }

  /** Content drawn once, placed on any page with placeForm(): returns its resource name. */
  form(content: string): string {
    const name = `X${this.forms.length + 1}`;
    const ref = this.alloc();
    this.stream(ref, `/Type /XObject /Subtype /Form /BBox [0 0 ${num(this.pageSize[0])} ${num(this.pageSize[1])}] /Resources ${this.fontResourcesRef} 0 R`, Buffer.from(content, 'latin1'));
    this.forms.push({ name, ref });
    return name;
  }

  /** One page: its content is written now and not kept. */
  page(content: string): void {
    const contentRef = this.alloc();
    this.stream(contentRef, '', Buffer.from(content, 'latin1'));
    const ref = this.alloc();
    this.object(ref, `<< /Type /Page /Parent ${this.pagesRef} 0 R /MediaBox [0 0 ${num(this.pageSize[0])} ${num(this.pageSize[1])}] /Resources ${this.resourcesRef} 0 R /Contents ${contentRef} 0 R >>`);
    this.pages.push(ref);
  }

  get pageCount(): number {
    return this.pages.length;
  }

  /** Fonts, page tree, catalog, information and cross-reference table; then the sink is closed. */
  async finish(): Promise<void> {
    const used = this.faces.filter((f) => f.used);
    for (const face of used) await face.embed(this);
    const fonts = `/Font << ${used.map((f) => `/${f.resource} ${f.ref} 0 R`).join(' ')} >>`;
    this.object(this.fontResourcesRef, `<< ${fonts} >>`);
    this.object(this.resourcesRef, `<< /ProcSet [/PDF /Text] ${fonts} /XObject << ${this.forms.map((x) => `/${x.name} ${x.ref} 0 R`).join(' ')} >> >>`);
    this.object(this.pagesRef, `<< /Type /Pages /Count ${this.pages.length} /Kids [${this.pages.map((p) => `${p} 0 R`).join(' ')}] >>`);
    const catalog = this.alloc();
    this.object(catalog, `<< /Type /Catalog /Pages ${this.pagesRef} 0 R /Lang (id-ID) /ViewerPreferences << /DisplayDocTitle true >> >>`);
    const info = this.alloc();
    const date = pdfDate(this.meta.date);
    this.object(info, `<< /Title ${textString(this.meta.title)} /Author ${textString('Dinas Kominfosan Kabupaten Balangan')} /Creator ${textString('jurnal')} /Producer ${textString('jurnal')} /CreationDate ${date} /ModDate ${date} >>`);
    const xref = this.position;
    const rows = this.offsets.map((o, i) => (i === 0 ? '0000000000 65535 f \n' : `${String(o).padStart(10, '0')} 00000 n \n`));
    this.write(Buffer.from(`xref\n0 ${this.offsets.length}\n${rows.join('')}trailer\n<< /Size ${this.offsets.length} /Root ${catalog} 0 R /Info ${info} 0 R >>\nstartxref\n${xref}\n%%EOF\n`, 'latin1'));
    this.sink.close();
  }
}
