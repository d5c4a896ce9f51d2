/**
 * What a photo file really is: magic bytes decide the format (never the extension), then sharp
 * reads the header under a pixel limit far below its default, so a 16000 × 16000 bomb is refused.
 */
import { open } from 'node:fs/promises';
import { loadSharp } from './sharp.js';
import { RULE, type RuleId } from '../review/catalogue.js';

export type ImageFormat = 'jpeg' | 'png' | 'webp';
export const MAX_IMAGE_PIXELS = 60_000_000;
export const MAX_IMAGE_BYTES = 40 * 1024 * 1024;
/** One metadata block (EXIF, XMP or ICC) beyond this is refused: no camera writes one, and the layout chokes on it. */
export const MAX_METADATA_BLOCK_BYTES = 1024 * 1024;
/** All metadata of one photo together. */
export const MAX_METADATA_TOTAL_BYTES = 2 * 1024 * 1024;

export interface MetadataSizes {
  exif: number;
  xmp: number;
  icc: number;
  /** Comments, text chunks, vendor segments. */
  other: number;
}

/**
 * Sizes of the metadata a photo carries, read from the container's own segment/chunk headers
 * (only headers are read, never the metadata itself), so a 10 MB EXIF block costs a few reads.
 */
export async function metadataSizes(file: string, format: ImageFormat): Promise<MetadataSizes> {
  const sizes: MetadataSizes = { exif: 0, xmp: 0, icc: 0, other: 0 };
  const handle = await open(file, 'r');
  try {
    const fileSize = (await handle.stat()).size;
    const read = async (at: number, length: number): Promise<Uint8Array> => {
      const buf = new Uint8Array(length);
      const { bytesRead } = await handle.read(buf, 0, length, at);
      return buf.subarray(0, bytesRead);
    };
    const ascii = (b: Uint8Array) => String.fromCharCode(...b);
    if (format === 'jpeg') {
      let at = 2;
      for (let guard = 0; guard < 100_000 && at + 4 <= fileSize; guard++) {
        const head = await read(at, 4 + 32);
        if (head[0] !== 0xff) break;
        const marker = head[1]!;
        if (marker === 0xff) {
          at += 1;
          continue;
        }
        if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
          at += 2;
          continue;
        }
        if (marker === 0xda || marker === 0xd9) break; // image data starts: no metadata after this matters
        const length = (head[2]! << 8) | head[3]!;
        const id = ascii(head.subarray(4));
        if (marker === 0xe1 && id.startsWith('Exif')) sizes.exif += length;
        else if (marker === 0xe1 && id.startsWith('http://ns.adobe.com/')) sizes.xmp += length;
        else if (marker === 0xe2 && id.startsWith('ICC_PROFILE')) sizes.icc += length;
        else if ((marker >= 0xe1 && marker <= 0xef) || marker === 0xfe) sizes.other += length;
        at += 2 + length;
      }
    } else if (format === 'png') {
      let at = 8;
      for (let guard = 0; guard < 1_000_000 && at + 8 <= fileSize; guard++) {
        const head = await read(at, 8);
        if (head.length < 8) break;
        const length = ((head[0]! << 24) >>> 0) + (head[1]! << 16) + (head[2]! << 8) + head[3]!;
        const type = ascii(head.subarray(4, 8));
        if (type === 'IDAT' || type === 'IEND') break;
        if (type === 'eXIf') sizes.exif += length;
        else if (type === 'iCCP') sizes.icc += length;
        else if (type === 'iTXt' || type === 'zTXt' || type === 'tEXt') {
          const keyword = ascii(await read(at + 8, 17));
          if (keyword.startsWith('XML:com.adobe.xmp')) sizes.xmp += length;
          else if (keyword.startsWith('Raw profile type')) sizes.exif += length;
          else sizes.other += length;
        }
        at += 12 + length;
      }
    } else {
      let at = 12;
      for (let guard = 0; guard < 1_000_000 && at + 8 <= fileSize; guard++) {
        const head = await read(at, 8);
        if (head.length < 8) break;
        const type = ascii(head.subarray(0, 4));
        const length = head[4]! + (head[5]! << 8) + (head[6]! << 16) + ((head[7]! << 24) >>> 0);
        if (type === 'EXIF') sizes.exif += length;
        else if (type === 'XMP ') sizes.xmp += length;
        else if (type === 'ICCP') sizes.icc += length;
        at += 8 + length + (length & 1);
      }
    }
  } finally {
    await handle.close();
  }
  return sizes;
}

const megabytes = (n: number) => `${(n / 1048576).toFixed(1).replace('.', ',')} MB`;

/** The problem with a photo's metadata size, if any. */
export function metadataProblem(sizes: MetadataSizes): { rule: RuleId; message: string; hint: string } | undefined {
  const hint = 'hapus metadata foto (mis. simpan ulang dengan "Ekspor tanpa metadata", atau `exiftool -all= foto.jpg`)';
  for (const [name, bytes] of [['EXIF', sizes.exif], ['XMP', sizes.xmp], ['ICC', sizes.icc]] as const) {
    if (bytes > MAX_METADATA_BLOCK_BYTES) return { rule: RULE.fotoMetadataBesar, message: `metadata ${name} foto ${megabytes(bytes)}, batasnya ${megabytes(MAX_METADATA_BLOCK_BYTES)}`, hint };
  }
  const total = sizes.exif + sizes.xmp + sizes.icc + sizes.other;
  if (total > MAX_METADATA_TOTAL_BYTES) return { rule: RULE.fotoMetadataBesar, message: `metadata foto seluruhnya ${megabytes(total)}, batasnya ${megabytes(MAX_METADATA_TOTAL_BYTES)}`, hint };
  return undefined;
}

export function sniffFormat(head: Uint8Array): ImageFormat | 'tiff' | 'gif' | 'svg' | 'heif' | undefined {
  const at = (i: number, ...bytes: number[]) => bytes.every((b, j) => head[i + j] === b);
  if (at(0, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'webp';
  if (at(0, 0x49, 0x49, 0x2a, 0x00) || at(0, 0x4d, 0x4d, 0x00, 0x2a)) return 'tiff';
  if (at(0, 0x47, 0x49, 0x46, 0x38)) return 'gif';
  if (at(4, 0x66, 0x74, 0x79, 0x70)) return 'heif';
  const text = new TextDecoder().decode(head.subarray(0, 256)).trimStart().toLowerCase();
  if (text.startsWith('<svg') || text.startsWith('<?xml')) return 'svg';
  return undefined;
}

export interface ImageInfo {
  format: ImageFormat;
  /** Pixel size after EXIF orientation. */
  width: number;
  height: number;
  bytes: number;
  pages: number;
}

export type InspectResult = { info: ImageInfo } | { problem: { rule: RuleId; message: string; hint: string } };

export async function inspectImage(file: string): Promise<InspectResult> {
  const handle = await open(file, 'r');
  let size: number;
  const head = new Uint8Array(512);
  try {
    size = (await handle.stat()).size;
    await handle.read(head, 0, head.byteLength, 0);
  } finally {
    await handle.close();
  }
  if (size > MAX_IMAGE_BYTES) {
    return { problem: { rule: RULE.fotoTerlaluBesar, message: `berkas foto ${(size / 1048576).toFixed(0)} MB, batasnya ${MAX_IMAGE_BYTES / 1048576} MB`, hint: 'perkecil foto (mis. lebar 4000 px, JPEG kualitas 90)' } };
  }
  const format = sniffFormat(head);
  if (format !== 'jpeg' && format !== 'png' && format !== 'webp') {
    return {
      problem: {
        rule: RULE.fotoFormat,
        message: format ? `format ${format.toUpperCase()} tidak diterima` : 'berkas ini bukan gambar',
        hint: 'simpan foto sebagai JPEG (atau PNG/WebP)',
      },
    };
  }
  // Before sharp reads anything: it would copy every metadata block into memory, and the layout after it.
  const metadata = metadataProblem(await metadataSizes(file, format));
  if (metadata) return { problem: metadata };
  try {
    const sharp = await loadSharp();
    const meta = await sharp(file, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' }).metadata();
    const width = meta.autoOrient?.width ?? meta.width ?? 0;
    const height = meta.autoOrient?.height ?? meta.height ?? 0;
    if (width * height > MAX_IMAGE_PIXELS) {
      return { problem: { rule: RULE.fotoTerlaluBesar, message: `foto ${width} × ${height} piksel melebihi batas ${MAX_IMAGE_PIXELS / 1e6} MP`, hint: 'perkecil foto sebelum dimuat' } };
    }
    // Decode the whole picture, small (JPEG shrinks while loading): a truncated or corrupt file fails
    // here, with its name, rather than in the middle of a build.
    await sharp(file, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'truncated' }).resize(64, 64, { fit: 'inside' }).toBuffer();
    return { info: { format, width, height, bytes: size, pages: meta.pages ?? 1 } };
  } catch (cause) {
    if (/pixel limit/i.test((cause as Error).message)) {
      return { problem: { rule: RULE.fotoTerlaluBesar, message: `foto melebihi batas ${MAX_IMAGE_PIXELS / 1e6} megapiksel`, hint: 'perkecil foto sebelum dimuat (mis. lebar 4000 px)' } };
    }
    return { problem: { rule: RULE.fotoRusak, message: `foto tidak dapat dibaca (${(cause as Error).message.split('\n')[0]})`, hint: 'buka dan simpan ulang fotonya, atau minta berkas aslinya' } };
  }
}
