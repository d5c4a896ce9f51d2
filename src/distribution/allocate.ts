/**
 * Allocation: the registry and the rules → copies per recipient, delivery routes in order, totals per
 * category, kecamatan and route, the reserve and the print run rounded to the printer's bundle.
 * Pure, so its arithmetic is checked by property tests.
 */
import { balanganAreas } from '../content/areas.js';
import type { AllocationConfig } from './config.js';
import { CATEGORIES, type Category, type Recipient } from './registry.js';

export interface Delivery {
  recipient: Recipient;
  copies: number;
  route: string;
  /** 1-based position within its route. */
  order: number;
}

export interface Route {
  name: string;
  deliveries: Delivery[];
  copies: number;
}

export interface Allocation {
  routes: Route[];
  byCategory: Record<Category, { recipients: number; copies: number }>;
  byKecamatan: { kecamatan: string; recipients: number; copies: number }[];
  delivered: number;
  reserve: number;
  /** Copies to order from the printer: delivered + reserve, rounded up to whole bundles. */
  printRun: number;
  bundles: number;
}

export const REGENCY_ROUTE = 'Paringin (kantor tingkat kabupaten)';
const CATEGORY_RANK: Record<Category, number> = { skpd: 0, kelurahan: 1, desa: 2, kim: 3, vertikal: 4, lainnya: 5 };

function routeOf(r: Recipient): string {
  if (r.route) return r.route;
  return r.kecamatan ? `Kecamatan ${r.kecamatan}` : REGENCY_ROUTE;
}

export function allocate(recipients: readonly Recipient[], config: AllocationConfig): Allocation {
  const kecamatanOrder = balanganAreas().kecamatan.map((k) => k.name);
  const routeRank = (name: string) => (name === REGENCY_ROUTE ? -1 : kecamatanOrder.indexOf(name.replace(/^Kecamatan /, '')));
  const sorted = [...recipients].sort(
    (a, b) =>
      routeRank(routeOf(a)) - routeRank(routeOf(b)) ||
      routeOf(a).localeCompare(routeOf(b)) ||
      CATEGORY_RANK[a.category] - CATEGORY_RANK[b.category] ||
      a.kodeWilayah.localeCompare(b.kodeWilayah) ||
      a.name.localeCompare(b.name, 'id') ||
      a.id.localeCompare(b.id),
  );
  const routes = new Map<string, Route>();
  for (const recipient of sorted) {
    const copies = recipient.copies ?? config.copies[recipient.category];
    const name = routeOf(recipient);
    const route = routes.get(name) ?? { name, deliveries: [], copies: 0 };
    route.deliveries.push({ recipient, copies, route: name, order: route.deliveries.length + 1 });
    route.copies += copies;
    routes.set(name, route);
  }
  const all = [...routes.values()].flatMap((r) => r.deliveries);
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, { recipients: 0, copies: 0 }])) as Allocation['byCategory'];
  const kec = new Map<string, { kecamatan: string; recipients: number; copies: number }>();
  for (const d of all) {
    byCategory[d.recipient.category].recipients++;
    byCategory[d.recipient.category].copies += d.copies;
    const key = d.recipient.kecamatan || '(tingkat kabupaten)';
    const k = kec.get(key) ?? { kecamatan: key, recipients: 0, copies: 0 };
    k.recipients++;
    k.copies += d.copies;
    kec.set(key, k);
  }
  const delivered = all.reduce((s, d) => s + d.copies, 0);
  const reserve = Math.max(config.reserve.minimum, Math.ceil((delivered * config.reserve.percent) / 100));
  const bundles = Math.ceil((delivered + reserve) / config.bundle);
  return {
    routes: [...routes.values()],
    byCategory,
    byKecamatan: [...kec.values()].sort((a, b) => kecamatanOrder.indexOf(a.kecamatan) - kecamatanOrder.indexOf(b.kecamatan)),
    delivered,
    reserve,
    printRun: bundles * config.bundle,
    bundles,
  };
}
