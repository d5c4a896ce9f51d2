/**
 * The one place that reads react-pdf's internal layout result (`_INTERNAL__LAYOUT__DATA_`, passed to
 * `onRender`). It is untyped and may change between versions: the package is pinned exactly and
 * tests/unit/layout/adapter.test.ts fails loudly if the shape moves.
 */
import { Document, type DocumentProps, renderToBuffer } from '@react-pdf/renderer';
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

export async function renderWithLayout(pages: ReactElement[], meta: DocumentMeta): Promise<RenderResult> {
  let layout: LayoutNode | undefined;
  const doc = createElement(
    Document,
    {
      title: meta.title,
      author: meta.author,
      subject: meta.subject,
      creator: 'jurnal',
      producer: 'jurnal',
      creationDate: meta.date,
      modificationDate: meta.date,
      onRender: (result: { _INTERNAL__LAYOUT__DATA_?: LayoutNode }) => {
        layout = result._INTERNAL__LAYOUT__DATA_;
      },
    } as DocumentProps,
    ...pages,
  );
  const pdf = await renderToBuffer(doc);
  if (!layout?.children) throw new Error('react-pdf tidak mengembalikan data tata letak (versi berubah?)');
  return { pdf, pages: layout.children };
}

/** Height of the first child of a page: the measured block. */
export function firstChildHeight(page: LayoutNode): number {
  const box = page.children?.[0]?.box;
  if (!box) throw new Error('halaman ukur tanpa isi');
  return box.height;
}
