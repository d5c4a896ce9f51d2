/** distribution/alokasi.yaml: copies per category, the reserve, the printer's bundle size, label sheet. */
import { z } from 'zod';
import { type Loaded, loadYamlFile, schemaKeys } from '../content/config-file.js';

const count = z.number().int().min(0);

export const allocationSchema = z.strictObject({
  copies: z.strictObject({ skpd: count, desa: count, kelurahan: count, vertikal: count, kim: count, lainnya: count }),
  /** Copies kept back for the redaksi, the archive and events. */
  reserve: z.strictObject({ percent: z.number().min(0).max(100).default(0), minimum: count.default(0) }),
  /** The printer packs in bundles: the print run is rounded up to a whole bundle. */
  bundle: z.number().int().min(1).default(50),
  labels: z.strictObject({ columns: z.number().int().min(1).max(5), rows: z.number().int().min(1).max(14) }).default({ columns: 3, rows: 8 }),
  /** Recipient rows per manifest page. */
  rowsPerPage: z.number().int().min(5).max(40).default(18),
});

export type AllocationConfig = z.infer<typeof allocationSchema>;

/** distribution/alokasi.yaml through the one YAML loader: `{ value }` or `{ diagnostics }` with positions. */
export function loadAllocationConfig(path: string, display: string): Promise<Loaded<AllocationConfig>> {
  return loadYamlFile(path, allocationSchema, {
    display,
    empty: {},
    knownKeys: schemaKeys(allocationSchema),
    missing: [{ file: display, rule: 'alokasi-tidak-ada', severity: 'error', message: 'berkas alokasi tidak ditemukan', hint: 'jalankan "jurnal distribute init" untuk membuatnya' }],
  });
}

export const DEFAULT_ALLOCATION = `# Alokasi eksemplar Jurnal Balangan. Ubah angka sesuai kebutuhan; kolom "eksemplar" di penerima.csv
# mengalahkan angka bawaan kategori untuk satu penerima.
copies:            # eksemplar per penerima, menurut kategori
  skpd: 3
  desa: 3          # kantor desa, papan informasi, KIM/perpustakaan desa
  kelurahan: 3
  vertikal: 2
  kim: 2
  lainnya: 1
reserve:           # cadangan redaksi, arsip dan acara
  percent: 5
  minimum: 25
bundle: 50         # percetakan mengemas per 50; oplah dibulatkan ke atas
labels: { columns: 3, rows: 8 }   # lembar label A4 (3 × 8 = 24 label)
rowsPerPage: 18    # baris penerima per halaman manifest
`;
