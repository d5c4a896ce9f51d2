/**
 * The naming rule (README, "Names"): flags a user types are Indonesian; the English ones of the
 * previous release still work, hidden, and giving both with different values is refused.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jurnal, scratchProject } from '../helpers/cli.js';

describe('Indonesian flags with English aliases', () => {
  const { root, edition } = scratchProject();
  const approvals = () => readFileSync(path.join(edition, 'approvals.yaml'), 'utf8');

  it('approve --oleh/--catatan and the old --by/--note record the same; --cabut and --revoke withdraw', () => {
    expect(jurnal(['approve', '2026-05', 'kim-mantuyan', '--oleh', 'Peninjau Baru', '--catatan', 'cek angka'], root).code).toBe(0);
    expect(approvals()).toMatch(/slug: kim-mantuyan[\s\S]*by: Peninjau Baru[\s\S]*note: cek angka/);
    expect(jurnal(['approve', '2026-05', 'bumdes-juai', '--by', 'Peninjau Lama', '--note', 'ok'], root).code).toBe(0);
    expect(approvals()).toMatch(/slug: bumdes-juai[\s\S]*by: Peninjau Lama[\s\S]*note: ok/);
    expect(jurnal(['approve', '2026-05', 'kim-mantuyan', '--cabut'], root).stdout).toMatch(/^dicabut: [1-9]\d* persetujuan/);
    expect(jurnal(['approve', '2026-05', 'bumdes-juai', '--revoke'], root).stdout).toMatch(/^dicabut: [1-9]\d* persetujuan/);
    expect(approvals()).not.toMatch(/kim-mantuyan|bumdes-juai/);
  });

  it('refuses the new and the old flag with different values, and says which to use', () => {
    const r = jurnal(['approve', '2026-05', 'kim-mantuyan', '--oleh', 'A', '--by', 'B'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--oleh "A" dan --by "B" berbeda');
    expect(r.stderr).toContain('pakai --oleh saja');
    expect(jurnal(['review', '2026-05', '--sejak', 'a', '--since', 'b'], root).stderr).toContain('--sejak "a" dan --since "b" berbeda');
  });

  it('review --sejak and the old --since read the same earlier build', () => {
    // Both stop at the missing snapshot, before any layout: the same message for either spelling.
    const [sejak, since] = ['--sejak', '--since'].map((flag) => jurnal(['review', '2026-05', flag, 'tidak-ada'], root));
    expect(sejak!.code).toBe(1);
    expect(sejak!.stderr).toContain('build pembanding tidak dapat dibaca');
    expect(since!.stderr).toBe(sejak!.stderr);
  });

  it('shows only the Indonesian flags in the help', () => {
    const help = jurnal(['approve', '--help'], root).stdout;
    expect(help).toContain('--oleh <nama>');
    expect(help).toContain('--cabut');
    expect(help).not.toMatch(/--by|--note|--revoke/);
    expect(jurnal(['review', '--help'], root).stdout).not.toContain('--since');
  });
});
