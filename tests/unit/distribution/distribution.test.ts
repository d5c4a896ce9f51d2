import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate } from '../../../src/distribution/allocate.js';
import { allocationSchema } from '../../../src/distribution/config.js';
import { readCsv, safeCell, unguard, writeCsv } from '../../../src/distribution/csv.js';
import { officialVillages, syncVillages } from '../../../src/distribution/init.js';
import { CATEGORIES, parseRegistry, REGISTRY_COLUMNS, type Recipient } from '../../../src/distribution/registry.js';

const HEADER = REGISTRY_COLUMNS.join(',');
const config = allocationSchema.parse({ eksemplar: { skpd: 3, desa: 2, kelurahan: 2, vertikal: 1, kim: 1, lainnya: 1 }, cadangan: { persen: 5, minimum: 10 }, isiIkat: 50 });

function registry(rows: string[]) {
  return parseRegistry(`${HEADER}\n${rows.join('\n')}\n`, 'distribution/penerima.csv');
}

describe('registry', () => {
  it('reads a valid registry', () => {
    const { recipients, diagnostics } = registry(['a,skpd,Dinas Sosial,,,,,,,', 'b,desa,"Desa Binjai, Paringin Selatan",Paringin Selatan,63.11.07.2008,,,5,,']);
    expect(diagnostics).toEqual([]);
    expect(recipients.map((r) => [r.id, r.copies, r.line])).toEqual([['a', undefined, 2], ['b', 5, 3]]);
  });

  it.each([
    ['duplicate id', ['a,skpd,X,,,,,,,', 'a,skpd,Y,,,,,,,'], 'penerima-id-ganda', 3],
    ['unknown category', ['a,dinas,X,,,,,,,'], 'penerima-category', 2],
    ['kecamatan not in Balangan', ['a,desa,X,Banjarbaru,,,,,,'], 'penerima-kecamatan', 2],
    ['negative copies', ['a,desa,X,,,,,-1,,'], 'penerima-copies', 2],
    ['non-integer copies', ['a,desa,X,,,,,2.5,,'], 'penerima-copies', 2],
    ['stray delimiter', ['a,desa,X,Halong,,,,,,,'], 'csv-kolom', 2],
    ['unclosed quote', ['a,desa,"X,Halong,,,,,,'], 'csv-sintaks', 2],
  ])('%s → %s at row %i', (_n, rows, rule, line) => {
    const { diagnostics } = registry(rows);
    expect(diagnostics[0]).toMatchObject({ rule, severity: 'error', position: { line } });
  });

  it('refuses a wrong header and an empty registry', () => {
    expect(parseRegistry('id,kategori,nama\n', 'p.csv').diagnostics[0]).toMatchObject({ rule: 'csv-kepala', position: { line: 1 } });
    expect(parseRegistry(`${HEADER}\n`, 'p.csv').diagnostics[0]!.rule).toBe('penerima-kosong');
    expect(parseRegistry('', 'p.csv').diagnostics[0]!.rule).toBe('csv-kosong');
  });

  it('reads the English columns of the previous release as aliases, in any order, to the same recipients', () => {
    const rows = ['a,skpd,Dinas Sosial,,,Jl. A,0812,3,utara,seed', 'b,desa,Desa Binjai,Paringin Selatan,63.11.07.2008,,,,,'];
    const current = registry(rows);
    const english = parseRegistry(`id,category,name,kecamatan,kode_wilayah,address,contact,copies,route,source\n${rows.join('\n')}\n`, 'p.csv');
    expect(english.diagnostics).toEqual([]);
    expect(english.recipients).toEqual(current.recipients);
    expect(current.recipients[0]).toMatchObject({ address: 'Jl. A', contact: '0812', copies: 3, route: 'utara', source: 'seed' });
    const mixed = parseRegistry('nama,id,category,kecamatan\nDinas Sosial,a,skpd,\n', 'p.csv');
    expect(mixed.diagnostics).toEqual([]);
    expect(mixed.recipients[0]).toMatchObject({ id: 'a', name: 'Dinas Sosial', category: 'skpd' });
  });

  it('refuses a column written under its old and its new name', () => {
    const d = parseRegistry('id,kategori,category,nama,kecamatan\na,skpd,skpd,X,\n', 'p.csv').diagnostics[0]!;
    expect(d).toMatchObject({ rule: 'csv-kepala', position: { line: 1, column: 1 } });
    expect(d.message).toContain('kolom kategori ditulis dua kali');
  });

  it('names the Indonesian column of a bad cell', () => {
    expect(registry(['a,desa,X,,,,,-1,,']).diagnostics[0]).toMatchObject({ field: 'eksemplar', position: { column: 8 } });
  });

  it('suggests a category for a near miss', () => {
    expect(registry(['a,Desa ,X,,,,,,,']).diagnostics).toEqual([]);
    expect(registry(['a,dessa,X,,,,,,,']).diagnostics[0]!.hint).toBe('maksud Anda "desa"?');
  });
});

describe('CSV output', () => {
  it('round-trips any text, quotes, commas and newlines included, and neutralises formulas (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 3, maxLength: 3 }), { maxLength: 20 }), (rows) => {
        const text = writeCsv(['a', 'b', 'c'], rows);
        expect(text.startsWith('\ufeff')).toBe(true);
        const { records, diagnostics } = readCsv(text, 'x.csv', ['a', 'b', 'c'], ['a']);
        expect(diagnostics).toEqual([]);
        // Cells are trimmed on reading (registry values never carry edge spaces).
        expect(records.map((r) => ['a', 'b', 'c'].map((k) => unguard(r.values[k]!)))).toEqual(rows.map((r) => r.map((c) => c.trim())));
      }),
      { numRuns: 200 },
    );
  });

  it('neutralises formula cells', () => {
    expect(safeCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(safeCell('+62812')).toBe("'+62812");
    expect(safeCell('Desa Binjai')).toBe('Desa Binjai');
  });
});

describe('allocation', () => {
  const arbRecipient = fc.record({
    category: fc.constantFrom(...CATEGORIES),
    kecamatan: fc.constantFrom('', 'Juai', 'Halong', 'Paringin', 'Tebing Tinggi'),
    copies: fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }),
    route: fc.constantFrom('', 'Rute A', 'Rute B'),
  });

  it('places every recipient exactly once, and the totals add up (property)', () => {
    fc.assert(
      fc.property(fc.array(arbRecipient, { maxLength: 200 }), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 30 }), (specs, bundle, percent) => {
        const recipients: Recipient[] = specs.map((s, i) => ({ id: `r${i}`, name: `Penerima ${i}`, kodeWilayah: '', address: '', contact: '', source: '', line: i + 2, ...s }));
        const cfg = { ...config, bundle, reserve: { percent, minimum: 3 } };
        const a = allocate(recipients, cfg);
        const deliveries = a.routes.flatMap((r) => r.deliveries);
        expect(deliveries.map((d) => d.recipient.id).sort()).toEqual(recipients.map((r) => r.id).sort());
        const sum = deliveries.reduce((s, d) => s + d.copies, 0);
        expect(a.delivered).toBe(sum);
        expect(a.routes.reduce((s, r) => s + r.copies, 0)).toBe(sum);
        expect(Object.values(a.byCategory).reduce((s, c) => s + c.copies, 0)).toBe(sum);
        expect(a.byKecamatan.reduce((s, k) => s + k.copies, 0)).toBe(sum);
        expect(a.printRun % bundle).toBe(0);
        expect(a.printRun).toBeGreaterThanOrEqual(sum + a.reserve);
        expect(a.printRun - (sum + a.reserve)).toBeLessThan(bundle);
        for (const r of a.routes) expect(r.deliveries.map((d) => d.order)).toEqual(r.deliveries.map((_, i) => i + 1));
        for (const d of deliveries) expect(d.copies).toBe(d.recipient.copies ?? cfg.copies[d.recipient.category]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('villages from the official area data', () => {
  it('gives all 157 desa and kelurahan of Balangan once, by code', () => {
    const villages = officialVillages();
    expect(villages).toHaveLength(157);
    expect(new Set(villages.map((v) => v.id)).size).toBe(157);
    expect(villages.filter((v) => v.category === 'kelurahan')).toHaveLength(3);
  });

  it('reports renamed and removed villages without rewriting staff edits', () => {
    const official = officialVillages();
    const edited = official.slice(1).map((v, i) => (i === 0 ? { ...v, name: 'Desa Hamarung (balai desa baru)', contact: '0812' } : v));
    const gone = { ...official[0]!, id: '63.11.01.2999', kodeWilayah: '63.11.01.2999', name: 'Desa Lama' };
    const sync = syncVillages([...edited, gone]);
    expect(sync.added.map((v) => v.id)).toEqual([official[0]!.id]);
    expect(sync.renamed).toEqual([{ id: official[1]!.id, registry: 'Desa Hamarung (balai desa baru)', official: official[1]!.name }]);
    expect(sync.removed.map((r) => r.id)).toEqual(['63.11.01.2999']);
    expect(sync.rows.find((r) => r.id === official[1]!.id)!.contact).toBe('0812');
    expect(sync.rows.some((r) => r.id === '63.11.01.2999')).toBe(true);
  });
});

describe('registry cell limits', () => {
  it('refuses a 1 MB cell at its row:column and keeps the row out', () => {
    const { recipients, diagnostics } = registry(['a,skpd,Dinas Sosial,,,,,,,', `b,lainnya,Warga,,,${'x'.repeat(1 << 20)},,,,`, `c,lainnya,${'N'.repeat(201)},,,,,,,`, `d,lainnya,${'N'.repeat(200)},,,,,,,`]);
    expect(diagnostics.map((d) => [d.rule, d.position?.line, d.position?.column, d.severity])).toEqual([
      ['penerima-sel-terlalu-panjang', 3, 6, 'error'],
      ['penerima-sel-terlalu-panjang', 4, 3, 'error'],
    ]);
    expect(diagnostics[0]!.message.length).toBeLessThan(200);
    expect(recipients.map((r) => r.id)).toEqual(['a', 'd']);
  });
});
