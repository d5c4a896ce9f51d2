import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonOf, jurnal, ROOT, scratchProject } from '../helpers/cli.js';
import { openPdf, pageText } from '../helpers/pdf.js';

describe('review and the print gate on the sample edition', () => {
  let root: string;
  let edition: string;
  beforeAll(() => ({ root, edition } = scratchProject()));

  it('the approved sample may be printed', () => {
    const r = jurnal(['review', '2026-05'], root);
    expect(r.stderr).not.toContain('✓ tidak ada masalah');
    expect(r.stdout).toContain('Boleh dicetak.');
    expect(r.stdout).toMatch(/jembatan-gantung-binjai\s+hal\. 1,\d+\s+\d+ kata\s+disetujui — Redaksi/);
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(root, 'editions/2026-05/laporan-tinjauan.md'), 'utf8')).toContain('**Boleh dicetak**');
  });

  it('an edit after approval blocks the print build and names the article; the proof still builds and says so', () => {
    expect(jurnal(['build', '2026-05', '--proof', '--senyap'], root).code).toBe(0);
    cpSync(path.join(root, 'editions/2026-05'), path.join(root, 'proof-lama'), { recursive: true });
    const file = path.join(edition, 'apel-asn-disiplin.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Ratusan aparatur', 'Sekitar 300 aparatur'));
    const refused = jurnal(['build', '2026-05'], root);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('build cetak ditolak');
    expect(refused.stderr).toContain('apel-asn-disiplin: berubah sejak disetujui (teks)');
    // The hint names the real article, and no "all clear" line follows the refusal.
    expect(refused.stderr).toContain('saran: tinjau proof (jurnal build 2026-05 --proof), lalu setujui dengan: jurnal approve 2026-05 apel-asn-disiplin --oleh "Nama"');
    expect(refused.stderr).not.toContain('<slug>');
    expect(refused.stderr).not.toContain('✓ tidak ada masalah');
    const json = jurnal(['build', '2026-05', '--json'], root);
    expect(json.code).toBe(1);
    expect(jsonOf(json).ok).toBe(false);
    const reviewed = jurnal(['review', '2026-05'], root);
    expect(reviewed.stdout).toContain('Belum boleh dicetak (1 alasan).');
    expect(reviewed.stderr).not.toContain('✓ tidak ada masalah');
    expect(jsonOf(jurnal(['review', '2026-05', '--json'], root))).toMatchObject({ ok: true, printable: false, gate: ['apel-asn-disiplin: berubah sejak disetujui (teks)'] });
    const proof = jurnal(['build', '2026-05', '--proof'], root);
    expect(proof.code).toBe(0);
    const doc = openPdf(readFileSync(path.join(root, 'editions/2026-05/proof-2026-05.pdf')));
    const text = Array.from({ length: doc.countPages() }, (_, i) => pageText(doc, i)).join('\n');
    expect(text).toContain('PROOF: 1 BELUM DISETUJUI');
    expect(text).not.toContain('SEMUA DISETUJUI');
    expect(text).not.toMatch(/PROOF[^\n]*…/);
    expect(text).toContain('BERUBAH SEJAK DISETUJUI (teks)');
    expect(text).toMatch(/DISETUJUI/);
    // What changed since the earlier proof, word by word.
    const since = jurnal(['review', '2026-05', '--sejak', 'proof-lama'], root);
    expect(since.stdout).toContain('apel-asn-disiplin: berubah (teks)');
    expect(since.stdout).toContain('[-Ratusan-]{+Sekitar 300+} aparatur');
    expect(since.stdout).not.toContain('kim-mantuyan: berubah');
    // Approving again lets it print.
    expect(jurnal(['approve', '2026-05', 'apel-asn-disiplin', '--by', 'Peninjau Uji'], root).code).toBe(0);
    expect(jurnal(['build', '2026-05', '--senyap'], root).code).toBe(0);
  });

  it('revoking an approval blocks printing again', () => {
    expect(jurnal(['approve', '2026-05', 'kim-mantuyan', '--revoke'], root).stdout).toContain('dicabut');
    const r = jurnal(['build', '2026-05'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('kim-mantuyan: belum disetujui');
  });
});

describe('the approvals file under abuse', () => {
  let root: string;
  let edition: string;
  let approvals: string;
  let original: string;
  beforeAll(() => {
    ({ root, edition } = scratchProject());
    approvals = path.join(edition, 'approvals.yaml');
    original = readFileSync(approvals, 'utf8');
  });
  const review = (text: string) => {
    writeFileSync(approvals, text);
    return jurnal(['review', '2026-05'], root);
  };

  it('a malformed file is an error and never counts as approved', () => {
    const r = review(`${original}\n- slug: [rusak\n`);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/content\/2026-05\/approvals\.yaml:\d+:\d+ {2}galat {2}sintaks YAML salah/);
    expect(r.stdout).toContain('jembatan-gantung-binjai');
    expect(r.stdout).not.toMatch(/ disetujui —/);
  });

  it('a hand-edited hash is refused with its line', () => {
    const r = review(original.replace(/hash: [0-9a-f]{64}/, 'hash: disetujui-saja'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/approvals\.yaml:6:9 {2}galat {2}0\.hash: bukan hash SHA-256/);
  });

  it('a forged but well-formed hash shows the article as changed', () => {
    const r = review(original.replace(/(slug: apel-asn-disiplin\n(?:  .*\n)*?  teks: )[0-9a-f]{64}/, `$1${'f'.repeat(64)}`));
    expect(r.stdout).toMatch(/apel-asn-disiplin .*berubah sejak disetujui \(teks\)/);
  });

  it('warns about an approval of a slug that no longer exists, and about reviewers approving different versions', () => {
    const gone = original.replace('slug: apel-asn-disiplin', 'slug: naskah-dihapus');
    // The second approval in the keys of the previous release (by, at, body), still read (README "Names").
    const twoVersions = `${original}- slug: kim-mantuyan\n  by: Peninjau Kedua\n  at: 2026-11-24T08:00:00Z\n  hash: ${'a'.repeat(64)}\n  frontMatter: ${'b'.repeat(64)}\n  body: ${'c'.repeat(64)}\n`;
    const r1 = review(gone);
    const line = original.split('\n').indexOf('- slug: apel-asn-disiplin') + 1;
    expect(r1.stderr).toContain(`approvals.yaml:${line}:1  peringatan  persetujuan untuk naskah "naskah-dihapus" yang tidak ada lagi  [persetujuan-yatim]`);
    const r2 = review(twoVersions);
    expect(r2.stderr).toContain('"kim-mantuyan" disetujui dalam 2 versi berbeda (Redaksi Jurnal Balangan (contoh), Peninjau Kedua)');
    expect(r2.stdout).toMatch(/kim-mantuyan .*berubah sejak disetujui/);
  });
});

describe('a fixture edition that trips the rules on purpose', () => {
  it('reports every finding with its rule and line', async () => {
    const { root } = scratchProject('2026-05', false);
    const edition = path.join(root, 'content', 'bermasalah');
    mkdirSync(edition, { recursive: true });
    cpSync(path.join(ROOT, 'tests/fixtures/edisi-bermasalah'), edition, { recursive: true });
    cpSync(path.join(ROOT, 'tests/fixtures/glosarium-uji.yaml'), path.join(root, 'content/glosarium.yaml'));
    await sharp({ create: { width: 300, height: 200, channels: 3, background: '#7a9' } }).jpeg().toFile(path.join(edition, 'foto-kecil.jpg'));
    const r = jurnal(['review', 'bermasalah'], root);
    expect(r.code).toBe(1);
    const line = (file: string, rule: string) => r.stderr.split('\n').filter((l) => l.startsWith(`content/bermasalah/${file}`) && l.endsWith(`[${rule}]`));
    expect(line('tanpa-sumber.md', 'sumber-wajib')[0]).toMatch(/:4:7 {2}galat {2}kind: berita tanpa narasumber/);
    expect(line('tanpa-sumber.md', 'verifikasi')[0]).toMatch(/:7:25 {2}galat .*pending/);
    expect(line('dipersoalkan.md', 'verifikasi')[0]).toMatch(/galat .*disputed/);
    expect(line('dipersoalkan.md', 'verifikasi-tanggal')[0]).toMatch(/:9:54 {2}galat .*sebelum tanggal naskah/);
    expect(line('judul-ganda.md', 'verifikasi-tanggal')[0]).toMatch(/sesudah tanggal terbit/);
    expect(line('tanpa-sumber.md', 'foto-resolusi')[0]).toMatch(/:9:\d+ {2}galat {2}images\.0\.src: foto hanya \d+ ppi/);
    expect(line('tanpa-sumber.md', 'foto-keterangan').map((l) => l.replace(/^.*peringatan {2}/, ''))).toEqual([
      'images.0: foto tanpa sumber foto  [foto-keterangan]',
      'images.0.caption: keterangan foto mengulang judul  [foto-keterangan]',
    ]);
    expect(line('judul-ganda.md', 'judul-ganda')[0]).toMatch(/:2:8 {2}galat {2}title: judul sama dengan naskah lain/);
    expect(line('tanpa-sumber.md', 'tanggal-edisi')[0]).toMatch(/:6:7 {2}peringatan {2}date: tanggal 2026-03-01 di luar rentang edisi/);
    expect(line('tanpa-sumber.md', 'ejaan-glosarium')[0]).toMatch(/:18:1 {2}peringatan {2}"Paringin selatan" ditulis tidak sesuai glosarium/);
    const mechanical = line('tanpa-sumber.md', 'teks-mekanis').map((l) => l.replace(/^.*peringatan {2}/, ''));
    expect(mechanical).toEqual([
      'kata ganda "yang yang"  [teks-mekanis]',
      'spasi ganda  [teks-mekanis]',
      'tanda kutip tidak berpasangan  [teks-mekanis]',
      'tanda kurung tidak berpasangan  [teks-mekanis]',
      'paragraf ditulis dengan huruf kapital semua  [teks-mekanis]',
    ]);
  });

  it('lets an edition switch a rule off, with the reason in the report', () => {
    const { root } = scratchProject('2026-05', false);
    const edition = path.join(root, 'content', 'bermasalah');
    cpSync(path.join(ROOT, 'tests/fixtures/edisi-bermasalah'), edition, { recursive: true });
    writeFileSync(path.join(edition, 'edition.yaml'), `${readFileSync(path.join(edition, 'edition.yaml'), 'utf8')}rules:\n  - { id: teks-mekanis, severity: off, reason: naskah uji }\n  - { id: sumber-wajib, severity: warning, reason: pengumuman desa tanpa narasumber }\n`);
    writeFileSync(path.join(edition, 'tanpa-sumber.md'), readFileSync(path.join(edition, 'tanpa-sumber.md'), 'utf8').replace(/images:\n.*\n/, ''));
    const r = jurnal(['review', 'bermasalah'], root);
    expect(r.stderr).not.toContain('[teks-mekanis]');
    expect(r.stderr).toMatch(/peringatan {2}kind: berita tanpa narasumber {2}\[sumber-wajib\]\n {4}saran: tambahkan sources: .*; aturan diubah di edition\.yaml: pengumuman desa tanpa narasumber/);
    expect(readFileSync(path.join(root, 'editions/bermasalah/laporan-tinjauan.md'), 'utf8')).toContain('`teks-mekanis` → off: naskah uji');
  });
});
