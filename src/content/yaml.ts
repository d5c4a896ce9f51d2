/**
 * YAML as data, never code, with positions. Used for article front-matter, edition.yaml and the
 * distribution config. Values YAML would silently change (0812… losing its zero, 16-digit ids
 * losing precision), aliases (alias bombs), explicit tags and prototype keys are refused with a
 * position instead of being "helpfully" converted.
 */
import {
  Alias,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  Scalar,
  type Document,
} from 'yaml';
import type { Diagnostic, Position } from '../diagnostics/diagnostic.js';
import { RULE, type RuleId } from '../review/catalogue.js';

export type YamlValue = string | number | boolean | null | YamlValue[] | { [key: string]: YamlValue };
export type FieldPath = readonly (string | number)[];

export interface ParsedYaml {
  data: YamlValue | undefined;
  diagnostics: Diagnostic[];
  /** Position of a field (its value node), or of the nearest existing parent. */
  locate(path: FieldPath, which?: 'key' | 'value'): Position;
}

export interface YamlSource {
  file: string;
  /** Lines before the YAML text in its file (1 for front-matter after the opening `---`). */
  lineOffset?: number;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 16;

export function formatPath(path: FieldPath): string {
  return path.map(String).join('.');
}

export function parseYaml(text: string, source: YamlSource): ParsedYaml {
  const lineOffset = source.lineOffset ?? 0;
  const lineCounter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line + lineOffset, column: p.col };
  };
  const fail = (offset: number, rule: RuleId, message: string, hint?: string, field?: FieldPath) =>
    diagnostics.push({
      file: source.file,
      position: at(offset),
      rule,
      severity: 'error',
      message,
      hint,
      field: field && field.length ? formatPath(field) : undefined,
    });

  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, {
      lineCounter,
      uniqueKeys: true,
      merge: false,
      prettyErrors: false,
      schema: 'core',
      strict: true,
    });
  } catch (cause) {
    // The parser recurses; absurd nesting can exhaust the stack. Report it like any other fault.
    diagnostics.push({
      file: source.file,
      position: { line: 1 + lineOffset, column: 1 },
      rule: RULE.yamlSintaks,
      severity: 'error',
      message: `YAML tidak dapat dibaca (${(cause as Error).message})`,
      hint: 'sederhanakan struktur front-matter',
    });
    return { data: undefined, diagnostics, locate: () => ({ line: 1 + lineOffset, column: 1 }) };
  }

  for (const error of doc.errors) {
    const duplicate = error.code === 'DUPLICATE_KEY';
    fail(
      error.pos[0],
      duplicate ? RULE.yamlKunciGanda : RULE.yamlSintaks,
      duplicate ? 'kunci yang sama ditulis dua kali' : `sintaks YAML salah: ${yamlErrorText[error.code] ?? 'susunan tidak dapat dibaca'}`,
      duplicate
        ? 'hapus salah satunya'
        : 'periksa titik dua, tanda kutip dan indentasi pada baris ini; teks yang memuat ":" atau "#" perlu tanda kutip',
    );
  }

  const locate = (path: FieldPath, which: 'key' | 'value' = 'value'): Position => {
    let node: unknown = doc.contents;
    let best = node && (node as Node).range ? (node as Node).range![0] : 0;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) break;
        const keyNode = pair.key as Scalar;
        best = keyNode.range?.[0] ?? best;
        node = pair.value;
        if (which === 'value' && node && (node as Node).range) best = (node as Node).range![0];
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment];
        if (!item) break;
        node = item;
        if ((item as Node).range) best = (item as Node).range![0];
      } else break;
    }
    return at(best);
  };

  if (doc.errors.length > 0) return { data: undefined, diagnostics, locate };

  const toValue = (node: unknown, path: (string | number)[]): YamlValue => {
    if (path.length > MAX_DEPTH) {
      fail((node as Node)?.range?.[0] ?? 0, RULE.yamlTerlaluDalam, `struktur bersarang lebih dari ${MAX_DEPTH} tingkat`, 'sederhanakan front-matter', path);
      return null;
    }
    if (node == null) return null;
    if (isAlias(node)) {
      fail((node as Alias).range?.[0] ?? 0, RULE.yamlAlias, 'alias YAML (*nama) tidak diizinkan', 'tulis nilainya langsung', path);
      return null;
    }
    if (isScalar(node)) {
      if (node.tag && node.tag !== 'tag:yaml.org,2002:str' && node.tag !== '!') {
        fail(node.range?.[0] ?? 0, RULE.yamlTag, `tag YAML "${node.tag}" tidak diizinkan`, 'hapus tag dan tulis nilainya sebagai teks biasa', path);
        return null;
      }
      return scalarValue(node, text, path, fail);
    }
    if (isMap(node)) {
      if (node.tag) fail(node.range?.[0] ?? 0, RULE.yamlTag, `tag YAML "${node.tag}" tidak diizinkan`, 'hapus tag', path);
      const out: { [key: string]: YamlValue } = {};
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key;
        if (!isScalar(keyNode) || (typeof keyNode.value !== 'string' && typeof keyNode.value !== 'number')) {
          fail((keyNode as Node | null)?.range?.[0] ?? 0, RULE.yamlKunci, 'kunci harus berupa teks sederhana', undefined, path);
          continue;
        }
        const key = String(keyNode.value);
        if (FORBIDDEN_KEYS.has(key)) {
          fail(keyNode.range?.[0] ?? 0, RULE.yamlKunciTerlarang, `kunci "${key}" tidak diizinkan`, 'hapus kunci ini', [...path, key]);
          continue;
        }
        out[key] = toValue(pair.value, [...path, key]);
      }
      return out;
    }
    if (isSeq(node)) {
      if (node.tag) fail(node.range?.[0] ?? 0, RULE.yamlTag, `tag YAML "${node.tag}" tidak diizinkan`, 'hapus tag', path);
      return node.items.map((item, i) => toValue(item, [...path, i]));
    }
    return null;
  };

  const data = doc.contents == null ? undefined : toValue(doc.contents, []);
  return { data, diagnostics, locate };
}

/** A plain scalar keeps its number/boolean type only when that does not change what was written. */
function scalarValue(
  node: Scalar,
  text: string,
  path: (string | number)[],
  fail: (offset: number, rule: RuleId, message: string, hint?: string, field?: FieldPath) => void,
): YamlValue {
  const value = node.value;
  if (typeof value !== 'number') {
    return typeof value === 'bigint' ? String(value) : (value as YamlValue);
  }
  const [start, end] = node.range ?? [0, 0];
  const written = text.slice(start, end).trim();
  // "+62…" is a phone number: its plus sign would be lost, so it counts as a change too.
  if (Number.isSafeInteger(value) && String(value) === written) return value;
  if (!Number.isInteger(value) && Number.isFinite(value) && String(value) === written) return value;
  fail(
    start,
    RULE.yamlNilaiBerubah,
    `nilai ${written} akan terbaca sebagai angka ${String(value)} dan berubah`,
    `beri tanda kutip: "${written}"`,
    path,
  );
  return written;
}

const yamlErrorText: Partial<Record<string, string>> = {
  MISSING_CHAR: 'tanda penutup ( ] } atau " ) tidak ditemukan sebelum baris ini',
  BAD_INDENT: 'indentasi (spasi di awal baris) tidak sejajar',
  TAB_AS_INDENT: 'tab dipakai sebagai indentasi; pakai spasi',
  MULTILINE_IMPLICIT_KEY: 'kunci tidak boleh terpotong ke baris berikutnya',
  BLOCK_AS_IMPLICIT_KEY: 'kunci tidak boleh terpotong ke baris berikutnya',
  BAD_SCALAR_START: 'nilai diawali karakter khusus; beri tanda kutip',
  UNEXPECTED_TOKEN: 'ada karakter yang tidak diharapkan',
  MULTIPLE_DOCS: 'front-matter hanya boleh satu dokumen YAML',
};
