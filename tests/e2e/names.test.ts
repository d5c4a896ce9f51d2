/**
 * The naming rule (README, "Names"): flags a user types and keys of the files they edit are
 * Indonesian; the English ones of the previous release still work, hidden, and giving both with
 * different values is refused.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jurnal, scratchProject } from '../helpers/cli.js';

describe('Indonesian flags with English aliases', () => {
  const { root, edition } = scratchProject();
  const approvals = () => readFileSync(path.join(edition, 'approvals.yaml'), 'utf8');

  it('approve --oleh/--catatan and the old --by/--note record the same; --cabut and --revoke withdraw', () => {
    expect(jurnal(['approve', '2026-05', 'kim-mantuyan', '--oleh', 'Peninjau Baru', '--catatan', 'cek angka'], root).code).toBe(0);
    expect(approvals()).toMatch(/slug: kim-mantuyan[\s\S]*oleh: Peninjau Baru[\s\S]*catatan: cek angka/);
    expect(jurnal(['approve', '2026-05', 'bumdes-juai', '--by', 'Peninjau Lama', '--note', 'ok'], root).code).toBe(0);
    expect(approvals()).toMatch(/slug: bumdes-juai[\s\S]*oleh: Peninjau Lama[\s\S]*catatan: ok/);
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

/** approvals.yaml as `jurnal approve` wrote it in the previous release: the same approvals, English keys. */
const inOldKeys = (text: string): string =>
  text.replace(/^(- |  )(oleh|waktu|teks|foto|catatan):/gm, (_, indent: string, key: string) => `${indent}${{ oleh: 'by', waktu: 'at', teks: 'body', foto: 'photos', catatan: 'note' }[key]}:`);

describe('approvals.yaml in the keys of the previous release', () => {
  const { root, edition } = scratchProject();
  const file = path.join(edition, 'approvals.yaml');
  const states = () => {
    const r = jurnal(['anggaran', '2026-05', '--json'], root);
    expect(r.code).toBe(0);
    return (JSON.parse(r.stdout) as { stories: { slug: string; approval: string }[] }).stories.map((s) => `${s.slug} ${s.approval}`);
  };

  it('keeps every approval valid, and `jurnal approve` writes the file in the new keys with the old approvals kept', () => {
    const now = readFileSync(file, 'utf8');
    expect(now).not.toMatch(/^ {2}(by|at|body|photos|note):/m);
    const approved = states();
    expect(approved.filter((s) => s.endsWith(' disetujui')).length).toBeGreaterThan(10);
    const old = inOldKeys(now);
    expect(old).toMatch(/^ {2}by: /m);
    writeFileSync(file, old);
    expect(states()).toEqual(approved);
    // The next approval rewrites the file: new keys only, the same hashes.
    expect(jurnal(['approve', '2026-05', 'kim-mantuyan', '--oleh', 'Redaksi Jurnal Balangan (contoh)'], root).code).toBe(0);
    const rewritten = readFileSync(file, 'utf8');
    expect(rewritten).not.toMatch(/^ {2}(by|at|body|photos|note):/m);
    expect(rewritten.startsWith(now.replace(/\n$/, ''))).toBe(true);
    expect(states()).toEqual(approved);
  });
});

describe('--senyap and the old --quiet', () => {
  const { root } = scratchProject('2026-05', false);

  it('distribute: both keep the summary back; only --senyap is in the help', () => {
    expect(jurnal(['distribute', 'init'], root).code).toBe(0);
    const loud = jurnal(['distribute', '2026-05'], root);
    expect(loud.code).toBe(0);
    expect(loud.stdout + loud.stderr).toContain('oplah dipesan');
    for (const flag of ['--senyap', '-q', '--quiet']) {
      const r = jurnal(['distribute', '2026-05', flag], root);
      expect(r.code).toBe(0);
      expect(r.stdout + r.stderr).not.toContain('oplah dipesan');
    }
    for (const command of ['build', 'web', 'distribute']) {
      const help = jurnal([command, '--help'], root).stdout;
      expect(help).toContain('-q, --senyap');
      expect(help).not.toContain('--quiet');
    }
  });
});
