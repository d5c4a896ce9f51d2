/** content/glosarium.yaml: the spellings the redaksi insists on (official names, places, titles). */
import { z } from 'zod';
import { loadYamlFile } from '../content/config-file.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Glossary } from './rules.js';

const schema = z.array(z.union([z.string().min(1), z.strictObject({ benar: z.string().min(1), salah: z.array(z.string().min(1)).default([]) })]));

export async function loadGlossary(path: string, display: string): Promise<{ glossary?: Glossary; diagnostics: Diagnostic[] }> {
  // No glossary is no finding: the redaksi need not keep one.
  const loaded = await loadYamlFile(path, schema, { display, missing: [], empty: [] });
  if (loaded.diagnostics) return { diagnostics: loaded.diagnostics };
  return { glossary: { file: display, terms: loaded.value.map((t) => (typeof t === 'string' ? { correct: t, wrong: [] } : { correct: t.benar, wrong: t.salah })) }, diagnostics: [] };
}
