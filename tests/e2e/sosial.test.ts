/** `jurnal sosial` on a copy of the sample: the files for the admin, the feed crops, the gate and the warnings. */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { jurnal, scratchProject } from '../helpers/cli.js';

describe('jurnal sosial on the sample edition', () => {
  let root: string;
  let edition: string;
  let out: string;
  let run: ReturnType<typeof jurnal>;
  beforeAll(() => {
    ({ root, edition } = scratchProject());
    out = path.join(root, 'editions/2026-05/sosial');
    run = jurnal(['sosial', '2026-05', '--alamat', 'https://contoh.balangankab.go.id/jurnal-balangan/'], root);
  });

  it('writes the Markdown for the admin, CSV and JSON, with the web page’s address', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('✓ 24 keterangan media sosial');
    const md = readFileSync(path.join(out, 'sosial.md'), 'utf8');
    expect(md).toContain('## 1. Jembatan Gantung Binjai Resmi Dibuka');
    expect(md).toContain('Baca selengkapnya: https://contoh.balangankab.go.id/jurnal-balangan/2026-05/berita/jembatan-gantung-binjai.html');
    expect(md).toContain('#Balangan #JurnalBalangan #Pembangunan #ParinginSelatan');
    const csv = readFileSync(path.join(out, 'sosial.csv'), 'utf8');
    expect(csv.startsWith('\ufeffurutan,slug,judul,rubrik,tautan,pembuka,')).toBe(true);
    expect(csv).toContain('\r\n');
    const json = JSON.parse(readFileSync(path.join(out, 'sosial.json'), 'utf8')) as { posts: { slug: string; pembuka: string; instagram: string; x: string; foto: string[] }[] };
    expect(json.posts).toHaveLength(24);
    for (const p of json.posts) {
      expect([...p.pembuka].length, p.slug).toBeLessThanOrEqual(125);
      expect(p.instagram.startsWith(p.pembuka)).toBe(true);
      expect([...p.instagram].length).toBeLessThanOrEqual(2200);
      for (const f of p.foto) expect(existsSync(path.join(out, f)), f).toBe(true);
    }
  });

  it('crops the lead photo 1:1 and 4:5 at 1080 px', async () => {
    expect(await sharp(path.join(out, 'foto/jembatan-gantung-binjai-1x1.jpg')).metadata()).toMatchObject({ width: 1080, height: 1080, format: 'jpeg' });
    expect(await sharp(path.join(out, 'foto/jembatan-gantung-binjai-4x5.jpg')).metadata()).toMatchObject({ width: 1080, height: 1350, format: 'jpeg' });
  });

  it('warns at the file and line of a story whose first sentence is too long for the feed', () => {
    expect(run.stderr).toMatch(/content\/2026-05\/musrenbang-kabupaten\.md:\d+:1 {2}peringatan {2}keterangan media sosial: kalimat pertama \d+ huruf; feed hanya menampilkan 125 huruf pertama; dibuka dengan judul {2}\[sosial-kalimat-pembuka\]/);
  });

  it('leaves out a story changed since approval', () => {
    const file = path.join(edition, 'kim-mantuyan.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nParagraf tambahan.\n`);
    const r = jurnal(['sosial', '2026-05'], root);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('content/2026-05/kim-mantuyan.md  peringatan  tidak diterbitkan di web: berubah sejak disetujui  [web-belum-terbit]');
    expect(readFileSync(path.join(out, 'sosial.md'), 'utf8')).not.toContain('kim-mantuyan');
  });
});
