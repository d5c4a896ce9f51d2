#!/usr/bin/env node
// npm run bench: speed and memory of the build and of distribution on generated editions and
// registries. Prints wall time and peak RSS per case, and for the builds the same content set by Typst
// (typst-peer.mjs) with the ratio. Targets (issue #15): cold ≤ 3.5 s and ≤ 400 MB (≤ 2× Typst),
// rebuild after one edit ≤ 1 s, nothing changed ≤ 0.5 s, twice the edition ≤ 2.1× the time. Start-up: `jurnal --help` ≤ 0.15 s,
// `jurnal check` on the sample ≤ 0.6 s (median of 5; `node -e 0` is printed for scale). Web edition
// (issue #13): the whole site ≤ 3 s, a page ≤ 150 KB before photos.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';

const root = path.resolve(import.meta.dirname, '..');
const sample = path.join(root, 'content/2026-05');
const bin = path.join(root, 'bin/jurnal.js');
const SECTIONS = ['pemerintahan', 'pembangunan', 'desa', 'kesehatan', 'pendidikan', 'ekonomi'];

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 4294967296);
}

/** Paragraphs of the sample articles, to compose plausible bodies of any length. */
function sampleParagraphs() {
  return readdirSync(sample)
    .filter((n) => n.endsWith('.md') && n !== 'README.md')
    .flatMap((n) => readFileSync(path.join(sample, n), 'utf8').split(/\n---\n/)[1].split(/\n\n+/))
    .filter((p) => p.length > 120 && !p.startsWith('|') && !p.startsWith('-') && !p.startsWith('#') && !p.startsWith('>'));
}

async function makeEdition(dir, { pages, articles, photos, wordsPerPage = 825 }, seed) {
  const random = rng(seed);
  mkdirSync(path.join(dir, 'foto'), { recursive: true });
  for (let i = 0; i < photos; i++) {
    const hue = Math.floor(random() * 360);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="3000" height="2000"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},50%,70%)"/><stop offset="1" stop-color="hsl(${(hue + 90) % 360},40%,30%)"/></linearGradient></defs><rect width="3000" height="2000" fill="url(#g)"/>${Array.from({ length: 30 }, () => `<circle cx="${random() * 3000}" cy="${random() * 2000}" r="${50 + random() * 300}" fill="hsl(${Math.floor(random() * 360)},45%,55%)" opacity="0.7"/>`).join('')}</svg>`;
    await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toFile(path.join(dir, 'foto', `f${i}.jpg`));
  }
  const paragraphs = sampleParagraphs();
  // Inner pages shared as evenly as the sections' equal share of articles asks.
  const inner = pages - 2;
  let next = 2;
  const sections = SECTIONS.map((id, i) => {
    const count = Math.floor(inner / SECTIONS.length) + (i < inner % SECTIONS.length ? 1 : 0);
    const from = next;
    next += count;
    return `  - { id: ${id}, name: ${id[0].toUpperCase() + id.slice(1)}, pages: "${from}-${from + count - 1}" }`;
  });
  writeFileSync(path.join(dir, "edition.yaml"), `number: 9\nvolume: 4\nyear: 2026\ndate: 2026-06-19\npages: ${pages}\nformat: tabloid\nsections:\n${sections.join('\n')}\npins:\n  - { slug: a0, page: 1, position: utama }\n`);
  // Bodies first, then sections: each story goes to the section with the fewest words per page so
  // far, as an editor balances an edition.
  // A full edition, as a desk commissions it: copy for the pages (a tabloid page holds about 825
  // words beside its photos and heads), in stories of 40 % to 160 % of the mean length.
  const mean = (wordsPerPage * (pages - 1.5)) / articles;
  const bodies = Array.from({ length: articles }, () => {
    const words = Math.round(mean * (0.4 + random() * 1.2));
    const body = [];
    let count = 0;
    while (count < words) {
      const p = paragraphs[Math.floor(random() * paragraphs.length)];
      body.push(p);
      count += p.split(/\s+/).length;
    }
    return { body, count };
  });
  const pagesOf = SECTIONS.map((_, i) => Math.floor(inner / SECTIONS.length) + (i < inner % SECTIONS.length ? 1 : 0));
  const load = SECTIONS.map(() => 0);
  const sectionOf = new Map();
  for (const i of [...bodies.keys()].sort((a, b) => bodies[b].count - bodies[a].count)) {
    const s = load.map((w, k) => w / pagesOf[k]).reduce((best, v, k, all) => (v < all[best] ? k : best), 0);
    load[s] += bodies[i].count + 150;
    sectionOf.set(i, SECTIONS[s]);
  }
  // Briefs (kind: singkat, 40–110 words) that the planner sets where a page still has room, one per
  // page as a desk keeps a stock of them (those left over wait for the next edition).
  const sentences = paragraphs.flatMap((p) => p.split(/(?<=\.)\s+/)).filter((t) => /^[A-Z]/.test(t) && !/["“”]/.test(t));
  for (let i = 0; i < pages; i++) {
    const words = 40 + Math.floor(random() * 70);
    const body = [];
    let count = 0;
    for (let tries = 0; count < words && tries < 200; tries++) {
      const sentence = sentences[Math.floor(random() * sentences.length)];
      const n = sentence.split(/\s+/).length;
      if (count + n > 115) continue;
      body.push(sentence);
      count += n;
    }
    writeFileSync(
      path.join(dir, `s${i}.md`),
      `---\ntitle: Kabar Singkat Nomor ${i} dari Kecamatan\nsection: ${SECTIONS[i % SECTIONS.length]}\nkind: singkat\nauthor: Bench\ndate: 2026-06-10\nverification: { status: verified, by: Bench, date: 2026-06-11 }\npriority: 5\n---\n\n${body.join(' ')}\n`,
    );
  }
  let photo = 0;
  for (let i = 0; i < articles; i++) {
    const images = [];
    const want = photo < photos ? (i % 3 === 0 ? 2 : 1) : 0;
    for (let k = 0; k < want && photo < photos; k++) images.push(`  - { src: foto/f${photo++}.jpg, caption: Foto ${photo} untuk uji kecepatan., credit: Bench }`);
    writeFileSync(
      path.join(dir, `a${i}.md`),
      `---\ntitle: Berita Uji Nomor ${i} tentang Desa\nsection: ${sectionOf.get(i)}\nkind: berita\nauthor: Bench\ndate: 2026-06-10\nsources: [{ name: Narasumber Uji }]\nverification: { status: verified, by: Bench, date: 2026-06-11 }\npriority: ${1 + (i % 5)}\n${images.length ? `images:\n${images.join('\n')}\n` : ''}---\n\n${bodies[i].body.join('\n\n')}\n`,
    );
  }
}

/** A registry the size of a province or of Indonesia's villages, in Balangan's kecamatan. */
function syntheticRegistry(count) {
  const kecamatan = ['Juai', 'Halong', 'Awayan', 'Batu Mandi', 'Lampihong', 'Paringin', 'Paringin Selatan', 'Tebing Tinggi'];
  const categories = ['desa', 'desa', 'desa', 'skpd', 'kim', 'vertikal', 'lainnya'];
  const rows = ['id,kategori,nama,kecamatan,kode_wilayah,alamat,kontak,eksemplar,rute,sumber'];
  for (let i = 0; i < count; i++) {
    const k = kecamatan[i % kecamatan.length];
    rows.push(`r${i},${categories[i % categories.length]},"Penerima Nomor ${i}, ${k}",${k},,,,,Rute ${1 + (i % 40)},bench`);
  }
  return `${rows.join('\n')}\n`;
}

// Peak memory of the whole command: layout commands run in a child process, whose peak GNU time
// reports (wait4 counts reaped descendants); without it only this process's own peak is known.
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function run(cwd, args) {
  const wrapper = `process.on('exit', () => process.stderr.write('MAXRSS ' + process.resourceUsage().maxRSS + '\\n')); process.argv = [process.argv[0], ${JSON.stringify(bin)}, ...${JSON.stringify(args)}]; await import(${JSON.stringify(bin)});`;
  const started = performance.now();
  const r = GNU_TIME
    ? spawnSync(GNU_TIME, ['-f', 'MAXRSS %M', process.execPath, bin, ...args], { cwd, encoding: 'utf8' })
    : spawnSync(process.execPath, ['--input-type=module', '-e', wrapper], { cwd, encoding: 'utf8' });
  const wall = (performance.now() - started) / 1000;
  const rss = Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024;
  // A print build the review refuses (holes on a generated page), or one story the generated copy has too
  // many for, has still done all the layout work: time it, say so.
  const refused = r.status === 1 && (r.stderr.includes('build cetak ditolak') || r.stderr.includes('[edisi-penuh]'));
  if (r.status !== 0 && !refused) throw new Error(`jurnal ${args.join(' ')} gagal:\n${r.stderr}`);
  const note = r.stderr.includes('[edisi-penuh]') ? 'edisi penuh: naskah tidak termuat' : `cetak ditolak: ${(r.stderr.match(/ galat /g) ?? []).length} galat`;
  return { wall, rss, ...(refused ? { note } : {}) };
}

const report = (name, { wall, rss, note }) => console.log(`${name.padEnd(46)} ${wall.toFixed(2).padStart(6)} s  ${rss.toFixed(0).padStart(5)} MB${note ? `  (${note})` : ''}`);

/** The Typst peer (typst-peer.mjs) setting a project's bench edition; a process of its own, like a build. */
function typst(project) {
  const peer = path.join(root, 'bench', 'typst-peer.mjs');
  const args = [peer, path.join(project, 'content', 'bench'), path.join(project, 'typst-bench.pdf')];
  const started = performance.now();
  const r = GNU_TIME ? spawnSync(GNU_TIME, ['-f', 'MAXRSS %M', process.execPath, ...args], { encoding: 'utf8' }) : spawnSync(process.execPath, args, { encoding: 'utf8' });
  const wall = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`typst-peer gagal:\n${r.stderr}`);
  return { wall, rss: Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024 };
}

/** One case of jurnal beside the Typst peer on the same content, with the ratio (issue #15: ≤ 2×). */
function versus(name, ours, peer) {
  report(name, ours);
  report(`  Typst, isi yang sama`, peer);
  console.log(`  rasio jurnal / Typst: ${(ours.wall / peer.wall).toFixed(1)}×`);
}

/** The page previews of a project's bench edition, rendered from its print PDF and photo cache, timed without start-up. */
function previews(project) {
  const code = `import { readFileSync } from 'node:fs';
const { renderPreviewsInWorker } = await import(${JSON.stringify(path.join(root, 'dist/print/preview.js'))});
const pdf = new Uint8Array(readFileSync('editions/bench/jurnal-balangan-bench.pdf'));
const started = performance.now();
await renderPreviewsInWorker(pdf, { photoCache: '.cache/jurnal/foto' });
process.stderr.write('WALL ' + (performance.now() - started) / 1000 + '\\nMAXRSS ' + process.resourceUsage().maxRSS + '\\n');`;
  // A file, not --eval: the preview worker would inherit --input-type and refuse its own file.
  const script = path.join(project, 'pratinjau-bench.mjs');
  writeFileSync(script, code);
  const r = spawnSync(process.execPath, [script], { cwd: project, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pratinjau gagal:\n${r.stderr}`);
  return { wall: Number(/WALL ([\d.]+)/.exec(r.stderr)[1]), rss: Number(/MAXRSS (\d+)/.exec(r.stderr)[1]) / 1024 };
}

/** The run with the median wall time of `times` runs: start-up is short and a shared machine is noisy. */
function median(times, once) {
  const runs = Array.from({ length: times }, once).sort((a, b) => a.wall - b.wall);
  return runs[Math.floor(times / 2)];
}

/** Node itself starting and exiting, for scale. */
function bareNode() {
  const started = performance.now();
  const r = GNU_TIME ? spawnSync(GNU_TIME, ['-f', 'MAXRSS %M', process.execPath, '-e', '0'], { encoding: 'utf8' }) : spawnSync(process.execPath, ['-e', "process.stderr.write('MAXRSS ' + process.resourceUsage().maxRSS)"], { encoding: 'utf8' });
  return { wall: (performance.now() - started) / 1000, rss: Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024 };
}

if (process.argv[2] === '--make') {
  // Only generate an edition (for looking at it): node bench/run.js --make <folder> [pages articles photos wordsPerPage]
  const [pages = 24, articles = 30, photos = 40, wordsPerPage = 825] = process.argv.slice(4).map(Number);
  await makeEdition(process.argv[3], { pages, articles, photos, wordsPerPage }, pages);
  process.exit(0);
}

/**
 * Distribution paperwork for a registry of 10,000 and 80,000 recipients (targets, issue #15: ≤ 10 s;
 * ≤ 60 s and ≤ 1 GB). `node bench/run.js --distribusi [jumlah…]` runs only these.
 */
function distributionCases(work, counts = [10_000, 80_000]) {
  for (const count of counts) {
    const project = path.join(work, `distribusi-${count}`);
    mkdirSync(path.join(project, 'content', 'd'), { recursive: true });
    writeFileSync(path.join(project, 'content', 'd', 'edition.yaml'), readFileSync(path.join(sample, 'edition.yaml')));
    mkdirSync(path.join(project, 'distribution'), { recursive: true });
    cpSync(path.join(root, 'distribution', 'alokasi.yaml'), path.join(project, 'distribution', 'alokasi.yaml'));
    writeFileSync(path.join(project, 'distribution', 'penerima.csv'), syntheticRegistry(count));
    report(`distribusi: ${count.toLocaleString('id-ID')} penerima`, run(project, ['distribute', 'd', '--senyap']));
  }
}

const work = mkdtempSync(path.join(tmpdir(), 'jurnal-bench-'));
if (process.argv[2] === '--distribusi') {
  const counts = process.argv.slice(3).map(Number);
  try {
    distributionCases(work, counts.length ? counts : undefined);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  process.exit(0);
}
try {
  console.log('kasus                                           waktu    puncak memori');
  // Start-up: commands that load no layout (median of 5).
  report('node -e 0 (skala mesin ini, median 5×)', median(5, bareNode));
  report('jurnal --help (median 5×)', median(5, () => run(root, ['--help'])));
  report('jurnal check: edisi contoh (median 5×)', median(5, () => run(root, ['check', sample])));
  report('jurnal jelaskan foto-resolusi (median 5×)', median(5, () => run(root, ['jelaskan', 'foto-resolusi'])));
  report('jurnal jelaskan (median 5×)', median(5, () => run(root, ['jelaskan'])));
  const sizes = [
    ['24 hal tabloid, 30 naskah, 40 foto', { pages: 24, articles: 30, photos: 40 }],
    // Copy for 810 words a page, not 825: at 825 this seed's stories come one too many for 48 pages
    // (one left out, "edisi-penuh"), at 815–820 a page keeps a 10–12-line hole the review refuses; a
    // refused build stops before composing, so it would not be timed in full.
    ['48 hal tabloid, 60 naskah, 80 foto (2×)', { pages: 48, articles: 60, photos: 80, wordsPerPage: 810 }],
  ];
  const cold = [];
  for (const [label, size] of sizes) {
    const project = path.join(work, label.split(' ')[0]);
    const edition = path.join(project, 'content', 'bench');
    mkdirSync(edition, { recursive: true });
    await makeEdition(edition, size, size.pages);
    run(project, ['approve', 'bench', '--semua', '--oleh', 'Bench']);
    const first = run(project, ['build', 'bench', '--senyap']);
    cold.push(first.wall);
    versus(`build dingin (cache kosong): ${label}`, first, typst(project));
    versus(`build ulang tanpa perubahan: ${label}`, run(project, ['build', 'bench', '--senyap']), typst(project));
    const file = path.join(edition, 'a3.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('\n\n', '\n\nParagraf tambahan hasil suntingan redaksi untuk uji build ulang.\n\n'));
    run(project, ['approve', 'bench', 'a3', '--oleh', 'Bench']);
    versus(`build ulang setelah 1 naskah disunting: ${label}`, run(project, ['build', 'bench', '--senyap']), typst(project));
    // Page previews of the print PDF (issue #14: 24 pages ≤ 1.5 s), as the build renders them, on their
    // own and in a process of their own (@napi-rs/canvas loaded beside sharp breaks sharp's SVG input).
    if (existsSync(path.join(project, 'editions', 'bench', 'jurnal-balangan-bench.pdf'))) report(`pratinjau halaman (PNG + lembar kontak): ${label}`, previews(project));
    else console.log(`pratinjau halaman: ${label}: tidak diukur, tidak ada PDF cetak`);
    // The web edition (issue #13: the whole site ≤ 3 s): cold (no photo cache), then again.
    rmSync(path.join(project, '.cache', 'jurnal', 'web'), { recursive: true, force: true });
    report(`web dingin (foto belum ada di cache): ${label}`, run(project, ['web', 'bench', '--senyap']));
    report(`web ulang: ${label}`, run(project, ['web', 'bench', '--senyap']));
    const page = path.join(project, 'editions', 'bench', 'web', 'berita', 'a0.html');
    const assets = readdirSync(path.join(project, 'editions', 'bench', 'web', 'aset')).reduce((sum, f) => sum + readFileSync(path.join(project, 'editions', 'bench', 'web', 'aset', f)).length, 0);
    console.log(`web: halaman berita a0 ${(readFileSync(page).length / 1024).toFixed(1)} KB + gaya dan fon ${(assets / 1024).toFixed(1)} KB, tanpa foto (target ≤ 150 KB)`);
  }
  console.log(`rasio 2× edisi / edisi: ${(cold[1] / cold[0]).toFixed(2)}× (target ≤ 2.1×)`);
  distributionCases(work);
  cpSync(sample, path.join(work, 'sample', 'content', '2026-05'), { recursive: true });
  report('build dingin: edisi contoh (12 hal, 21 naskah)', run(path.join(work, 'sample'), ['build', '2026-05', '--senyap']));
  // Planning after a build, as a desk re-plans (target ≤ 1 s): measurements are in the cache.
  report('jurnal plan: edisi contoh, setelah build (median 3×)', median(3, () => run(path.join(work, 'sample'), ['plan', '2026-05'])));
} finally {
  rmSync(work, { recursive: true, force: true });
}
