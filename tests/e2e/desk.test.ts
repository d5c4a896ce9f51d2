import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { jurnal, scratchProject } from '../helpers/cli.js';
import { boxes, openPdf } from '../helpers/pdf.js';

const MM = 72 / 25.4;

/** Words of 5+ letters on a page, with their centre x, read back with mupdf. */
function words(doc: ReturnType<typeof openPdf>, index: number): { word: string; x: number }[] {
  const json = JSON.parse(doc.loadPage(index).toStructuredText('preserve-whitespace').asJSON()) as { blocks: { lines?: { text: string; bbox: { x: number; w: number } }[] }[] };
  return json.blocks.flatMap((b) => b.lines ?? []).flatMap((l) => l.text.split(/\s+/).filter((w) => /^\p{L}{5,}$/u.test(w)).map((word) => ({ word: word.toLowerCase(), x: l.bbox.x + l.bbox.w / 2 })));
}

describe('desk tools: jurnal build --imposisi on the sample edition', () => {
  let out: string;
  let run: ReturnType<typeof jurnal>;
  beforeAll(() => {
    const { root } = scratchProject();
    out = path.join(root, 'editions', '2026-05');
    run = jurnal(['build', '2026-05', '--imposisi'], root);
  }, 300_000);

  it('builds', () => {
    expect(run.stderr).toContain('✓ edisi 2026-05 selesai');
    expect(run.code).toBe(0);
  });

  it('writes a preview of every page with the trim’s aspect, and the contact print', async () => {
    const print = openPdf(readFileSync(path.join(out, 'jurnal-balangan-2026-05.pdf')));
    const pages = print.countPages();
    const dir = path.join(out, 'pratinjau');
    const files = readdirSync(dir).sort();
    expect(files).toEqual([...Array.from({ length: pages }, (_, i) => `hal-${String(i + 1).padStart(2, '0')}.png`), 'lembar-kontak.png', 'pratinjau.json'].sort());
    for (let i = 0; i < pages; i++) {
      const trim = boxes(print, i).TrimBox;
      const m = await sharp(path.join(dir, files[i]!)).metadata();
      expect(Math.abs(m.width! / m.height! / ((trim[2]! - trim[0]!) / (trim[3]! - trim[1]!)) - 1), files[i]).toBeLessThan(0.01);
    }
    const contact = await sharp(path.join(dir, 'lembar-kontak.png')).metadata();
    expect(contact.width).toBeGreaterThan(500);
    const report = JSON.parse(readFileSync(path.join(out, 'laporan-build.json'), 'utf8')) as { timings: Record<string, number>; files: string[] };
    expect(report.timings.pratinjau).toBeGreaterThan(0);
    expect(report.files).toContain('pratinjau/lembar-kontak.png');
    const manifest = JSON.parse(readFileSync(path.join(dir, 'pratinjau.json'), 'utf8')) as { sumber: string; halaman: number };
    expect(manifest).toMatchObject({ sumber: 'jurnal-balangan-2026-05.pdf', halaman: pages });
  });

  it('writes the printer’s spreads: A3 sheets, each half with the words of the right page', () => {
    const file = path.join(out, 'imposisi-2026-05.pdf');
    expect(existsSync(file)).toBe(true);
    const print = openPdf(readFileSync(path.join(out, 'jurnal-balangan-2026-05.pdf')));
    const imposed = openPdf(readFileSync(file));
    const n = print.countPages();
    expect(n % 4).toBe(0);
    expect(imposed.countPages()).toBe(n / 2);
    const b = boxes(imposed, 0);
    expect(b.MediaBox[2]).toBeCloseTo(420 * MM, 1);
    expect(b.MediaBox[3]).toBeCloseTo(297 * MM, 1);
    const pageWords = Array.from({ length: n }, (_, i) => new Set(words(print, i).map((w) => w.word)));
    const expected: [number, number][] = [];
    for (let s = 0; s < n / 4; s++) expected.push([n - 2 * s, 2 * s + 1], [2 * s + 2, n - 2 * s - 1]);
    expected.forEach(([left, right], side) => {
      const found = words(imposed, side);
      for (const [page, half] of [[left, found.filter((w) => w.x < b.MediaBox[2]! / 2)], [right, found.filter((w) => w.x > b.MediaBox[2]! / 2)]] as const) {
        expect(half.length, `sisi ${side + 1}, hal. ${page}`).toBeGreaterThan(10);
        const share = half.filter((w) => pageWords[page - 1]!.has(w.word)).length / half.length;
        expect(share, `sisi ${side + 1}, hal. ${page}`).toBeGreaterThan(0.95);
      }
    });
  });
});
