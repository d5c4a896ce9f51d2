/**
 * Zod issues → diagnostics at the line and column of the offending YAML node, worded in Indonesian
 * as "field: what was expected, what was found" (the Astro content-collection style).
 */
import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean } from './suggest.js';
import { type FieldPath, formatPath, type ParsedYaml, type YamlValue } from './yaml.js';
import { RULE } from '../review/catalogue.js';

const typeNames: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  int: 'bilangan bulat',
  boolean: 'ya/tidak (true/false)',
  object: 'daftar kunci: nilai',
  array: 'daftar (- …)',
  null: 'kosong',
};

function describe(value: unknown): string {
  if (value === undefined) return 'tidak ada';
  if (value === null) return 'kosong';
  if (Array.isArray(value)) return 'daftar';
  if (typeof value === 'object') return 'daftar kunci: nilai';
  if (typeof value === 'number') return `angka ${value}`;
  if (typeof value === 'boolean') return `nilai ${value}`;
  return `"${String(value).slice(0, 60)}"`;
}

function valueAt(data: YamlValue | undefined, path: FieldPath): unknown {
  let v: unknown = data;
  for (const seg of path) {
    if (v == null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

export interface IssueContext {
  file: string;
  yaml: Pick<ParsedYaml, 'data' | 'locate'>;
  /** Known keys per object path, for unknown-key suggestions. */
  knownKeys?: (path: FieldPath) => readonly string[];
  /** Hints per field, e.g. the date format. */
  hints?: Record<string, string>;
  /** A path as the file spells it, where keys were renamed (renamed-keys.ts); fields are named so. */
  asWritten?: (path: FieldPath) => FieldPath;
  /** The new key an unknown key is close to the old spelling of (renamed-keys.ts). */
  suggestNew?: (path: FieldPath, key: string) => string | undefined;
}

/** A misspelt old key: the new name, as "maksud Anda" names a near miss. */
const renamedHint = (renamed: string | undefined): string | undefined => (renamed === undefined ? undefined : `maksud Anda "${renamed}"?`);

export function zodIssuesToDiagnostics(issues: readonly z.core.$ZodIssue[], ctx: IssueContext): Diagnostic[] {
  return issues.flatMap((issue) => issueToDiagnostics(issue, ctx));
}

function issueToDiagnostics(issue: z.core.$ZodIssue, ctx: IssueContext): Diagnostic[] {
  const path = issue.path as (string | number)[];
  const found = valueAt(ctx.yaml.data, path);
  const written = ctx.asWritten?.(path) ?? path;
  const field = formatPath(written);
  const genericField = formatPath(path.map((p) => (typeof p === 'number' ? '*' : p)));
  const base = {
    file: ctx.file,
    field: field || undefined,
    severity: 'error' as const,
    hint: ctx.hints?.[genericField],
  };
  if (found === undefined && issue.code !== 'unrecognized_keys') {
    return [{ ...base, position: ctx.yaml.locate(path, 'key'), rule: RULE.fieldWajib, message: 'wajib diisi', hint: base.hint ?? `tambahkan "${String(path.at(-1))}: …"` }];
  }
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        ...base,
        field: formatPath([...written, key]),
        position: ctx.yaml.locate([...path, key], 'key'),
        rule: RULE.fieldTidakDikenal,
        message: `kunci "${key}" tidak dikenal`,
        hint:
          didYouMean(key, ctx.knownKeys?.(path) ?? []) ??
          renamedHint(ctx.suggestNew?.(path, key)) ??
          (/\s/.test(key.trim()) ? 'sepertinya teks terpotong oleh koma atau titik dua; beri tanda kutip "…" pada teks sebelumnya' : undefined) ??
          (ctx.knownKeys ? `kunci yang dikenal: ${ctx.knownKeys(path).join(', ')}` : undefined),
      }));
    case 'invalid_type':
      return [{
        ...base,
        position: ctx.yaml.locate(path),
        rule: RULE.fieldTipe,
        message: `harus berupa ${typeNames[issue.expected] ?? issue.expected}, ditemukan ${describe(found)}`,
        hint: issue.expected === 'string' && (typeof found === 'number' || typeof found === 'boolean') ? `beri tanda kutip: "${String(found)}"` : base.hint,
      }];
    case 'invalid_value': {
      const options = issue.values.map(String);
      return [{
        ...base,
        position: ctx.yaml.locate(path),
        rule: RULE.fieldPilihan,
        message: `harus salah satu dari: ${options.join(', ')}; ditemukan ${describe(found)}`,
        hint: (typeof found === 'string' ? didYouMean(found, options) : undefined) ?? base.hint,
      }];
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = small ? (issue as { minimum: unknown }).minimum : (issue as { maximum: unknown }).maximum;
      const what =
        issue.origin === 'string' ? `${limit} karakter` : issue.origin === 'array' ? `${limit} butir` : String(limit);
      const empty = small && issue.origin === 'string' && Number(limit) === 1;
      return [{
        ...base,
        position: ctx.yaml.locate(path),
        rule: empty ? RULE.fieldWajib : RULE.fieldBatas,
        message: empty ? 'tidak boleh kosong' : `${small ? 'paling sedikit' : 'paling banyak'} ${what}; ditemukan ${describe(found)}`,
      }];
    }
    default:
      return [{
        ...base,
        position: ctx.yaml.locate(path),
        rule: RULE.fieldFormat,
        message: `${issue.message}; ditemukan ${describe(found)}`,
      }];
  }
}
