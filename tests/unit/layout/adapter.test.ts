import { Document, Page, renderToBuffer, Text, View } from '@react-pdf/renderer';
import { createElement as h } from 'react';
import { describe, expect, it } from 'vitest';
import { firstChildHeight, layOut, renderWithLayout } from '../../../src/layout/react-pdf-adapter.js';

// react-pdf's layout result is internal; this test fails loudly if its shape changes on an upgrade.
describe('react-pdf layout adapter', () => {
  it('exposes page boxes, block ids and line counts', async () => {
    const text = 'Warga Desa Binjai kini dapat menyeberangi sungai tanpa memutar jauh. '.repeat(6);
    const { pdf, pages } = await renderWithLayout(
      [h(Page, { key: 1, size: [120, 2000] }, h(View, null, h(Text, { id: 'b0', style: { fontSize: 9, lineHeight: '11pt' } }, text)))],
      { date: new Date(0) },
    );
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const block = pages[0]!.children![0]!.children![0] as { props?: { id?: string }; lines?: unknown[]; box?: { height: number } };
    expect(block.props?.id).toBe('b0');
    expect(block.lines!.length).toBeGreaterThan(5);
    expect(firstChildHeight(pages[0]!)).toBeCloseTo(block.lines!.length * 11, 5);
  });

  it("gives a block's margins apart from its height (galleys count them as leg lines)", async () => {
    const { pages } = await renderWithLayout(
      [h(Page, { key: 1, size: [120, 400] }, h(View, null, h(Text, { id: 'b0', style: { fontSize: 9, lineHeight: '11pt' } }, 'Satu'), h(View, { id: 'b1', style: { marginTop: 11, marginBottom: 22, height: 33 } })))],
      { date: new Date(0) },
    );
    const box = pages[0]!.children![0]!.children![1]!.box!;
    expect([box.height, box.marginTop, box.marginBottom, box.top]).toEqual([33, 11, 22, 22]);
  });

  it('writes, once laid out, the bytes react-pdf writes in one step', async () => {
    const date = new Date(Date.UTC(2026, 4, 19));
    const page = () => h(Page, { key: 1, size: [160, 300] }, h(Text, { style: { fontSize: 9, lineHeight: '11pt' } }, 'Perbaikan jalan usaha tani di Kecamatan Juai. '.repeat(8)));
    const laidOut = await layOut([page()], { date, title: 'Uji' });
    const own = await laidOut.render();
    const reference = await renderToBuffer(h(Document, { title: 'Uji', creator: 'jurnal', producer: 'jurnal', creationDate: date, modificationDate: date }, page()));
    expect(own.equals(reference)).toBe(true);
    expect(() => laidOut.render()).toThrow();
  });
});
