/**
 * Walks a page's resources and, recursively, those of every form XObject it draws (the galleys are
 * forms inside the page), each form once. Colour rewriting and preflight both need this walk.
 */
import { PDFDict, type PDFDocument, PDFName, type PDFObject, PDFRawStream, PDFRef } from 'pdf-lib';

export function walkResources(
  doc: PDFDocument,
  resources: PDFObject | undefined,
  visit: { resources?: (dict: PDFDict) => void; form?: (ref: PDFRef) => void },
  seen = new Set<string>(),
): void {
  const res = resources instanceof PDFRef ? doc.context.lookup(resources) : resources;
  if (!(res instanceof PDFDict)) return;
  visit.resources?.(res);
  const xobjects = res.lookupMaybe(PDFName.of('XObject'), PDFDict);
  for (const [, ref] of xobjects?.entries() ?? []) {
    if (!(ref instanceof PDFRef) || seen.has(ref.toString())) continue;
    seen.add(ref.toString());
    const x = doc.context.lookup(ref);
    if (!(x instanceof PDFRawStream) || x.dict.get(PDFName.of('Subtype')) !== PDFName.of('Form')) continue;
    visit.form?.(ref);
    walkResources(doc, x.dict.get(PDFName.of('Resources')), visit, seen);
  }
}
