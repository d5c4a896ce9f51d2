import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/content/article.js';
import { byline, kirimanNote } from '../../src/contrib/byline.js';
import { draftArticle, slugFromTitle, uniqueSlug } from '../../src/contrib/draft.js';
import { checkKimName, KIM_COLUMNS, parseKimRegistry } from '../../src/contrib/kim-registry.js';
import { parseContributionCsv, parseContributionText } from '../../src/contrib/parse.js';
import { checkContribution } from '../../src/contrib/validate.js';
import { resolveVillage } from '../../src/contrib/village.js';
import { unverifiedContributions } from '../../src/review/contribution.js';

const SECTIONS = ['pemerintahan', 'desa', 'ekonomi'];
const ctx = { sections: SECTIONS, today: '2026-05-20' };

const TEXT = `Judul: Warga Binjai Gotong Royong
Nama: Siti Aminah
KIM: Bina Warga
Desa: Binjai
Telepon: 0812 5100 2345
Tanggal: 10-05-2026
Foto: irigasi.jpg | Warga membersihkan saluran.
Foto: kedua.JPG

Paragraf pertama.

Paragraf kedua.
`;

describe('contribution text', () => {
  it('reads the head, the photos with captions and the body with its first line', () => {
    const { contribution, diagnostics } = parseContributionText(TEXT, 'k/berita.txt');
    expect(diagnostics).toEqual([]);
    expect(contribution!.fields.judul).toEqual({ value: 'Warga Binjai Gotong Royong', position: { line: 1, column: 8 } });
    expect(contribution!.fields.telepon!.position).toEqual({ line: 5, column: 10 });
    expect(contribution!.photos).toEqual([
      { name: 'irigasi.jpg', caption: 'Warga membersihkan saluran.', position: { line: 7, column: 7 } },
      { name: 'kedua.JPG', position: { line: 8, column: 7 } },
    ]);
    expect(contribution!.body).toBe('Paragraf pertama.\n\nParagraf kedua.');
    expect(contribution!.bodyStart).toEqual({ line: 10, column: 1 });
  });

  it('takes the head between --- lines, quoted values, CRLF, a BOM and the aliases operators write', () => {
    const text = '\ufeff---\r\nJudul: A\r\nNama Pengirim: B\r\nHP: "0812 1234 5678"\r\nKelurahan: Paringin Kota\r\n---\r\n\r\nIsi.\r\n';
    const { contribution, diagnostics } = parseContributionText(text, 'a.md');
    expect(diagnostics).toEqual([]);
    expect(contribution!.fields.nama!.value).toBe('B');
    expect(contribution!.fields.telepon!.value).toBe('0812 1234 5678');
    expect(contribution!.fields.desa!.value).toBe('Paringin Kota');
    expect(contribution!.bodyStart.line).toBe(8);
  });

  it('names an unknown key with "maksud Anda", a repeated one, and a text without a head', () => {
    const bad = parseContributionText('Judul: A\nTelpon: 0812\nJudul: B\n\nIsi.', 'b.txt');
    expect(bad.diagnostics.map((d) => [d.rule, d.position?.line, d.hint?.includes('telepon') ?? false])).toEqual([
      ['kiriman-kunci', 2, true],
      ['kiriman-kunci', 3, false],
    ]);
    const plain = parseContributionText('Gotong royong di desa kami\n\nIsi berita.', 'c.txt');
    expect(plain.contribution).toBeUndefined();
    expect(plain.diagnostics[0]).toMatchObject({ rule: 'kiriman-kunci', position: { line: 1, column: 1 }, message: 'kiriman tidak diawali kepala (Judul:, Nama:, Desa:, …)' });
  });

  it('finds a character left by a chat app at its place', () => {
    const { diagnostics } = parseContributionText('Judul: A\n\nIsi\u200b berita.', 'd.txt');
    expect(diagnostics).toMatchObject([{ rule: 'karakter-kontrol', position: { line: 3, column: 4 } }]);
  });
});

describe('contribution form export (CSV)', () => {
  it('gives one contribution per row, starting at the row where it begins, even after a cell of several lines', () => {
    const csv = 'judul,nama,desa,telepon,tanggal,isi,foto,keterangan_foto\nA,B,Binjai,0812 1111 2222,10/05/2026,"Baris satu.\n\nBaris dua.",a.jpg;b.jpg,Satu;Dua\nC,D,Kapul,0812 3333 4444,2026-05-11,Isi.,,\n';
    const { contributions, diagnostics } = parseContributionCsv(csv, 'f.csv');
    expect(diagnostics).toEqual([]);
    expect(contributions.map((c) => c.position.line)).toEqual([2, 5]);
    expect(contributions[0]!.body).toBe('Baris satu.\n\nBaris dua.');
    expect(contributions[0]!.photos.map((p) => [p.name, p.caption])).toEqual([['a.jpg', 'Satu'], ['b.jpg', 'Dua']]);
    expect(contributions[1]!.fields.desa!.position).toEqual({ line: 5, column: 3 });
  });

  it('reads a line break in a one-line answer as a space, so it cannot reach the draft as YAML', () => {
    const csv = 'judul,nama,kim,desa,telepon,tanggal,isi\n"A","B","Bina\ntitle: disisipkan",Binjai,0812 1111 2222,10/05/2026,Isi.\n';
    const c = parseContributionCsv(csv, 'f.csv').contributions[0]!;
    expect(c.fields.kim!.value).toBe('Bina title: disisipkan');
    const { checked } = checkContribution(c, ctx);
    const text = draftArticle(checked!, { section: 'desa', origin: 'kiriman/x/asli/f\nsection: lain.csv', photos: [] });
    const { article, diagnostics } = parseArticle(Buffer.from(text), { slug: 'a', file: 'a.md', sections: SECTIONS });
    expect(diagnostics).toEqual([]);
    expect(article!.frontMatter).toMatchObject({ title: 'A', section: 'desa', kontributor: { kim: 'Bina title: disisipkan' } });
  });

  it('refuses a header without the required columns', () => {
    const { contributions, diagnostics } = parseContributionCsv('judul,nama\nA,B\n', 'g.csv');
    expect(contributions).toEqual([]);
    expect(diagnostics[0]).toMatchObject({ rule: 'csv-kepala', position: { line: 1, column: 1 } });
    expect(diagnostics[0]!.message).toContain('desa, telepon, tanggal, isi');
  });
});

describe('checking a contribution', () => {
  const parsed = (text: string) => parseContributionText(text, 'k.txt').contribution!;

  it('accepts a complete one and resolves the village to its official code', () => {
    const { checked, diagnostics } = checkContribution(parsed(TEXT), ctx);
    expect(diagnostics).toEqual([]);
    expect(checked).toMatchObject({ nama: 'Siti Aminah', kim: 'Bina Warga', tanggal: '2026-05-10', village: { code: '63.11.07.2008', name: 'Binjai' } });
  });

  it('asks for a telephone, and names bad dates, numbers, kecamatan, rubrik and villages at their value', () => {
    const missing = checkContribution(parsed('Judul: A\nNama: B\nDesa: Binjai\nTanggal: 10-05-2026\n\nIsi.'), ctx);
    expect(missing.diagnostics).toMatchObject([{ rule: 'kiriman-isian-wajib', field: 'telepon', message: 'isian "Telepon" kosong' }]);
    const bad = checkContribution(parsed('Judul: A\nNama: B\nDesa: Binjay\nTelepon: 12345\nTanggal: 31-02-2026\nKecamatan: Paringin Selatn\nRubrik: olahraga\n\nIsi.'), ctx);
    expect(bad.checked).toBeUndefined();
    expect(bad.diagnostics.map((d) => [d.field, d.rule, d.position?.line])).toEqual([
      ['telepon', 'kiriman-isian-tidak-sah', 4],
      ['tanggal', 'kiriman-isian-tidak-sah', 5],
      ['kecamatan', 'kiriman-isian-tidak-sah', 6],
      ['desa', 'kiriman-desa', 3],
      ['rubrik', 'kiriman-isian-tidak-sah', 7],
    ]);
    expect(bad.diagnostics.find((d) => d.field === 'desa')!.hint).toBe('maksud Anda "Binjai"?');
    expect(bad.diagnostics.find((d) => d.field === 'kecamatan')!.hint).toBe('maksud Anda "Paringin Selatan"?');
  });
});

describe('villages by code or name', () => {
  it('finds a village by code, by name with or without "Desa", and asks for the kecamatan of a name found twice', () => {
    expect(resolveVillage('63.11.07.2008')).toMatchObject({ village: { name: 'Binjai' } });
    expect(resolveVillage('desa binjai')).toMatchObject({ village: { code: '63.11.07.2008' } });
    expect(resolveVillage('Galumbang')).toMatchObject({ problem: expect.stringContaining('ada di 2 kecamatan') });
    expect(resolveVillage('Galumbang', 'Juai')).toMatchObject({ village: { code: '63.11.01.2006' } });
    expect(resolveVillage('63.11.99.2001')).toMatchObject({ problem: expect.stringContaining('bukan desa/kelurahan') });
    expect(resolveVillage('Binjai', 'Halong')).toMatchObject({ problem: 'desa/kelurahan "Binjai" tidak ada di kecamatan Halong' });
  });
});

describe('draft article', () => {
  it('is an article of the paper: kontributor with the village code, verification pending, photos and byline', () => {
    const { checked } = checkContribution(parseContributionText(TEXT, 'k.txt').contribution!, ctx);
    const text = draftArticle(checked!, { section: 'desa', origin: 'kiriman/abc/asli/berita.txt', photos: [{ src: 'kiriman/abc/foto/irigasi.jpg', caption: 'Warga.' }] });
    const { article, diagnostics } = parseArticle(Buffer.from(text), { slug: 'warga', file: 'warga.md', sections: SECTIONS });
    expect(diagnostics).toEqual([]);
    expect(article!.frontMatter).toMatchObject({
      kontributor: { nama: 'Siti Aminah', kim: 'Bina Warga', desa: '63.11.07.2008', telepon: '0812 5100 2345' },
      verification: { status: 'pending' },
      location: { kecamatan: 'Paringin Selatan', desa: 'Binjai' },
      images: [{ src: 'kiriman/abc/foto/irigasi.jpg', caption: 'Warga.', credit: 'Siti Aminah/KIM Bina Warga' }],
    });
    expect(byline(article!.frontMatter)).toBe('Oleh Siti Aminah · Kiriman dari KIM Bina Warga, Desa Binjai');
    expect(kirimanNote(article!.frontMatter)).toBe('Kiriman dari KIM Bina Warga, Desa Binjai');
    expect(byline({ ...article!.frontMatter, author: 'Redaksi' })).toBe('Oleh Redaksi · Kiriman Siti Aminah dari KIM Bina Warga, Desa Binjai');
    expect(unverifiedContributions([article!])).toMatchObject([{ rule: 'persetujuan-kiriman', field: 'verification.status' }]);
    const verified = { ...article!, frontMatter: { ...article!.frontMatter, verification: { status: 'verified' as const } } };
    expect(unverifiedContributions([verified])).toEqual([]);
  });

  it('writes a hostile title as text, never as YAML', () => {
    const { checked } = checkContribution(parseContributionText(TEXT.replace('Warga Binjai Gotong Royong', 'A: "b" #c &x *x !!str'), 'k.txt').contribution!, ctx);
    const text = draftArticle(checked!, { section: 'desa', origin: 'x', photos: [] });
    expect(parseArticle(Buffer.from(text), { slug: 'x', file: 'x.md', sections: SECTIONS }).article!.frontMatter.title).toBe('A: “b” #c &x *x !!str');
  });

  it('makes slugs from headlines and keeps them distinct', () => {
    expect(slugFromTitle('Posyandu Galumbang: 60 Balita Ditimbang!')).toBe('posyandu-galumbang-60-balita-ditimbang');
    expect(slugFromTitle('¿?')).toBe('kiriman');
    expect(slugFromTitle('kata '.repeat(40)).length).toBeLessThanOrEqual(60);
    expect(uniqueSlug('a', (s) => s === 'a' || s === 'a-2')).toBe('a-3');
  });

  it('checks kontributor in any article: the village and the telephone, at their line', () => {
    const base = '---\ntitle: A\nsection: desa\nkind: berita\nauthor: B\ndate: 2026-05-10\n';
    const bad = parseArticle(Buffer.from(`${base}kontributor: { nama: B, desa: Binjay, telepon: "12" }\n---\n\nIsi.\n`), { slug: 'a', file: 'a.md', sections: SECTIONS });
    expect(bad.diagnostics.map((d) => [d.field, d.rule, d.position?.line])).toEqual([['kontributor.telepon', 'field-format', 7]]);
    const village = parseArticle(Buffer.from(`${base}kontributor: { nama: B, desa: Binjay, telepon: "0812 1234 5678" }\n---\n\nIsi.\n`), { slug: 'a', file: 'a.md', sections: SECTIONS });
    expect(village.diagnostics).toMatchObject([{ field: 'kontributor.desa', rule: 'wilayah-desa', position: { line: 7 }, hint: 'maksud Anda "Binjai"?' }]);
  });
});

describe('KIM registry', () => {
  const header = KIM_COLUMNS.join(',');
  it('accepts groups of a village or a whole kecamatan and warns when only examples are listed', () => {
    const { kims, diagnostics } = parseKimRegistry(`${header}\nKIM Contoh,63.11.07.2008,Binjai,Paringin Selatan,,,,,,,,ya,\nKIM Juai,63.11.01,,Juai,,,,,,,,ya,\n`, 'kim.csv');
    expect(kims.map((k) => [k.nama, k.desa, k.kecamatan])).toEqual([['KIM Contoh', 'Binjai', 'Paringin Selatan'], ['KIM Juai', undefined, 'Juai']]);
    expect(diagnostics).toMatchObject([{ rule: 'kim-kosong', severity: 'warning' }]);
  });

  it('reports bad rows at their row and column', () => {
    const text = `${header}\nKIM A,63.11.07.2009,Binjai,Paringin Selatan,,0812,,,,,,,\n,63.11.07.2008,,,,,,,,,,,\nKIM B,63.11.07.2008,,Halong,,,,,,,,kadang,\nKIM Bina,63.11.07.2008,,,,,,,,,,,\nBina,63.11.07.2008,,,,,,,,,,,\n`;
    const { kims, diagnostics } = parseKimRegistry(text, 'kim.csv');
    expect(diagnostics.map((d) => [d.rule, d.position?.line, d.position?.column])).toEqual([
      ['kim-desa', 2, 3],
      ['kim-isian', 2, 6],
      ['kim-isian', 3, 1],
      ['kim-desa', 4, 4],
      ['kim-isian', 4, 12],
      ['kim-ganda', 6, 1],
    ]);
    expect(kims.map((k) => k.nama)).toEqual(['KIM Bina']);
    expect(checkKimName('Bina', kims, { file: 'x' })).toBeUndefined();
    expect(checkKimName('KIM Binaa', kims, { file: 'x' })).toMatchObject({ rule: 'kiriman-kim-tidak-terdaftar', hint: 'maksud Anda "KIM Bina"?' });
  });
});
