/**
 * sharp (libvips), loaded on first use, with the decoders print has no use for blocked before it reads
 * anything: SVG, GIF, TIFF and the rest carry risk and have no place in print. A command whose photos
 * are all inspected and prepared in the cache never loads it (0.1 s).
 */
import type sharpModule from 'sharp';

export type Sharp = typeof sharpModule;

let loaded: Promise<Sharp> | undefined;

export function loadSharp(): Promise<Sharp> {
  loaded ??= import('sharp').then(({ default: sharp }) => {
    sharp.block({ operation: ['VipsForeignLoadSvg', 'VipsForeignLoadGif', 'VipsForeignLoadTiff', 'VipsForeignLoadPdf', 'VipsForeignLoadHeif', 'VipsForeignLoadMagick', 'VipsForeignLoadJp2k', 'VipsForeignLoadJxl'] });
    return sharp;
  });
  return loaded;
}
