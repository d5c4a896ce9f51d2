import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importContribution } from '../../src/contrib/import.js';

const HOSTILE = path.resolve(import.meta.dirname, '../fixtures/hostile');
const cases = JSON.parse(readFileSync(path.join(HOSTILE, 'cases.json'), 'utf8')) as Record<string, { rule: string; line: number; column: number }>;
/** What the printability checks find in a story's text: in a contribution it must refuse the import. */
const BODY_RULES = new Set(['html-mentah', 'tautan-tidak-aman', 'foto-dalam-teks', 'path-url', 'glif-tidak-ada', 'tabel-terlalu-lebar', 'tabel-terlalu-panjang', 'karakter-kontrol']);
const HEAD = ['Judul: Uji Kiriman', 'Nama: Operator Desa', 'Desa: Binjai', 'Telepon: 0812 5100 2345', 'Tanggal: 10-05-2026'];

/** The hostile article's text, its first line and the line of that case's finding. */
function bodyOf(name: string): { body: string; first: number } | undefined {
  const lines = readFileSync(path.join(HOSTILE, name), 'utf8').replace(/\r\n?/g, '\n').split('\n');
  const closing = lines.indexOf('---', 1);
  if (closing === -1) return undefined;
  let first = closing + 1;
  while (first < lines.length && lines[first]!.trim() === '') first++;
  return { body: lines.slice(first).join('\n'), first: first + 1 };
}

const bodyCases = Object.entries(cases).filter(([name, c]) => BODY_RULES.has(c.rule) && name.endsWith('.md') && existsSync(path.join(HOSTILE, name)) && (bodyOf(name)?.first ?? Infinity) <= c.line);

describe('the hostile corpus as contributions', () => {
  it('covers the corpus cases found in an article text', () => {
    expect(bodyCases.map(([n]) => n).sort()).toEqual(expect.arrayContaining(['image-in-text-remote.md', 'link-data.md', 'link-script-entity.md', 'link-script.md', 'raw-html.md', 'rtl-text.md', 'table-long.md', 'table-wide.md']));
  });

  it.each(bodyCases)('%s is refused at its line in the contribution, and nothing is written', async (name, c) => {
    const { body, first } = bodyOf(name)!;
    const root = mkdtempSync(path.join(tmpdir(), 'kiriman-hostile-'));
    const edition = path.join(root, 'edisi');
    mkdirSync(edition);
    const source = path.join(root, 'kiriman.txt');
    writeFileSync(source, `${HEAD.join('\n')}\n\n${body}`);
    const { imported, diagnostics } = await importContribution({ source, display: 'kiriman.txt', edition: { dir: edition, display: 'edisi', sections: ['desa'] }, today: '2026-05-20' });
    expect(imported).toBeUndefined();
    const found = diagnostics.find((d) => d.rule === c.rule && d.severity === 'error');
    expect(found, JSON.stringify(diagnostics)).toBeDefined();
    expect(found!.file).toBe('kiriman.txt');
    expect(found!.position!.line).toBe(HEAD.length + 2 + (c.line - first));
    expect(readdirSync(edition)).toEqual([]);
  });
});
