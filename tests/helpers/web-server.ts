/**
 * Serves editions/<id>/web/ as /<id>/ (the published layout: <root><edisi>/) on localhost, and
 * crawls a site: every href, src and srcset of every page reached, internal ones fetched.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.xml': 'application/xml', '.json': 'application/json', '.jpg': 'image/jpeg', '.webp': 'image/webp', '.woff2': 'font/woff2', '.pdf': 'application/pdf', '.svg': 'image/svg+xml' };

export async function serveEditions(editionsDir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const [, id, ...rest] = decodeURIComponent(url.pathname).split('/');
    const relative = rest.join('/') || 'index.html';
    const file = path.join(editionsDir, id ?? '', 'web', relative.endsWith('/') ? `${relative}index.html` : relative);
    if (!id || relative.includes('..') || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Every link of a page: href, src and each srcset candidate, resolved against the page. */
export function linksOf(html: string, page: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/\s(href|src|srcset)="([^"]*)"/g)) {
    const value = m[2]!.replace(/&amp;/g, '&');
    const urls = m[1] === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0]!) : [value];
    for (const u of urls) out.push(new URL(u, page).href);
  }
  return out;
}

/** Crawls from `start` within `origin`; returns every internal URL reached and those that did not answer 200. */
export async function crawl(start: string, origin: string): Promise<{ visited: string[]; broken: { url: string; from: string; status: number }[]; external: string[] }> {
  const seen = new Set<string>();
  const external = new Set<string>();
  const broken: { url: string; from: string; status: number }[] = [];
  const queue: { url: string; from: string }[] = [{ url: start, from: '(awal)' }];
  while (queue.length) {
    const { url, from } = queue.shift()!;
    const bare = url.split('#')[0]!;
    if (seen.has(bare)) continue;
    seen.add(bare);
    const res = await fetch(bare);
    if (res.status !== 200) {
      broken.push({ url: bare, from, status: res.status });
      continue;
    }
    if (!(res.headers.get('content-type') ?? '').startsWith('text/html')) {
      await res.arrayBuffer();
      continue;
    }
    const html = await res.text();
    // Fragment links must name an id on their page.
    for (const link of linksOf(html, bare)) {
      if (!link.startsWith(origin)) {
        external.add(link);
        continue;
      }
      const hash = new URL(link).hash.slice(1);
      if (hash && link.split('#')[0] === bare && !html.includes(`id="${hash}"`)) broken.push({ url: link, from: bare, status: 0 });
      queue.push({ url: link, from: bare });
    }
  }
  return { visited: [...seen], broken, external: [...external] };
}
