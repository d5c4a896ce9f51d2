import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonOf, jurnal, scratchProject } from '../helpers/cli.js';
import { openPdf, pageText } from '../helpers/pdf.js';

interface Row { slug: string; title?: string; section: string; written: boolean; late: boolean; over: boolean; targetWords: number; targetFrom: string; words?: number; tenggat?: string; approval?: string; reporter: string }

describe('jurnal anggaran', () => {
  let root: string;
  let edition: string;
  beforeAll(() => {
    ({ root, edition } = scratchProject('2026-05'));
    appendFileSync(path.join(edition, 'edition.yaml'), [
      'rencana:',
      '  - { slug: pasar-ramadan, section: ekonomi, reporter: Siti Rahmah, words: 500, tenggat: 2020-01-10 }',
      '  - { slug: jembatan-gantung-binjai, section: pembangunan, reporter: Tim Liputan, words: 300 }',
      '  - { slug: lomba-perahu, section: desa, reporter: Budi, words: 400, tenggat: 2099-12-31 }',
      '',
    ].join('\n'));
    const file = path.join(edition, 'jalan-juai-halong.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^priority: (\d)$/m, 'priority: $1\ntenggat: 2020-01-05'));
  });

  it('lists written and planned stories with targets, deadlines and marks, as JSON', () => {
    const r = jurnal(['anggaran', '2026-05', '--json'], root);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = jsonOf(r) as unknown as { ok: boolean; stories: Row[]; pdf: string; totals: { stories: number; planned: number } };
    expect(out.ok).toBe(true);
    const row = (slug: string) => out.stories.find((s) => s.slug === slug)!;
    expect(out.totals).toMatchObject({ stories: 26, planned: 2 });
    expect(row('pasar-ramadan')).toMatchObject({ written: false, late: true, section: 'ekonomi', reporter: 'Siti Rahmah', targetWords: 500 });
    expect(row('lomba-perahu')).toMatchObject({ written: false, late: false });
    // The sample's jembatan has 371 words against the planned 300: over length. Its approval is still valid.
    expect(row('jembatan-gantung-binjai')).toMatchObject({ written: true, targetWords: 300, targetFrom: 'rencana', words: 371, over: true, approval: 'disetujui' });
    // Approved stories are not late, even past their deadline; jalan-juai-halong changed (tenggat added).
    expect(row('jalan-juai-halong')).toMatchObject({ tenggat: '2020-01-05', approval: 'berubah', late: true });
    expect(out.stories.filter((s) => s.late).map((s) => s.slug).sort()).toEqual(['jalan-juai-halong', 'pasar-ramadan']);
    // Section order of edition.yaml: pemerintahan … ekonomi.
    const sections = out.stories.map((s) => s.section);
    expect(sections[0]).toBe('pemerintahan');
    expect(sections.at(-1)).toBe('ekonomi');
    expect(sections.indexOf('desa')).toBeGreaterThan(sections.lastIndexOf('pembangunan'));
    expect(out.pdf).toBe('editions/2026-05/anggaran-2026-05.pdf');
  });

  it('prints a table and writes the A4 budget sheet with the titles, without the layout', () => {
    const r = jurnal(['anggaran', '2026-05'], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/pasar-ramadan .*belum ditulis, TERLAMBAT/);
    expect(r.stdout).toMatch(/jembatan-gantung-binjai .*371\/300 .*KEPANJANGAN/);
    const pdf = openPdf(readFileSync(path.join(root, 'editions/2026-05/anggaran-2026-05.pdf')));
    const page = pdf.loadPage(0).getBounds();
    expect(Math.round(Math.max(page[2] - page[0], page[3] - page[1]))).toBe(842);
    const text = Array.from({ length: pdf.countPages() }, (_, i) => pageText(pdf, i)).join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('ANGGARAN NASKAH');
    expect(text).toContain('Jembatan Gantung Binjai Resmi Dibuka');
    expect(text).toContain('Panen Raya di Lampihong');
    expect(text).toContain('(belum ditulis) pasar-ramadan');
    // No layout ran: no layout cache (photo inspections may be kept), no print PDF.
    expect(existsSync(path.join(root, '.cache', 'jurnal', 'tata-letak'))).toBe(false);
    expect(existsSync(path.join(root, 'editions/2026-05/jurnal-balangan-2026-05.pdf'))).toBe(false);
  });

  it('reports a planned story in a section the edition does not have, at its line', () => {
    const { root: bad, edition: dir } = scratchProject('2026-05', false);
    appendFileSync(path.join(dir, 'edition.yaml'), 'rencana:\n  - { slug: renang, section: olahraga, reporter: X, words: 200 }\n');
    const line = readFileSync(path.join(dir, 'edition.yaml'), 'utf8').split('\n').findIndex((l) => l.includes('renang')) + 1;
    const r = jurnal(['anggaran', '2026-05'], bad);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`content/2026-05/edition.yaml:${line}:`);
    expect(r.stderr).toContain('rubrik "olahraga" tidak ada di edisi ini');
    expect(existsSync(path.join(bad, 'editions'))).toBe(false);
  });
});
