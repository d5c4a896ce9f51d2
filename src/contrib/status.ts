/**
 * `jurnal kiriman status`: per kecamatan, which villages sent news (articles with `kontributor:`) in
 * this edition and in the six before it, and which never did, for the office's outreach. Editions
 * are the folders under content/ holding an edition.yaml, in the order of their ids.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { balanganAreas } from '../content/areas.js';
import { loadArticles } from '../content/load.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { RULE } from '../review/catalogue.js';
import { resolveVillage } from './village.js';

export const RECENT_EDITIONS = 6;

export interface VillageStatus {
  code: string;
  name: string;
  kind: 'desa' | 'kelurahan';
  /** Stories in this edition. */
  thisEdition: number;
  /** Stories in the RECENT_EDITIONS editions before it. */
  recent: number;
  /** The latest edition (up to this one) with a story from the village. */
  last?: string;
}

export interface KecamatanStatus {
  code: string;
  name: string;
  villages: VillageStatus[];
}

export interface KirimanStatus {
  edition: string;
  /** The editions before it that were counted, oldest first. */
  recentEditions: string[];
  kecamatan: KecamatanStatus[];
}

export async function kirimanStatus(contentDir: string, contentDisplay: string, editionId: string): Promise<{ status: KirimanStatus; diagnostics: Diagnostic[] }> {
  const ids = (await readdir(contentDir, { withFileTypes: true }))
    .filter((d) => d.isDirectory() && !d.name.startsWith('.') && existsSync(path.join(contentDir, d.name, 'edition.yaml')))
    .map((d) => d.name)
    .filter((id) => id <= editionId)
    .sort();
  const recentEditions = ids.filter((id) => id < editionId).slice(-RECENT_EDITIONS);
  const counts = new Map<string, { thisEdition: number; recent: number; last?: string }>();
  const diagnostics: Diagnostic[] = [];
  for (const id of ids) {
    // Section ids do not matter here: an article with an unknown one still names its sender.
    const { articles, drafts } = await loadArticles(path.join(contentDir, id), path.join(contentDisplay, id), []);
    for (const a of [...articles, ...drafts]) {
      const k = a.frontMatter.kontributor;
      if (!k) continue;
      const match = resolveVillage(k.desa, a.frontMatter.location?.kecamatan);
      if ('problem' in match) {
        diagnostics.push({ file: a.file, position: a.fieldPositions['kontributor.desa'], field: 'kontributor.desa', rule: RULE.wilayahDesa, severity: 'warning', message: `${match.problem}; kiriman ini tidak dihitung`, hint: match.hint });
        continue;
      }
      const c = counts.get(match.village.code) ?? { thisEdition: 0, recent: 0 };
      if (id === editionId) c.thisEdition++;
      else if (recentEditions.includes(id)) c.recent++;
      c.last = id;
      counts.set(match.village.code, c);
    }
  }
  const { kecamatan, villages } = balanganAreas();
  return {
    status: {
      edition: editionId,
      recentEditions,
      kecamatan: kecamatan.map((k) => ({
        code: k.code,
        name: k.name,
        villages: villages.filter((v) => v.kecamatanCode === k.code).map((v) => ({ code: v.code, name: v.name, kind: v.kind, thisEdition: 0, recent: 0, ...counts.get(v.code) })),
      })),
    },
    diagnostics,
  };
}

/** The text table: per kecamatan the villages that sent, then those that never did. */
export function statusText(s: KirimanStatus): string {
  const recent = s.recentEditions.length ? `${s.recentEditions.length} edisi sebelumnya: ${s.recentEditions.join(', ')}` : 'belum ada edisi sebelumnya';
  const out = [`Kiriman desa/kelurahan untuk edisi ${s.edition} (${recent})`, ''];
  for (const k of s.kecamatan) {
    const sent = k.villages.filter((v) => v.last);
    const never = k.villages.filter((v) => !v.last);
    out.push(`Kecamatan ${k.name}: ${k.villages.filter((v) => v.thisEdition).length} mengirim di edisi ini, ${sent.length} dari ${k.villages.length} pernah mengirim`);
    if (sent.length) {
      const width = Math.max(14, ...sent.map((v) => v.name.length));
      out.push(`  ${'desa/kelurahan'.padEnd(width)}  edisi ini  ${RECENT_EDITIONS} edisi sebelumnya  terakhir`);
      for (const v of sent) out.push(`  ${v.name.padEnd(width)}  ${String(v.thisEdition).padStart(9)}  ${String(v.recent).padStart(19)}  ${v.last}`);
    }
    out.push(`  belum pernah mengirim (${never.length}): ${never.map((v) => v.name).join(', ') || '—'}`, '');
  }
  return `${out.join('\n')}\n`;
}
