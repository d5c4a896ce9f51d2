/** The redaksi's fixed texts: back page and filler boxes (templates/*.yaml, editable by staff). */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseYaml } from '../content/yaml.js';

const backSchema = z.object({
  redaksi: z.array(z.object({ role: z.string(), name: z.string() })),
  alamat: z.string(),
  kirimBerita: z.object({ judul: z.string(), isi: z.string() }),
  saluran: z.array(z.object({ nama: z.string(), isi: z.string() })),
  survei: z.object({ judul: z.string(), pengantar: z.string(), pertanyaan: z.array(z.string()), pilihan: z.array(z.string()) }),
});
const fillerSchema = z.array(z.object({ judul: z.string(), isi: z.string() })).min(1);

export type BackPage = z.infer<typeof backSchema>;
export type Filler = z.infer<typeof fillerSchema>[number];

function load<T>(name: string, schema: z.ZodType<T>): T {
  const file = `templates/${name}`;
  const yaml = parseYaml(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'), { file });
  const parsed = schema.safeParse(yaml.data);
  if (yaml.diagnostics.length || !parsed.success) throw new Error(`${file} tidak sah: ${yaml.diagnostics[0]?.message ?? parsed.error?.issues[0]?.message}`);
  return parsed.data;
}

export const loadBackPage = (): BackPage => load('halaman-belakang.yaml', backSchema);
export const loadFillers = (): Filler[] => load('pengisi.yaml', fillerSchema);
