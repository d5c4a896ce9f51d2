/**
 * What a page shows, as a hash: its boxes, its content and everything that content draws (fonts,
 * photos, forms, graphics states), without the objects' numbers, so a page drawn the same way in
 * two PDFs has the same hash however each file numbers its objects. The previews and the
 * inventory's page texts are kept by it: after one article is edited, a build renders and reads
 * again only the pages that changed.
 */
import { createHash } from 'node:crypto';
import { PDFArray, PDFDict, type PDFDocument, PDFName, type PDFObject, PDFRef, PDFStream } from 'pdf-lib';

/** Keys that point back up the page tree (to every other page) rather than at what the page draws. */
const BACK_LINKS = new Set(['Parent', 'P', 'StructParents', 'StructParent']);

export function pageHashes(doc: PDFDocument): string[] {
  const done = new Map<string, string>();
  const open = new Set<string>();
  const hashOf = (value: PDFObject | undefined): string => {
    if (value === undefined) return '-';
    if (value instanceof PDFRef) {
      const tag = value.toString();
      const known = done.get(tag);
      if (known) return known;
      if (open.has(tag)) return 'kembali';
      open.add(tag);
      const hash = hashOf(doc.context.lookup(value));
      open.delete(tag);
      done.set(tag, hash);
      return hash;
    }
    const h = createHash('sha256');
    if (value instanceof PDFStream) {
      h.update('stream\0').update(hashOf(value.dict)).update(value.getContents());
    } else if (value instanceof PDFDict) {
      h.update('dict\0');
      const entries = value.entries().filter(([key]) => !BACK_LINKS.has(key.decodeText()));
      entries.sort(([a], [b]) => a.decodeText().localeCompare(b.decodeText(), 'en'));
      for (const [key, v] of entries) h.update(`${key.decodeText()}\0`).update(hashOf(v));
    } else if (value instanceof PDFArray) {
      h.update(`array\0${value.size()}\0`);
      for (const v of value.asArray()) h.update(hashOf(v));
    } else {
      h.update(`${value.constructor.name}\0${value.toString()}`);
    }
    return h.digest('hex');
  };
  return doc.getPages().map((page) => {
    const h = createHash('sha256');
    for (const box of [page.getMediaBox(), page.getTrimBox(), page.getBleedBox()]) h.update(`${box.x},${box.y},${box.width},${box.height}\0`);
    h.update(`${page.getRotation().angle}\0`);
    const node = page.node;
    h.update(hashOf(node.Contents())).update(hashOf(node.Resources())).update(hashOf(node.lookup(PDFName.of('Annots'))));
    return h.digest('hex');
  });
}
