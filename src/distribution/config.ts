/** distribution/alokasi.yaml: copies per category, the reserve, the printer's bundle size, label sheet. */
import { z } from 'zod';
import { type Loaded, loadYamlFile, schemaKeys } from '../content/config-file.js';

const count = z.number().int().min(0);

/** The keys as distribution/alokasi.yaml spells them (Indonesian, README "Names"). */
const allocationFileSchema = z.strictObject({
  eksemplar: z.strictObject({ skpd: count, desa: count, kelurahan: count, vertikal: count, kim: count, lainnya: count }),
  /** Copies kept back for the redaksi, the archive and events. */
  cadangan: z.strictObject({ persen: z.number().min(0).max(100).default(0), minimum: count.default(0) }),
  /** The printer packs in bundles: the print run is rounded up to a whole bundle. */
  isiIkat: z.number().int().min(1).default(50),
  label: z.strictObject({ kolom: z.number().int().min(1).max(5), baris: z.number().int().min(1).max(14) }).default({ kolom: 3, baris: 8 }),
  /** Recipient rows per manifest page. */
  barisPerHalaman: z.number().int().min(5).max(40).default(18),
});

/** The English keys of the previous release, read as the new ones for one release. */
export const ALLOCATION_RENAMES = {
  '': { copies: 'eksemplar', reserve: 'cadangan', bundle: 'isiIkat', labels: 'label', rowsPerPage: 'barisPerHalaman' },
  cadangan: { percent: 'persen' },
  label: { columns: 'kolom', rows: 'baris' },
} as const;

/** alokasi.yaml's value (its Indonesian keys) as the code's configuration. */
export const allocationSchema = allocationFileSchema.transform((a) => ({
  copies: a.eksemplar,
  reserve: { percent: a.cadangan.persen, minimum: a.cadangan.minimum },
  bundle: a.isiIkat,
  labels: { columns: a.label.kolom, rows: a.label.baris },
  rowsPerPage: a.barisPerHalaman,
}));

export type AllocationConfig = z.output<typeof allocationSchema>;

/** distribution/alokasi.yaml through the one YAML loader: `{ value }` or `{ diagnostics }` with positions. */
export function loadAllocationConfig(path: string, display: string): Promise<Loaded<AllocationConfig>> {
  return loadYamlFile(path, allocationSchema, {
    display,
    empty: {},
    renamed: ALLOCATION_RENAMES,
    knownKeys: schemaKeys(allocationFileSchema),
    missing: [{ file: display, rule: 'alokasi-tidak-ada', severity: 'error', message: 'berkas alokasi tidak ditemukan', hint: 'jalankan "jurnal distribute init" untuk membuatnya' }],
  });
}

export const DEFAULT_ALLOCATION = `# Alokasi eksemplar Jurnal Balangan. Ubah angka sesuai kebutuhan; kolom "eksemplar" di penerima.csv
# mengalahkan angka bawaan kategori untuk satu penerima.
eksemplar:         # eksemplar per penerima, menurut kategori
  skpd: 3
  desa: 3          # kantor desa, papan informasi, KIM/perpustakaan desa
  kelurahan: 3
  vertikal: 2
  kim: 2
  lainnya: 1
cadangan:          # cadangan redaksi, arsip dan acara
  persen: 5
  minimum: 25
isiIkat: 50        # eksemplar per ikat dari percetakan; oplah dibulatkan ke atas ke ikat penuh
label: { kolom: 3, baris: 8 }   # lembar label A4 (3 × 8 = 24 label)
barisPerHalaman: 18   # baris penerima per halaman manifes
`;
