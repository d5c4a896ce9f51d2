/**
 * Font subsets in the finished file. Every galley is its own react-pdf document, and each names its
 * subsets with the same tags (`CZZZZZ+Inter-Bold` in one galley and the next hold different glyphs);
 * pdf-lib copies them all into the edition. A RIP that caches fonts by name then prints the wrong
 * glyphs. Here every distinct font program gets a subset tag from a hash of its bytes, and identical
 * programs (with identical font dictionaries) are merged into one object.
 */
import { createHash } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, type PDFDocument, PDFName, type PDFObject, PDFRawStream, PDFRef, PDFStream } from 'pdf-lib';

const FONT_FILES = ['FontFile', 'FontFile2', 'FontFile3'];
const SUBSET = /^[A-Z]{6}\+/;

export interface EmbeddedFont {
  ref: PDFRef;
  /** BaseFont without the leading slash. */
  name: string;
  /** sha256 of the decoded font program, undefined when the font is not embedded. */
  program?: string;
  /** BaseFont of the descendant CIDFont and FontName of the descriptor, when present. */
  descendantName?: string;
  descriptorName?: string;
}

const nameOf = (o: PDFObject | undefined): string | undefined => (o instanceof PDFName ? o.decodeText() : undefined);

function streamBytes(stream: PDFRawStream): Uint8Array {
  const filter = stream.dict.get(PDFName.of('Filter'));
  if (filter === PDFName.of('FlateDecode')) {
    try {
      return inflateSync(stream.contents);
    } catch {
      return stream.contents;
    }
  }
  return stream.contents;
}

/** The font dictionaries of the document (each object once) with their program's hash. */
export function embeddedFonts(doc: PDFDocument): (EmbeddedFont & { dict: PDFDict; target: PDFDict; descriptor?: PDFDict })[] {
  const out: (EmbeddedFont & { dict: PDFDict; target: PDFDict; descriptor?: PDFDict })[] = [];
  for (const [ref, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    const subtype = obj.get(PDFName.of('Subtype'));
    if (subtype === PDFName.of('CIDFontType0') || subtype === PDFName.of('CIDFontType2')) continue; // reached through its Type0 parent
    const name = nameOf(obj.get(PDFName.of('BaseFont')));
    if (!name) continue;
    const descendants = obj.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray);
    const descendant = descendants ? doc.context.lookup(descendants.get(0)) : undefined;
    const target = descendant instanceof PDFDict ? descendant : obj;
    const descriptor = target.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
    let program: string | undefined;
    for (const key of FONT_FILES) {
      const file = descriptor?.lookup(PDFName.of(key));
      if (file instanceof PDFRawStream) program = createHash('sha256').update(streamBytes(file)).digest('hex');
    }
    out.push({
      ref,
      name,
      program,
      dict: obj,
      target,
      descriptor,
      descendantName: target === obj ? undefined : nameOf(target.get(PDFName.of('BaseFont'))),
      descriptorName: nameOf(descriptor?.get(PDFName.of('FontName'))),
    });
  }
  return out;
}

/** Six capital letters from a hex digest. */
export function subsetTag(hex: string): string {
  const bytes = Buffer.from(hex, 'hex');
  let tag = '';
  for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + (bytes[i]! % 26));
  return tag;
}

function replaceRefs(obj: PDFObject, map: ReadonlyMap<string, PDFRef>): void {
  if (obj instanceof PDFDict) {
    for (const [key, value] of obj.entries()) {
      if (value instanceof PDFRef) {
        const to = map.get(value.toString());
        if (to) obj.set(key, to);
      } else replaceRefs(value, map);
    }
  } else if (obj instanceof PDFArray) {
    obj.asArray().forEach((value, i) => {
      if (value instanceof PDFRef) {
        const to = map.get(value.toString());
        if (to) obj.set(i, to);
      } else replaceRefs(value, map);
    });
  } else if (obj instanceof PDFStream) replaceRefs(obj.dict, map);
}

/** Objects a font dictionary consists of: itself, descendants, descriptor, program, ToUnicode, … */
function fontParts(doc: PDFDocument, root: PDFRef): PDFRef[] {
  const parts: PDFRef[] = [];
  const seen = new Set<string>();
  const visit = (o: PDFObject | undefined) => {
    if (o instanceof PDFRef) {
      if (seen.has(o.toString())) return;
      seen.add(o.toString());
      parts.push(o);
      visit(doc.context.lookup(o));
    } else if (o instanceof PDFDict) for (const [, v] of o.entries()) visit(v);
    else if (o instanceof PDFArray) for (const v of o.asArray()) visit(v);
    else if (o instanceof PDFStream) visit(o.dict);
  };
  visit(root);
  return parts;
}

function objectKey(obj: PDFObject | undefined): string | undefined {
  if (obj instanceof PDFRawStream) return `S${obj.dict.toString()}${createHash('sha256').update(obj.contents).digest('hex')}`;
  if (obj instanceof PDFDict) return `D${obj.toString()}`;
  if (obj instanceof PDFArray) return `A${obj.toString()}`;
  return undefined;
}

/**
 * Gives every embedded subset a tag derived from its program and merges identical fonts.
 * Returns the number of embedded font dictionaries before and after.
 */
export function uniqueFontSubsets(doc: PDFDocument): { before: number; after: number } {
  const fonts = embeddedFonts(doc);
  const before = fonts.filter((f) => f.program).length;
  const tags = new Map<string, string>(); // program → tag
  const used = new Map<string, string>(); // tag → program
  for (const f of fonts) {
    if (!f.program || !SUBSET.test(f.name)) continue;
    let tag = tags.get(f.program);
    for (let n = 0; !tag; n++) {
      const candidate = subsetTag(n === 0 ? f.program : createHash('sha256').update(`${f.program}:${n}`).digest('hex'));
      if (!used.has(candidate)) {
        tag = candidate;
        used.set(candidate, f.program);
        tags.set(f.program, candidate);
      }
    }
    const rename = (dict: PDFDict | undefined, key: string) => {
      const old = nameOf(dict?.get(PDFName.of(key)));
      if (dict && old) dict.set(PDFName.of(key), PDFName.of(`${tag}+${old.replace(SUBSET, '')}`));
    };
    rename(f.dict, 'BaseFont');
    if (f.target !== f.dict) rename(f.target, 'BaseFont');
    rename(f.descriptor, 'FontName');
  }
  // Merge identical objects among the fonts' parts until nothing changes (a merged program makes
  // the descriptors equal, then the CIDFonts, then the Type0 fonts).
  const candidates = new Map<string, PDFRef>();
  for (const f of fonts) for (const ref of fontParts(doc, f.ref)) candidates.set(ref.toString(), ref);
  for (let round = 0; round < 10; round++) {
    const keep = new Map<string, PDFRef>();
    const map = new Map<string, PDFRef>();
    for (const ref of [...candidates.values()].sort((a, b) => a.objectNumber - b.objectNumber)) {
      const key = objectKey(doc.context.lookup(ref));
      if (!key) continue;
      const first = keep.get(key);
      if (first) map.set(ref.toString(), first);
      else keep.set(key, ref);
    }
    if (map.size === 0) break;
    for (const [, obj] of doc.context.enumerateIndirectObjects()) replaceRefs(obj, map);
    for (const [from] of map) {
      const ref = candidates.get(from)!;
      doc.context.delete(ref);
      candidates.delete(from);
    }
  }
  const after = embeddedFonts(doc).filter((f) => f.program).length;
  return { before, after };
}
