import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonOf, jurnal, ROOT, scratchProject, snapshotTree } from '../helpers/cli.js';

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
      // Nothing of the project changes; the cache may learn the photos that passed.
      const project = (tree: Record<string, string>) => Object.fromEntries(Object.entries(tree).filter(([f]) => !f.startsWith('.cache/')));
      expect(project(snapshotTree(root))).toEqual(project(before));
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

  it('refuses a folder without edition.yaml, so nothing is written outside an edition', () => {
    const { root, edition } = scratchProject('kasus', false);
    const before = snapshotTree(root);
    for (const [args, cwd, shownAs] of [[['new', '..', 'kasus-luar'], edition, path.join(root, 'content')], [['new', 'content', 'kasus-luar'], root, 'content']] as const) {
      const r = jurnal([...args], cwd);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`jurnal: ${shownAs} bukan folder edisi (tidak ada edition.yaml); tidak ada yang ditulis`);
      expect(r.stderr).toContain('saran: sebut edisi dengan id-nya (mis. "jurnal new 2026-05 kasus-luar")');
    }
    expect(snapshotTree(root)).toEqual(before);
    expect(existsSync(path.join(root, 'content', 'kasus-luar.md'))).toBe(false);
  });
});

describe('the project root', () => {
  it('is found from any folder below it, as git finds its repository', () => {
    const { root, edition } = scratchProject('2026-05');
    for (const cwd of [path.join(root, 'content'), path.join(edition, 'foto-tidak-ada-di-sini')]) {
      mkdirSync(cwd, { recursive: true });
      const r = jurnal(['check', '2026-05', '--json'], cwd);
      expect(jsonOf(r).articles, r.stderr).toBeGreaterThan(0);
    }
    // A layout command run inside content/ writes to the project's editions/, not to content/editions/.
    const before = snapshotTree(path.join(root, 'content'));
    const plan = jurnal(['plan', '2026-05'], path.join(root, 'content'));
    expect(plan.stderr).toContain(`flatplan ditulis: ${path.join(root, 'editions/2026-05/flatplan.pdf')}`);
    expect(existsSync(path.join(root, 'editions/2026-05/flatplan.pdf'))).toBe(true);
    expect(existsSync(path.join(root, 'content/editions'))).toBe(false);
    expect(existsSync(path.join(root, 'content/.cache'))).toBe(false);
    expect(snapshotTree(path.join(root, 'content'))).toEqual(before);
  });
});

describe('what check refuses stops every command before layout, with the same message', () => {
  it('a table far too long for a column: the same file:line:col from check, plan, review and build', () => {
    const { root, edition } = scratchProject('2026-05', false);
    const file = path.join(edition, 'tabel-raksasa.md');
    const head = readFileSync(path.join(edition, 'apel-asn-disiplin.md'), 'utf8').split('\n---\n')[0]!.replace(/images:\n.*\n/, '').replace('title: Bupati Ingatkan ASN Disiplin dan Ramah', 'title: Tabel Raksasa');
    const rows = Array.from({ length: 20_000 }, (_, i) => `| Desa ${i} | ${i * 3} |`).join('\n');
    writeFileSync(file, `${head}\n---\n\nData penerima bantuan per desa.\n\n| Desa | Jumlah |\n| --- | ---: |\n${rows}\n`);
    const line = file.length && readFileSync(file, 'utf8').split('\n').indexOf('| Desa | Jumlah |') + 1;
    const check = jurnal(['check', '2026-05'], root);
    expect(check.code).toBe(1);
    const message = check.stderr.split('\n').find((l) => l.endsWith('[tabel-terlalu-panjang]'))!;
    expect(message).toBe(`content/2026-05/tabel-raksasa.md:${line}:1  galat  tabel 20000 baris; satu tabel paling banyak 30 baris  [tabel-terlalu-panjang]`);
    const before = snapshotTree(root);
    for (const command of ['plan', 'review', 'build']) {
      const started = Date.now();
      const r = jurnal([command, '2026-05'], root);
      expect(r.code, command).toBe(1);
      expect(r.stderr.split('\n'), command).toContain(message);
      // Nothing was laid out: no progress past the check, no output, in seconds rather than minutes.
      expect(r.stderr, command).not.toMatch(/mengukur|menyusun|batas-waktu/);
      expect(Date.now() - started, command).toBeLessThan(60_000);
      expect(existsSync(path.join(root, 'editions', '2026-05')), command).toBe(false);
      const json = jsonOf(jurnal([command, '2026-05', '--json'], root));
      expect(json.ok).toBe(false);
      expect(json.diagnostics.find((d) => d.rule === 'tabel-terlalu-panjang')?.position).toEqual({ line, column: 1 });
    }
    expect(snapshotTree(root)).toEqual(before);
  }, 300_000);
});

describe('--json', () => {
  it('answers every outcome of check with one object and the usual exit code', () => {
    const { root, edition } = scratchProject('halaman');
    const ok = jurnal(['check', 'halaman', '--json'], root);
    expect(ok.code).toBe(0);
    expect(jsonOf(ok)).toMatchObject({ ok: true, diagnostics: [], editions: 1 });
    const file = path.join(edition, 'edition.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('pages: 12 ', 'pages: 6 '));
    const bad = jurnal(['check', 'halaman', '--json'], root);
    expect(bad.code).toBe(1);
    expect(jsonOf(bad).ok).toBe(false);
    expect(jsonOf(bad).diagnostics.find((d) => d.file === 'content/halaman/edition.yaml')?.position).toEqual({ line: 10, column: 8 });
    const missing = jurnal(['check', '2099-01', '--json'], root);
    expect(missing.code).toBe(1);
    expect(jsonOf(missing)).toMatchObject({ ok: false, diagnostics: [{ rule: 'perintah', severity: 'error', message: 'edisi "2099-01" tidak ditemukan' }] });
    for (const command of ['check', 'plan', 'build', 'review']) {
      const unknown = jurnal([command, 'halaman', '--json', '--salah'], root);
      expect(unknown.code, command).toBe(1);
      expect(jsonOf(unknown), command).toMatchObject({ ok: false, diagnostics: [{ message: 'opsi tidak dikenal --salah' }] });
    }
  });
});

describe('help', () => {
  it('keeps its columns aligned after the terms are translated', () => {
    for (const args of [['--help'], ['build', '--help'], ['distribute', '--help']]) {
      const text = jurnal(args).stdout;
      for (const section of text.split(/\n(?=\S)/)) {
        const starts = section.split('\n').map((l) => /^ {2}(\S.*?\S) {2,}(?=\S)/.exec(l)?.[0].length).filter((n) => n !== undefined);
        expect(new Set(starts).size, `${args.join(' ')}:\n${section}`).toBeLessThanOrEqual(1);
      }
      expect(text).not.toMatch(/\[options\]|\(default: /);
    }
  });
});

it('keeps the repository root untouched: check writes nothing, not even on failure, but its cache of parsed articles and photo inspections', () => {
  const watched = ['content', 'editions', 'distribution'].filter((d) => existsSync(path.join(ROOT, d)));
  const before = Object.fromEntries(watched.map((d) => [d, snapshotTree(path.join(ROOT, d))]));
  const cache = path.join(ROOT, '.cache');
  const cached = existsSync(cache) ? snapshotTree(cache) : {};
  expect(jurnal(['check', '2026-05']).code).toBe(0);
  expect(jurnal(['check', '--json']).code).toBe(0);
  expect(jurnal(['check', '2099-01']).code).toBe(1);
  expect(['content', 'editions', 'distribution'].filter((d) => existsSync(path.join(ROOT, d)))).toEqual(watched);
  expect(Object.fromEntries(watched.map((d) => [d, snapshotTree(path.join(ROOT, d))]))).toEqual(before);
  const written = Object.entries(existsSync(cache) ? snapshotTree(cache) : {}).filter(([f, v]) => cached[f] !== v).map(([f]) => f);
  expect(written.filter((f) => !/^jurnal\/(naskah\/[0-9a-f]{40}\.json|foto\/periksa-foto\.json)$/.test(f))).toEqual([]);
});
