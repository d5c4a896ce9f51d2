/** The web's body HTML (escaping, what print refuses to interpret) and its photo crops (focus kept). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/content/article.js';
import { bodyHtml, esc } from '../../../src/web/markup.js';
import { byline } from '../../../src/web/pages.js';
import { renditions } from '../../../src/web/photos.js';

const article = (body: string) => {
  const text = `---\ntitle: Uji\nsection: desa\nkind: berita\nauthor: Redaksi\ndate: 2026-05-12\n---\n\n${body}\n`;
  const r = parseArticle(new TextEncoder().encode(text), { slug: 'uji', file: 'uji.md', sections: ['desa'] });
  return (r.article ?? r.draft)!;
};

describe('byline', () => {
  it('names the sender and village of a contributed story, as print does; others keep the author', () => {
    const text = `---\ntitle: Uji\nsection: desa\nkind: berita\nauthor: Redaksi\ndate: 2026-05-12\nkontributor: { nama: Siti Aminah, kim: Bina Warga, desa: "63.11.07.2008", telepon: "0812 5100 2345" }\n---\n\nIsi.\n`;
    const r = parseArticle(new TextEncoder().encode(text), { slug: 'uji', file: 'uji.md', sections: ['desa'] });
    expect(r.article, JSON.stringify(r.diagnostics)).toBeTruthy();
    expect(byline({ article: r.article! })).toMatch(/^Redaksi · Kiriman Siti Aminah dari KIM Bina Warga, Desa Binjai · <time/);
    expect(byline({ article: article('Isi.') })).toMatch(/^Redaksi · <time datetime="2026-05-12">/);
  });
});

describe('body HTML', () => {
  it('shows raw HTML as text, drops comments, keeps only safe links, never writes a tag from the text', () => {
    const html = bodyHtml(article('Warga <script>alert(1)</script> datang. <!-- catatan redaksi -->\n\n[situs](https://balangankab.go.id) [jahat](javascript:alert(1)) [surel](mailto:a@b.id)\n\n![peta](peta.png)').body);
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('catatan redaksi');
    expect(html).toContain('<a href="https://balangankab.go.id" rel="noopener">situs</a>');
    expect(html).toContain('<a href="mailto:a@b.id">surel</a>');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('jahat');
    expect(html).toContain('[peta]');
    expect(html).not.toContain('<img');
  });

  it('puts the body’s first heading level at h2 and keeps the typeset punctuation', () => {
    const html = bodyHtml(article('# Satu\n\n"Kata" warga -- begitu.\n\n### Dua').body);
    expect(html).toContain('<h2>Satu</h2>');
    expect(html).toContain('<h4>Dua</h4>');
    expect(html).toContain('“Kata”');
    expect(html).not.toContain('<h1');
  });

  it('escapes any text so that it stays text', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const e = esc(s);
      expect(e).not.toMatch(/[<>"']/);
      expect(e.replace(/&(lt|gt|quot|#39|amp);/g, (_, n: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[n]!)).toBe(s);
    }));
  });
});

describe('web photos', () => {
  it('keep the focus point inside every crop, in WebP and JPEG, never enlarged', async () => {
    // A wide picture, grey, with a red square far right: the focus.
    const dir = mkdtempSync(path.join(tmpdir(), 'jurnal-webfoto-'));
    const file = path.join(dir, 'foto.jpg');
    await sharp({ create: { width: 3000, height: 1000, channels: 3, background: '#808080' } })
      .composite([{ input: await sharp({ create: { width: 200, height: 200, channels: 3, background: '#ff0000' } }).png().toBuffer(), left: 2650, top: 400 }])
      .jpeg()
      .toFile(file);
    const out = await renditions({ file, width: 3000, height: 1000, focus: { x: 0.9, y: 0.5 } }, { aspect: [1, 1], widths: [400, 1080, 4000], formats: ['webp', 'jpeg'] }, path.join(dir, 'cache'));
    expect(out.map((r) => `${r.width}x${r.height} ${r.format}`)).toEqual(['400x400 webp', '400x400 jpeg']);
    for (const r of out) {
      const { data, info } = await sharp(r.data).raw().toBuffer({ resolveWithObject: true });
      let red = 0;
      for (let i = 0; i < data.length; i += info.channels) if (data[i]! > 200 && data[i + 1]! < 80) red++;
      // 200 px of 1000 is a fifth of the crop's side: about 1/25 of its pixels.
      expect(red / (info.width * info.height)).toBeGreaterThan(0.03);
    }
    // Centred, the same crop would miss it.
    const centred = await renditions({ file, width: 3000, height: 1000, focus: { x: 0.5, y: 0.5 } }, { aspect: [1, 1], widths: [400], formats: ['jpeg'] }, path.join(dir, 'cache'));
    const { data } = await sharp(centred[0]!.data).raw().toBuffer({ resolveWithObject: true });
    expect([...data].some((v, i) => i % 3 === 0 && v > 200 && data[i + 1]! < 80)).toBe(false);
    // From the cache: the same bytes.
    const again = await renditions({ file, width: 3000, height: 1000, focus: { x: 0.9, y: 0.5 } }, { aspect: [1, 1], widths: [400, 1080, 4000], formats: ['webp', 'jpeg'] }, path.join(dir, 'cache'));
    expect(again.map((r) => r.data.equals(out.find((o) => o.format === r.format)!.data))).toEqual([true, true]);
  });
});
