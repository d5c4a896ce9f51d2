import { existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { action, CONTENT_DIR, UserError, resolveEditionRef } from './common.js';

export function articleSkeleton(slug: string, section: string, date: string): string {
  return `---
# Judul berita (wajib). Singkat, aktif, tanpa titik di akhir.
title: ${slug.split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ')}
# Anak judul (boleh dihapus).
deck: ""
# Rubrik (wajib): salah satu rubrik di edition.yaml.
section: ${section}
# Jenis: berita | feature | opini | pengumuman | foto
kind: berita
# Penulis (wajib).
author: Tim Liputan Diskominfosan
# Tanggal peristiwa atau penulisan, TTTT-BB-HH (wajib).
date: ${date}
# Lokasi: kecamatan dan desa/kelurahan di Kabupaten Balangan (diperiksa dengan data wilayah resmi).
location: { kecamatan: Paringin, desa: Paringin Kota }
# Narasumber (wajib untuk berita dan feature). Nomor telepon selalu diberi tanda kutip.
sources:
  - { name: Nama Narasumber, role: narasumber }
# Verifikasi: verified | pending | disputed, oleh siapa, kapan.
verification: { status: pending, by: Redaksi, date: ${date} }
# Foto di folder edisi ini, dengan keterangan dan sumber foto.
images: []
#  - { src: foto.jpg, caption: Keterangan foto, credit: Diskominfosan }
# Titik fokus (boleh dihapus): bagian foto yang harus tetap terlihat saat foto dipotong ke kotaknya,
# x dari kiri (0) ke kanan (1), y dari atas (0) ke bawah (1). Tanpa focus, subjek dicari otomatis.
#  - { src: foto.jpg, caption: Keterangan foto, credit: Diskominfosan, focus: { x: 0.5, y: 0.3 } }
# Prioritas: 1 (berita utama) … 5 (pengisi).
priority: 3
---

Paragraf pembuka: siapa, apa, kapan, di mana, mengapa, bagaimana.

Paragraf berikutnya.
`;
}

export function registerNew(program: Command): void {
  program
    .command('new')
    .summary('buat kerangka naskah baru')
    .description('Menulis berkas <slug>.md berisi semua kunci front-matter dengan keterangan singkat. Tidak pernah menimpa berkas yang sudah ada.')
    .argument('<edisi>', 'id edisi atau path folder edisi')
    .argument('<slug>', 'nama berkas tanpa .md: huruf kecil, angka, tanda hubung (mis. jembatan-binjai)')
    .action(action(async (ref: string, slug: string) => {
      // The article parser and the edition schema only when the command runs, not for --help.
      const [{ SLUG }, { loadEdition }] = await Promise.all([import('../content/article.js'), import('../edition/load.js')]);
      if (!SLUG.test(slug)) throw new UserError(`slug "${slug}" tidak sah`, 'pakai huruf kecil, angka dan tanda hubung saja, mis. jembatan-binjai');
      const edition = resolveEditionRef(ref);
      // Only into an edition folder: "jurnal new .. x" must not write outside the project.
      if (!existsSync(path.join(edition.dir, 'edition.yaml'))) {
        throw new UserError(`${edition.display} bukan folder edisi (tidak ada edition.yaml); tidak ada yang ditulis`, `sebut edisi dengan id-nya (mis. "jurnal new 2026-05 ${slug}") atau folder ${CONTENT_DIR}/<edisi> yang berisi edition.yaml`);
      }
      const loaded = await loadEdition(edition.dir, edition.display);
      const section = loaded.value?.config.sections.find((s) => s.id !== 'utama')?.id ?? 'pemerintahan';
      const date = loaded.value?.config.date ?? new Date().toISOString().slice(0, 10);
      const target = path.join(edition.dir, `${slug}.md`);
      let handle;
      try {
        // 'wx' fails if the file exists: an existing article is never overwritten.
        handle = await open(target, 'wx');
      } catch {
        throw new UserError(`${path.join(edition.display, `${slug}.md`)} sudah ada`, 'pilih slug lain atau sunting berkas itu');
      }
      await handle.writeFile(articleSkeleton(slug, section, date));
      await handle.close();
      process.stdout.write(`dibuat: ${path.join(edition.display, `${slug}.md`)}\n`);
      return 0;
    }));
}
