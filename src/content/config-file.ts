/**
 * The one way to read a YAML file into a validated value: read it, parse it with positions
 * (parseYaml: aliases, tags, forbidden keys and silently changing values refused), validate it
 * with a zod schema (zodIssuesToDiagnostics: every issue at its line and column, "maksud Anda …?"
 * for unknown keys) and run the caller's extra checks. The answer is `{ value }` or
 * `{ diagnostics }`, never a throw; callers that must throw wrap the diagnostics in a
 * DiagnosticError.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { type KeyRenames, renameKeys } from './renamed-keys.js';
import { type FieldPath, type ParsedYaml, parseYaml, type YamlValue } from './yaml.js';
import { zodIssuesToDiagnostics } from './zod-diagnostics.js';

export type Loaded<T> = { value: T; yaml: ParsedYaml; diagnostics?: undefined } | { value?: undefined; yaml?: undefined; diagnostics: Diagnostic[] };

export interface YamlFileOptions {
  /** The file as diagnostics name it (relative to the cwd, or `templates/a4.yaml`); the path read by default. */
  display?: string;
  /** What a missing or unreadable file means; without it the read error is thrown (an internal fault). */
  missing?: Diagnostic[] | ((display: string) => Diagnostic[]);
  /** Validated in place of an empty document (e.g. `[]` for a list, `{}` for a map). */
  empty?: YamlValue;
  /** Known keys per object path, for "maksud Anda …?" on an unknown key. */
  knownKeys?: (path: FieldPath) => readonly string[];
  /** Hints per field, e.g. the date format. */
  hints?: Record<string, string>;
  /** A hint for schema diagnostics that have none (e.g. "bandingkan dengan templat bawaan …"). */
  fallbackHint?: string;
  /**
   * Keys renamed since the previous release (README "Names"): the old spelling is read as the new
   * one; both with different values is an error at the old key. The value and `yaml` use the new keys.
   */
  renamed?: KeyRenames;
  /** Extra checks on the YAML once it parsed (e.g. glyphs the fonts lack); reported with the schema's. */
  check?: (yaml: ParsedYaml) => Diagnostic[];
}

/** Validates YAML text; the shared core of loadYamlFile and loadYamlFileSync. */
export function parseYamlText<S extends z.ZodType>(text: string, display: string, schema: S, options: YamlFileOptions = {}): Loaded<z.output<S>> {
  const parsedYaml = parseYaml(text, { file: display });
  if (parsedYaml.diagnostics.length) return { diagnostics: parsedYaml.diagnostics };
  const renamed = options.renamed ? renameKeys(parsedYaml, options.renamed, display) : undefined;
  const yaml = renamed?.yaml ?? parsedYaml;
  const parsed = schema.safeParse(yaml.data ?? options.empty);
  const diagnostics = [...(renamed?.diagnostics ?? [])];
  if (!parsed.success) {
    const context = { file: display, yaml, knownKeys: options.knownKeys, hints: options.hints, asWritten: renamed?.asWritten, suggestNew: renamed?.suggestNew };
    diagnostics.push(...zodIssuesToDiagnostics(parsed.error.issues, context).map((d) => (d.hint === undefined && options.fallbackHint ? { ...d, hint: options.fallbackHint } : d)));
  }
  diagnostics.push(...(options.check?.(yaml) ?? []));
  if (diagnostics.length || !parsed.success) return { diagnostics };
  return { value: parsed.data as z.output<S>, yaml };
}

const whenMissing = <T>(options: YamlFileOptions, display: string, error: unknown): Loaded<T> => {
  if (!options.missing) throw error;
  return { diagnostics: typeof options.missing === 'function' ? options.missing(display) : options.missing };
};

export async function loadYamlFile<S extends z.ZodType>(file: string | URL, schema: S, options: YamlFileOptions = {}): Promise<Loaded<z.output<S>>> {
  const display = options.display ?? String(file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return whenMissing(options, display, error);
  }
  return parseYamlText(text, display, schema, options);
}

/** The same, for loaders that run synchronously (templates, the back page). */
export function loadYamlFileSync<S extends z.ZodType>(file: string | URL, schema: S, options: YamlFileOptions = {}): Loaded<z.output<S>> {
  const display = options.display ?? String(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return whenMissing(options, display, error);
  }
  return parseYamlText(text, display, schema, options);
}

type Inspectable = { shape?: Record<string, z.ZodType>; def?: { innerType?: z.ZodType; element?: z.ZodType } };

/** The schema inside optional, default, nullable and the like. */
const unwrap = (schema: z.ZodType): Inspectable => {
  let s = schema as unknown as Inspectable;
  while (s.def?.innerType) s = s.def.innerType as unknown as Inspectable;
  return s;
};

/** Known keys of a (nested) object schema at a path, for unknown-key suggestions (through optional and arrays). */
export function schemaKeys(schema: z.ZodType): (path: FieldPath) => readonly string[] {
  return (p) => {
    let shape = unwrap(schema);
    for (const seg of p) {
      const inner = typeof seg === 'number' ? shape.def?.element : shape.shape?.[seg];
      if (!inner) return [];
      shape = unwrap(inner);
    }
    return Object.keys(shape.shape ?? {});
  };
}
