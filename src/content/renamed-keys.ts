/**
 * Renamed keys of configuration files (README "Names"): the keys a user types are Indonesian; the
 * English key of the previous release is read as the new one for one release, silently, as the old
 * flags and CSV columns are. Both spellings with different values is the user's mistake, at the old
 * key's line and column. Diagnostics of the schema that follows are placed, and named, as the file
 * spells the key.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { RULE } from '../review/catalogue.js';
import { suggest } from './suggest.js';
import { type FieldPath, formatPath, type ParsedYaml, type YamlValue } from './yaml.js';

/**
 * Per object, old key → new key. The object is named by its path in the new spelling, `*` for any
 * item of a list, `''` for the document itself: `{ '': { copies: 'eksemplar' }, cadangan: { percent: 'persen' } }`.
 */
export type KeyRenames = Readonly<Record<string, Readonly<Record<string, string>>>>;

const generic = (path: FieldPath): string => formatPath(path.map((p) => (typeof p === 'number' ? '*' : p)));

const same = (a: YamlValue, b: YamlValue): boolean => {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && same((a as Record<string, YamlValue>)[k]!, (b as Record<string, YamlValue>)[k]!));
};

export interface Renamed {
  /** The parsed YAML with every key in its new spelling; `locate` takes new-spelling paths. */
  yaml: ParsedYaml;
  /** Old and new key both given, with different values. */
  diagnostics: Diagnostic[];
  /** A path in the new spelling as the file spells it (`ukuran.lebar` → `trim.width`). */
  asWritten: (path: FieldPath) => FieldPath;
  /** For an unknown key: the new key whose old spelling it is close to (`rowPerPage` → `barisPerHalaman`). */
  suggestNew: (path: FieldPath, key: string) => string | undefined;
}

export function renameKeys(yaml: ParsedYaml, renames: KeyRenames, file: string): Renamed {
  const diagnostics: Diagnostic[] = [];
  /** Path in the new spelling (JSON) → the key as written, where they differ. */
  const written = new Map<string, string>();
  const walk = (value: YamlValue, path: (string | number)[], original: (string | number)[]): YamlValue => {
    if (Array.isArray(value)) return value.map((item, i) => walk(item, [...path, i], [...original, i]));
    if (value === null || typeof value !== 'object') return value;
    const table = renames[generic(path)] ?? {};
    const out: Record<string, YamlValue> = {};
    for (const [key, item] of Object.entries(value)) {
      const renamed = Object.hasOwn(table, key) ? table[key]! : undefined;
      if (renamed === undefined) {
        if (!Object.hasOwn(out, key)) out[key] = walk(item, [...path, key], [...original, key]);
        continue;
      }
      if (Object.hasOwn(value, renamed)) {
        if (!same(item, value[renamed]!)) {
          diagnostics.push({
            file,
            position: yaml.locate([...original, key], 'key'),
            field: formatPath([...original, key]),
            rule: RULE.yamlKunciGanda,
            severity: 'error',
            message: `kunci "${key}" dan "${renamed}" berbeda isinya`,
            hint: `pakai ${renamed} saja (${key} adalah ejaan lamanya)`,
          });
        }
        continue;
      }
      written.set(JSON.stringify([...path, renamed]), key);
      out[renamed] = walk(item, [...path, renamed], [...original, key]);
    }
    return out;
  };
  const data = yaml.data === undefined ? undefined : walk(yaml.data, [], []);
  const asWritten = (path: FieldPath): FieldPath => {
    const prefix: (string | number)[] = [];
    return path.map((seg) => {
      prefix.push(seg);
      return written.get(JSON.stringify(prefix)) ?? seg;
    });
  };
  const suggestNew = (path: FieldPath, key: string): string | undefined => {
    const table = renames[generic(path)] ?? {};
    const old = suggest(key, Object.keys(table));
    return old === undefined ? undefined : table[old];
  };
  return { yaml: { data, diagnostics: yaml.diagnostics, locate: (path, which) => yaml.locate(asWritten(path), which) }, diagnostics, asWritten, suggestNew };
}
