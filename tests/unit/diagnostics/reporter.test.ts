import { describe, expect, it } from 'vitest';
import { type Diagnostic, offsetToPosition } from '../../../src/diagnostics/diagnostic.js';
import { report } from '../../../src/diagnostics/reporter.js';

const d = (over: Partial<Diagnostic>): Diagnostic => ({ file: 'content/2026-05/a.md', rule: 'r', severity: 'error', message: 'm', ...over });

describe('reporter', () => {
  it('prints compiler-style lines grouped per file, sorted, with a summary', () => {
    const text = report([
      d({ file: 'content/2026-05/b.md', position: { line: 3, column: 1 }, severity: 'warning', rule: 'naskah-kosong', message: 'naskah kosong' }),
      d({ position: { line: 7, column: 10 }, field: 'location.desa', rule: 'wilayah-desa', message: 'desa/kelurahan "X" tidak ada', hint: 'maksud Anda "Y"?' }),
      d({ position: { line: 2, column: 1 }, field: 'title', rule: 'field-wajib', message: 'wajib diisi' }),
    ]);
    expect(text).toBe(
      [
        'content/2026-05/a.md:2:1  galat  title: wajib diisi  [field-wajib]',
        'content/2026-05/a.md:7:10  galat  location.desa: desa/kelurahan "X" tidak ada  [wilayah-desa]',
        '    saran: maksud Anda "Y"?',
        '',
        'content/2026-05/b.md:3:1  peringatan  naskah kosong  [naskah-kosong]',
        '',
        '✗ 2 galat, 1 peringatan',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is nothing to report', () => {
    expect(report([])).toBe('✓ tidak ada masalah\n');
  });

  it('maps offsets to 1-based positions', () => {
    expect(offsetToPosition('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
