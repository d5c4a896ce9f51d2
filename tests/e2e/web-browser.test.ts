/**
 * The web edition in a real browser: Debian's chromium driven by playwright-core. The sample and an
 * earlier copy of it are built and served as published (<root><edisi>/); the front page and one
 * article are opened at phone and desktop width, with no console errors, no serious or critical
 * axe-core violations, and every internal link answering. Screenshots go to .scratch/ to look at.
 * Without chromium the test is skipped, except under CI=true, where that is a failure.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import axe from 'axe-core';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jurnal, ROOT, scratchProject } from '../helpers/cli.js';
import { crawl, serveEditions } from '../helpers/web-server.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const available = existsSync(CHROMIUM);
const SHOTS = path.join(ROOT, '.scratch');

describe('the web edition in chromium', () => {
  it.runIf(process.env.CI === 'true' && !available)('chromium is installed (CI must not skip the browser tests)', () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} tidak ada: .ci/run memasangnya dengan apt-get install chromium`).toBe(true);
  });

  describe.runIf(available)('pages', () => {
    let root: string;
    let server: Awaited<ReturnType<typeof serveEditions>>;
    let context: BrowserContext;
    let profile: string;

    beforeAll(async () => {
      ({ root } = scratchProject());
      // A later edition (the sample again, a month on), whose archive page links the sample's site.
      const later = path.join(root, 'content', '2026-06');
      cpSync(path.join(root, 'content', '2026-05'), later, { recursive: true });
      const yaml = path.join(later, 'edition.yaml');
      writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/^number: \d+/m, 'number: 6').replace(/^date: 2026-05-19/m, 'date: 2026-06-19').replace(/^window: .*$/m, 'window: { from: 2026-04-01, to: 2026-06-19 }'));
      for (const id of ['2026-05', '2026-06']) {
        const r = jurnal(['web', id, '--alamat', 'https://contoh.balangankab.go.id/jurnal-balangan/'], root);
        expect(r.code, r.stderr).toBe(0);
      }
      server = await serveEditions(path.join(root, 'editions'));
      profile = mkdtempSync(path.join(tmpdir(), 'jurnal-chromium-'));
      context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, headless: true });
      mkdirSync(SHOTS, { recursive: true });
    });

    afterAll(async () => {
      await context?.close();
      await server?.close();
      if (profile) rmSync(profile, { recursive: true, force: true });
    });

    const pages = [
      ['halaman-depan', '/2026-05/index.html'],
      ['berita', '/2026-05/berita/jembatan-gantung-binjai.html'],
    ] as const;
    const widths = [['ponsel', 375, 740], ['desktop', 1280, 900]] as const;

    for (const [name, url] of pages) {
      for (const [device, width, height] of widths) {
        it(`${name} at ${width} px: no console errors, no serious axe violations, photos loaded`, async () => {
          const page = await context.newPage();
          await page.setViewportSize({ width, height });
          const errors: string[] = [];
          page.on('console', (m) => {
            if (m.type() === 'error') errors.push(m.text());
          });
          page.on('pageerror', (e) => errors.push(e.message));
          page.on('response', (r) => {
            if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
          });
          await page.goto(`${server.origin}${url}`, { waitUntil: 'load' });
          // Lazy photos load as they come into view: scroll through, then back to the top.
          await page.evaluate(async () => {
            for (let y = 0; y < document.body.scrollHeight; y += 500) {
              window.scrollTo(0, y);
              await new Promise((r) => setTimeout(r, 30));
            }
            window.scrollTo(0, 0);
          });
          await page.waitForLoadState('networkidle');
          await page.screenshot({ path: path.join(SHOTS, `web-${name}-${device}.png`), fullPage: name === 'berita' });
          expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
          // Nothing sticks out sideways on a phone.
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
          const unloaded = await page.evaluate(() => [...document.images].filter((i) => !i.complete || i.naturalWidth === 0).map((i) => i.src));
          expect(unloaded).toEqual([]);
          await page.addScriptTag({ content: axe.source });
          const result = await page.evaluate(async () => (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }));
          const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
          expect(serious).toEqual([]);
          expect(errors).toEqual([]);
          await page.close();
        });
      }
    }

    it('every internal link of both editions resolves, and the later edition\'s archive links the earlier', async () => {
      const result = await crawl(`${server.origin}/2026-06/index.html`, server.origin);
      expect(result.broken).toEqual([]);
      expect(result.visited).toContain(`${server.origin}/2026-05/index.html`);
      expect(result.visited).toContain(`${server.origin}/2026-05/berita/jembatan-gantung-binjai.html`);
      expect(result.visited.filter((u) => u.endsWith('.html')).length).toBeGreaterThan(60);
      // Absolute addresses (canonical, Open Graph) point at files the site has, under the given root.
      const published = 'https://contoh.balangankab.go.id/jurnal-balangan/';
      for (const link of result.external.filter((u) => u.startsWith(published))) {
        const local = link.slice(published.length).replace(/\/$/, '/index.html');
        expect((await fetch(`${server.origin}/${local}`)).status, link).toBe(200);
      }
    });
  });
});
