import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseContributionCsv, parseContributionText } from '../../src/contrib/parse.js';
import { writeCsv } from '../../src/distribution/csv.js';

/** Lines a contribution is made of, mixed with hostile ones, so the generator reaches every branch. */
const fragment = fc.constantFrom(
  'Judul: A', 'Nama: B', 'KIM: C', 'Desa: Binjai', 'Telepon: 0812', 'Tanggal: 10-05-2026', 'Foto: a.jpg | x', 'Foto:', 'Foto: |',
  '---', '', ' ', 'Telpon: 1', ': :', 'tanpa titik dua', '"', "Judul: 'x'", '<script>alert(1)</script>', '\u200b', '\ufeff', '\r', 'Judul:',
);
const contributionText = fc.array(fc.oneof(fragment, fc.string({ maxLength: 30 })), { maxLength: 25 }).map((lines) => lines.join('\n'));

function positionsInside(text: string, diagnostics: { position?: { line: number; column: number } }[]): void {
  const lines = text.split(/\r\n|\r|\n/).length + 1;
  for (const d of diagnostics) {
    if (!d.position) continue;
    expect(d.position.line).toBeGreaterThanOrEqual(1);
    expect(d.position.line).toBeLessThanOrEqual(lines);
    expect(d.position.column).toBeGreaterThanOrEqual(1);
  }
}

/** A value an operator could type in one line: no line breaks, no "|" (it separates a caption), trimmed and not blank. */
const cell = fc.string({ minLength: 1, maxLength: 40 }).map((s) => s.replace(/[\r\n|\u0000-\u001f\u007f\u200b-\u200d\u202a-\u202e\u2066-\u2069\ufeff]/g, '').replace(/\s+/g, ' ').trim()).filter((s) => s !== '' && !/^["']/.test(s));
const bodyText = fc.array(cell, { minLength: 1, maxLength: 4 }).map((ps) => ps.join('\n\n'));
const record = fc.record({ judul: cell, nama: cell, kim: cell, desa: cell, telepon: cell, tanggal: cell, isi: bodyText, foto: fc.array(cell.map((s) => s.replace(/;/g, '').trim()).filter(Boolean), { maxLength: 3 }) });

describe('contribution parser on arbitrary input', () => {
  it('never throws, and every position lies inside the file (text)', () => {
    fc.assert(fc.property(contributionText, (text) => {
      const { contribution, diagnostics } = parseContributionText(text, 'k.txt');
      expect(contribution !== undefined || diagnostics.some((d) => d.severity === 'error')).toBe(true);
      positionsInside(text, diagnostics);
      if (contribution) for (const f of Object.values(contribution.fields)) expect(f!.position.line).toBeLessThanOrEqual(text.split('\n').length);
    }), { numRuns: 400 });
  });

  it('never throws on arbitrary CSV', () => {
    const csv = fc.array(fc.oneof(fc.constantFrom('judul,nama,desa,telepon,tanggal,isi', 'a,b,c,d,e,f', '"x', '"a""b",c', ',,,,,', ''), fc.string({ maxLength: 40 })), { maxLength: 10 }).map((l) => l.join('\n'));
    fc.assert(fc.property(csv, (text) => {
      const { diagnostics } = parseContributionCsv(text, 'k.csv');
      positionsInside(text, diagnostics);
    }), { numRuns: 300 });
  });
});

describe('what the operator wrote is what is read', () => {
  it('a text contribution round-trips: every field, every photo and the body', () => {
    fc.assert(fc.property(record, (r) => {
      const head = [`Judul: ${r.judul}`, `Nama: ${r.nama}`, `KIM: ${r.kim}`, `Desa: ${r.desa}`, `Telepon: ${r.telepon}`, `Tanggal: ${r.tanggal}`, ...r.foto.map((f) => `Foto: ${f} | Keterangan ${f}`)];
      const { contribution, diagnostics } = parseContributionText(`${head.join('\n')}\n\n${r.isi}\n`, 'k.txt');
      expect(diagnostics).toEqual([]);
      const values = Object.fromEntries(Object.entries(contribution!.fields).map(([k, f]) => [k, f!.value]));
      expect(values).toEqual({ judul: r.judul, nama: r.nama, kim: r.kim, desa: r.desa, telepon: r.telepon, tanggal: r.tanggal });
      expect(contribution!.photos.map((p) => [p.name, p.caption])).toEqual(r.foto.map((f) => [f, `Keterangan ${f}`]));
      expect(contribution!.body).toBe(r.isi);
    }), { numRuns: 300 });
  });

  it('a form export round-trips through the CSV the tool itself writes', () => {
    fc.assert(fc.property(fc.array(record, { minLength: 1, maxLength: 5 }), (rows) => {
      const header = ['judul', 'nama', 'kim', 'desa', 'telepon', 'tanggal', 'isi', 'foto'];
      // Cells a spreadsheet would run as formulas get an apostrophe in writeCsv; the reader undoes only what it can tell apart.
      const plain = rows.filter((r) => Object.values(r).flat().every((v) => !/^['=+\-@\t]/.test(v)));
      if (!plain.length) return;
      const text = writeCsv(header, plain.map((r) => [r.judul, r.nama, r.kim, r.desa, r.telepon, r.tanggal, r.isi, r.foto.join(';')]));
      const { contributions, diagnostics } = parseContributionCsv(text, 'k.csv');
      expect(diagnostics).toEqual([]);
      expect(contributions.map((c) => [c.fields.judul?.value, c.fields.telepon?.value, c.body, c.photos.map((p) => p.name)])).toEqual(plain.map((r) => [r.judul, r.telepon, r.isi, r.foto]));
      // Each contribution starts on the line of its own record.
      const starts = contributions.map((c) => c.position.line);
      expect(starts[0]).toBe(2);
      expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    }), { numRuns: 200 });
  });
});
