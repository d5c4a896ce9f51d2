#!/usr/bin/env node
// Draws the sample edition's photos ("contoh"): plausible scenes as SVG, rendered by sharp to
// real print-size JPEGs (2400 px and wider). Deterministic: the same script writes the same files.
// Usage: node scripts/make-sample-photos.js [folder]   (default content/2026-05/foto)
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

const out = process.argv[2] ?? 'content/2026-05/foto';

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 4294967296);
}

const sky = (id, top, bottom) =>
  `<defs><linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs>`;

function hills(r, w, h, y, color, n = 6) {
  let d = `M0 ${h} L0 ${y}`;
  for (let i = 0; i <= n; i++) d += ` Q ${(i + 0.5) * (w / n)} ${y - 80 - r() * 220} ${(i + 1) * (w / n)} ${y - r() * 60}`;
  return `<path d="${d} L${w} ${h} Z" fill="${color}"/>`;
}

function trees(r, w, y, count, color) {
  let s = '';
  for (let i = 0; i < count; i++) {
    const x = r() * w;
    const t = 60 + r() * 140;
    s += `<rect x="${x - 6}" y="${y - t * 0.4}" width="12" height="${t * 0.5}" fill="#3b2a1a"/><ellipse cx="${x}" cy="${y - t * 0.6}" rx="${t * 0.35}" ry="${t * 0.45}" fill="${color}" opacity="0.9"/>`;
  }
  return s;
}

function people(r, w, y, count) {
  let s = '';
  for (let i = 0; i < count; i++) {
    const x = 100 + r() * (w - 200);
    const k = 0.8 + r() * 0.5;
    const shirt = ['#8a2b2b', '#2b4f8a', '#e0d6c0', '#3e6b3a', '#6b4a8a', '#c9a227'][Math.floor(r() * 6)];
    s += `<g transform="translate(${x} ${y}) scale(${k})"><circle cx="0" cy="-260" r="34" fill="#6b4a32"/><rect x="-45" y="-222" width="90" height="150" rx="30" fill="${shirt}"/><rect x="-38" y="-80" width="30" height="120" fill="#2a2a33"/><rect x="8" y="-80" width="30" height="120" fill="#2a2a33"/></g>`;
  }
  return s;
}

const scenes = {
  jembatan: (r, w, h) => `${sky('s', '#9cc3e6', '#e8eef2')}<rect width="${w}" height="${h}" fill="url(#s)"/>
    ${hills(r, w, h, h * 0.55, '#5d7f4e')}${trees(r, w, h * 0.62, 40, '#2f5a2a')}
    <rect y="${h * 0.7}" width="${w}" height="${h * 0.3}" fill="#6b5a3c"/><path d="M0 ${h * 0.78} Q ${w / 2} ${h * 0.74} ${w} ${h * 0.8} L${w} ${h} L0 ${h}Z" fill="#7a6a48" opacity="0.7"/>
    <rect x="${w * 0.08}" y="${h * 0.25}" width="40" height="${h * 0.4}" fill="#c0392b"/><rect x="${w * 0.9}" y="${h * 0.25}" width="40" height="${h * 0.4}" fill="#c0392b"/>
    <path d="M${w * 0.08 + 20} ${h * 0.25} Q ${w / 2} ${h * 0.58} ${w * 0.9 + 20} ${h * 0.25}" stroke="#333" stroke-width="10" fill="none"/>
    <path d="M${w * 0.08} ${h * 0.6} Q ${w / 2} ${h * 0.66} ${w * 0.92} ${h * 0.6}" stroke="#8b6b3d" stroke-width="26" fill="none"/>
    ${Array.from({ length: 40 }, (_, i) => { const x = w * 0.08 + 20 + i * (w * 0.82 / 40); const t = (x - w / 2) / (w * 0.41); return `<line x1="${x}" y1="${h * 0.25 + (1 - t * t) * h * 0.165}" x2="${x}" y2="${h * 0.6 + (1 - t * t) * h * 0.05}" stroke="#444" stroke-width="4"/>`; }).join('')}
    ${people(r, w, h * 0.64, 3)}`,
  sawah: (r, w, h) => `${sky('s', '#f2c879', '#f7efe0')}<rect width="${w}" height="${h}" fill="url(#s)"/>
    <circle cx="${w * 0.75}" cy="${h * 0.2}" r="90" fill="#fff3c4"/>${hills(r, w, h, h * 0.45, '#6f8f5a')}
    ${Array.from({ length: 14 }, (_, i) => `<rect y="${h * 0.5 + i * 45}" width="${w}" height="40" fill="${i % 2 ? '#7fae4f' : '#93c25f'}"/>`).join('')}
    ${trees(r, w, h * 0.5, 18, '#3d6b2f')}${people(r, w, h * 0.9, 4)}`,
  kantor: (r, w, h) => `${sky('s', '#7fb0dc', '#dfe9f1')}<rect width="${w}" height="${h}" fill="url(#s)"/>
    <rect x="${w * 0.15}" y="${h * 0.3}" width="${w * 0.7}" height="${h * 0.45}" fill="#efe8da"/><path d="M${w * 0.12} ${h * 0.32} L${w / 2} ${h * 0.12} L${w * 0.88} ${h * 0.32} Z" fill="#8e3b2e"/>
    ${Array.from({ length: 8 }, (_, i) => `<rect x="${w * 0.2 + i * w * 0.08}" y="${h * 0.4}" width="${w * 0.04}" height="${h * 0.12}" fill="#5b7892"/><rect x="${w * 0.2 + i * w * 0.08}" y="${h * 0.58}" width="${w * 0.04}" height="${h * 0.12}" fill="#5b7892"/>`).join('')}
    <rect x="${w * 0.46}" y="${h * 0.58}" width="${w * 0.08}" height="${h * 0.17}" fill="#5a3b22"/>
    <rect y="${h * 0.75}" width="${w}" height="${h * 0.25}" fill="#8a8f87"/>${people(r, w, h * 0.95, 6)}`,
  sekolah: (r, w, h) => `${sky('s', '#a9d0ef', '#f1f5f7')}<rect width="${w}" height="${h}" fill="url(#s)"/>
    <rect x="${w * 0.05}" y="${h * 0.35}" width="${w * 0.9}" height="${h * 0.35}" fill="#f4f1e6"/><rect x="${w * 0.03}" y="${h * 0.3}" width="${w * 0.94}" height="${h * 0.06}" fill="#b5462f"/>
    ${Array.from({ length: 6 }, (_, i) => `<rect x="${w * 0.1 + i * w * 0.14}" y="${h * 0.42}" width="${w * 0.07}" height="${h * 0.2}" fill="#2f6f95"/>`).join('')}
    <rect y="${h * 0.7}" width="${w}" height="${h * 0.3}" fill="#b79a6a"/><rect x="${w * 0.48}" y="${h * 0.1}" width="10" height="${h * 0.6}" fill="#ccc"/><rect x="${w * 0.48 + 10}" y="${h * 0.1}" width="120" height="40" fill="#d52b1e"/><rect x="${w * 0.48 + 10}" y="${h * 0.1 + 40}" width="120" height="40" fill="#fff"/>
    ${people(r, w, h * 0.93, 9)}`,
  pasar: (r, w, h) => `<rect width="${w}" height="${h}" fill="#d9cbb0"/>
    ${Array.from({ length: 6 }, (_, i) => `<path d="M${i * w / 6} ${h * 0.2} L${(i + 0.5) * w / 6} ${h * 0.08} L${(i + 1) * w / 6} ${h * 0.2} Z" fill="${['#2e6f9e', '#c0392b', '#27ae60'][i % 3]}"/><rect x="${i * w / 6 + 20}" y="${h * 0.45}" width="${w / 6 - 40}" height="${h * 0.15}" fill="#8b5a2b"/>`).join('')}
    ${Array.from({ length: 80 }, () => `<circle cx="${r() * w}" cy="${h * 0.42 + r() * 40}" r="${14 + r() * 18}" fill="${['#e67e22', '#f1c40f', '#c0392b', '#27ae60', '#8e44ad'][Math.floor(r() * 5)]}"/>`).join('')}
    <rect y="${h * 0.6}" width="${w}" height="${h * 0.4}" fill="#9c8f7a"/>${people(r, w, h * 0.98, 10)}`,
  sungai: (r, w, h) => `${sky('s', '#bcd6e8', '#eef3f6')}<rect width="${w}" height="${h}" fill="url(#s)"/>
    ${hills(r, w, h, h * 0.5, '#4f7345', 8)}${trees(r, w, h * 0.55, 50, '#2c4f26')}
    <rect y="${h * 0.58}" width="${w}" height="${h * 0.42}" fill="#8c7a5b"/>
    ${Array.from({ length: 30 }, () => `<rect x="${r() * w}" y="${h * 0.6 + r() * h * 0.38}" width="${100 + r() * 300}" height="4" fill="#a89872" opacity="0.7"/>`).join('')}
    <path d="M${w * 0.3} ${h * 0.75} L${w * 0.62} ${h * 0.75} L${w * 0.58} ${h * 0.8} L${w * 0.34} ${h * 0.8}Z" fill="#5a3b22"/>${people(r, w * 0.3, h * 0.76, 2).replace(/translate\((\S+)/g, (m, x) => `translate(${Number(x) + w * 0.32}`)}`,
  posyandu: (r, w, h) => `<rect width="${w}" height="${h}" fill="#e9e4d8"/><rect y="${h * 0.65}" width="${w}" height="${h * 0.35}" fill="#b49a74"/>
    <rect x="${w * 0.05}" y="${h * 0.1}" width="${w * 0.5}" height="${h * 0.12}" fill="#2a7f62"/><rect x="${w * 0.62}" y="${h * 0.3}" width="${w * 0.3}" height="${h * 0.3}" fill="#fff" stroke="#999" stroke-width="6"/>
    <rect x="${w * 0.2}" y="${h * 0.55}" width="${w * 0.35}" height="${h * 0.05}" fill="#7a5230"/>${people(r, w, h * 0.95, 7)}`,
  jalan: (r, w, h) => `${sky('s', '#c6dcec', '#f4f4ef')}<rect width="${w}" height="${h}" fill="url(#s)"/>${hills(r, w, h, h * 0.45, '#6a8c55')}${trees(r, w, h * 0.5, 30, '#355e2b')}
    <path d="M${w * 0.42} ${h * 0.5} L${w * 0.58} ${h * 0.5} L${w} ${h} L0 ${h}Z" fill="#4a4a4a"/><path d="M${w * 0.5} ${h * 0.5} L${w * 0.5} ${h}" stroke="#f5f5f5" stroke-width="14" stroke-dasharray="60 50"/>
    <rect x="${w * 0.68}" y="${h * 0.62}" width="${w * 0.18}" height="${h * 0.12}" fill="#f1c40f"/><rect x="${w * 0.7}" y="${h * 0.56}" width="${w * 0.06}" height="${h * 0.07}" fill="#f1c40f"/>
    <circle cx="${w * 0.71}" cy="${h * 0.75}" r="40" fill="#222"/><circle cx="${w * 0.83}" cy="${h * 0.75}" r="40" fill="#222"/>${people(r, w * 0.6, h * 0.85, 3)}`,
};

const photos = [
  ['jembatan-binjai.jpg', 'jembatan', 3000, 2000, 11],
  ['jembatan-warga.jpg', 'jembatan', 2400, 1600, 12],
  ['panen-padi.jpg', 'sawah', 2800, 1867, 21],
  ['kantor-bupati.jpg', 'kantor', 2600, 1733, 31],
  ['rapat-musrenbang.jpg', 'kantor', 2400, 1600, 32],
  ['sekolah-halong.jpg', 'sekolah', 2600, 1733, 41],
  ['pasar-paringin.jpg', 'pasar', 2800, 1867, 51],
  ['sungai-balangan.jpg', 'sungai', 3000, 2000, 61],
  ['posyandu-awayan.jpg', 'posyandu', 2400, 1600, 71],
  ['jalan-juai.jpg', 'jalan', 2800, 1867, 81],
  ['jalan-alat-berat.jpg', 'jalan', 2400, 1800, 82],
  ['upacara-kantor.jpg', 'kantor', 2400, 1600, 33],
  ['kebun-karet.jpg', 'sawah', 2400, 1600, 22],
  ['festival-sungai.jpg', 'sungai', 2400, 1600, 62],
];

await mkdir(out, { recursive: true });
for (const [name, scene, w, h, seed] of photos) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">${scenes[scene](rng(seed), w, h)}</svg>`;
  await sharp(Buffer.from(svg))
    .blur(1.2)
    .jpeg({ quality: 82, mozjpeg: true })
    .withMetadata({ density: 300 })
    .toFile(path.join(out, name));
  process.stdout.write(`${name} ${w}×${h}\n`);
}
