import { describe, expect, it } from 'vitest';
import { tmpdir } from 'node:os';
import { jurnal } from '../helpers/cli.js';

describe('jurnal jelaskan', () => {
  it('explains a review rule and how to switch it off in edition.yaml', () => {
    const r = jurnal(['jelaskan', 'foto-resolusi']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^foto-resolusi\n/);
    expect(r.stdout).toContain('tingkat:        error / warning');
    expect(r.stdout).toContain('yang diperiksa: foto yang kurang tajam');
    expect(r.stdout).toContain('saran:');
    expect(r.stdout).toContain('- { id: foto-resolusi, severity: off, reason: "…" }');
    expect(r.stderr).toBe('');
  });

  it('says that a rule of another stage cannot be switched off', () => {
    const r = jurnal(['jelaskan', 'yaml-alias']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('tingkat:        error');
    expect(r.stdout).toContain('tidak bisa dimatikan di edition.yaml');
    expect(r.stdout).not.toContain('severity: off');
  });

  it('refuses an unknown id with a suggestion and exit 1', () => {
    const r = jurnal(['jelaskan', 'foto-resolsi']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('jurnal: aturan "foto-resolsi" tidak dikenal; maksud Anda "foto-resolusi"?');
    expect(r.stderr).toContain('saran: jalankan "jurnal jelaskan" untuk daftar semua aturan');
    const far = jurnal(['jelaskan', 'xyzzy-plugh-quux']);
    expect(far.code).toBe(1);
    expect(far.stderr).not.toContain('maksud Anda');
  });

  it('reads nothing: it answers the same from any folder, even outside a project', () => {
    const r = jurnal(['jelaskan', 'teks-mekanis'], tmpdir());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^teks-mekanis\n/);
  });

  it('lists every rule grouped by stage without an argument', () => {
    const r = jurnal(['jelaskan']);
    expect(r.code).toBe(0);
    const text = r.stdout;
    for (const heading of ['Naskah', 'Edisi', 'Foto:', 'Tata letak', 'Tinjauan redaksi', 'Cetak', 'Distribusi:', 'Perintah dan proses']) expect(text).toContain(heading);
    expect(text.indexOf('yaml-sintaks')).toBeLessThan(text.indexOf('Tinjauan redaksi'));
    expect(text.indexOf('teks-mekanis')).toBeGreaterThan(text.indexOf('Tinjauan redaksi'));
    expect(text).toMatch(/\d+ aturan\. Penjelasan satu aturan: jurnal jelaskan <aturan>/);
  });

  it('has Indonesian help', () => {
    expect(jurnal(['jelaskan', '--help']).stdout).toContain('Pemakaian: jurnal jelaskan [opsi] [aturan]');
  });
});
