/**
 * `jurnal kiriman impor`: a contribution (a file, or a folder with its photos) → draft articles in
 * the edition, the photos copied to kiriman/<id>/foto/ and the originals kept untouched in
 * kiriman/<id>/asli/. All or nothing: every check runs first; the files are staged in a hidden folder
 * in the edition and moved into place only when complete; on any problem nothing is written.
 * The id is a hash of the originals, so the same contribution imported twice is recognised.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { constants, copyFile, link, lstat, mkdir, rename, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArticle } from '../content/article.js';
import { didYouMean } from '../content/suggest.js';
import { type Diagnostic, hasErrors } from '../diagnostics/diagnostic.js';
import { inspectImage } from '../images/inspect.js';
import { printabilityDiagnostics } from '../layout/printable.js';
import { RULE } from '../review/catalogue.js';
import { draftArticle, type DraftPhoto, slugFromTitle, uniqueSlug } from './draft.js';
import { checkKimName, type Kim } from './kim-registry.js';
import { type Contribution, parseContributionCsv, parseContributionText } from './parse.js';
import { type Entry, folderFiles, readEntry } from './sources.js';
import { type CheckedContribution, checkContribution } from './validate.js';

/** The shorter side of a photo below this prints soft even at two columns (≈ 93 mm at 200 ppi is 730 px). */
export const MIN_PHOTO_SIDE = 800;
export const KIRIMAN_DIR = 'kiriman';

export interface ImportInput {
  /** The file or folder, absolute, and as shown in messages. */
  source: string;
  display: string;
  edition: { dir: string; display: string; sections: readonly string[] };
  kims?: readonly Kim[];
  today: string;
}

export interface Imported {
  id: string;
  articles: { slug: string; file: string; title: string; desa: string; photos: number }[];
  originals: number;
}

export async function importContribution(input: ImportInput): Promise<{ imported?: Imported; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const stat = await lstat(input.source).catch(() => undefined);
  if (!stat) return { diagnostics: [{ file: input.display, rule: RULE.kirimanTidakAda, severity: 'error', message: 'berkas atau folder kiriman tidak ada', hint: 'periksa path-nya (mis. kiriman/binjai-2026-05/)' }] };
  const isFolder = stat.isDirectory();
  const listed = isFolder ? await folderFiles(input.source, input.display) : { files: [{ file: input.source, display: input.display }], diagnostics: [] };
  diagnostics.push(...listed.diagnostics);
  const entries: Entry[] = [];
  for (const f of listed.files) {
    const r = await readEntry(f.file, f.display);
    diagnostics.push(...r.diagnostics);
    if (r.entry) entries.push(r.entry);
  }
  const contributions: Contribution[] = [];
  for (const e of entries.filter((x) => x.kind !== 'photo')) {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(e.bytes);
    } catch {
      diagnostics.push({ file: e.display, rule: RULE.bukanUtf8, severity: 'error', message: 'berkas bukan teks UTF-8', hint: 'simpan ulang berkas dengan pengodean UTF-8 (di Notepad: Simpan Sebagai → Encoding UTF-8)' });
      continue;
    }
    if (e.kind === 'csv') {
      const r = parseContributionCsv(text, e.display);
      diagnostics.push(...r.diagnostics);
      contributions.push(...r.contributions);
    } else {
      const r = parseContributionText(text, e.display);
      diagnostics.push(...r.diagnostics);
      if (r.contribution) contributions.push(r.contribution);
    }
  }
  if (!contributions.length && !hasErrors(diagnostics)) {
    diagnostics.push({ file: input.display, rule: RULE.kirimanTidakAda, severity: 'error', message: 'kiriman tanpa naskah (.txt, .md atau .csv)', hint: 'tambahkan berkas teks berisi Judul:, Nama:, Desa:, Telepon:, Tanggal: dan isi berita' });
  }
  const checked: CheckedContribution[] = [];
  for (const c of contributions) {
    const r = checkContribution(c, { sections: input.edition.sections, today: input.today });
    diagnostics.push(...r.diagnostics);
    if (r.checked) checked.push(r.checked);
    if (c.fields.kim && input.kims) {
      const unknown = checkKimName(c.fields.kim.value, input.kims, { file: c.file, position: c.fields.kim.position });
      if (unknown) diagnostics.push(unknown);
    }
  }

  // Photos: those the texts name (beside a single text file, or in the folder); a folder with one
  // story and no Foto: lines gives it all of its photos.
  if (!isFolder) {
    const names = [...new Set(checked.flatMap((c) => c.photos.map((p) => path.basename(p.name))))];
    for (const name of names.filter((n) => existsSync(path.join(path.dirname(input.source), n)))) {
      const r = await readEntry(path.join(path.dirname(input.source), name), path.join(path.dirname(input.display), name));
      diagnostics.push(...r.diagnostics);
      if (r.entry) entries.push(r.entry);
    }
  }
  const photoEntries = new Map(entries.filter((e) => e.kind === 'photo').map((e) => [e.name.toLowerCase(), e]));
  if (isFolder && checked.length === 1 && !checked[0]!.photos.length) {
    checked[0]!.photos = [...photoEntries.values()].map((e) => ({ name: e.name, position: checked[0]!.source.position }));
  }
  const used = new Map<string, Entry>();
  for (const c of checked) {
    for (const ref of c.photos) {
      const base = path.basename(ref.name).toLowerCase();
      const found = photoEntries.get(base);
      if (found) used.set(found.name, found);
      // A photo refused already (HEIC, too big) has its message; one never sent gets this one.
      else if (!diagnostics.some((d) => path.basename(d.file).toLowerCase() === base)) {
        diagnostics.push({ file: c.source.file, position: ref.position, field: 'foto', rule: RULE.kirimanFotoTidakAda, severity: 'error', message: `foto "${ref.name}" tidak ada di kiriman`, hint: didYouMean(ref.name, [...photoEntries.values()].map((e) => e.name)) ?? 'kirim fotonya bersama naskah dalam satu folder, atau hapus baris Foto: itu' });
      }
    }
  }
  for (const e of photoEntries.values()) {
    if (!used.has(e.name)) diagnostics.push({ file: e.display, rule: RULE.kirimanFotoLebih, severity: 'warning', message: 'foto ini tidak disebut naskah mana pun; tidak diimpor', hint: 'sebut fotonya dengan baris Foto: nama-berkas | keterangan' });
  }
  for (const e of used.values()) {
    const result = await inspectImage(e.file);
    if ('problem' in result) diagnostics.push({ file: e.display, severity: 'error', ...result.problem });
    else if (Math.min(result.info.width, result.info.height) < MIN_PHOTO_SIDE) {
      diagnostics.push({ file: e.display, rule: RULE.kirimanFotoKecil, severity: 'error', message: `foto ${result.info.width} × ${result.info.height} piksel terlalu kecil untuk dicetak; sisi terpendeknya paling sedikit ${MIN_PHOTO_SIDE} piksel`, hint: 'kirim foto asli dari kamera HP; di WhatsApp kirim sebagai Dokumen agar tidak diperkecil' });
    }
  }
  if (hasErrors(diagnostics)) return { diagnostics };

  const originals = isFolder ? entries : entries.filter((e) => e.kind !== 'photo' || used.has(e.name));
  const id = contributionId(originals);
  const home = path.join(input.edition.dir, KIRIMAN_DIR, id);
  if (existsSync(home)) {
    return { diagnostics: [...diagnostics, { file: input.display, rule: RULE.kirimanSudahDiimpor, severity: 'error', message: `kiriman ini sudah diimpor ke ${input.edition.display} (${path.join(input.edition.display, KIRIMAN_DIR, id)})`, hint: 'tidak perlu diimpor lagi; sunting naskah yang sudah dibuat darinya' }] };
  }
  const plan = planDrafts(checked, id, input, used);
  diagnostics.push(...plan.diagnostics);
  if (hasErrors(diagnostics)) return { diagnostics };
  await writeStaged(input.edition.dir, id, originals, used, plan.drafts);
  return {
    imported: { id, originals: originals.length, articles: plan.drafts.map((d) => ({ slug: d.slug, file: path.join(input.edition.display, `${d.slug}.md`), title: d.title, desa: d.desa, photos: d.photos })) },
    diagnostics,
  };
}

function contributionId(files: readonly Entry[]): string {
  const hash = createHash('sha256');
  for (const f of [...files].sort((a, b) => a.name.localeCompare(b.name))) hash.update(`${f.name}\0${f.bytes.length}\0`).update(f.bytes);
  return hash.digest('hex').slice(0, 10);
}

interface Draft {
  slug: string;
  title: string;
  desa: string;
  text: string;
  photos: number;
}

/** Copied photos get plain names (lower case, no spaces), distinct even when two originals differ only in case. */
function photoNames(photos: ReadonlyMap<string, Entry>): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const e of [...photos.values()].sort((a, b) => a.name.localeCompare(b.name))) {
    const ext = e.bytes[0] === 0xff ? '.jpg' : '.png';
    const base = uniqueSlug(slugFromTitle(path.parse(e.name).name), (s) => taken.has(s));
    taken.add(base);
    names.set(e.name, `${base}${ext}`);
  }
  return names;
}

/** The drafts, each checked as the loader and the layout will check it, with problems placed in the original. */
function planDrafts(checked: readonly CheckedContribution[], id: string, input: ImportInput, used: ReadonlyMap<string, Entry>): { drafts: Draft[]; diagnostics: Diagnostic[] } {
  const { sections } = input.edition;
  const fallback = sections.includes('desa') ? 'desa' : (sections.find((s) => s !== 'utama') ?? sections[0] ?? 'desa');
  const taken = new Set<string>();
  const names = photoNames(used);
  const drafts: Draft[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const c of checked) {
    const slug = uniqueSlug(slugFromTitle(c.judul), (s) => taken.has(s) || existsSync(path.join(input.edition.dir, `${s}.md`)));
    taken.add(slug);
    const photos: DraftPhoto[] = c.photos.map((ref) => {
      const original = [...used.keys()].find((k) => k.toLowerCase() === path.basename(ref.name).toLowerCase())!;
      return { src: `${KIRIMAN_DIR}/${id}/foto/${names.get(original)}`, ...(ref.caption ? { caption: ref.caption } : {}) };
    });
    const origin = `${KIRIMAN_DIR}/${id}/asli/${path.basename(c.source.file)}${c.source.bodyInCell ? `, baris ${c.source.position.line}` : ''}`;
    const text = draftArticle(c, { section: c.rubrik ?? fallback, origin, photos });
    const file = path.join(input.edition.display, `${slug}.md`);
    const parsed = parseArticle(Buffer.from(text), { slug, file, sections });
    const article = parsed.article ?? parsed.draft;
    const found = [...parsed.diagnostics, ...(article ? printabilityDiagnostics(article) : [])];
    const bodyLine = text.split('\n').indexOf('---', 1) + 3;
    diagnostics.push(...found.map((d) => placeInOriginal(d, c, bodyLine)));
    drafts.push({ slug, title: c.judul, desa: c.village.name, text, photos: photos.length });
  }
  return { drafts, diagnostics };
}

const FIELD_OF: Record<string, keyof Contribution['fields']> = { title: 'judul', author: 'nama', kontributor: 'nama', date: 'tanggal', section: 'rubrik', location: 'desa' };

/** A finding on the draft, moved to where the operator wrote it. */
function placeInOriginal(d: Diagnostic, c: CheckedContribution, bodyLine: number): Diagnostic {
  const src = c.source;
  let position = src.position;
  if (d.position && d.position.line >= bodyLine) {
    position = src.bodyInCell ? src.bodyStart : { line: src.bodyStart.line + d.position.line - bodyLine, column: d.position.column };
  } else if (d.field?.startsWith('images.')) {
    position = c.photos[Number(d.field.split('.')[1])]?.position ?? position;
  } else if (d.field) {
    position = src.fields[FIELD_OF[d.field.split('.')[0]!] ?? 'judul']?.position ?? position;
  }
  const { field: _field, ...rest } = d;
  const message = d.rule === RULE.htmlMentah ? d.message.replace(/ akan tercetak apa adanya sebagai teks$/, ' (HTML atau skrip) tidak boleh ada di naskah kiriman') : d.message;
  return { ...rest, file: src.file, position, message: d.severity === 'error' ? `${message}; kiriman ditolak` : message };
}

/**
 * Puts a finished file at `to` unless something is there: link() is atomic and fails on an existing
 * file, so an article written meanwhile is never replaced. File systems without hard links (FAT on a
 * USB stick) get an exclusive copy instead.
 */
async function placeNew(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    await copyFile(from, to, constants.COPYFILE_EXCL);
  }
}

/** Stage everything in a hidden folder of the edition, then move it into place; undo on failure. */
async function writeStaged(editionDir: string, id: string, originals: readonly Entry[], photos: ReadonlyMap<string, Entry>, drafts: readonly Draft[]): Promise<void> {
  const staging = path.join(editionDir, `.${KIRIMAN_DIR}-${id}.${process.pid}.${randomBytes(4).toString('hex')}`);
  const home = path.join(editionDir, KIRIMAN_DIR, id);
  const placed: string[] = [];
  let homePlaced = false;
  try {
    await mkdir(path.join(staging, 'kiriman', 'asli'), { recursive: true });
    await mkdir(path.join(staging, 'kiriman', 'foto'));
    for (const e of originals) await writeFile(path.join(staging, 'kiriman', 'asli', e.name), e.bytes, { flag: 'wx' });
    for (const [original, name] of photoNames(photos)) await writeFile(path.join(staging, 'kiriman', 'foto', name), photos.get(original)!.bytes, { flag: 'wx' });
    for (const d of drafts) await writeFile(path.join(staging, `${d.slug}.md`), d.text, { flag: 'wx' });
    await mkdir(path.dirname(home), { recursive: true });
    await rename(path.join(staging, 'kiriman'), home);
    homePlaced = true;
    for (const d of drafts) {
      await placeNew(path.join(staging, `${d.slug}.md`), path.join(editionDir, `${d.slug}.md`));
      placed.push(path.join(editionDir, `${d.slug}.md`));
    }
  } catch (error) {
    for (const file of placed) await unlink(file).catch(() => undefined);
    if (homePlaced) await rm(home, { recursive: true, force: true });
    throw error;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
