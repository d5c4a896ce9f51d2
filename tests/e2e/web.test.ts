/**
 * `jurnal web` on a copy of the sample: what the site holds, valid HTML5 (html-validate), the gate
 * (only approved stories), byte-identical rebuilds, a failed build leaving the previous site, and
 * the weight of a page before photos.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { jurnal, scratchProject, snapshotTree } from '../helpers/cli.js';
import { linksOf } from '../helpers/web-server.js';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p).map((f) => `${name}/${f}`) : [name];
  });

const digest = (dir: string): Record<string, string> => Object.fromEntries(files(dir).sort().map((f) => [f, createHash('sha256').update(readFileSync(path.join(dir, f))).digest('hex')]));

describe('jurnal web on the sample edition', () => {
  let root: string;
  let edition: string;
  let site: string;
  beforeAll(() => {
    ({ root, edition } = scratchProject());
    site = path.join(root, 'editions/2026-05/web');
    const r = jurnal(['web', '2026-05'], root);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('✓ edisi web 2026-05: 24 berita');
  });

  it('has a front page, a page per story and per section, archive, feed, sitemap, responsive photos', () => {
    const all = files(site);
    expect(all).toEqual(expect.arrayContaining(['index.html', 'arsip.html', 'feed.xml', 'sitemap.xml', 'edisi.json', 'aset/gaya.css', 'berita/jembatan-gantung-binjai.html', 'rubrik/pembangunan.html']));
    expect(all.filter((f) => f.startsWith('berita/'))).toHaveLength(24);
    expect(all.filter((f) => f.startsWith('foto/') && f.endsWith('.webp')).length).toBe(all.filter((f) => f.startsWith('foto/') && f.endsWith('.jpg')).length);
    const front = readFileSync(path.join(site, 'index.html'), 'utf8');
    // The pinned lead story leads.
    expect(front.indexOf('berita/jembatan-gantung-binjai.html')).toBeLessThan(front.indexOf('berita/', front.indexOf('berita/jembatan-gantung-binjai.html') + 1));
    const article = readFileSync(path.join(site, 'berita/jembatan-gantung-binjai.html'), 'utf8');
    expect(article).toContain('<html lang="id">');
    expect(article).toContain('<meta property="og:image" content="https://balangankab.go.id/jurnal-balangan/2026-05/foto/jembatan-gantung-binjai-1-960.jpg">');
    expect(article).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(article).toMatch(/<img src="\.\.\/foto\/jembatan-gantung-binjai-2-960\.jpg" srcset="[^"]+480w[^"]+960w" sizes="[^"]+" width="960" height="640" alt="Warga melintas di atas jembatan sepulang dari kebun\." loading="lazy"/);
    // The print typography: curly quotes, no straight ones left in the text.
    expect(article).toContain('“Dulu anak-anak kami');
    expect(article).not.toMatch(/<p>[^<]*"[^<]*<\/p>/);
    const feed = readFileSync(path.join(site, 'feed.xml'), 'utf8');
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">');
    expect(feed.match(/<entry>/g)).toHaveLength(24);
    expect(readFileSync(path.join(site, 'sitemap.xml'), 'utf8')).toContain('<loc>https://balangankab.go.id/jurnal-balangan/2026-05/berita/jembatan-gantung-binjai.html</loc><lastmod>2026-05-19</lastmod>');
  });

  it('writes valid HTML5 on every page', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'no-trailing-whitespace': 'off', 'long-title': 'off', 'no-inline-style': 'off' } });
    const problems: string[] = [];
    for (const f of files(site).filter((x) => x.endsWith('.html'))) {
      const report = await validator.validateString(readFileSync(path.join(site, f), 'utf8'), f);
      for (const r of report.results) for (const m of r.messages) problems.push(`${f}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('keeps every page (HTML, stylesheet, fonts) under 150 KB before photos, and every local link in the folder', () => {
    const css = statSync(path.join(site, 'aset/gaya.css')).size;
    const fonts = files(site).filter((f) => f.endsWith('.woff2')).reduce((s, f) => s + statSync(path.join(site, f)).size, 0);
    for (const f of files(site).filter((x) => x.endsWith('.html'))) {
      const html = readFileSync(path.join(site, f), 'utf8');
      expect(Buffer.byteLength(html) + css + fonts, f).toBeLessThanOrEqual(150 * 1024);
      for (const link of linksOf(html, `file://${path.join(site, f)}`).filter((l) => l.startsWith('file://'))) {
        const target = decodeURIComponent(new URL(link).pathname);
        // The archive links earlier editions as published (../<edisi>/); there are none here.
        expect(existsSync(target), `${f} → ${target}`).toBe(true);
      }
    }
  });

  it('rebuilds byte for byte the same', () => {
    const before = digest(site);
    expect(jurnal(['web', '2026-05', '--senyap'], root).code).toBe(0);
    expect(digest(site)).toEqual(before);
  });

  it('publishes only approved stories: an edit after approval takes the story off the site, with a warning at its file', () => {
    const file = path.join(edition, 'apel-asn-disiplin.md');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('Ratusan aparatur', 'Sekitar 300 aparatur'));
    try {
      const r = jurnal(['web', '2026-05'], root);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain('content/2026-05/apel-asn-disiplin.md  peringatan  tidak diterbitkan di web: berubah sejak disetujui  [web-belum-terbit]');
      expect(existsSync(path.join(site, 'berita/apel-asn-disiplin.html'))).toBe(false);
      expect(readFileSync(path.join(site, 'index.html'), 'utf8')).not.toContain('apel-asn-disiplin');
      expect(readFileSync(path.join(site, 'feed.xml'), 'utf8')).not.toContain('apel-asn-disiplin');
      expect(readFileSync(path.join(site, 'sitemap.xml'), 'utf8')).not.toContain('apel-asn-disiplin');
    } finally {
      writeFileSync(file, original);
    }
  });

  it('refuses a bad address or an edition with errors, leaving the previous site as it was', () => {
    expect(jurnal(['web', '2026-05', '--senyap'], root).code).toBe(0);
    const before = snapshotTree(site);
    const bad = jurnal(['web', '2026-05', '--alamat', 'bukan alamat'], root);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--alamat "bukan alamat" bukan alamat web');
    expect(bad.stderr).toContain('[web-alamat]');
    const file = path.join(edition, 'jembatan-gantung-binjai.md');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('section: pembangunan', 'section: pembangunann'));
    try {
      const broken = jurnal(['web', '2026-05'], root);
      expect(broken.code).toBe(1);
      expect(broken.stderr).toMatch(/jembatan-gantung-binjai\.md:\d+:\d+\s+galat/);
      expect(broken.stderr).toContain('edisi web tidak dibangun; situs sebelumnya (jika ada) tidak berubah');
    } finally {
      writeFileSync(file, original);
    }
    expect(snapshotTree(site)).toEqual(before);
    expect(readdirSync(path.dirname(site)).filter((n) => n.startsWith('.web.'))).toEqual([]);
  });

  it('links the print PDF for download when the edition has one', () => {
    // Any bytes do: the web copies the file the print build left, it does not read it.
    writeFileSync(path.join(root, 'editions/2026-05/jurnal-balangan-2026-05.pdf'), '%PDF-1.7 uji\n');
    expect(jurnal(['web', '2026-05', '--senyap'], root).code).toBe(0);
    expect(readFileSync(path.join(site, 'unduh/jurnal-balangan-2026-05.pdf'), 'utf8')).toBe('%PDF-1.7 uji\n');
    expect(readFileSync(path.join(site, 'index.html'), 'utf8')).toContain('<a class="unduh" href="unduh/jurnal-balangan-2026-05.pdf">');
  });

  it('survives a rebuild of the edition: the build replaces its folder but carries the site and the captions over', () => {
    expect(jurnal(['sosial', '2026-05'], root).code).toBe(0);
    const before = digest(site);
    const captions = digest(path.join(root, 'editions/2026-05/sosial'));
    const built = jurnal(['build', '2026-05', '--proof', '--senyap'], root);
    expect(built.code, built.stderr).toBe(0);
    expect(digest(site)).toEqual(before);
    expect(digest(path.join(root, 'editions/2026-05/sosial'))).toEqual(captions);
  }, 600_000);
});
