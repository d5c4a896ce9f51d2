import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../../src/content/load.js';

const SAMPLE = path.resolve(import.meta.dirname, '../../../content/2026-05');
const SECTIONS = ['pemerintahan', 'pembangunan', 'desa', 'kesehatan', 'pendidikan', 'ekonomi', 'redaksi'];

describe('parsed articles kept between runs', () => {
  it('gives back exactly what parsing gives, for every sample article, and parses a changed or damaged entry again', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'jurnal-naskah-'));
    const dir = path.join(root, '2026-05');
    cpSync(SAMPLE, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}foto`) });
    const cacheDir = path.join(root, 'cache');
    const parsed = await loadArticles(dir, 'content/2026-05', SECTIONS);
    const first = await loadArticles(dir, 'content/2026-05', SECTIONS, { cacheDir });
    const kept = readdirSync(path.join(cacheDir, 'naskah'));
    expect(kept.length).toBeGreaterThanOrEqual(parsed.articles.length);
    const again = await loadArticles(dir, 'content/2026-05', SECTIONS, { cacheDir });
    expect(first).toEqual(parsed);
    expect(again).toEqual(parsed);
    // Read from the cache, not parsed: an entry altered by hand shows through.
    const entry = kept.map((k) => path.join(cacheDir, 'naskah', k)).find((f) => readFileSync(f, 'utf8').includes('"slug":"apel-asn-disiplin"'))!;
    const text = readFileSync(entry, 'utf8');
    writeFileSync(entry, text.replace('"title":"', '"title":"DIUBAH '));
    const altered = await loadArticles(dir, 'content/2026-05', SECTIONS, { cacheDir });
    expect(altered.articles.find((a) => a.slug === 'apel-asn-disiplin')!.frontMatter.title).toMatch(/^DIUBAH /);
    // A damaged entry is parsed again and written anew.
    writeFileSync(entry, '{"diagnostics": [');
    expect(await loadArticles(dir, 'content/2026-05', SECTIONS, { cacheDir })).toEqual(parsed);
    expect(readFileSync(entry, 'utf8')).toBe(text);
    // An edited article is parsed anew.
    const file = path.join(dir, 'apel-asn-disiplin.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('kind: berita', 'kind: gosip'));
    const edited = await loadArticles(dir, 'content/2026-05', SECTIONS, { cacheDir });
    expect(edited.diagnostics.some((d) => d.file === 'content/2026-05/apel-asn-disiplin.md' && d.field === 'kind')).toBe(true);
    expect(edited.articles.length).toBe(parsed.articles.length - 1);
  });
});
