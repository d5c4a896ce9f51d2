/**
 * What the layout cannot print faithfully, found before any rendering so `jurnal check` reports it
 * too: letters the fonts lack, raw HTML (it would print as literal tags), links that are not http,
 * https or mailto, pictures written into the text, tables too long or too wide for a column, and
 * web addresses too long to break well.
 * Each message points at the place in the article; nothing here is silently dropped from print.
 */
import type { Nodes, Text as MdText } from 'mdast';
import { checkReferenceSpelling } from '../content/paths.js';
import { type Article, isHtmlComment, isWebAddress, LONGEST_WORD } from '../content/article.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { missingGlyphs } from './fonts.js';
import { RULE, type RuleId } from '../review/catalogue.js';

/** Rows (header included) a table may have: more does not fit one column leg as a readable table. */
export const MAX_TABLE_ROWS = 31;
/** Columns a table may have in one newspaper column (about 45 mm on A4). */
export const MAX_TABLE_COLUMNS = 4;

const SAFE_LINK = /^(https?:|mailto:)/i;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const NAMED: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', sol: '/', amp: '&', nbsp: '\u00a0', lpar: '(', rpar: ')', period: '.' };

/**
 * A link address as a browser would judge its scheme: character references and entities decoded,
 * percent-escapes decoded, then tabs, newlines, controls and invisible characters dropped (the
 * WHATWG URL parser strips them, so `java&#x09;script:` is `javascript:`). Repeated until stable.
 */
export function normalizeLinkForScheme(url: string): string {
  let current = url;
  for (let round = 0; round < 5; round++) {
    const next = current
      .replace(/&#x([0-9a-f]+);?/gi, (m, hex: string) => safeCodePoint(parseInt(hex, 16)) ?? m)
      .replace(/&#([0-9]+);?/g, (m, dec: string) => safeCodePoint(parseInt(dec, 10)) ?? m)
      .replace(/&([a-z]+);/gi, (m, name: string) => NAMED[name.toLowerCase()] ?? m)
      .replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
      .replace(/[\u0000-\u0020\u007f-\u00a0\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g, '');
    if (next === current) break;
    current = next;
  }
  return current;
}

function safeCodePoint(n: number): string | undefined {
  return Number.isFinite(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : undefined;
}

export function printabilityDiagnostics(article: Article): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (node: Nodes) => (node.position ? { line: node.position.start.line, column: node.position.start.column } : undefined);
  const error = (rule: RuleId, message: string, hint: string, position?: Diagnostic['position'], field?: string) =>
    out.push({ file: article.file, position, field, rule, severity: 'error', message, hint });

  const glyphs = (text: string, position: Diagnostic['position'], field?: string) => {
    const missing = missingGlyphs(text);
    if (missing.length) {
      const listed = missing.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
      error(RULE.glifTidakAda, `huruf ${listed} tidak ada di fon dan akan tercetak kosong`, 'ganti dengan huruf biasa atau hapus', position, field);
    }
  };
  const fm = article.frontMatter;
  for (const field of ['title', 'deck', 'author', 'pullquote'] as const) if (fm[field]) glyphs(fm[field]!, article.fieldPositions[field], field);
  if (fm.kontributor) glyphs(`${fm.kontributor.nama}${fm.kontributor.kim ?? ''}`, article.fieldPositions.kontributor, 'kontributor');
  fm.images?.forEach((img, i) => glyphs(`${img.caption ?? ''}${img.credit ?? ''}`, article.fieldPositions[`images.${i}`], `images.${i}`));

  // Long words are the review's (teks-mekanis); long web addresses are legitimate there but break badly in print.
  const longAddresses = (text: string, position: Diagnostic['position']) => {
    const address = text.split(/\s+/).find((w) => isWebAddress(w) && [...w].length > LONGEST_WORD);
    if (address) {
      out.push({ file: article.file, position, rule: RULE.kataSangatPanjang, severity: 'warning', message: `alamat "${address.slice(0, 24)}…" (${[...address].length} huruf tanpa spasi) akan dipenggal paksa di ujung baris`, hint: 'alamat web yang panjang sebaiknya dipendekkan (mis. halaman utama situsnya saja)' });
    }
  };
  const walk = (node: Nodes): void => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
      case 'code':
        glyphs((node as MdText).value, at(node));
        longAddresses((node as MdText).value, at(node));
        break;
      case 'html':
        if (!isHtmlComment(node.value)) {
          error(RULE.htmlMentah, `HTML "${node.value.trim().slice(0, 40)}" akan tercetak apa adanya sebagai teks`, 'hapus tag HTML dan pakai Markdown (**tebal**, *miring*, daftar dengan "-"); catatan untuk redaksi boleh ditulis sebagai <!-- ... -->', at(node));
        }
        break;
      case 'link': {
        const judged = normalizeLinkForScheme(node.url);
        const scheme = SCHEME.exec(judged)?.[1];
        if (scheme && !SAFE_LINK.test(judged)) {
          error(RULE.tautanTidakAman, `tautan "${node.url.slice(0, 40)}" (${scheme.toLowerCase()}:) tidak diizinkan`, 'hanya tautan http, https atau mailto yang dicetak; hapus tautannya atau tulis alamat web biasa', at(node));
        }
        break;
      }
      case 'image': {
        const problem = checkReferenceSpelling(node.url);
        if (problem?.rule === RULE.pathUrl) error(RULE.pathUrl, problem.message, problem.hint, at(node));
        else error(RULE.fotoDalamTeks, `foto "${node.url.slice(0, 40)}" di dalam teks tidak dicetak`, 'daftarkan foto di front-matter (images:) dengan keterangan dan kreditnya, lalu hapus ![…](…) dari teks', at(node));
        break;
      }
      case 'table': {
        const columns = Math.max(...node.children.map((r) => r.children.length));
        if (node.children.length > MAX_TABLE_ROWS) {
          error(RULE.tabelTerlaluPanjang, `tabel ${node.children.length - 1} baris; satu tabel paling banyak ${MAX_TABLE_ROWS - 1} baris`, 'pecah tabelnya menjadi beberapa tabel, atau muat ringkasannya saja', at(node));
        }
        if (columns > MAX_TABLE_COLUMNS) {
          error(RULE.tabelTerlaluLebar, `tabel ${columns} kolom; satu kolom koran memuat paling banyak ${MAX_TABLE_COLUMNS} kolom tabel`, 'kurangi kolomnya atau pecah tabelnya', at(node));
        }
        break;
      }
      default:
        break;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(article.body);
  return out;
}
