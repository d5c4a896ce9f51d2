/** content/glosarium.yaml: the spellings the redaksi insists on (official names, places, titles). */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { parseYaml } from '../content/yaml.js';
import { zodIssuesToDiagnostics } from '../content/zod-diagnostics.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Glossary } from './rules.js';

const schema = z.array(z.union([z.string().min(1), z.strictObject({ benar: z.string().min(1), salah: z.array(z.string().min(1)).default([]) })]));

export async function loadGlossary(path: string, display: string): Promise<{ glossary?: Glossary; diagnostics: Diagnostic[] }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { diagnostics: [] };
  }
  const yaml = parseYaml(text, { file: display });
  if (yaml.diagnostics.length) return { diagnostics: yaml.diagnostics };
  const parsed = schema.safeParse(yaml.data ?? []);
  if (!parsed.success) return { diagnostics: zodIssuesToDiagnostics(parsed.error.issues, { file: display, yaml }) };
  return { glossary: { file: display, terms: parsed.data.map((t) => (typeof t === 'string' ? { correct: t, wrong: [] } : { correct: t.benar, wrong: t.salah })) }, diagnostics: [] };
}
