/** approvals.yaml keys: Indonesian, the English ones of the previous release still read (README "Names"). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadApprovals, writeApprovals } from '../../../src/review/approvals.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const h = (c: string) => c.repeat(64);

const NEW = `- slug: apel-asn
  oleh: Redaksi
  waktu: 2026-05-20T08:00:00Z
  hash: ${h('a')}
  frontMatter: ${h('b')}
  teks: ${h('c')}
  foto:
    foto/apel.jpg: ${h('d')}
  catatan: cek angka
- slug: jembatan
  oleh: Redaksi
  waktu: 2026-05-20T08:05:00Z
  hash: ${h('e')}
  frontMatter: ${h('f')}
  teks: ${'e1'.repeat(32)}
  foto: {}
`;

/** The same approvals as `jurnal approve` wrote them in the previous release. */
const OLD = NEW.replace(/^(- |  )(oleh|waktu|teks|foto|catatan):/gm, (_, indent: string, key: string) => `${indent}${{ oleh: 'by', waktu: 'at', teks: 'body', foto: 'photos', catatan: 'note' }[key]}:`);

async function load(text: string) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'jurnal-persetujuan-')), 'approvals.yaml');
  writeFileSync(file, text);
  return loadApprovals(file, 'content/2026-05/approvals.yaml');
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('approvals.yaml keys', () => {
  it('reads the new keys', async () => {
    const { approvals, lines, diagnostics } = await load(NEW);
    expect(diagnostics).toEqual([]);
    expect(lines).toEqual([1, 10]);
    expect(approvals[0]).toEqual({ slug: 'apel-asn', by: 'Redaksi', at: '2026-05-20T08:00:00Z', hash: h('a'), frontMatter: h('b'), body: h('c'), photos: { 'foto/apel.jpg': h('d') }, note: 'cek angka' });
  });

  it('reads an old-key file as the same approvals (the same hashes: nothing to approve again)', async () => {
    expect(OLD).toMatch(/^ {2}by: Redaksi$/m);
    expect(await load(OLD)).toEqual(await load(NEW));
  });

  it('writes the new keys only, whatever the file was read from; the sample file is as `jurnal approve` writes it', async () => {
    const { approvals } = await load(OLD);
    const written = writeApprovals(approvals);
    expect(written).toContain(NEW);
    expect(written).not.toMatch(/^ {2}(by|at|body|photos|note):/m);
    const sample = readFileSync(path.join(ROOT, 'content/2026-05/approvals.yaml'), 'utf8');
    expect(writeApprovals((await loadApprovals(path.join(ROOT, 'content/2026-05/approvals.yaml'), 'approvals.yaml')).approvals)).toBe(sample);
  });

  it('refuses old and new key with different values, at the old key; the same value twice is no contradiction', async () => {
    const both = NEW.replace('  oleh: Redaksi\n  waktu: 2026-05-20T08:00:00Z', '  oleh: Redaksi\n  by: Peninjau Lain\n  waktu: 2026-05-20T08:00:00Z');
    const r = await load(both);
    expect(r.approvals).toEqual([]);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ file: 'content/2026-05/approvals.yaml', rule: 'yaml-kunci-ganda', severity: 'error', field: '0.by', position: { line: lineOf(both, 'by: Peninjau Lain'), column: 3 } });
    expect(r.diagnostics[0]!.hint).toBe('pakai oleh saja (by adalah ejaan lamanya)');
    expect((await load(NEW.replace('  oleh: Redaksi\n', '  oleh: Redaksi\n  by: Redaksi\n'))).diagnostics).toEqual([]);
  });

  it('names a mistake in an old-key file as it is written, and suggests the new key for an unknown one', async () => {
    const bad = await load(OLD.replace(`body: ${h('c')}`, 'body: disetujui-saja'));
    expect(bad.diagnostics[0]).toMatchObject({ field: '0.body', position: { line: lineOf(OLD, `body: ${h('c')}`), column: 9 } });
    const typo = await load(NEW.replace('catatan: cek angka', 'catatn: cek angka'));
    expect(typo.diagnostics[0]).toMatchObject({ rule: 'field-tidak-dikenal', field: '0.catatn', hint: 'maksud Anda "catatan"?' });
    const oldTypo = await load(OLD.replace('photos:', 'photo:'));
    expect(oldTypo.diagnostics.find((d) => d.rule === 'field-tidak-dikenal')).toMatchObject({ field: '0.photo', hint: 'maksud Anda "foto"?' });
  });
});
