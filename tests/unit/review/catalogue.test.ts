import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as catalogue from '../../../src/review/catalogue.js';
import { CATALOGUE, isReviewRule, isRuleId, RULE, RULE_IDS, STAGES } from '../../../src/review/catalogue.js';
import { RULES } from '../../../src/review/rules.js';
// @ts-expect-error: a plain .mjs script without types
import { END, ruleTable, START, withTable } from '../../../scripts/rule-table.mjs';

const ROOT = path.resolve(import.meta.dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

describe('rule catalogue', () => {
  it('has every review rule with its severity, and only those are switchable in edition.yaml', () => {
    for (const rule of RULES) {
      expect(isRuleId(rule.id), rule.id).toBe(true);
      expect(CATALOGUE[rule.id].severity, rule.id).toBe(rule.severity);
      expect(CATALOGUE[rule.id].stage).toBe('tinjauan');
    }
    expect(RULE_IDS.filter(isReviewRule).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it('names every id once, in a known stage, with an explanation and a saran', () => {
    const stages = STAGES.map((s) => s.id);
    for (const id of RULE_IDS) {
      const entry = CATALOGUE[id];
      expect(stages).toContain(entry.stage);
      expect(entry.finds.length, id).toBeGreaterThan(10);
      expect(entry.saran.length, id).toBeGreaterThan(5);
      expect(entry.finds).not.toMatch(/\n/);
    }
    const values = Object.values(RULE);
    expect(values.sort()).toEqual([...RULE_IDS].sort());
    expect(RULE.fotoResolusi).toBe('foto-resolusi');
    expect(RULE.halamanKelipatan4).toBe('halaman-kelipatan-4');
    expect(isRuleId('constructor')).toBe(false);
    expect(isRuleId('toString')).toBe(false);
  });

  it('lists every rule id that any source file still writes as a literal', () => {
    // Files outside the catalogue's reach still write ids by hand; they must at least be listed.
    const patterns = [
      /\brule\s*(?:[!=]==?|:)\s*'([^']+)'/g,
      /\brule:\s*[^,'\n]{1,40}\?\s*'([^']+)'\s*:\s*'([^']+)'/g,
      /\b(?:fault|wrong|fail|error|at|diag)\([^()'\n]{0,40}?,?\s*'([a-z0-9]+(?:-[a-z0-9]+)+)'\s*,/g,
      /refuse\([^\n]*'([a-z-]+)',\s*\d\)/g,
    ];
    const unknown: string[] = [];
    for (const file of sources(path.join(ROOT, 'src'))) {
      if (file.endsWith('catalogue.ts')) continue;
      const text = readFileSync(file, 'utf8');
      for (const pattern of patterns)
        for (const m of text.matchAll(pattern))
          for (const id of m.slice(1).filter(Boolean)) if (!isRuleId(id)) unknown.push(`${path.relative(ROOT, file)}: ${id}`);
    }
    expect(unknown).toEqual([]);
  });

  it('is what the README shows between the markers', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const table = ruleTable(catalogue) as string;
    const inside = readme.slice(readme.indexOf(START) + START.length, readme.indexOf(END));
    expect(inside).toBe(`\n${table}`);
    expect(withTable(readme, table)).toBe(readme);
    for (const id of RULE_IDS) expect(table).toContain(`| \`${id}\``);
  });
});
