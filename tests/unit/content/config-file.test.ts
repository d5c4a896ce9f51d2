import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { loadYamlFile, loadYamlFileSync, parseYamlText, schemaKeys } from '../../../src/content/config-file.js';
import { RULE } from '../../../src/review/catalogue.js';

const schema = z.strictObject({ nama: z.string().min(1), jumlah: z.number().int(), warna: z.strictObject({ tinta: z.string() }).optional() });

function file(text: string): string {
  const p = path.join(mkdtempSync(path.join(tmpdir(), 'jurnal-yaml-')), 'uji.yaml');
  writeFileSync(p, text);
  return p;
}

describe('loadYamlFile: one way from a YAML file to a validated value', () => {
  it('gives the value and the parsed YAML, for positions of later checks', async () => {
    const loaded = await loadYamlFile(file('nama: Balangan\njumlah: 3\n'), schema, { display: 'uji.yaml' });
    expect(loaded.diagnostics).toBeUndefined();
    expect(loaded.value).toEqual({ nama: 'Balangan', jumlah: 3 });
    expect(loaded.yaml?.locate(['jumlah'])).toEqual({ line: 2, column: 9 });
  });

  it('reports YAML mistakes at their place and does not validate a half-read document', async () => {
    const loaded = await loadYamlFile(file('nama: &a Balangan\njumlah: *a\n'), schema, { display: 'uji.yaml' });
    expect(loaded.value).toBeUndefined();
    expect(loaded.diagnostics?.map((d) => d.rule)).toEqual([RULE.yamlAlias]);
    expect(loaded.diagnostics?.[0]).toMatchObject({ file: 'uji.yaml', position: { line: 2 } });
  });

  it('reports schema mistakes at their line, with "maksud Anda" for unknown keys', async () => {
    const loaded = await loadYamlFile(file('nama: Balangan\njumlah: tiga\nwarna: { tinat: hitam }\n'), schema, { display: 'uji.yaml', knownKeys: schemaKeys(schema) });
    const byRule = Object.fromEntries((loaded.diagnostics ?? []).map((d) => [d.rule, d]));
    expect(byRule['field-tipe']).toMatchObject({ field: 'jumlah', position: { line: 2 } });
    expect(byRule['field-tidak-dikenal']).toMatchObject({ field: 'warna.tinat', position: { line: 3 } });
    expect(byRule['field-tidak-dikenal']?.hint).toContain('maksud Anda "tinta"?');
  });

  it('says what a missing file means, or throws when the caller did not say', async () => {
    const gone = path.join(tmpdir(), 'tidak-ada-sama-sekali.yaml');
    expect(await loadYamlFile(gone, schema, { missing: [] })).toEqual({ diagnostics: [] });
    const told = loadYamlFileSync(gone, schema, { display: 'x.yaml', missing: (shown) => [{ file: shown, rule: RULE.templatTidakAda, severity: 'error', message: 'tidak ada' }] });
    expect(told.diagnostics?.[0]).toMatchObject({ file: 'x.yaml', rule: 'templat-tidak-ada' });
    await expect(loadYamlFile(gone, schema)).rejects.toThrow();
  });

  it('validates an empty document as `empty`, adds the caller checks and a fallback hint', () => {
    expect(parseYamlText('', 'uji.yaml', z.array(z.string()), { empty: [] })).toMatchObject({ value: [] });
    const checked = parseYamlText('nama: Balangan\njumlah: 1\n', 'uji.yaml', schema, {
      check: (yaml) => [{ file: 'uji.yaml', position: yaml.locate(['nama']), rule: RULE.glifTidakAda, severity: 'error', message: 'uji' }],
    });
    expect(checked.diagnostics?.[0]).toMatchObject({ rule: 'glif-tidak-ada', position: { line: 1, column: 7 } });
    const hinted = parseYamlText('nama: Balangan\n', 'uji.yaml', schema, { fallbackHint: 'bandingkan dengan contoh' });
    expect(hinted.diagnostics?.every((d) => d.hint)).toBe(true);
  });
});

describe('renamed keys: the old spelling read as the new one (README "Names")', () => {
  const renamed = { '': { name: 'nama', count: 'jumlah', colors: 'warna' }, warna: { ink: 'tinta' } };
  const options = { renamed, knownKeys: schemaKeys(schema) };

  it('reads old keys, nested ones too, as the new', () => {
    expect(parseYamlText('name: Balangan\ncount: 3\ncolors: { ink: hitam }\n', 'uji.yaml', schema, options).value).toEqual({ nama: 'Balangan', jumlah: 3, warna: { tinta: 'hitam' } });
    expect(parseYamlText('- { name: A }\n- { nama: B }\n', 'uji.yaml', z.array(z.strictObject({ nama: z.string() })), { renamed: { '*': { name: 'nama' } } }).value).toEqual([{ nama: 'A' }, { nama: 'B' }]);
  });

  it('accepts both with the same value; refuses them differing, at the old key, and still validates the rest', () => {
    expect(parseYamlText('nama: A\nname: A\njumlah: 1\n', 'uji.yaml', schema, options).value).toEqual({ nama: 'A', jumlah: 1 });
    const r = parseYamlText('nama: A\njumlah: satu\nwarna: { tinta: hitam, ink: biru }\n', 'uji.yaml', schema, options);
    expect(r.diagnostics?.map((d) => [d.rule, d.field, d.position?.line, d.position?.column])).toEqual([['yaml-kunci-ganda', 'warna.ink', 3, 24], ['field-tipe', 'jumlah', 2, 9]]);
  });

  it('names and places a mistake as the file spells it; suggests the new key for a misspelt old one', () => {
    const r = parseYamlText('name: Balangan\ncount: tiga\ncolors: { inc: hitam }\n', 'uji.yaml', schema, options);
    const byRule = Object.fromEntries((r.diagnostics ?? []).map((d) => [d.rule, d]));
    expect(byRule['field-tipe']).toMatchObject({ field: 'count', position: { line: 2, column: 8 } });
    expect(byRule['field-tidak-dikenal']).toMatchObject({ field: 'colors.inc', position: { line: 3, column: 11 }, hint: 'maksud Anda "tinta"?' });
  });
});
