/**
 * `jurnal distribute init`: every desa and kelurahan of Balangan from the official area data, with the
 * area code as id. Re-running it after the data changes reports added, renamed and removed villages;
 * it adds new ones but never rewrites what staff edited.
 */
import { balanganAreas } from '../content/areas.js';
import type { Recipient } from './registry.js';

export type RecipientRow = Omit<Recipient, 'line'>;

export interface VillageSync {
  rows: RecipientRow[];
  added: RecipientRow[];
  renamed: { id: string; registry: string; official: string }[];
  removed: RecipientRow[];
}

export function officialVillages(): RecipientRow[] {
  const { kecamatan, villages } = balanganAreas();
  return villages.map((v) => {
    const kec = kecamatan.find((k) => k.code === v.kecamatanCode)!;
    return { id: v.code, category: v.kind, name: `${v.kind === 'desa' ? 'Desa' : 'Kelurahan'} ${v.name}`, kecamatan: kec.name, kodeWilayah: v.code, address: '', contact: '', copies: undefined, route: '', source: 'idn-area-data' };
  });
}

/** Merges the official villages into `existing` (registry order kept, new villages appended). */
export function syncVillages(existing: readonly RecipientRow[]): VillageSync {
  const official = officialVillages();
  const byId = new Map(existing.map((r) => [r.id, r]));
  const added = official.filter((v) => !byId.has(v.id));
  const renamed = official.flatMap((v) => {
    const have = byId.get(v.id);
    return have && have.name !== v.name ? [{ id: v.id, registry: have.name, official: v.name }] : [];
  });
  const officialIds = new Set(official.map((v) => v.id));
  const removed = existing.filter((r) => (r.category === 'desa' || r.category === 'kelurahan') && r.source === 'idn-area-data' && !officialIds.has(r.id));
  return { rows: [...existing, ...added], added, renamed, removed };
}
