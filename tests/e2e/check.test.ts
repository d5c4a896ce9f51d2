import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { jurnal, ROOT, scratchProject, snapshotTree } from '../helpers/cli.js';

describe('jurnal check', () => {
  it('finds the sample edition clean, by id and by path', () => {
    for (const ref of ['2026-05', 'content/2026-05']) {
      const r = jurnal(['check', ref]);
      expect(r.stderr).toContain('✓ tidak ada masalah');
      expect(r.code).toBe(0);
    }
  });

  it('prints Indonesian help for every command and a version', () => {
    expect(jurnal(['--help']).stdout).toMatch(/Pemakaian: jurnal \[opsi\] \[perintah\]/);
    for (const command of ['check', 'new']) expect(jurnal([command, '--help']).stdout).toContain('Pemakaian:');
    expect(jurnal(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const unknown = jurnal(['chek']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('maksud Anda "check"?');
  });

  it('names an unknown edition', () => {
    const r = jurnal(['check', '2099-01']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('edisi "2099-01" tidak ditemukan');
  });

  describe('on a broken edition', () => {
    let root: string;
    let edition: string;
    beforeAll(async () => {
      ({ root, edition } = scratchProject('rusak'));
      const write = (name: string, text: string) => writeFileSync(path.join(edition, name), text);
      const article = readFileSync(path.join(edition, 'apel-asn-disiplin.md'), 'utf8');
      write('salah-ketik.md', article.replace('title:', 'tittle:'));
      write('desa-salah.md', article.replace('desa: Paringin Timur', 'desa: Binjai'));
      write('foto-hilang.md', article.replace('foto/upacara-kantor.jpg', 'foto/tidak-ada.jpg'));
      write('foto-keluar.md', article.replace('foto/upacara-kantor.jpg', '../../../../etc/passwd'));
      write('foto-absolut.md', article.replace('foto/upacara-kantor.jpg', '/etc/passwd'));
      write('foto-url.md', article.replace('foto/upacara-kantor.jpg', 'https://contoh.id/a.jpg'));
      write('foto-teks.md', article.replace('foto/upacara-kantor.jpg', 'README.md'));
      write('foto-symlink.md', article.replace('foto/upacara-kantor.jpg', 'foto/keluar.jpg'));
      write('foto-tiff.md', article.replace('foto/upacara-kantor.jpg', 'foto/scan.tif'));
      write('foto-bom.md', article.replace('foto/upacara-kantor.jpg', 'foto/bom.png'));
      symlinkSync('/etc/hostname', path.join(edition, 'foto', 'keluar.jpg'));
      await sharp({ create: { width: 64, height: 64, channels: 3, background: '#888' } }).tiff().toFile(path.join(edition, 'foto', 'scan.tif'));
      // A real, small PNG of 16000 × 16000 pixels: refused by the pixel limit before decoding.
      await sharp({ create: { width: 16000, height: 16000, channels: 3, background: '#000' } }).png({ compressionLevel: 9 }).toFile(path.join(edition, 'foto', 'bom.png'));
    });

    it('reports every problem of every file in one run, with file:line and what to do', () => {
      const before = snapshotTree(root);
      const r = jurnal(['check', 'rusak'], root);
      expect(r.code).toBe(1);
      const out = r.stderr;
      const line = (file: string, rule: string) => out.split('\n').find((l) => l.startsWith(`content/rusak/${file}`) && l.endsWith(`[${rule}]`));
      expect(line('salah-ketik.md', 'field-tidak-dikenal')).toMatch(/^content\/rusak\/salah-ketik\.md:2:1 {2}galat {2}tittle: kunci "tittle" tidak dikenal/);
      expect(out).toContain('saran: maksud Anda "title"?');
      expect(line('desa-salah.md', 'wilayah-desa')).toMatch(/:7:\d+ {2}galat/);
      expect(line('foto-hilang.md', 'foto-tidak-ada')).toMatch(/:12:12 /);
      expect(line('foto-keluar.md', 'path-luar-edisi')).toBeDefined();
      expect(line('foto-absolut.md', 'path-luar-edisi')).toBeDefined();
      expect(line('foto-url.md', 'path-url')).toBeDefined();
      expect(line('foto-teks.md', 'foto-format')).toContain('bukan gambar');
      expect(line('foto-symlink.md', 'path-luar-edisi')).toContain('symlink');
      expect(line('foto-tiff.md', 'foto-format')).toContain('TIFF');
      expect(line('foto-bom.md', 'foto-terlalu-besar')).toBeDefined();
      expect(out).toMatch(/✗ 11 galat, 0 peringatan/);
      expect(snapshotTree(root)).toEqual(before);
    });
  });

  it('checks the photos of an article that has other errors too, in the same run', () => {
    const { root, edition } = scratchProject('dua-masalah');
    const file = path.join(edition, 'harga-pasar-paringin.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('foto/pasar-paringin.jpg', 'foto/pasar-parinigin.jpg').replace('section: ekonomi', 'section: Ekonomi'));
    const r = jurnal(['check', 'dua-masalah'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/harga-pasar-paringin\.md:3:10 {2}galat {2}section: rubrik "Ekonomi" tidak ada/);
    expect(r.stderr).toMatch(/harga-pasar-paringin\.md:13:12 {2}galat {2}images\.0\.src: foto "foto\/pasar-parinigin\.jpg" tidak ditemukan/);
  });

  it('reports a duplicate slug and points at the first file', () => {
    const { root, edition } = scratchProject('ganda', false);
    rmSync(path.join(edition, 'foto'), { recursive: true, force: true });
    for (const f of ['jembatan-gantung-binjai.md']) writeFileSync(path.join(edition, 'Jembatan-Gantung-Binjai.md'), readFileSync(path.join(edition, f)));
    const r = jurnal(['check', 'ganda'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('slug "jembatan-gantung-binjai" sudah dipakai');
    expect(r.stderr).toMatch(/lihat: content\/ganda\/Jembatan-Gantung-Binjai\.md dipakai pertama kali/);
  });

  it('reports a bad edition.yaml with its line', () => {
    const { root, edition } = scratchProject('halaman', false);
    const file = path.join(edition, 'edition.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('pages: 12 ', 'pages: 6 '));
    const r = jurnal(['check', 'halaman'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/content\/halaman\/edition\.yaml:10:8 {2}galat {2}pages: jumlah halaman 6 tidak bisa dijilid/);
    expect(r.stderr).toContain('saran: pilih 4 atau 8 halaman');
  });
});

describe('jurnal new', () => {
  it('writes a skeleton that passes the loader and refuses to overwrite', () => {
    const { root, edition } = scratchProject('baru', false);
    mkdirSync(path.join(edition, 'foto'), { recursive: true });
    const r = jurnal(['new', 'baru', 'rapat-koordinasi'], root);
    expect(r.code).toBe(0);
    const file = path.join(edition, 'rapat-koordinasi.md');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('title: Rapat Koordinasi');
    writeFileSync(file, `${text}\n`);
    const again = jurnal(['new', 'baru', 'rapat-koordinasi'], root);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('sudah ada');
    expect(readFileSync(file, 'utf8')).toBe(`${text}\n`);
    const check = jurnal(['check', 'baru'], root);
    expect(check.stderr).not.toContain('rapat-koordinasi.md');
    expect(jurnal(['new', 'baru', 'Bad Slug'], root).code).toBe(1);
  });
});

it('keeps the repository root untouched', () => {
  expect(ROOT).toBeTruthy();
});
