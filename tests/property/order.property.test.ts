import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { openEdition, type OpenedEdition } from '../../src/pipeline/open.js';
import { PROFILES } from '../../src/images/prepare.js';
import { planLayout, renderEdition } from '../../src/layout/index.js';
import { finishPrint } from '../../src/print/finish.js';
import { SAMPLE } from '../helpers/cli.js';

describe('the order articles arrive in', () => {
  let opened: OpenedEdition;
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'jurnal-urutan-'));
  const printBytes = async (articles: OpenedEdition['articles']) => {
    const edition = opened.edition!;
    const layout = await planLayout({ edition, articles, images: opened.images, profile: PROFILES[edition.config.profile], cacheDir });
    return createHash('sha256').update(await finishPrint(layout, (await renderEdition(layout)).doc)).digest('hex');
  };
  let reference: string;
  beforeAll(async () => {
    opened = await openEdition({ dir: SAMPLE, display: 'content/2026-05', id: '2026-05' });
    reference = await printBytes(opened.articles);
  }, 120_000);

  it('property: any order of the input files gives byte-identical print PDFs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(opened.articles, { minLength: opened.articles.length }), async (shuffled) => {
        expect(await printBytes(shuffled)).toBe(reference);
      }),
      { numRuns: 4 },
    );
  }, 240_000);
});
