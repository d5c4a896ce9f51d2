import { closeSync, cpSync, existsSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonOf, jurnal, ROOT, scratchProject, snapshotTree } from '../helpers/cli.js';
import { openPdf, pageText } from '../helpers/pdf.js';

const FIXTURES = path.join(ROOT, 'tests/fixtures/kiriman');

/** The article files of an edition and its kiriman/ folder, to prove a refusal wrote nothing. */
const editionState = (edition: string) => ({ tree: snapshotTree(edition), hidden: readdirSync(edition).filter((n) => n.startsWith('.')) });

function frontMatterOf(file: string): string {
  return readFileSync(file, 'utf8').split('\n---\n')[0]!;
}

describe('jurnal kiriman impor: each accepted form', () => {
  let root: string;
  let edition: string;
  beforeAll(() => {
    ({ root, edition } = scratchProject('2026-05', false));
    mkdirSync(path.join(root, 'distribution'));
    cpSync(path.join(ROOT, 'distribution/kim.csv'), path.join(root, 'distribution/kim.csv'));
  });

  it('a folder with a text and its photo: a draft article, the photo copied, the originals kept byte for byte', () => {
    const r = jurnal(['kiriman', 'impor', path.join(FIXTURES, 'teks-binjai'), '--edisi', '2026-05'], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('diimpor ke content/2026-05: 1 naskah draf (verification: pending)');
    // The shipped KIM registry holds only examples: a warning, not a refusal.
    expect(r.stderr).toContain('kiriman-kim-tidak-terdaftar');
    const file = path.join(edition, 'warga-binjai-gotong-royong-bersihkan-saluran-irigasi.md');
    const fm = frontMatterOf(file);
    expect(fm).toContain('kontributor: { nama: "Siti Aminah", kim: "Bina Warga Binjai", desa: "63.11.07.2008", telepon: "0812 5100 2345" }');
    expect(fm).toContain('verification: { status: pending }');
    expect(fm).toContain('location: { kecamatan: "Paringin Selatan", desa: "Binjai" }');
    const id = /kiriman\/([0-9a-f]{10})\/foto\/irigasi\.jpg/.exec(fm)![1]!;
    for (const name of ['berita.txt', 'irigasi.jpg']) {
      expect(readFileSync(path.join(edition, 'kiriman', id, 'asli', name)).equals(readFileSync(path.join(FIXTURES, 'teks-binjai', name)))).toBe(true);
    }
    expect(readFileSync(path.join(edition, 'kiriman', id, 'foto', 'irigasi.jpg')).equals(readFileSync(path.join(FIXTURES, 'teks-binjai/irigasi.jpg')))).toBe(true);
    // The same contribution again is recognised, and nothing changes.
    const before = editionState(edition);
    const again = jurnal(['kiriman', 'impor', path.join(FIXTURES, 'teks-binjai'), '--edisi', '2026-05'], root);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('kiriman ini sudah diimpor');
    expect(editionState(edition)).toEqual(before);
  });

  it('a Markdown file with its head between --- lines, and a form export with two rows (JSON)', () => {
    expect(jurnal(['kiriman', 'impor', path.join(FIXTURES, 'kiriman-lampihong.md'), '--edisi', '2026-05'], root).code).toBe(0);
    const md = frontMatterOf(path.join(edition, 'pelatihan-anyaman-purun-untuk-ibu-ibu-desa-lampihong-kanan.md'));
    expect(md).toContain('section: ekonomi');
    expect(md).toContain('telepon: "+62 813 4821 7788"');
    const r = jurnal(['kiriman', 'impor', path.join(FIXTURES, 'formulir'), '--edisi', '2026-05', '--json'], root);
    expect(r.code).toBe(0);
    const json = jsonOf(r) as ReturnType<typeof jsonOf> & { articles: { slug: string; desa: string; photos: number }[] };
    expect(json.ok).toBe(true);
    expect(json.articles.map((a) => [a.slug, a.desa, a.photos])).toEqual([
      ['posyandu-galumbang-timbang-60-balita', 'Galumbang', 1],
      ['jalan-usaha-tani-desa-kapul-mulai-dicor', 'Kapul', 0],
    ]);
    // Galumbang exists in two kecamatan: the form's kecamatan column decides.
    expect(frontMatterOf(path.join(edition, 'posyandu-galumbang-timbang-60-balita.md'))).toContain('desa: "63.11.01.2006"');
    // Every draft is a valid article of the edition; only the review holds it (pending, no sources).
    // (This copy of the sample has no photos of its own, so only the drafts' findings are looked at.)
    const check = jsonOf(jurnal(['check', '2026-05', '--json'], root));
    const drafts = ['warga-binjai', 'pelatihan-anyaman', 'posyandu-galumbang', 'jalan-usaha-tani'];
    expect(check.diagnostics.filter((d) => drafts.some((slug) => d.file.includes(slug)))).toEqual([]);
    expect(check.diagnostics.length).toBeGreaterThan(0);
  });

  it('status: per kecamatan, who sent this edition and in the six before, and who never did', () => {
    const earlier = path.join(root, 'content/2026-04');
    mkdirSync(earlier);
    cpSync(path.join(edition, 'edition.yaml'), path.join(earlier, 'edition.yaml'));
    cpSync(path.join(edition, 'warga-binjai-gotong-royong-bersihkan-saluran-irigasi.md'), path.join(earlier, 'gotong-royong.md'));
    const r = jurnal(['kiriman', 'status', '2026-05', '--json'], root);
    expect(r.code).toBe(0);
    const status = JSON.parse(r.stdout) as { recentEditions: string[]; kecamatan: { name: string; villages: { name: string; thisEdition: number; recent: number; last?: string }[] }[] };
    expect(status.recentEditions).toEqual(['2026-04']);
    const village = (kec: string, name: string) => status.kecamatan.find((k) => k.name === kec)!.villages.find((v) => v.name === name)!;
    expect(village('Paringin Selatan', 'Binjai')).toMatchObject({ thisEdition: 1, recent: 1, last: '2026-05' });
    expect(village('Halong', 'Kapul')).toMatchObject({ thisEdition: 1, recent: 0 });
    expect(village('Juai', 'Galumbang')).toMatchObject({ thisEdition: 1 });
    expect(village('Paringin Selatan', 'Galumbang').last).toBeUndefined();
    const text = jurnal(['kiriman', 'status', '2026-05'], root);
    expect(text.stdout).toContain('Kecamatan Paringin Selatan: 1 mengirim di edisi ini, 1 dari 16 pernah mengirim');
    expect(text.stdout).toMatch(/Binjai\s+1\s+1\s+2026-05/);
    expect(text.stdout).toMatch(/Kecamatan Batu Mandi: 0 mengirim di edisi ini, 0 dari 18 pernah mengirim\n {2}belum pernah mengirim \(18\): Tariwin, /);
    // The earlier edition alone: nothing after it counts.
    expect(JSON.parse(jurnal(['kiriman', 'status', '2026-04', '--json'], root).stdout).recentEditions).toEqual([]);
  });

  it('kim: the shipped registry is valid and says it holds only examples; a bad row is named', () => {
    const ok = jurnal(['kiriman', 'kim'], root);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('distribution/kim.csv: 2 KIM (0 terdaftar, 2 contoh)');
    expect(ok.stderr).toContain('kim-kosong');
    const file = path.join(root, 'distribution/kim.csv');
    writeFileSync(file, `${readFileSync(file, 'utf8')}KIM Baru,63.11.07.2008,Binjai,Halong,,,,,,,,,\n`);
    const bad = jurnal(['kiriman', 'kim'], root);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('distribution/kim.csv:4:4  galat  kecamatan: kode 63.11.07.2008 ada di kecamatan Paringin Selatan, bukan "Halong"  [kim-desa]');
    // A broken registry stops an import, before anything is written.
    const good = path.join(root, 'kiriman-baru.txt');
    writeFileSync(good, readFileSync(path.join(FIXTURES, 'teks-binjai/berita.txt'), 'utf8').replace(/^Foto:.*\n/m, '').replace('Warga Binjai', 'Warga Desa Binjai'));
    const before = editionState(edition);
    const r = jurnal(['kiriman', 'impor', good, '--edisi', '2026-05'], root);
    expect(r.stderr).toContain('[kim-desa]');
    expect(r.code).toBe(1);
    expect(editionState(edition)).toEqual(before);
  });
});

describe('jurnal kiriman impor: bad contributions are refused whole, with their place', () => {
  let root: string;
  let edition: string;
  let scratch: string;
  beforeAll(() => {
    ({ root, edition } = scratchProject('2026-05', false));
    scratch = mkdtempSync(path.join(tmpdir(), 'kiriman-bad-'));
  });

  const refused = (source: string, expected: string[]) => {
    const before = editionState(edition);
    const r = jurnal(['kiriman', 'impor', source, '--edisi', '2026-05'], root);
    expect(r.code).toBe(1);
    for (const text of expected) expect(r.stderr).toContain(text);
    expect(r.stderr).toContain('kiriman ditolak; tidak ada yang ditulis');
    expect(editionState(edition)).toEqual(before);
    expect(existsSync(path.join(edition, 'kiriman'))).toBe(false);
  };

  it('an unknown village, with "maksud Anda"', () => {
    refused(path.join(FIXTURES, 'desa-salah.txt'), ['desa-salah.txt:3:7  galat  desa: desa/kelurahan "Binjay" tidak ada di Kabupaten Balangan  [kiriman-desa]', 'saran: maksud Anda "Binjai"?']);
  });

  it('a contribution without a telephone', () => {
    refused(path.join(FIXTURES, 'tanpa-telepon.txt'), ['tanpa-telepon.txt:1:1  galat  telepon: isian "Telepon" kosong  [kiriman-isian-wajib]', 'nomor telepon pengirim untuk memverifikasi']);
  });

  it('a script in the text, at its line in the original', () => {
    refused(path.join(FIXTURES, 'skrip.txt'), ['skrip.txt:9:1  galat  HTML "<script>alert(\'halo\')</script>" (HTML atau skrip) tidak boleh ada di naskah kiriman; kiriman ditolak  [html-mentah]']);
  });

  it('a photo too small to print, with the minimum', () => {
    refused(path.join(FIXTURES, 'foto-kecil'), ['kecil.jpg  galat  foto 480 × 360 piksel terlalu kecil untuk dicetak; sisi terpendeknya paling sedikit 800 piksel  [kiriman-foto-kecil]']);
  });

  it('a HEIC photo, by its bytes, with how to send JPEG', () => {
    refused(path.join(FIXTURES, 'heic'), ['IMG_0001.HEIC  galat  foto HEIC/HEIF (format bawaan iPhone) tidak diterima  [kiriman-jenis-berkas]', 'Paling Kompatibel']);
    // The extension does not matter: a HEIC renamed .jpg is still refused.
    const renamed = path.join(scratch, 'heic-jpg');
    mkdirSync(renamed);
    cpSync(path.join(FIXTURES, 'heic/IMG_0001.HEIC'), path.join(renamed, 'foto.jpg'));
    writeFileSync(path.join(renamed, 'berita.txt'), readFileSync(path.join(FIXTURES, 'heic/berita.txt'), 'utf8').replace('IMG_0001.HEIC', 'foto.jpg'));
    refused(renamed, ['foto.jpg  galat  foto HEIC/HEIF']);
  });

  it('a file over 50 MB, refused without reading it', () => {
    const big = path.join(scratch, 'besar');
    mkdirSync(big);
    cpSync(path.join(FIXTURES, 'teks-binjai/berita.txt'), path.join(big, 'berita.txt'));
    // Sparse: 60 MB on paper, nothing on disk.
    const fd = openSync(path.join(big, 'irigasi.jpg'), 'w');
    ftruncateSync(fd, 60 * 1024 * 1024);
    closeSync(fd);
    refused(big, ['irigasi.jpg  galat  berkas 60,0 MB, batasnya 50,0 MB; tidak dibaca  [kiriman-terlalu-besar]']);
  });

  it('a photo the text names but that was not sent, and a path that does not exist', () => {
    refused(path.join(FIXTURES, 'teks-binjai/berita.txt').replace('teks-binjai', 'tidak-ada'), ['berkas atau folder kiriman tidak ada  [kiriman-tidak-ada]']);
    const lone = path.join(scratch, 'tanpa-foto.txt');
    cpSync(path.join(FIXTURES, 'teks-binjai/berita.txt'), lone);
    refused(lone, ['tanpa-foto.txt:7:7  galat  foto: foto "irigasi.jpg" tidak ada di kiriman  [kiriman-foto-tidak-ada]']);
  });
});

describe('a contribution through review to print', () => {
  it('cannot be approved while unverified; verified and approved, it prints its sender and village', () => {
    const { root, edition } = scratchProject('2026-05');
    // The sample edition is full: the contribution takes the place of one story of its section.
    rmSync(path.join(edition, 'bumdes-juai.md'));
    expect(jurnal(['kiriman', 'impor', path.join(FIXTURES, 'teks-binjai'), '--edisi', '2026-05'], root).code).toBe(0);
    const slug = 'warga-binjai-gotong-royong-bersihkan-saluran-irigasi';
    const file = path.join(edition, `${slug}.md`);
    const approvals = readFileSync(path.join(edition, 'approvals.yaml'), 'utf8');
    const refused = jurnal(['approve', '2026-05', slug, '--by', 'Redaksi'], root);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${slug}.md:14:25  galat  verification.status: kiriman dari Siti Aminah belum boleh disetujui: verifikasi pending, harus verified  [persetujuan-kiriman]`);
    expect(readFileSync(path.join(edition, 'approvals.yaml'), 'utf8')).toBe(approvals);
    // The redaksi verifies: calls the sender, names a source.
    writeFileSync(file, readFileSync(file, 'utf8')
      .replace('verification: { status: pending }', 'verification: { status: verified, by: Redaksi, date: 2026-05-13 }')
      .replace('sources: []', 'sources:\n  - { name: Kepala Desa Binjai, role: narasumber }'));
    const approved = jurnal(['approve', '2026-05', slug, '--by', 'Redaksi'], root);
    expect(approved.stderr).toBe('');
    expect(approved.code).toBe(0);
    const build = jurnal(['build', '2026-05', '--senyap'], root);
    expect(build.code).toBe(0);
    const textOf = (name: string) => {
      const doc = openPdf(readFileSync(path.join(root, 'editions/2026-05', name)));
      return Array.from({ length: doc.countPages() }, (_, i) => pageText(doc, i)).join('\n').replace(/\s+/g, ' ');
    };
    const print = textOf('jurnal-balangan-2026-05.pdf');
    expect(print).toContain('Oleh Siti Aminah · Kiriman dari KIM Bina Warga Binjai, Desa Binjai');
    expect(print).toContain('Foto: Siti Aminah/KIM Bina Warga Binjai');
    expect(print).not.toContain('KIRIMAN ·');
    const proof = textOf('proof-2026-05.pdf');
    expect(proof).toContain('Kiriman dari KIM Bina Warga Binjai, Desa Binjai');
    expect(proof).toContain('KIRIMAN · DISETUJUI');
    expect(readFileSync(path.join(root, 'editions/2026-05/laporan-tinjauan.md'), 'utf8')).toContain(`(\`${slug}\`) — Kiriman dari KIM Bina Warga Binjai, Desa Binjai |`);
    // A whole print build: on a shared, busy machine it takes minutes, not seconds.
  }, 600_000);
});
