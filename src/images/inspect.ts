/**
 * What a photo file really is: magic bytes decide the format (never the extension), then sharp
 * reads the header under a pixel limit far below its default, so a 16000 × 16000 bomb is refused.
 */
import { open } from 'node:fs/promises';
import sharp from 'sharp';

export type ImageFormat = 'jpeg' | 'png' | 'webp';
export const MAX_IMAGE_PIXELS = 60_000_000;
export const MAX_IMAGE_BYTES = 40 * 1024 * 1024;

// Only the decoders we need: SVG, GIF, TIFF and the rest carry risk and have no place in print.
sharp.block({ operation: ['VipsForeignLoadSvg', 'VipsForeignLoadGif', 'VipsForeignLoadTiff', 'VipsForeignLoadPdf', 'VipsForeignLoadHeif', 'VipsForeignLoadMagick', 'VipsForeignLoadJp2k', 'VipsForeignLoadJxl'] });

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

export type InspectResult = { info: ImageInfo } | { problem: { rule: string; message: string; hint: string } };

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
    return { problem: { rule: 'foto-terlalu-besar', message: `berkas foto ${(size / 1048576).toFixed(0)} MB, batasnya ${MAX_IMAGE_BYTES / 1048576} MB`, hint: 'perkecil foto (mis. lebar 4000 px, JPEG kualitas 90)' } };
  }
  const format = sniffFormat(head);
  if (format !== 'jpeg' && format !== 'png' && format !== 'webp') {
    return {
      problem: {
        rule: 'foto-format',
        message: format ? `format ${format.toUpperCase()} tidak diterima` : 'berkas ini bukan gambar',
        hint: 'simpan foto sebagai JPEG (atau PNG/WebP)',
      },
    };
  }
  try {
    const meta = await sharp(file, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' }).metadata();
    const width = meta.autoOrient?.width ?? meta.width ?? 0;
    const height = meta.autoOrient?.height ?? meta.height ?? 0;
    if (width * height > MAX_IMAGE_PIXELS) {
      return { problem: { rule: 'foto-terlalu-besar', message: `foto ${width} × ${height} piksel melebihi batas ${MAX_IMAGE_PIXELS / 1e6} MP`, hint: 'perkecil foto sebelum dimuat' } };
    }
    // Decode the whole picture, small (JPEG shrinks while loading): a truncated or corrupt file fails
    // here, with its name, rather than in the middle of a build.
    await sharp(file, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'truncated' }).resize(64, 64, { fit: 'inside' }).toBuffer();
    return { info: { format, width, height, bytes: size, pages: meta.pages ?? 1 } };
  } catch (cause) {
    if (/pixel limit/i.test((cause as Error).message)) {
      return { problem: { rule: 'foto-terlalu-besar', message: `foto melebihi batas ${MAX_IMAGE_PIXELS / 1e6} megapiksel`, hint: 'perkecil foto sebelum dimuat (mis. lebar 4000 px)' } };
    }
    return { problem: { rule: 'foto-rusak', message: `foto tidak dapat dibaca (${(cause as Error).message.split('\n')[0]})`, hint: 'buka dan simpan ulang fotonya, atau minta berkas aslinya' } };
  }
}
