import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEdition as loadEditionWith } from '../../../src/edition/load.js';
import { RULES } from '../../../src/review/rules.js';

const loadEdition = (dir: string, display: string) => loadEditionWith(dir, display, { knownRules: RULES.map((r) => r.id) });

const base = (over: Record<string, string> = {}) => {
  const fields: Record<string, string> = {
    number: '5',
    volume: '4',
    year: '2026',
    date: '2026-05-19',
    pages: '8',
    sections: '\n  - { id: desa, name: Desa, pages: 2-4 }\n  - { id: ekonomi, name: Ekonomi, pages: 5-7 }',
    pins: '\n  - { slug: a, page: 1, position: utama }',
    ...over,
  };
  return Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n') + '\n';
};

async function load(text: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'jurnal-ed-'));
  writeFileSync(path.join(dir, 'edition.yaml'), text);
  return loadEdition(dir, 'content/x');
}

describe('edition.yaml', () => {
  it('accepts a valid edition with defaults', async () => {
    const { value, diagnostics } = await load(base());
    expect(diagnostics).toEqual([]);
    expect(value!.config).toMatchObject({ format: 'a4', profile: 'offset', print: { bleed: 3 } });
  });

  it('still loads an older edition with print.marks, and says the key does nothing', async () => {
    const { value, diagnostics } = await load(`${base()}print: { bleed: 3, marks: false }\n`);
    expect(value!.config.print.bleed).toBe(3);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ rule: 'kunci-usang', severity: 'warning', field: 'print.marks', position: { line: expect.any(Number) } });
    expect(diagnostics[0]!.message).toContain('tanda potong mengikuti profile (offset: dengan tanda potong)');
  });

  it.each([
    ['0', 'pilih 4 halaman'],
    ['6', 'pilih 4 atau 8 halaman'],
    ['1000', 'pilih 64 halaman'],
  ])('a page count of %s says which counts are possible', async (pages, hint) => {
    const { value, diagnostics } = await load(base({ pages, sections: '\n  - { id: desa, name: Desa, pages: 2-3 }' }));
    expect(value).toBeUndefined();
    const d = diagnostics.find((x) => x.rule === 'halaman-kelipatan-4')!;
    expect(d.position).toEqual({ line: 5, column: 8 });
    expect(d.hint).toBe(hint);
  });

  it('refuses two pins in one slot, a pin beyond the edition, and sections on the covers or outside', async () => {
    const { diagnostics } = await load(
      base({
        pins: '\n  - { slug: a, page: 1, position: utama }\n  - { slug: b, page: 1, position: utama }\n  - { slug: c, page: 12 }',
        sections: '\n  - { id: desa, name: Desa, pages: 1-3 }\n  - { id: ekonomi, name: Ekonomi, pages: 9-10 }\n  - { id: kosong, name: Kosong, pages: "5-4" }',
      }),
    );
    const rules = diagnostics.map((d) => `${d.rule}@${d.position?.line}`);
    expect(rules).toEqual(expect.arrayContaining(['pin-bentrok@12', 'pin-halaman@13', 'rubrik-halaman@7', 'rubrik-halaman@8', 'rubrik-halaman@9']));
    expect(diagnostics.find((d) => d.rule === 'pin-bentrok')!.message).toContain('sudah diisi pin ke-1');
    expect(diagnostics.find((d) => d.position?.line === 7)!.message).toContain('sampul');
  });

  it('refuses a section without pages and unknown keys with a suggestion', async () => {
    const { diagnostics } = await load(`${base({ sections: '\n  - { id: desa, name: Desa }' })}formt: a4\n`);
    expect(diagnostics.find((d) => d.field === 'sections.0.pages')).toMatchObject({ rule: 'field-wajib' });
    expect(diagnostics.find((d) => d.rule === 'field-tidak-dikenal')).toMatchObject({ hint: 'maksud Anda "format"?', position: { line: 10, column: 1 } });
  });
});

describe('edition.yaml: one cause, one message', () => {
  it.each(['0', '-4'])('pages: %s is reported once, without follow-on section or pin errors', async (pages) => {
    const { value, diagnostics } = await load(base({ pages, pins: '\n  - { slug: a, page: 1, position: utama }\n  - { slug: b, page: 6 }' }));
    expect(value).toBeUndefined();
    expect(diagnostics.map((d) => [d.rule, d.position?.line, d.position?.column, d.severity])).toEqual([['halaman-kelipatan-4', 5, 8, 'error']]);
    expect(diagnostics.map((d) => `${d.message} ${d.hint}`).join('\n')).not.toMatch(/antara 2 dan -|\(1--|1-0\)/);
  });
});

describe('edition.yaml: rule overrides', () => {
  const rules = '\n  - { id: foto-resolusi, severity: warning, reason: foto arsip }\n  - { id: foto-resolusl, severity: off, reason: salah ketik }';
  it('an unknown rule id is an error at its line and column, with a suggestion', async () => {
    const { value, diagnostics } = await load(`${base()}rules:${rules}\n`);
    expect(value).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ rule: 'aturan-tidak-dikenal', severity: 'error', position: { line: 13, column: 11 }, field: 'rules.1.id', hint: 'maksud Anda "foto-resolusi"?' })]);
  });
});
