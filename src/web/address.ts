/**
 * Where the web edition is published. The root is `--alamat` when given, else the office's site from
 * the back page (templates/halaman-belakang.yaml `kontak.situs`, e.g. balangankab.go.id) with the
 * path /jurnal-balangan/; every edition lives under it as <root><edisi>/ (model.ts editionBase).
 */
import { z } from 'zod';
import { loadYamlFileSync } from '../content/config-file.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { RULE } from '../review/catalogue.js';

export const BACK_PAGE_FILE = 'templates/halaman-belakang.yaml';
export const DEFAULT_PATH = 'jurnal-balangan/';

/** The root address ending in "/", or a diagnostic saying what is wrong with it. */
export function siteRoot(option: string | undefined, situs: string): { root: string } | { problem: Diagnostic } {
  const given = option?.trim();
  const raw = given ?? situs.trim();
  const withScheme = /^https?:\/\//i.test(raw) ? raw : `https://${raw}`;
  let url: URL | undefined;
  try {
    url = new URL(withScheme);
  } catch {
    url = undefined;
  }
  const hostOk = url && /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname) && !url.search && !url.hash && !url.username;
  if (!url || !hostOk || /\s/.test(raw) || !raw) {
    return {
      problem: given !== undefined
        ? { file: '(baris perintah)', field: '--alamat', rule: RULE.webAlamat, severity: 'error', message: `--alamat "${given}" bukan alamat web`, hint: 'tulis alamat lengkap, mis. --alamat https://balangankab.go.id/jurnal-balangan/' }
        : { file: BACK_PAGE_FILE, field: 'kontak.situs', rule: RULE.webAlamat, severity: 'error', message: `kontak.situs "${situs}" bukan alamat situs, jadi alamat edisi web tidak diketahui`, hint: 'isi kontak.situs dengan alamat situs (mis. balangankab.go.id), atau beri --alamat https://…/' },
    };
  }
  let pathname = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  if (given === undefined && pathname === '/') pathname = `/${DEFAULT_PATH}`;
  return { root: `${url.protocol}//${url.host.toLowerCase()}${pathname}` };
}

/**
 * The two fields of the back page the web needs (the publisher, the site), read without the print
 * checks of layout/house.ts (which load the fonts to check every glyph: seconds on a busy machine).
 */
const backPageFields = z.looseObject({ penerbit: z.string().trim().min(1), kontak: z.looseObject({ situs: z.string().nullish().transform((v) => v?.trim() ?? '') }) });

export function backPageForWeb(): { penerbit: string; situs: string } | { diagnostics: Diagnostic[] } {
  const loaded = loadYamlFileSync(new URL(`../../${BACK_PAGE_FILE}`, import.meta.url), backPageFields, { display: BACK_PAGE_FILE });
  return loaded.diagnostics ? { diagnostics: loaded.diagnostics } : { penerbit: loaded.value.penerbit, situs: loaded.value.kontak.situs };
}
