import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { jurnal, ROOT, scratchProject, snapshotTree } from '../helpers/cli.js';
import { openPdf, pageText } from '../helpers/pdf.js';

const CORPUS = path.join(ROOT, 'tests/fixtures/hostile');

interface Case {
  /** null: the case must pass without any message. */
  rule: string | null;
  line: number | null;
  column: number | null;
  severity?: 'galat' | 'peringatan';
  /** Made at test time (binary, large, or an odd file name). */
  generated?: boolean;
  /** The file name inside the edition, when it is not the case's own. */
  as?: string;
  /** Layout stress needs the layout: `build --proof` instead of `check`. */
  command?: 'check' | 'build';
  /** For builds: text the proof must show, and text it must not (editors' comments). */
  printed?: string[];
  notPrinted?: string[];
  /** Text the report must hold (a hint, a number). */
  includes?: string[];
}
const cases = JSON.parse(readFileSync(path.join(CORPUS, 'cases.json'), 'utf8')) as Record<string, Case>;
const EDITION = 'number: 1\nvolume: 1\nyear: 2026\ndate: 2026-05-19\npages: 4\nsections:\n  - { id: desa, name: Desa, pages: 2-3 }\n';
const valid = (extra: string) => `---\ntitle: Judul Uji\nsection: desa\nkind: opini\nauthor: Tim Uji\ndate: 2026-05-10\nverification: { status: verified, by: R, date: 2026-05-11 }\n${extra}---\n\nIsi.\n`;
const ASSETS = ['bukan-foto.jpg', 'gambar.jpg', 'terpotong.jpg', 'bom.png', 'foto-cmyk.jpg', 'foto-16bit.png', 'foto-exif.jpg', 'foto-animated.webp', 'foto-exif-besar.jpg', 'kantor-bupati.jpg', 'foto-garis.jpg'];

/** A valid JPEG with `megabytes` of EXIF in APP1 segments right after SOI (one segment holds at most 64 KB). */
function withHugeExif(jpeg: Buffer, megabytes: number): Buffer {
  const segments: Buffer[] = [];
  const body = 65_533 - 6;
  for (let total = 0; total < megabytes * 1048576; total += body) {
    const seg = Buffer.alloc(4 + 6 + body, 0x41);
    seg.writeUInt16BE(0xffe1, 0);
    seg.writeUInt16BE(2 + 6 + body, 2);
    seg.write('Exif\0\0', 4, 'latin1');
    segments.push(seg);
  }
  return Buffer.concat([jpeg.subarray(0, 2), ...segments, jpeg.subarray(2)]);
}

/** Hostile and awkward photos, made once and copied into each case's edition. */
async function makeAssets(dir: string): Promise<void> {
  const photo = (background: string, width = 1600, height = 1000) => sharp({ create: { width, height, channels: 3, background } });
  writeFileSync(path.join(dir, 'bukan-foto.jpg'), 'ini teks, bukan foto\n');
  writeFileSync(path.join(dir, 'gambar.jpg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
  const jpeg = await photo('#468', 800, 600).jpeg().toBuffer();
  writeFileSync(path.join(dir, 'terpotong.jpg'), jpeg.subarray(0, Math.floor(jpeg.length / 2)));
  await photo('#000', 16000, 16000).png({ compressionLevel: 9 }).toFile(path.join(dir, 'bom.png'));
  await photo('#c03020').toColourspace('cmyk').jpeg().toFile(path.join(dir, 'foto-cmyk.jpg'));
  await photo('#2060a0').toColourspace('rgb16').png().toFile(path.join(dir, 'foto-16bit.png'));
  await photo('#808040', 1000, 1600).jpeg().withMetadata({ orientation: 6 }).toFile(path.join(dir, 'foto-exif.jpg'));
  writeFileSync(path.join(dir, 'foto-exif-besar.jpg'), withHugeExif(await photo('#553').jpeg().toBuffer(), 10));
  await photo('#357', 1200, 800).jpeg().toFile(path.join(dir, 'kantor-bupati.jpg'));
  await photo('#246', 30000, 100).jpeg().toFile(path.join(dir, 'foto-garis.jpg'));
  const frames = await Promise.all(['#c33', '#3c3'].map((c) => photo(c).png().toBuffer()));
  await sharp(frames, { join: { animated: true } }).webp().toFile(path.join(dir, 'foto-animated.webp'));
}

function generated(name: string): Uint8Array {
  switch (name) {
    case 'latin1.md':
      return Uint8Array.from([...Buffer.from('---\ntitle: Judul caf'), 0xe9, ...Buffer.from('\n---\nx\n')]);
    case 'nul-byte.md':
      return new TextEncoder().encode(valid('').replace('title: Judul Uji', 'title: \u0000Judul'));
    case 'oversize.md':
      return new TextEncoder().encode(valid('') + 'kata '.repeat(1_100_000));
    case 'bom-crlf.md':
      // Saved by a Windows editor: BOM and CRLF must not shift the reported place.
      return new TextEncoder().encode(`\ufeff${valid('').replace('date: 2026-05-10', 'date: 10/05/2026').replace(/\n/g, '\r\n')}`);
    default:
      return new TextEncoder().encode(valid(''));
  }
}

describe('hostile input corpus: every case gets its rule and place, nothing outside the output changes', () => {
  let assets: string;
  beforeAll(async () => {
    assets = mkdtempSync(path.join(tmpdir(), 'jurnal-aset-'));
    await makeAssets(assets);
  }, 120_000);

  it.each(Object.entries(cases))('%s → %s', (name, expected) => {
    const root = mkdtempSync(path.join(tmpdir(), 'jurnal-hostile-'));
    const edition = path.join(root, 'content', 'h');
    mkdirSync(edition, { recursive: true });
    writeFileSync(path.join(edition, 'edition.yaml'), EDITION);
    const file = expected.as ?? name;
    writeFileSync(path.join(edition, file), expected.generated ? generated(name) : readFileSync(path.join(CORPUS, name)));
    for (const asset of ASSETS) writeFileSync(path.join(edition, asset), readFileSync(path.join(assets, asset)));
    symlinkSync('/etc/hostname', path.join(edition, 'keluar.jpg'));
    const content = path.join(root, 'content');
    const before = snapshotTree(content);
    const r = expected.command === 'build' ? jurnal(['build', 'h', '--proof'], root) : jurnal(['check', 'h'], root);
    // A one-story edition leaves most of its pages blank: the holes the review reports are not this case's subject.
    const messages = r.stderr.split('\n').filter((l) => / {2}(galat|peringatan) {2}/.test(l) && !(expected.command === 'build' && l.endsWith('[tata-letak]')));
    if (expected.rule === null) {
      expect(messages, r.stderr).toEqual([]);
      expect(r.code).toBe(0);
    } else {
      const severity = expected.severity ?? 'galat';
      const place = expected.line ? `:${expected.line}:${expected.column}` : '';
      const hit = messages.find((l) => l.startsWith(`content/h/${file}${place}  ${severity}`) && l.endsWith(`[${expected.rule}]`));
      expect(hit, r.stderr).toBeDefined();
      expect(r.code).toBe(severity === 'galat' ? 1 : 0);
    }
    for (const t of expected.includes ?? []) expect(r.stderr).toContain(t);
    expect(r.stderr).not.toMatch(/kesalahan internal|at .*\.js:\d+/);
    if (expected.printed || expected.notPrinted) {
      const proof = openPdf(readFileSync(path.join(root, 'editions/h/proof-h.pdf')));
      const text = Array.from({ length: proof.countPages() }, (_, i) => pageText(proof, i)).join(' ').replace(/\s+/g, ' ');
      for (const t of expected.printed ?? []) expect(text).toContain(t);
      for (const t of expected.notPrinted ?? []) expect(text).not.toContain(t);
    }
    expect(snapshotTree(content)).toEqual(before);
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
  });
});

describe('hostile registry: CSV injection in penerima.csv', () => {
  it('reports formula cells with their place, and every CSV written neutralises them', () => {
    const { root } = scratchProject('2026-05', false);
    const registry = path.join(root, 'distribution', 'penerima.csv');
    mkdirSync(path.dirname(registry), { recursive: true });
    const rows = readFileSync(path.join(ROOT, 'distribution/penerima.csv'), 'utf8');
    writeFileSync(registry, rows + readFileSync(path.join(CORPUS, 'penerima-formula.csv'), 'utf8'));
    writeFileSync(path.join(root, 'distribution', 'alokasi.yaml'), readFileSync(path.join(ROOT, 'distribution/alokasi.yaml')));
    const line = rows.split('\n').length;
    const content = snapshotTree(path.join(root, 'content'));
    const r = jurnal(['distribute', '2026-05'], root);
    expect(r.code, r.stderr).toBe(0);
    const messages = r.stderr.split('\n').filter((l) => / {2}(galat|peringatan) {2}/.test(l));
    expect(messages.map((m) => m.replace(/ {2}peringatan {2}.*\[/, ' ['))).toEqual([`distribution/penerima.csv:${line}:3 [penerima-formula]`, `distribution/penerima.csv:${line + 1}:6 [penerima-formula]`]);
    const csv = readFileSync(path.join(root, 'distribution/2026-05/alokasi.csv'), 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://contoh.id/x"",""Klik"")"`);
    expect(csv).not.toMatch(/(^|,)[=@]/m);
    expect(snapshotTree(path.join(root, 'content'))).toEqual(content);
  });
});

describe('hostile registry: oversized cells in penerima.csv', () => {
  it('refuses a 1 MB cell and an over-long name with their row:column, and writes nothing from them', () => {
    const { root } = scratchProject('2026-05', false);
    const registry = path.join(root, 'distribution', 'penerima.csv');
    mkdirSync(path.dirname(registry), { recursive: true });
    const rows = readFileSync(path.join(ROOT, 'distribution/penerima.csv'), 'utf8').replace(/\n*$/, '\n');
    const huge = 'x'.repeat(1024 * 1024);
    writeFileSync(registry, `${rows}uji-besar,lainnya,Warga Uji,,,${huge},,,,\nuji-nama,lainnya,${'Nama '.repeat(60)},,,,,,,\n`);
    writeFileSync(path.join(root, 'distribution', 'alokasi.yaml'), readFileSync(path.join(ROOT, 'distribution/alokasi.yaml')));
    const line = rows.split('\n').length;
    const before = snapshotTree(path.join(root, 'content'));
    const r = jurnal(['distribute', '2026-05'], root);
    const messages = r.stderr.split('\n').filter((l) => / {2}(galat|peringatan) {2}/.test(l));
    expect(messages.map((m) => m.replace(/ {2}galat {2}.*\[/, ' ['))).toEqual([`distribution/penerima.csv:${line}:6 [penerima-sel-terlalu-panjang]`, `distribution/penerima.csv:${line + 1}:3 [penerima-sel-terlalu-panjang]`]);
    expect(r.stderr).toContain('batasnya 500 huruf');
    expect(r.stderr).toContain('batasnya 200 huruf');
    expect(r.stderr.length).toBeLessThan(20_000);
    expect(r.code).toBe(1);
    const allocation = path.join(root, 'distribution/2026-05/alokasi.csv');
    if (existsSync(allocation)) expect(readFileSync(allocation, 'utf8')).not.toContain('xxxxxxxxxx');
    expect(snapshotTree(path.join(root, 'content'))).toEqual(before);
  });
});

describe('hostile edition.yaml: one cause, one message', () => {
  it.each(['0', '-4'])('pages: %s is reported once at its place, without follow-on section or pin errors', (pages) => {
    const { root, edition } = scratchProject('2026-05', false);
    const file = path.join(edition, 'edition.yaml');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace(/^pages: 12/m, `pages: ${pages}`));
    const line = original.split('\n').findIndex((l) => l.startsWith('pages: 12')) + 1;
    const before = snapshotTree(path.join(root, 'content'));
    const r = jurnal(['check', '2026-05'], root);
    const messages = r.stderr.split('\n').filter((l) => / {2}(galat|peringatan) {2}/.test(l) && l.startsWith('content/2026-05/edition.yaml'));
    expect(messages.map((m) => m.replace(/ {2}galat {2}.*\[/, ' [')), r.stderr).toEqual([`content/2026-05/edition.yaml:${line}:8 [halaman-kelipatan-4]`]);
    expect(r.stderr).not.toMatch(/antara 2 dan -|\(1--|\(1-0\)/);
    expect(r.code).toBe(1);
    expect(snapshotTree(path.join(root, 'content'))).toEqual(before);
  });

  it('an unknown rule id in rules: is an error at its line and column with "maksud Anda …?", exit 1', () => {
    const { root, edition } = scratchProject('2026-05', false);
    const file = path.join(edition, 'edition.yaml');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace(/^rules: \[\]$/m, 'rules:\n  - { id: teks-mekanik, severity: off, reason: uji }'));
    const line = original.split('\n').findIndex((l) => l.startsWith('rules:')) + 2;
    const before = snapshotTree(path.join(root, 'content'));
    const r = jurnal(['check', '2026-05'], root);
    const messages = r.stderr.split('\n').filter((l) => / {2}galat {2}/.test(l) && l.startsWith('content/2026-05/edition.yaml'));
    expect(messages.map((m) => m.replace(/ {2}galat {2}.*\[/, ' [')), r.stderr).toEqual([`content/2026-05/edition.yaml:${line}:11 [aturan-tidak-dikenal]`]);
    expect(r.stderr).toContain('maksud Anda "teks-mekanis"?');
    expect(r.code).toBe(1);
    expect(snapshotTree(path.join(root, 'content'))).toEqual(before);
  });
});
