/**
 * The one place that reads react-pdf's internal layout result (the tree `@react-pdf/layout` returns,
 * which react-pdf itself hands to `onRender`). It is untyped and may change between versions: the
 * packages are pinned exactly and tests/unit/layout/adapter.test.ts fails loudly if the shape moves.
 *
 * Laying out and writing the PDF are two steps here (react-pdf's own `render` runs both): measuring and
 * trying leg heights need only the layout, and writing is most of the cost of a small document.
 */
import type { Font as FontStore } from '@react-pdf/renderer';
import { createElement, type ReactElement } from 'react';

export interface LayoutBox {
  top: number;
  left: number;
  width: number;
  height: number;
  marginTop?: number;
  marginBottom?: number;
}

export interface LayoutNode {
  type: string;
  box?: LayoutBox;
  children?: LayoutNode[];
  lines?: unknown[];
}

export interface RenderResult {
  pdf: Buffer;
  pages: LayoutNode[];
}

export interface DocumentMeta {
  title?: string;
  author?: string;
  subject?: string;
  /** Fixed, so the same input gives the same bytes. */
  date: Date;
}

export interface LaidOut {
  pages: LayoutNode[];
  /** Writes the PDF of this layout; the bytes are those react-pdf's `renderToBuffer` gives for the same pages. */
  render(): Promise<Buffer>;
}

type Engine = Awaited<ReturnType<typeof loadEngine>>;
let engine: Promise<Engine> | undefined;

/**
 * react-pdf and pdfkit, loaded on the first layout of the process (0.5 s), with the house fonts
 * registered (fontkit with them: a `plan` whose measures and flatplan are cached loads neither).
 */
async function loadEngine() {
  const [{ default: layoutDocument }, { default: renderPDF }, { Document, Font, pdf }, { default: PDFDocument }, { registerFonts }] = await Promise.all([
    import('@react-pdf/layout'),
    import('@react-pdf/render'),
    import('@react-pdf/renderer'),
    import('pdfkit'),
    import('./register-fonts.js'),
  ]);
  registerFonts(Font);
  return {
    // react-pdf's `layout` takes its font store as a second argument its types leave out.
    layoutDocument: layoutDocument as unknown as (doc: unknown, fonts: typeof FontStore) => Promise<LayoutNode | undefined>,
    renderPDF: renderPDF as unknown as (ctx: unknown, doc: unknown) => NodeJS.ReadableStream,
    Document,
    Font,
    pdf,
    PDFDocument,
  };
}

/** The pages laid out by react-pdf, not yet written. */
export async function layOut(pages: ReactElement[], meta: DocumentMeta): Promise<LaidOut> {
  const { layoutDocument, renderPDF, Document, Font, pdf, PDFDocument } = await (engine ??= loadEngine());
  const info = { Title: meta.title, Author: meta.author, Subject: meta.subject, Creator: 'jurnal', Producer: 'jurnal', CreationDate: meta.date, ModificationDate: meta.date };
  const document = pdf(createElement(Document, {}, ...pages)).container.document;
  const layout = await layoutDocument(document, Font);
  if (!layout?.children) throw new Error('react-pdf tidak mengembalikan data tata letak (versi berubah?)');
  let written = false;
  return {
    pages: layout.children,
    render() {
      // pdfkit consumes the layout's font objects as it writes: a layout is written once.
      if (written) throw new Error('tata letak ini sudah ditulis');
      written = true;
      // The options react-pdf's own `render` passes to pdfkit (no conformance, no encryption).
      const ctx = new PDFDocument({
        compress: true,
        displayTitle: true,
        autoFirstPage: false,
        info: Object.fromEntries(Object.entries(info).filter(([, v]) => v !== undefined)),
      });
      const stream = renderPDF(ctx, layout);
      return new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => resolve(Buffer.concat(chunks)));
        stream.on('error', reject);
      });
    },
  };
}

export async function renderWithLayout(pages: ReactElement[], meta: DocumentMeta): Promise<RenderResult> {
  const laidOut = await layOut(pages, meta);
  return { pdf: await laidOut.render(), pages: laidOut.pages };
}

/** Height of the first child of a page: the measured block. */
export function firstChildHeight(page: LayoutNode): number {
  const box = page.children?.[0]?.box;
  if (!box) throw new Error('halaman ukur tanpa isi');
  return box.height;
}
