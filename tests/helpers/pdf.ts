/** PDF inspection for tests, with mupdf (WASM; a devDependency only — AGPL, never shipped in the CLI). */
import * as mupdf from 'mupdf';

export function openPdf(bytes: Uint8Array): mupdf.PDFDocument {
  return mupdf.Document.openDocument(bytes, 'application/pdf') as mupdf.PDFDocument;
}

/** Page as PNG at `dpi`. */
export function pagePng(doc: mupdf.PDFDocument, index: number, dpi = 40): Uint8Array {
  const page = doc.loadPage(index);
  const scale = dpi / 72;
  const pixmap = page.toPixmap(mupdf.Matrix.scale(scale, scale), mupdf.ColorSpace.DeviceRGB, false, true);
  return pixmap.asPNG();
}

/** Text of a page in reading order, hyphens at line ends joined. */
export function pageText(doc: mupdf.PDFDocument, index: number): string {
  const text = doc.loadPage(index).toStructuredText('preserve-whitespace').asText();
  return text.replace(/-\n/g, '').replace(/\u00ad\n?/g, '');
}

export function boxes(doc: mupdf.PDFDocument, index: number): Record<'MediaBox' | 'TrimBox' | 'BleedBox', number[]> {
  const page = doc.findPage(index);
  const read = (key: string) => {
    const v = page.get(key);
    return v.isNull() ? [] : [0, 1, 2, 3].map((i) => v.get(i).asNumber());
  };
  return { MediaBox: read('MediaBox'), TrimBox: read('TrimBox'), BleedBox: read('BleedBox') };
}

/** Every font dictionary reachable from the pages (nested form XObjects included): name and whether embedded. */
export function fonts(doc: mupdf.PDFDocument): { name: string; embedded: boolean }[] {
  const seen = new Map<string, boolean>();
  const visited = new Set<number>();
  const visitResources = (res: mupdf.PDFObject): void => {
    if (res.isNull()) return;
    const fontDict = res.get('Font');
    if (!fontDict.isNull()) {
      fontDict.forEach((font) => {
        const f = font.resolve();
        const descendant = f.get('DescendantFonts');
        const target = descendant.isNull() ? f : descendant.get(0).resolve();
        const descriptor = target.get('FontDescriptor');
        const embedded = !descriptor.isNull() && ['FontFile', 'FontFile2', 'FontFile3'].some((k) => !descriptor.get(k).isNull());
        seen.set(f.get('BaseFont').asName(), embedded);
      });
    }
    const xobjects = res.get('XObject');
    if (!xobjects.isNull()) {
      xobjects.forEach((x) => {
        if (x.isIndirect()) {
          const n = x.asIndirect();
          if (visited.has(n)) return;
          visited.add(n);
        }
        const r = x.resolve();
        if (r.get('Subtype').asName() === 'Form') visitResources(r.get('Resources'));
      });
    }
  };
  for (let i = 0; i < doc.countPages(); i++) visitResources(doc.findPage(i).get('Resources'));
  return [...seen].map(([name, embedded]) => ({ name, embedded }));
}
