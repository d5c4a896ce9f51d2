import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/content/article.js';
import { jsonOf, jurnal, ROOT, scratchProject, snapshotTree } from '../helpers/cli.js';
import { measurePages } from '../helpers/page-metrics.js';
import { boxes, fonts, openPdf, pagePng, pageText } from '../helpers/pdf.js';

const MM = 72 / 25.4;
const norm = (s: string) => s.toLowerCase().replace(/[-\u00ad]\s+(?=\p{Ll})/gu, '').replace(/[^\p{L}\p{N}]/gu, '');

describe('jurnal build on the sample edition', () => {
  let root: string;
  let edition: string;
  let out: string;
  let first: ReturnType<typeof jurnal>;
  beforeAll(() => {
    ({ root, edition } = scratchProject());
    out = path.join(root, 'editions', '2026-05');
    first = jurnal(['build', '2026-05'], root);
  }, 300_000);

  it('writes the print PDF, the proof, the flatplan and the reports', () => {
    expect(first.stderr).toContain('✓ edisi 2026-05 selesai');
    // Progress names what overflowed, and says nothing when nothing did.
    expect(first.stderr).toContain('• menyusun galley');
    expect(first.stderr).not.toMatch(/meluap: -/);
    expect(first.code).toBe(0);
    for (const f of ['jurnal-balangan-2026-05.pdf', 'proof-2026-05.pdf', 'flatplan.pdf', 'laporan-build.txt', 'laporan-build.json']) {
      expect(existsSync(path.join(out, f)), f).toBe(true);
    }
  });

  it('reads as typeset pages: no hyphen ladders, no straight quotes, every paragraph once, few holes (measured on the PDF)', async () => {
    const m = await measurePages(path.join(out, 'jurnal-balangan-2026-05.pdf'), edition);
    expect(m.typography.totals.longestHyphenRun).toBeLessThanOrEqual(2);
    expect(m.typography.totals.straightQuotes).toBe(0);
    expect(m.typography.totals.hiddenDuplicateSentences).toBe(0);
    // No text drawn over other text (a squeezed table, a house box over a leg's last lines).
    expect(m.typography.totals.overprinted).toBe(0);
    // Targets of the layout work (issues #12, #16): 3 % blank column area on average and 6 % on any
    // page; at most 22 % of body lines hyphenated and 1 % loose (flush-left body text has none).
    expect(m.holeTotals.meanPagePercent).toBeLessThanOrEqual(3);
    expect(Math.max(...m.holes.map((h) => h.percent))).toBeLessThanOrEqual(6);
    expect(m.typography.totals.hyphenatedPercent).toBeLessThanOrEqual(22);
    expect(m.typography.totals.loosePercent).toBeLessThanOrEqual(1);
    // The build report counts the same on the galleys (all text lines, heads and sources too).
    const { text } = JSON.parse(readFileSync(path.join(out, 'laporan-build.json'), 'utf8')) as { text: { lines: number; hyphenated: number; longestRun: number } };
    expect(text.longestRun).toBeLessThanOrEqual(2);
    expect(Math.abs((100 * text.hyphenated) / text.lines - m.typography.totals.hyphenatedPercent)).toBeLessThan(5);
    expect(readFileSync(path.join(out, 'laporan-build.txt'), 'utf8')).toMatch(/Teks \(diukur pada galley\): \d+ baris, \d+ berakhir tanda hubung \([\d.]+ %\), paling banyak 2 berturut-turut; isi berita rata kiri/);
  }, 120_000);

  it('is print-ready: page count, boxes, embedded fonts', () => {
    const doc = openPdf(readFileSync(path.join(out, 'jurnal-balangan-2026-05.pdf')));
    expect(doc.countPages()).toBe(12);
    for (let i = 0; i < doc.countPages(); i++) {
      const b = boxes(doc, i);
      const [tx0, ty0, tx1, ty1] = b.TrimBox;
      const [bx0, , , by1] = b.BleedBox;
      expect(tx1! - tx0!).toBeCloseTo(210 * MM, 1);
      expect(ty1! - ty0!).toBeCloseTo(297 * MM, 1);
      expect(tx0! - bx0!).toBeCloseTo(3 * MM, 1);
      expect(by1! - ty1!).toBeCloseTo(3 * MM, 1);
      // Crop marks live in a slug outside the bleed.
      expect(bx0! - b.MediaBox[0]!).toBeGreaterThan(5 * MM);
    }
    const used = fonts(doc);
    expect(used.length).toBeGreaterThan(3);
    expect(used.filter((f) => !f.embedded)).toEqual([]);
    expect(used.map((f) => f.name).join(' ')).toMatch(/SourceSerif4.*|Inter/);
  });

  it('prints the masthead, the date in Indonesian and every article, in order', async () => {
    const doc = openPdf(readFileSync(path.join(out, 'jurnal-balangan-2026-05.pdf')));
    const pages = Array.from({ length: doc.countPages() }, (_, i) => pageText(doc, i));
    expect(pages[0]).toContain('JURNAL BALANGAN');
    expect(pages[0]).toContain('Selasa, 19 Mei 2026');
    expect(pages[0]).toContain('Gratis — tidak diperjualbelikan');
    expect(pages[11]).toContain('Survei Pembaca');
    const report = JSON.parse(readFileSync(path.join(out, 'laporan-build.json'), 'utf8')) as { plan: { pages: { number: number; modules: { slug: string; jumpTo?: number }[] }[] } };
    for (const file of ['jembatan-gantung-binjai.md', 'kim-mantuyan.md', 'harga-pasar-paringin.md', 'pengumuman-seleksi-pppk.md']) {
      const slug = file.slice(0, -3);
      const { article } = parseArticle(readFileSync(path.join(edition, file)), { slug, file, sections: ['pemerintahan', 'pembangunan', 'desa', 'kesehatan', 'pendidikan', 'ekonomi'] });
      const onPages = report.plan.pages.filter((p) => p.modules.some((m) => m.slug === slug)).map((p) => p.number);
      const text = norm(onPages.map((n) => pages[n - 1]).join('\n'));
      expect(text).toContain(norm(article!.frontMatter.title));
      let at = 0;
      for (const paragraph of article!.text.split('\n\n')) {
        const opening = norm(paragraph.split(/\s+/).slice(0, 6).join(' '));
        const found = text.indexOf(opening, at);
        expect(found, `${slug}: "${paragraph.slice(0, 40)}" after position ${at}`).toBeGreaterThanOrEqual(0);
        at = found;
      }
    }
    // A story cut on page 1 says where it goes on, and the continuation says where it came from.
    const jump = report.plan.pages[0]!.modules.find((m) => m.jumpTo)!;
    expect(pages[0]).toContain(`Bersambung ke hal. ${jump.jumpTo}`);
    expect(pages[jump.jumpTo! - 1]).toContain('SAMBUNGAN DARI HAL. 1');
  });

  it('marks the proof with a watermark', () => {
    const proof = openPdf(readFileSync(path.join(out, 'proof-2026-05.pdf')));
    // Every article of the sample carries its approval: the watermark says so instead of a blanket warning.
    expect(pageText(proof, 2)).toContain('PROOF: SEMUA DISETUJUI');
    expect(pageText(proof, 2)).not.toContain('BELUM DISETUJUI');
    expect(pageText(proof, 2)).not.toMatch(/PROOF[^\n]*…/);
    expect(pageText(openPdf(readFileSync(path.join(out, 'jurnal-balangan-2026-05.pdf'))), 2)).not.toContain('PROOF');
  });

  it('looks the same as the reviewed snapshots (page 1 and an inside page)', async () => {
    const doc = openPdf(readFileSync(path.join(out, 'jurnal-balangan-2026-05.pdf')));
    for (const index of [0, 6]) {
      const png = pagePng(doc, index, 30);
      const file = path.join(ROOT, 'tests/snapshots', `sample-page-${index + 1}.png`);
      if (process.env.UPDATE_SNAPSHOTS === '1' || (!existsSync(file) && !process.env.CI)) writeFileSync(file, png);
      const [a, b] = await Promise.all([sharp(png).raw().toBuffer({ resolveWithObject: true }), sharp(readFileSync(file)).raw().toBuffer({ resolveWithObject: true })]);
      expect([a.info.width, a.info.height]).toEqual([b.info.width, b.info.height]);
      let differing = 0;
      for (let i = 0; i < a.data.length; i += a.info.channels) if (Math.abs(a.data[i]! - b.data[i]!) > 40) differing++;
      expect(differing / (a.info.width * a.info.height), `page ${index + 1} differs from ${file}`).toBeLessThan(0.005);
    }
  });

  it('agrees with jurnal plan page by page', () => {
    const plan = jurnal(['plan', '2026-05', '--json'], root);
    expect(plan.code).toBe(0);
    const planned = JSON.parse(plan.stdout) as { pages: { modules: { slug: string; part: string }[] }[] };
    const built = JSON.parse(readFileSync(path.join(out, 'laporan-build.json'), 'utf8')) as typeof planned & { plan: typeof planned };
    const summary = (pages: typeof planned.pages) => pages.map((p) => p.modules.map((m) => `${m.slug}:${m.part}`));
    expect(summary(planned.pages)).toEqual(summary(built.plan.pages));
    expect(existsSync(path.join(out, 'flatplan.pdf'))).toBe(true);
  });

  it('does not build again what has not changed, and builds again on any change to what a build reads', () => {
    const pdf = path.join(out, 'jurnal-balangan-2026-05.pdf');
    // (`plan` above wrote flatplan.pdf: a file of the build changed, so this builds.)
    expect(jurnal(['build', '2026-05', '--senyap'], root).code).toBe(0);
    const built = snapshotTree(out);
    const same = jurnal(['build', '2026-05'], root);
    expect(same.code).toBe(0);
    expect(same.stderr).toMatch(/✓ edisi 2026-05 tidak berubah sejak build terakhir \(.+\), tidak dibangun ulang: editions\/2026-05\//);
    // The warnings of that build are said again; nothing is written.
    expect(same.stderr).toContain('[tata-letak]');
    expect(snapshotTree(out)).toEqual(built);
    expect(jsonOf(jurnal(['build', '2026-05', '--json'], root))).toMatchObject({ ok: true, unchanged: true, edition: '2026-05' });
    // The glossary beside the edition is read by the review: adding one builds again.
    const glossary = path.join(root, 'content', 'glosarium.yaml');
    cpSync(path.join(ROOT, 'content', 'glosarium.yaml'), glossary);
    const changed = jurnal(['build', '2026-05', '--senyap'], root);
    rmSync(glossary);
    expect(changed.code).toBe(0);
    expect(changed.stderr).not.toContain('tidak dibangun ulang');
    // Output touched by hand: built again, not trusted.
    writeFileSync(pdf, readFileSync(pdf).subarray(0, 1000));
    const repaired = jurnal(['build', '2026-05'], root);
    expect(repaired.stderr).toContain('✓ edisi 2026-05 selesai dalam');
    expect(readFileSync(pdf).length).toBeGreaterThan(1000);
  });

  it('rebuilds byte-identical PDFs', () => {
    const before = readFileSync(path.join(out, 'jurnal-balangan-2026-05.pdf'));
    // Without the record of the last build, so that this one really builds.
    rmSync(path.join(root, '.cache', 'jurnal', 'build'), { recursive: true, force: true });
    const again = jurnal(['build', '2026-05'], root);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('✓ edisi 2026-05 selesai dalam');
    expect(readFileSync(path.join(out, 'jurnal-balangan-2026-05.pdf')).equals(before)).toBe(true);
  });

  it('a failed build leaves the previous edition untouched', () => {
    const before = snapshotTree(out);
    const file = path.join(edition, 'apel-asn-disiplin.md');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('kind: berita', 'kind: gosip'));
    const failed = jurnal(['build', '2026-05'], root);
    writeFileSync(file, text);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/apel-asn-disiplin\.md:\d+:\d+ {2}galat {2}kind: harus salah satu dari/);
    expect(failed.stderr).toContain('edisi sebelumnya (jika ada) tidak berubah');
    expect(snapshotTree(out)).toEqual(before);
  });
});

describe('editions/<id> belongs to one edition and keeps its approved print PDF', () => {
  let root: string;
  let out: string;
  const print = () => readFileSync(path.join(out, 'jurnal-balangan-2026-05.pdf'));
  const report = () => JSON.parse(readFileSync(path.join(out, 'laporan-build.json'), 'utf8')) as { cetak?: { builtAt: string; fromEarlierBuild: boolean } };
  beforeAll(() => {
    ({ root } = scratchProject());
    out = path.join(root, 'editions', '2026-05');
    const first = jurnal(['build', '2026-05', '-q'], root);
    expect(first.code, first.stderr).toBe(0);
  }, 300_000);

  it('records the source folder of the output', () => {
    expect(JSON.parse(readFileSync(path.join(out, 'sumber.json'), 'utf8'))).toEqual({ edisi: '2026-05', sumber: path.join(root, 'content', '2026-05') });
  });

  it('a proof build keeps the last print PDF and says which build it came from', () => {
    const approved = print();
    const { cetak } = report();
    expect(cetak).toMatchObject({ fromEarlierBuild: false });
    const proof = jurnal(['build', '2026-05', '--proof'], root);
    expect(proof.code, proof.stderr).toBe(0);
    expect(print().equals(approved)).toBe(true);
    expect(report().cetak).toEqual({ builtAt: cetak!.builtAt, fromEarlierBuild: true });
    const text = readFileSync(path.join(out, 'laporan-build.txt'), 'utf8');
    expect(text).toMatch(/PERHATIAN: ini build proof\. PDF cetak dari build sebelumnya, \w+, \d+ \w+ \d{4} \d\d\.\d\d/);
    expect(text).toMatch(/^ {2}jurnal-balangan-2026-05\.pdf {2}\(PDF cetak dari build sebelumnya, /m);
    expect(proof.stderr).toContain('jurnal-balangan-2026-05.pdf: PDF cetak dari build sebelumnya');
    // A second proof build still names the print build, not the proof before it.
    expect(jurnal(['build', '2026-05', '--proof', '-q'], root).code).toBe(0);
    expect(report().cetak).toEqual({ builtAt: cetak!.builtAt, fromEarlierBuild: true });
    // A print build replaces it and the note goes.
    expect(jurnal(['build', '2026-05', '-q'], root).code).toBe(0);
    expect(report().cetak?.fromEarlierBuild).toBe(false);
    expect(readFileSync(path.join(out, 'laporan-build.txt'), 'utf8')).not.toContain('build sebelumnya');
  }, 300_000);

  it('refuses a same-named edition folder from elsewhere (a USB copy) for build, plan and review', () => {
    const usb = path.join(root, 'usb', '2026-05');
    cpSync(path.join(root, 'content', '2026-05'), usb, { recursive: true });
    const before = snapshotTree(path.join(root, 'editions'));
    for (const command of ['build', 'plan', 'review']) {
      const r = jurnal([command, 'usb/2026-05', ...(command === 'build' ? ['--proof'] : [])], root);
      expect(r.code, command).toBe(1);
      expect(r.stderr, command).toContain('jurnal: editions/2026-05 milik edisi dari folder content/2026-05, bukan dari usb/2026-05; hasilnya tidak ditimpa');
      expect(r.stderr, command).toContain('saran: salin folder ini ke content/ dengan nama lain (mis. content/2026-05-salinan)');
      const json = jurnal([command, 'usb/2026-05', '--json'], root);
      expect(json.code).toBe(1);
      expect(jsonOf(json)).toMatchObject({ ok: false, diagnostics: [{ rule: 'perintah', message: expect.stringContaining('milik edisi dari folder content/2026-05') }] });
    }
    expect(snapshotTree(path.join(root, 'editions'))).toEqual(before);
    // The way out the hint names works.
    const mine = snapshotTree(path.join(root, 'editions', '2026-05'));
    cpSync(usb, path.join(root, 'content', '2026-05-salinan'), { recursive: true });
    expect(jurnal(['plan', '2026-05-salinan'], root).code).toBe(0);
    expect(existsSync(path.join(root, 'editions', '2026-05-salinan', 'flatplan.pdf'))).toBe(true);
    expect(snapshotTree(path.join(root, 'editions', '2026-05'))).toEqual(mine);
  }, 300_000);

  it('--json answers success and failure of build and plan with one object', () => {
    const ok = jurnal(['build', '2026-05', '--proof', '--json'], root);
    expect(ok.code).toBe(0);
    expect(jsonOf(ok)).toMatchObject({ ok: true, edition: '2026-05', watermark: 'PROOF: SEMUA DISETUJUI' });
    const file = path.join(root, 'content', '2026-05', 'apel-asn-disiplin.md');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('kind: berita', 'kind: gosip'));
    const before = snapshotTree(path.join(root, 'editions'));
    for (const command of ['build', 'plan']) {
      const bad = jurnal([command, '2026-05', '--json'], root);
      expect(bad.code, command).toBe(1);
      const d = jsonOf(bad).diagnostics.find((x) => x.file === 'content/2026-05/apel-asn-disiplin.md');
      expect(jsonOf(bad).ok).toBe(false);
      expect(d, command).toMatchObject({ position: { line: 4, column: 7 }, severity: 'error' });
    }
    writeFileSync(file, text);
    expect(snapshotTree(path.join(root, 'editions'))).toEqual(before);
  }, 300_000);
});
