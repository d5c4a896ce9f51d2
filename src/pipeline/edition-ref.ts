/** How stages name an edition and its output; light on purpose, as every command imports it. */

/** An edition folder as a command names it. */
export interface EditionRef {
  /** Absolute folder. */
  dir: string;
  /** As shown in messages, relative to the cwd where possible. */
  display: string;
  id: string;
}

/** The layout's cache of measurements, prepared photos and photo inspections, relative to the project root. */
export const CACHE_DIR = '.cache/jurnal';

/** Written into every editions/<id>/ folder: which edition folder its files were built from. */
export const SOURCE_FILE = 'sumber.json';
