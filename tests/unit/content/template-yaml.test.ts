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
    const e = broken((t) => t.replace('columns: 4', 'columns: empat'));
    expect(e.diagnostics).toHaveLength(1);
    expect(e.diagnostics[0]).toMatchObject({ rule: 'field-tipe', severity: 'error', field: 'columns', position: { line: lineOf('columns: 4'), column: 10 } });
    expect(e.diagnostics[0]!.file).toMatch(/a4\.yaml$/);
  });

  it('a misspelt key gets a suggestion', () => {
    const e = broken((t) => t.replace('gutter: 4.5', 'guter: 4.5'));
    const d = e.diagnostics.find((x) => x.field === 'guter')!;
    expect(d.position).toEqual({ line: lineOf('gutter: 4.5'), column: 1 });
    expect(d.hint).toContain('maksud Anda "gutter"?');
  });

  it('a YAML syntax error keeps its line and column', () => {
    const e = broken((t) => t.replace('trim: { width: 210, height: 297 }', 'trim: { width: 210, height: 297'));
    expect(e.diagnostics[0]).toMatchObject({ rule: 'yaml-sintaks', severity: 'error' });
    expect(e.diagnostics[0]!.position!.line).toBeGreaterThanOrEqual(lineOf('trim:'));
  });

  it('a missing template names its file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jurnal-templat-'));
    expect(() => loadTemplate('a4', dir)).toThrow(DiagnosticError);
    expect(() => loadTemplate('../a4', dir)).toThrow(DiagnosticError);
  });
});
