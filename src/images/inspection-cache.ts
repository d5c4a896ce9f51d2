/**
 * Photo inspections kept between runs. Inspecting decodes the whole picture (to catch a truncated
 * file before a build does), which is most of what `check`, `web` and the first seconds of a build
 * spend; an unchanged photo need not be decoded again. Keyed as make and tsc key their work: by what
 * the file system says about the file (size, modification time in nanoseconds, inode), so any
 * write to a photo inspects it again. Only good results are kept: a problem is found again each run.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../util/atomic.js';
import { type ImageInfo, type InspectResult, inspectImage, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS } from './inspect.js';

/** Changes whenever what inspection accepts changes, so older verdicts are not reused. */
const VERSION = `1:${MAX_IMAGE_PIXELS}:${MAX_IMAGE_BYTES}`;
const FILE = 'periksa-foto.json';

interface Stored {
  version: string;
  photos: Record<string, { stat: string; info: ImageInfo }>;
}

async function statKey(file: string): Promise<string | undefined> {
  const s = await stat(file, { bigint: true }).catch(() => undefined);
  return s && `${s.size}:${s.mtimeNs}:${s.ino}`;
}

export interface Inspector {
  inspect(file: string): Promise<InspectResult>;
  /** Writes the verdicts back (when any changed); a cache that cannot be written is only slower next time. */
  save(): Promise<void>;
}

/** An inspector that remembers its verdicts in `<cacheDir>/foto/`, or, without a cache folder, inspects every time. */
export async function openInspector(cacheDir: string | undefined): Promise<Inspector> {
  if (!cacheDir) return { inspect: inspectImage, save: async () => {} };
  const file = path.join(cacheDir, 'foto', FILE);
  let stored: Stored | undefined;
  try {
    stored = JSON.parse(await readFile(file, 'utf8')) as Stored;
  } catch {
    // No cache yet, or a damaged one: every photo is inspected and the cache written anew.
  }
  const photos = stored?.version === VERSION && stored.photos && typeof stored.photos === 'object' ? stored.photos : {};
  let changed = false;
  return {
    async inspect(photo) {
      const key = await statKey(photo);
      const known = photos[photo];
      if (key && known?.stat === key) return { info: known.info };
      const result = await inspectImage(photo);
      // The stat taken before inspecting: a photo written meanwhile does not match it next time.
      if (key && 'info' in result) {
        photos[photo] = { stat: key, info: result.info };
        changed = true;
      }
      return result;
    },
    async save() {
      if (!changed) return;
      await writeFileAtomic(file, JSON.stringify({ version: VERSION, photos } satisfies Stored)).catch(() => {});
    },
  };
}
