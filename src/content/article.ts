/**
 * One Markdown file → an Article or diagnostics. Pure (bytes in, value out) so that it can be
 * fuzzed: whatever the bytes, it returns, and every position lies inside the file.
 */
import { createHash } from 'node:crypto';
import matter from 'gray-matter';
import type { List, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { type Diagnostic, offsetToPosition, type Position } from '../diagnostics/diagnostic.js';
import { balanganAreas, findKecamatan, villagesOf } from './areas.js';
import { FIELD_HINTS, type FrontMatter, frontMatterSchema, knownFrontMatterKeys } from './schema.js';
import { didYouMean } from './suggest.js';
import { typesetFrontMatter, typesetTree } from './typography.js';
import { parseYaml, type ParsedYaml } from './yaml.js';
import { zodIssuesToDiagnostics } from './zod-diagnostics.js';
import { RULE, type RuleId } from '../review/catalogue.js';
import { resolveVillage } from '../contrib/village.js';

export const MAX_ARTICLE_BYTES = 512 * 1024;

export interface Article {
  slug: string;
  /** Path as shown in messages, e.g. content/2026-05/jembatan.md. */
  file: string;
  /**
   * Front-matter and body as they are printed: punctuation typeset (typography.ts: curly quotes,
   * dashes, no-break spaces, ellipsis) in the printed strings and in the text of the body. The file
   * itself is not changed, and the hashes below are of the file as written.
   */
  frontMatter: FrontMatter;
  body: Root;
  /** Body as plain text (typeset), blocks separated by blank lines. */
  text: string;
  wordCount: number;
  /** SHA-256 of the file's bytes: approvals and caches are bound to it. */
  hash: string;
  /** SHA-256 of the front-matter text and of the body text, so a review can say what changed. */
  frontMatterHash: string;
  bodyHash: string;
  /** Line and column of each front-matter field, keyed by dotted path ("images.0.src"). */
  fieldPositions: Record<string, Position>;
}

export interface ParseOptions {
  slug: string;
  file: string;
  /** Section ids of the edition. */
  sections: readonly string[];
}

/** A slug is the file name without .md: lower-case letters, digits and single hyphens (safe in every path and URL). */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function parseArticle(bytes: Uint8Array, options: ParseOptions): { article?: Article; draft?: Article; diagnostics: Diagnostic[] } {
  const { file } = options;
  const diag = (rule: RuleId, message: string, hint?: string, position?: Position): Diagnostic => ({
    file,
    position,
    rule,
    severity: 'error',
    message,
    hint,
  });
  if (bytes.byteLength === 0) return { diagnostics: [diag(RULE.berkasKosong, 'berkas kosong', 'isi dengan front-matter dan naskah, atau hapus berkasnya (jurnal new membuat kerangka)')] };
  if (bytes.byteLength > MAX_ARTICLE_BYTES) {
    return {
      diagnostics: [diag(RULE.berkasTerlaluBesar, `berkas ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB, batasnya ${MAX_ARTICLE_BYTES / 1024} KB`, 'satu naskah berita tidak sebesar ini; periksa apakah berkasnya benar')],
    };
  }
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return {
      diagnostics: [diag(RULE.bukanUtf8, 'berkas bukan teks UTF-8', 'simpan ulang berkas dengan pengodean UTF-8 (di Notepad: Simpan Sebagai → Encoding UTF-8)', bytePosition(bytes, offset))],
    };
  }
  const diagnostics: Diagnostic[] = [];
  if (raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
  const text = raw.replace(/\r\n?/g, '\n');
  const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200d\u202a-\u202e\u2066-\u2069\ufeff]/.exec(text);
  if (control) {
    diagnostics.push(diag(RULE.karakterKontrol, `karakter tak terlihat U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} di dalam teks`, 'hapus karakter itu (sering terbawa dari aplikasi chat)', offsetToPosition(text, control.index)));
  }
  if (!SLUG.test(options.slug)) {
    diagnostics.push(diag(RULE.slugTidakSah, `nama berkas "${options.slug}.md" tidak bisa dipakai sebagai slug`, 'pakai huruf kecil, angka dan tanda hubung saja, mis. jembatan-binjai.md'));
  }

  const firstLineEnd = text.indexOf('\n');
  const firstLine = firstLineEnd === -1 ? text : text.slice(0, firstLineEnd);
  if (firstLine.trimEnd() !== '---') {
    const isEngine = /^---\s*\S/.test(firstLine);
    diagnostics.push(
      isEngine
        ? diag(RULE.frontmatterBahasa, `front-matter "${firstLine.trim()}" tidak diizinkan; hanya YAML`, 'baris pertama harus tepat "---"', { line: 1, column: 4 })
        : diag(RULE.frontmatterTidakAda, 'berkas tidak diawali front-matter', 'baris pertama harus "---", lalu title:, section:, … dan ditutup "---"', { line: 1, column: 1 }),
    );
    return { diagnostics };
  }
  const closing = /\n---[ \t]*(\n|$)/.exec(text.slice(firstLineEnd));
  const otherFence = /\n---/.exec(text.slice(firstLineEnd));
  if (!closing || (otherFence && otherFence.index < closing.index)) {
    const at = otherFence ? offsetToPosition(text, firstLineEnd + otherFence.index + 1) : { line: 1, column: 1 };
    diagnostics.push(diag(RULE.frontmatterTidakDitutup, otherFence ? 'pagar penutup front-matter harus tepat "---"' : 'front-matter tidak ditutup', 'tambahkan baris "---" setelah kunci terakhir front-matter', at));
    return { diagnostics };
  }

  let yaml: ParsedYaml | undefined;
  const refuse = (): never => {
    throw new Error('front-matter selain YAML tidak diizinkan');
  };
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, {
      language: 'yaml',
      engines: {
        yaml: (source: string) => {
          // gray-matter hands over the text right after the opening "---", newline included, so YAML line 1 is file line 1.
          yaml = parseYaml(source, { file });
          return (yaml.data ?? {}) as object;
        },
        // gray-matter evaluates these as code by default; the first-line check refuses them already,
        // and these make sure nothing else can reach them.
        js: refuse,
        javascript: refuse,
        coffee: refuse,
        coffeescript: refuse,
        cson: refuse,
        json: refuse,
        toml: refuse,
      },
    });
  } catch (cause) {
    diagnostics.push(diag(RULE.frontmatterBahasa, (cause as Error).message, 'baris pertama harus tepat "---"', { line: 1, column: 1 }));
    return { diagnostics };
  }
  if (!yaml) return { diagnostics: [...diagnostics, diag(RULE.frontmatterTidakAda, 'front-matter kosong', 'isi title:, section:, kind:, author:, date: di antara dua baris "---"', { line: 1, column: 1 })] };
  diagnostics.push(...yaml.diagnostics);
  const bodyOffset = text.length - parsed.content.length;
  const bodyLine = offsetToPosition(text, bodyOffset).line;

  let frontMatter: FrontMatter | undefined;
  if (yaml.diagnostics.length === 0) {
    if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
      diagnostics.push(diag(RULE.frontmatterTipe, 'front-matter harus berisi pasangan kunci: nilai', 'mis. title: Judul Berita', { line: 2, column: 1 }));
    } else {
      const result = frontMatterSchema.safeParse(yaml.data);
      if (result.success) frontMatter = result.data;
      else diagnostics.push(...zodIssuesToDiagnostics(result.error.issues, { file, yaml, knownKeys: knownFrontMatterKeys, hints: FIELD_HINTS }));
    }
  }
  if (frontMatter) diagnostics.push(...checkDomain(frontMatter, options, yaml));

  let body: Root;
  try {
    body = unified().use(remarkParse).use(remarkGfm).parse(parsed.content);
  } catch (cause) {
    diagnostics.push(diag(RULE.markdown, `naskah tidak dapat dibaca: ${(cause as Error).message}`, undefined, { line: bodyLine, column: 1 }));
    return { diagnostics };
  }
  shiftPositions(body, bodyLine - 1);
  if (body.children.length === 0) {
    diagnostics.push({ ...diag(RULE.naskahKosong, 'naskah (isi berita) kosong', 'tulis isi berita di bawah baris "---" penutup', { line: Math.max(1, bodyLine - 1), column: 1 }), severity: 'warning' });
  }
  if (!frontMatter) return { diagnostics };

  // Typography is set on what is printed, after every check of the source; the hashes are of the source.
  const printed = typesetTree(body);
  const plain = printed.children.map((block) => blockText(block)).filter(Boolean).join('\n\n');
  const article: Article = {
      slug: options.slug,
      file,
      frontMatter: typesetFrontMatter(frontMatter),
      body: printed,
      text: plain,
      wordCount: plain.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length,
      hash: createHash('sha256').update(bytes).digest('hex'),
      frontMatterHash: createHash('sha256').update(text.slice(0, bodyOffset)).digest('hex'),
      bodyHash: createHash('sha256').update(parsed.content).digest('hex'),
      fieldPositions: collectPositions(frontMatter as unknown as Record<string, unknown>, yaml.locate),
  };
  // A well-formed article that fails a domain check (section, area, slug) is a draft: not laid out, but
  // its photos are still checked, so the editor sees every problem in one run.
  return diagnostics.some((d) => d.severity === 'error') ? { draft: article, diagnostics } : { article, diagnostics };
}

/** A word longer than this is almost always a lost space or a pasted address; the layout has to force breaks in it. */
export const LONGEST_WORD = 40;
export const isWebAddress = (word: string): boolean => /^(https?:|mailto:|www\.)/i.test(word);

/** An HTML comment is an editor's note: never printed, never counted. */
export const isHtmlComment = (html: string): boolean => /^\s*<!--[\s\S]*-->\s*$/.test(html);

/** Text as it will be printed: inline HTML is left out (only comments pass the checks), list items one per line. */
const plainText = (node: Parameters<typeof toString>[0]) => toString(node, { includeHtml: false });

function listText(list: List): string[] {
  return list.children.flatMap((item) => item.children.flatMap((c) => (c.type === 'list' ? listText(c) : [plainText(c)])));
}

function blockText(block: RootContent): string {
  if (block.type === 'list') return listText(block).join('\n');
  if (block.type === 'html') return isHtmlComment(block.value) ? '' : block.value;
  if (block.type === 'table') return block.children.map((row) => row.children.map((cell) => plainText(cell)).join(' ')).join('\n');
  return plainText(block);
}

/** Section and real-area checks: what the schema alone cannot know. */
function checkDomain(fm: FrontMatter, options: ParseOptions, yaml: ParsedYaml): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (p: (string | number)[], rule: RuleId, message: string, hint?: string): void => {
    out.push({ file: options.file, position: yaml.locate(p), field: p.join('.'), rule, severity: 'error', message, hint });
  };
  if (!options.sections.includes(fm.section)) {
    at(['section'], RULE.rubrikTidakDikenal, `rubrik "${fm.section}" tidak ada di edisi ini (${options.sections.join(', ')})`, didYouMean(fm.section, options.sections) ?? 'pilih rubrik yang terdaftar di edition.yaml');
  }
  if (fm.location) {
    const { kecamatan: kecName, desa } = fm.location;
    const kecamatan = findKecamatan(kecName);
    const all = balanganAreas();
    if (!kecamatan) {
      at(['location', 'kecamatan'], RULE.wilayahKecamatan, `kecamatan "${kecName}" tidak ada di Kabupaten Balangan`, didYouMean(kecName, all.kecamatan.map((k) => k.name)) ?? `kecamatan di Balangan: ${all.kecamatan.map((k) => k.name).join(', ')}`);
    } else if (desa) {
      const own = villagesOf(kecamatan.code);
      if (!own.some((v) => v.name === desa)) {
        const elsewhere = all.villages.filter((v) => v.name === desa);
        const suggestion = didYouMean(desa, own.map((v) => v.name));
        const hint = elsewhere.length
          ? `"${desa}" ada di kecamatan ${elsewhere.map((v) => all.kecamatan.find((k) => k.code === v.kecamatanCode)?.name).join(', ')}; periksa kecamatan atau desanya`
          : suggestion ?? `desa/kelurahan di ${kecamatan.name}: ${own.map((v) => v.name).join(', ')}`;
        at(['location', 'desa'], RULE.wilayahDesa, `desa/kelurahan "${desa}" tidak ada di kecamatan ${kecamatan.name}`, hint);
      }
    }
  }
  if (fm.kontributor) {
    const match = resolveVillage(fm.kontributor.desa, fm.location?.kecamatan);
    if ('problem' in match) at(['kontributor', 'desa'], RULE.wilayahDesa, match.problem, match.hint);
  }
  return out;
}

function collectPositions(data: Record<string, unknown>, locate: ParsedYaml['locate']): Record<string, Position> {
  const out: Record<string, Position> = {};
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (path.length) out[path.join('.')] = locate(path);
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(data, []);
  return out;
}

function shiftPositions(node: { position?: { start: { line: number }; end: { line: number } }; children?: unknown[] }, by: number): void {
  if (node.position) {
    node.position.start.line += by;
    node.position.end.line += by;
  }
  for (const child of node.children ?? []) shiftPositions(child as typeof node, by);
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // A small validator: the offset of the first byte that does not start a well-formed sequence.
  for (let i = 0; i < bytes.byteLength; ) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    const sequence = bytes.subarray(i, i + length);
    if (sequence.byteLength < length) return i;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(sequence);
    } catch {
      return i;
    }
    i += length;
  }
  return bytes.byteLength;
}

function bytePosition(bytes: Uint8Array, offset: number): Position {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) { line++; start = i + 1; }
  return { line, column: offset - start + 1 };
}
