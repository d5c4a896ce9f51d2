import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticError } from '../../../src/diagnostics/errors.js';
import { loadTemplate, TEMPLATES_DIR } from '../../../src/layout/template.js';

const a4 = readFileSync(path.join(TEMPLATES_DIR, 'a4.yaml'), 'utf8');

function broken(edit: (text: string) => string): DiagnosticError {
  const dir = mkdtempSync(path.join(tmpdir(), 'jurnal-templat-'));
  writeFileSync(path.join(dir, 'a4.yaml'), edit(a4));
  try {
    loadTemplate('a4', dir);
  } catch (error) {
    expect(error).toBeInstanceOf(DiagnosticError);
    expect(readFileSync(path.join(dir, 'a4.yaml'), 'utf8')).toBe(edit(a4));
    return error as DiagnosticError;
  }
  throw new Error('loadTemplate accepted a broken template');
}

const lineOf = (needle: string) => a4.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('loadTemplate: a broken template is a diagnostic with its place, not an internal error', () => {
  it('loads the repository templates', () => {
    expect(loadTemplate('a4').columns).toBe(4);
    expect(loadTemplate('tabloid').name).toBeTruthy();
  });

  it('a wrong type points at the value', () => {
    const e = broken((t) => t.replace('kolom: 4', 'kolom: empat'));
    expect(e.diagnostics).toHaveLength(1);
    expect(e.diagnostics[0]).toMatchObject({ rule: 'field-tipe', severity: 'error', field: 'kolom', position: { line: lineOf('kolom: 4'), column: 8 } });
    expect(e.diagnostics[0]!.file).toMatch(/a4\.yaml$/);
  });

  it('a misspelt key gets a suggestion', () => {
    const e = broken((t) => t.replace('jarakKolom: 4.5', 'jarakKolm: 4.5'));
    const d = e.diagnostics.find((x) => x.field === 'jarakKolm')!;
    expect(d.position).toEqual({ line: lineOf('jarakKolom: 4.5'), column: 1 });
    expect(d.hint).toContain('maksud Anda "jarakKolom"?');
  });

  it('a YAML syntax error keeps its line and column', () => {
    const e = broken((t) => t.replace('ukuran: { lebar: 210, tinggi: 297 }', 'ukuran: { lebar: 210, tinggi: 297'));
    expect(e.diagnostics[0]).toMatchObject({ rule: 'yaml-sintaks', severity: 'error' });
    expect(e.diagnostics[0]!.position!.line).toBeGreaterThanOrEqual(lineOf('ukuran:'));
  });

  it('a missing template names its file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jurnal-templat-'));
    expect(() => loadTemplate('a4', dir)).toThrow(DiagnosticError);
    expect(() => loadTemplate('../a4', dir)).toThrow(DiagnosticError);
  });
});

/** templates/a4.yaml as the previous release wrote it: English keys, `align: left`. */
const OLD_A4 = `# A4 template: the default format of Jurnal Balangan. Sizes in millimetres, type in points.
name: A4
trim: { width: 210, height: 297 }
margins: { top: 12, bottom: 12, inner: 14, outer: 12 }
columns: 4
gutter: 4.5
body: { size: 8.5, leading: 10.625, align: left }
runningHead: 8
folio: 6
mastheadLines: 10
colors:
  ink: "#000000"
  accent: "#1d3f6e"
  tint: "#e8edf3"
headline: { 1: 26, 2: 20, 3: 16, 4: 13, 5: 12 }
imposisi: { lembar: A3, creep: 0.1, tanda: 6 }
`;

function load(text: string): ReturnType<typeof loadTemplate> {
  const dir = mkdtempSync(path.join(tmpdir(), 'jurnal-templat-'));
  writeFileSync(path.join(dir, 'a4.yaml'), text);
  return loadTemplate('a4', dir);
}

function refused(text: string): DiagnosticError {
  try {
    load(text);
  } catch (error) {
    expect(error).toBeInstanceOf(DiagnosticError);
    return error as DiagnosticError;
  }
  throw new Error('loadTemplate accepted a broken template');
}

const lineIn = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('template keys of the previous release (README "Names")', () => {
  it('reads the English keys as the Indonesian ones: the same template', () => {
    const { colors, ...old } = load(OLD_A4);
    const { colors: now, ...current } = loadTemplate('a4');
    expect(old).toEqual(current);
    expect(colors).toEqual({ ...now, ink: '#000000' });
  });

  it('reads the old values of the body alignment, and the new ones', () => {
    expect(load(OLD_A4.replace('align: left', 'align: justify')).body.align).toBe('justify');
    expect(load(a4.replace('rata: kiri', 'rata: kiri-kanan')).body.align).toBe('justify');
    expect(load(a4.replace('rata: kiri', 'rata: kiri')).body.align).toBe('left');
    const e = refused(a4.replace('rata: kiri', 'rata: tengah'));
    expect(e.diagnostics[0]).toMatchObject({ rule: 'field-pilihan', field: 'teks.rata' });
    expect(e.diagnostics[0]!.message).toContain('kiri, kiri-kanan');
  });

  it('accepts old and new spelling with the same value; refuses them with different values, at the old key', () => {
    expect(load(a4.replace('kolom: 4', 'kolom: 4\ncolumns: 4')).columns).toBe(4);
    const text = a4.replace('kolom: 4', 'kolom: 4\ncolumns: 5');
    const e = refused(text);
    expect(e.diagnostics).toHaveLength(1);
    expect(e.diagnostics[0]).toMatchObject({ rule: 'yaml-kunci-ganda', severity: 'error', field: 'columns', position: { line: lineIn(text, 'columns: 5'), column: 1 } });
    expect(e.diagnostics[0]!.message).toBe('kunci "columns" dan "kolom" berbeda isinya');
    expect(e.diagnostics[0]!.hint).toBe('pakai kolom saja (columns adalah ejaan lamanya)');
    const nested = refused(a4.replace('{ lebar: 210, tinggi: 297 }', '{ lebar: 210, tinggi: 297, width: 200 }'));
    expect(nested.diagnostics[0]).toMatchObject({ field: 'ukuran.width', position: { line: lineIn(a4, 'ukuran:') } });
  });

  it('places and names mistakes in an old-key file as the file spells them', () => {
    const text = OLD_A4.replace('width: 210', 'width: lebar');
    const e = refused(text);
    expect(e.diagnostics[0]).toMatchObject({ rule: 'field-tipe', field: 'trim.width', position: { line: lineIn(text, 'trim:'), column: text.split('\n')[lineIn(text, 'trim:') - 1]!.indexOf('lebar') + 1 } });
  });

  it('an unknown key suggests the new name, also when it is close to the old one', () => {
    const typoOfNew = refused(a4.replace('tinggiKop: 10', 'tinggiKob: 10'));
    expect(typoOfNew.diagnostics.find((d) => d.rule === 'field-tidak-dikenal')).toMatchObject({ field: 'tinggiKob', hint: 'maksud Anda "tinggiKop"?' });
    const typoOfOld = refused(OLD_A4.replace('mastheadLines: 10', 'mastheadLine: 10'));
    expect(typoOfOld.diagnostics.find((d) => d.rule === 'field-tidak-dikenal')).toMatchObject({ field: 'mastheadLine', hint: 'maksud Anda "tinggiKop"?' });
    const nested = refused(OLD_A4.replace('leading: 10.625', 'leadng: 10.625'));
    expect(nested.diagnostics.find((d) => d.rule === 'field-tidak-dikenal')).toMatchObject({ field: 'body.leadng', hint: 'maksud Anda "jarakBaris"?' });
  });
});
