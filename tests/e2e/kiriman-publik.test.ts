/**
 * A story sent from a village, followed from its approval to the web edition and the social captions:
 * both name its sender and village as the printed byline does, and both commands answer `--json`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonOf, jurnal, scratchProject } from '../helpers/cli.js';

const STORY = `---
title: Warga Binjai Gotong Royong Bersihkan Saluran Irigasi
section: desa
kind: berita
author: Redaksi Jurnal Balangan (contoh)
date: 2026-05-15
location: { kecamatan: Paringin Selatan, desa: Binjai }
sources:
  - { name: Ketua RT 03 Desa Binjai, role: narasumber }
verification: { status: verified, by: Redaksi, date: 2026-05-16 }
priority: 4
kontributor: { nama: Siti Aminah, kim: Bina Warga, desa: "63.11.07.2008", telepon: "0812 5100 2345" }
---

Puluhan warga Desa Binjai bergotong royong membersihkan saluran irigasi yang tersumbat lumpur menjelang musim tanam.

Kegiatan dimulai pukul tujuh pagi dan selesai menjelang siang. Ketua RT 03 mengatakan saluran itu mengairi sawah dua dusun.
`;

describe('a contribution from a village, on the web and in the social captions', () => {
  let root: string;
  let web: ReturnType<typeof jsonOf>;
  let sosial: ReturnType<typeof jsonOf>;
  beforeAll(() => {
    let edition: string;
    ({ root, edition } = scratchProject());
    writeFileSync(path.join(edition, 'gotong-royong-binjai.md'), STORY);
    const approve = jurnal(['approve', '2026-05', 'gotong-royong-binjai', '--oleh', 'Redaksi'], root);
    expect(approve.code, approve.stderr).toBe(0);
    web = jsonOf(jurnal(['web', '2026-05', '--json'], root));
    sosial = jsonOf(jurnal(['sosial', '2026-05', '--json'], root));
  }, 600_000);

  it('answers --json for the web edition with every story and its address', () => {
    expect(web.ok, JSON.stringify(web.diagnostics)).toBe(true);
    const stories = web.stories as { slug: string; url: string }[];
    expect(stories.map((s) => s.slug)).toContain('gotong-royong-binjai');
    expect(stories.find((s) => s.slug === 'gotong-royong-binjai')!.url).toMatch(/\/2026-05\/berita\/gotong-royong-binjai\.html$/);
    expect(web.pages).toBeGreaterThan(stories.length);
  });

  it('names the sender and village on the web page, as print does', () => {
    const html = readFileSync(path.join(root, 'editions/2026-05/web/berita/gotong-royong-binjai.html'), 'utf8');
    expect(html).toContain('Kiriman Siti Aminah dari KIM Bina Warga, Desa Binjai');
  });

  it('names them in the caption too, and answers --json with every caption', () => {
    expect(sosial.ok, JSON.stringify(sosial.diagnostics)).toBe(true);
    const posts = sosial.posts as { slug: string; instagram: string; x: string }[];
    const post = posts.find((p) => p.slug === 'gotong-royong-binjai')!;
    expect(post.instagram).toContain('Kiriman Siti Aminah dari KIM Bina Warga, Desa Binjai.');
    expect(posts.find((p) => p.slug === 'jembatan-gantung-binjai')!.instagram).not.toContain('Kiriman');
  });
});
