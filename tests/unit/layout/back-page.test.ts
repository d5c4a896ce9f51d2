/**
 * The back page rendered alone, on the A4 and the tabloid grid, from the real template
 * (templates/halaman-belakang.yaml) and a test edition whose rubrics exist nowhere else: every block
 * is there, the rubrics are the survey's tick boxes, each QR code is the channel's address module for
 * module, nothing reaches below the type area (and the page does reach its foot), and an empty field
 * prints its red marker.
 */
import { readFileSync } from 'node:fs';
import { Font, Page } from '@react-pdf/renderer';
import QRCode from 'qrcode';
import { createElement as h } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { BackPageLayout, MISSING_COLOR, QR_QUIET_ZONE, writtenAddress } from '../../../src/layout/back-page.js';
import { registerFonts } from '../../../src/layout/register-fonts.js';
import { type BackPage, loadBackPage, parseBackPage } from '../../../src/layout/back-page-and-fillers.js';
import { type LayoutNode, renderWithLayout } from '../../../src/layout/react-pdf-adapter.js';
import { type Geometry, geometry, loadTemplate } from '../../../src/layout/template.js';

const SECTIONS = ['Pertanian Lestari', 'Olahraga Desa', 'Wisata Sungai'];
const config = { title: 'Jurnal Balangan', sections: SECTIONS.map((name, i) => ({ id: `r${i}`, name, pages: i + 2 })) };
const PAGE = 12;

interface Placed {
  node: LayoutNode & { style?: Record<string, unknown>; props?: Record<string, unknown>; value?: string };
  top: number;
  left: number;
  bottom: number;
  right: number;
  parent?: Placed;
  index: number;
}

/** Every node with its box on the page; nodes wholly cut off by an `overflow: hidden` box are left out. */
function place(root: LayoutNode): Placed[] {
  const out: Placed[] = [];
  const walk = (node: Placed['node'], x: number, y: number, clip: { top: number; bottom: number }, parent: Placed | undefined, index: number) => {
    const box = node.box ?? { top: 0, left: 0, width: 0, height: 0 };
    const top = y + box.top;
    const left = x + box.left;
    const p: Placed = { node, top, left, bottom: top + box.height, right: left + box.width, parent, index };
    if (p.bottom < clip.top - 0.01 || p.top > clip.bottom + 0.01) return;
    out.push(p);
    const inner = node.style?.overflow === 'hidden' ? { top: Math.max(clip.top, top), bottom: Math.min(clip.bottom, p.bottom) } : clip;
    (node.children as Placed['node'][] | undefined)?.forEach((c, i) => walk(c, left, top, inner, p, i));
  };
  walk(root as Placed['node'], 0, 0, { top: -Infinity, bottom: Infinity }, undefined, 0);
  return out;
}

/** The text a node prints, nested spans included. */
function textOf(node: Placed['node']): string {
  if (node.type === 'TEXT_INSTANCE') return node.value ?? '';
  return ((node.children as Placed['node'][] | undefined) ?? []).map(textOf).join('');
}

async function render(g: Geometry, back: BackPage) {
  registerFonts(Font);
  const origin = g.bleed;
  const page = h(Page, { size: [g.trimWidth + 2 * origin, g.trimHeight + 2 * origin] }, h(BackPageLayout, { g, origin, page: PAGE, config, back }));
  const { pages } = await renderWithLayout([page], { date: new Date(0) });
  const nodes = place(pages[0]!);
  const texts = nodes.filter((p) => p.node.type === 'TEXT');
  const area = { top: origin + g.top, bottom: origin + g.top + g.lines * g.leading, left: origin + g.left(PAGE), right: origin + g.left(PAGE) + g.contentWidth };
  return { pages, nodes, texts, strings: texts.map((t) => textOf(t.node)), area };
}

/** Dark cells of a path drawn by qrPath (one "M x y h w v1 h-w z" per run). */
function cells(d: string): Set<string> {
  const dark = new Set<string>();
  for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let c = 0; c < Number(m[3]); c++) dark.add(`${Number(m[2]) - QR_QUIET_ZONE},${Number(m[1]) - QR_QUIET_ZONE + c}`);
  }
  return dark;
}

describe.each(['a4', 'tabloid'])('halaman belakang, templat %s', (format) => {
  const g = geometry(loadTemplate(format), 3);
  const back = loadBackPage();
  let r: Awaited<ReturnType<typeof render>>;
  beforeAll(async () => {
    r = await render(g, back);
  });

  it('holds every block: redaksi, kontak, kirim berita, saluran, survei, percetakan', () => {
    const all = r.strings.join('\n');
    expect(all).toContain('JURNAL BALANGAN');
    expect(all).toContain('Diterbitkan oleh Dinas Komunikasi, Informatika, Statistik dan Persandian (Diskominfosan) Kabupaten Balangan');
    for (const member of back.redaksi) {
      expect(all.toLowerCase()).toContain(member.role.toLowerCase());
      expect(all.replace(/\s+/g, ' ')).toContain(member.name);
    }
    for (const value of Object.values(back.kontak)) expect(all).toContain(value);
    expect(all).toContain(back.kirimBerita.judul);
    for (const u of back.kirimBerita.unsur) expect(all).toContain(`${u.kata}? `);
    expect(all).toContain('Saluran Informasi dan Pengaduan');
    for (const c of back.saluran) {
      expect(r.strings).toContain(c.nama);
      expect(r.strings).toContain(writtenAddress(c.tautan));
    }
    expect(all).toContain(back.survei.judul);
    for (const q of back.survei.pertanyaan) expect(all).toContain(q.tanya);
    expect(all).toContain(`Dicetak oleh ${back.percetakan.nama}`);
    expect(all).not.toContain('BELUM DIISI');
  });

  it('prints "SP4N-LAPOR!" without punctuation added after it', () => {
    expect(r.strings).toContain('SP4N-LAPOR!');
    expect(r.strings.join('\n')).not.toMatch(/LAPOR!\./);
  });

  it("lists the edition's rubrics as tick boxes for the rubric question, and the template's answers for the others", () => {
    const tickLabels = r.texts
      .filter((t) => {
        const box = t.parent?.node.children?.[t.index - 1] as Placed['node'] | undefined;
        const b = box?.box;
        return box?.type === 'VIEW' && b !== undefined && b.width > 4 && Math.abs(b.width - b.height) < 0.01 && (box.style?.borderTopWidth ?? 0) !== 0;
      })
      .map((t) => textOf(t.node));
    const expected = [...SECTIONS, ...back.survei.pertanyaan.flatMap((q) => q.pilihan ?? [])];
    expect(tickLabels.sort()).toEqual(expected.sort());
    // The sample edition's own rubrics are not printed: the boxes come from the edition, not the template.
    expect(r.strings).not.toContain('Pemerintahan');
  });

  it('draws each channel its QR code, module for module', () => {
    const svgs = r.nodes.filter((p) => p.node.type === 'SVG');
    expect(svgs).toHaveLength(back.saluran.length);
    back.saluran.forEach((c, i) => {
      const svg = svgs[i]!.node;
      const code = QRCode.create(c.tautan);
      const viewBox = svg.props!.viewBox as { maxX: number; maxY: number };
      expect(viewBox.maxX - 2 * QR_QUIET_ZONE).toBe(code.modules.size);
      expect(viewBox.maxY - 2 * QR_QUIET_ZONE).toBe(code.modules.size);
      const d = String((svg.children![0] as Placed['node']).props!.d);
      const want = new Set<string>();
      for (let row = 0; row < code.modules.size; row++) for (let col = 0; col < code.modules.size; col++) if (code.modules.get(row, col)) want.add(`${row},${col}`);
      expect(cells(d)).toEqual(want);
      // Square, and at least 0.5 mm a module once the quiet zone is taken off.
      const side = svgs[i]!.right - svgs[i]!.left;
      expect(svgs[i]!.bottom - svgs[i]!.top).toBeCloseTo(side, 3);
      expect(side / viewBox.maxX).toBeGreaterThanOrEqual(0.5 * (72 / 25.4));
    });
  });

  it('stays inside the type area and reaches its foot', () => {
    const eps = 0.01;
    const below = r.nodes.filter((p) => p.node.type !== 'PAGE' && p.bottom > r.area.bottom + eps).map((p) => `${p.node.type} ${textOf(p.node).slice(0, 30)} ${p.bottom.toFixed(1)}`);
    expect(below).toEqual([]);
    const above = r.nodes.filter((p) => p.node.type !== 'PAGE' && p.top < r.area.top - g.leading);
    expect(above).toEqual([]);
    // Boxes may reach a little into the margins (their text stays on the column edges), never a gutter.
    const outside = r.nodes.filter((p) => p.node.type !== 'PAGE' && (p.left < r.area.left - g.gutter / 2 || p.right > r.area.right + g.gutter / 2));
    expect(outside).toEqual([]);
    const printer = r.texts.find((t) => textOf(t.node).startsWith('Dicetak oleh'))!;
    expect(printer.bottom).toBeGreaterThan(r.area.bottom - g.leading);
    // No text is squeezed into less height than its lines need (it would print over the next block).
    const squeezed = r.texts.filter((t) => {
      const lines = (t.node.lines ?? []) as { box: { height: number } }[];
      return lines.reduce((sum, l) => sum + l.box.height, 0) > t.bottom - t.top + 0.5;
    });
    expect(squeezed.map((t) => textOf(t.node).slice(0, 30))).toEqual([]);
  });

  it('prints a red "[BELUM DIISI: …]" for an empty field, and leaves out an empty print run', async () => {
    const saluran = back.saluran.map((c, i) => (i === 0 ? { ...c, tautan: '' } : c));
    const empty: BackPage = { ...back, kontak: { ...back.kontak, telepon: '' }, saluran, percetakan: { nama: '', oplah: undefined } };
    const e = await render(g, empty);
    // The innermost span of each marker (a line that is only the marker wraps it once more).
    const markers = e.nodes.filter((p) => p.node.type === 'TEXT' && /^\[BELUM DIISI: /.test(textOf(p.node)) && !p.node.children?.some((c) => c.type === 'TEXT'));
    expect(markers.map((m) => textOf(m.node)).sort()).toEqual(['[BELUM DIISI: percetakan]', '[BELUM DIISI: tautan]', '[BELUM DIISI: telepon]']);
    // No address, no code: the other channels keep theirs.
    expect(e.nodes.filter((p) => p.node.type === 'SVG')).toHaveLength(back.saluran.length - 1);
    for (const m of markers) expect(m.node.style?.color).toBe(MISSING_COLOR);
    expect(e.strings.join('\n')).not.toContain(back.kontak.telepon);
    expect(e.strings.join('\n')).not.toContain('Oplah');
  });

  it('prints the print run from the template, with a thousands point', async () => {
    const run = await render(g, { ...back, percetakan: { nama: 'Percetakan Uji', oplah: 1500 } });
    expect(run.strings).toContain('Dicetak oleh Percetakan Uji · Oplah 1.500 eksemplar');
  });
});

describe('halaman belakang yang terlalu penuh', () => {
  it('stays one page and shows the overflow below the type area (so the check above can fail)', async () => {
    const g = geometry(loadTemplate('a4'), 3);
    const back = loadBackPage();
    const crowded: BackPage = { ...back, redaksi: [...back.redaksi, ...Array.from({ length: 16 }, (_, i) => ({ role: `Anggota ${i + 1}`, name: 'Nama jabatan yang panjang sekali untuk menguji luapan halaman belakang' }))] };
    const r = await render(g, crowded);
    expect(r.pages).toHaveLength(1);
    expect(Math.max(...r.nodes.map((p) => p.bottom))).toBeGreaterThan(r.area.bottom + g.leading);
  });
});

describe('templat halaman belakang', () => {
  const text = readFileSync(new URL('../../../templates/halaman-belakang.yaml', import.meta.url), 'utf8');

  it('reads the sample template: Diskominfosan, contact fields, typed questions', () => {
    const back = parseBackPage(text);
    expect(back.penerbit).toBe('Dinas Komunikasi, Informatika, Statistik dan Persandian (Diskominfosan) Kabupaten Balangan');
    expect(text).not.toContain('Diskominfosp');
    expect(Object.keys(back.kontak).sort()).toEqual(['alamat', 'situs', 'surel', 'telepon', 'whatsapp']);
    expect(back.survei.pertanyaan.map((q) => q.jenis)).toContain('rubrik');
    expect(back.saluran.map((c) => c.tautan)).toContain('https://www.lapor.go.id');
  });

  it('treats an empty contact field as empty, not as an error', () => {
    expect(parseBackPage(text.replace(/^ {2}telepon: .*$/m, '  telepon:')).kontak.telepon).toBe('');
  });

  it('says where the template is wrong, in Indonesian', () => {
    const broken = text
      .replace(/^ {2}telepon: /m, '  telpon: ')
      .replace(/jenis: pilihan\n(\s+)pilihan: \[Mudah, Cukup, Sulit\]/, 'jenis: pilihan')
      .replace('jenis: rubrik', 'jenis: kotak');
    let message = '';
    try {
      parseBackPage(broken);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/halaman-belakang\.yaml:\d+:\d+ +galat +kontak\.telpon: kunci "telpon" tidak dikenal/);
    expect(message).toContain('maksud Anda "telepon"?');
    expect(message).toMatch(/survei\.pertanyaan\.\d\.pilihan: wajib diisi/);
    expect(message).toMatch(/survei\.pertanyaan\.\d\.jenis: harus salah satu dari: pilihan, rubrik, isian/);
  });

  it('reads the redaksi box in the keys of the previous release (role, name); refuses both spellings differing', () => {
    const old = text.replace(/^ {2}- \{ peran: (.*), nama: (.*) \}$/gm, '  - { role: $1, name: $2 }');
    expect(old).toContain('- { role: Pelindung, name: Bupati Balangan }');
    expect(parseBackPage(old)).toEqual(parseBackPage(text));
    expect(parseBackPage(text).redaksi[0]).toEqual({ role: 'Pelindung', name: 'Bupati Balangan' });
    const both = text.replace('{ peran: Pelindung, nama: Bupati Balangan }', '{ peran: Pelindung, nama: Bupati Balangan, role: Pengarah }');
    expect(() => parseBackPage(both)).toThrow(/halaman-belakang\.yaml:10:\d+ +galat +redaksi\.0\.role: kunci "role" dan "peran" berbeda isinya/);
    expect(() => parseBackPage(text.replace('{ peran: Pelindung,', '{ peren: Pelindung,'))).toThrow(/maksud Anda "peran"\?/);
    expect(() => parseBackPage(old.replace('{ role: Pelindung,', '{ rol: Pelindung,'))).toThrow(/redaksi\.0\.rol: kunci "rol" tidak dikenal.*maksud Anda "peran"\?/s);
  });

  it('refuses a letter the fonts cannot print', () => {
    expect(() => parseBackPage(text.replace('judul: Kirim Berita dari Desa Anda', 'judul: ✂ Kirim Berita'))).toThrow(/kirimBerita\.judul: huruf "✂" \(U\+2702\) tidak ada di fon/);
  });
});
