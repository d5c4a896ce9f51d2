/**
 * Editorial checks, one named function each, with an id, a default severity and what it guards
 * against. Errors block the print build; warnings do not. An edition may switch a rule off or
 * re-level it in edition.yaml, with a reason that the review report shows.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { type Article, isWebAddress, LONGEST_WORD } from '../content/article.js';
import { plainPunctuation } from '../content/typography.js';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import type { Edition } from '../edition/load.js';
import { type Flatplan, HOLE_ERROR_LINES } from '../edition/plan.js';
import type { PrintProfile } from '../images/prepare.js';
import type { PageFill } from '../layout/fill.js';
import { RULE, type RuleId } from './catalogue.js';

/** Length of a brief (kind: singkat), in words. */
const BRIEF_WORDS = { min: 30, max: 120 };

export interface Glossary {
  file: string;
  /** Correct spelling → wrong spellings seen (case and spacing variants are found without listing them). */
  terms: { correct: string; wrong: string[] }[];
}

export interface ReviewContext {
  edition: Edition;
  articles: readonly Article[];
  /** Placement and photos as laid out; absent when the layout could not be made. */
  layout?: { plan: Flatplan; photos: { slug: string; key: string; ppi: number; page: number }[]; headlineLines?: ReadonlyMap<string, readonly number[]>; fill?: readonly PageFill[] };
  profile: PrintProfile;
  glossary?: Glossary;
}

/** A rule's finding; `warning` marks the milder case of an error rule (e.g. 180 ppi rather than 120). */
export type Finding = Omit<Diagnostic, 'severity'> & { warning?: boolean };

export interface Rule {
  id: RuleId;
  severity: Exclude<Severity, 'info'>;
  description: string;
  check(ctx: ReviewContext): Finding[];
}

const at = (a: Article, field: string) => ({ file: a.file, position: a.fieldPositions[field] ?? { line: 1, column: 1 }, field });
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function blocks(root: Root): RootContent[] {
  const out: RootContent[] = [];
  const walk = (n: RootContent | Root) => {
    if (n.type === 'paragraph' || n.type === 'heading' || n.type === 'tableCell') out.push(n as RootContent);
    else if ('children' in n) for (const c of n.children) walk(c as RootContent);
  };
  walk(root);
  return out;
}

const place = (a: Article, node: RootContent) => ({ file: a.file, position: node.position ? { line: node.position.start.line, column: node.position.start.column } : undefined });

export const RULES: Rule[] = [
  {
    id: RULE.sumberWajib,
    severity: 'error',
    description: 'berita dan feature wajib menyebut narasumber',
    check: ({ articles }) =>
      articles.filter((a) => (a.frontMatter.kind === 'berita' || a.frontMatter.kind === 'feature') && !a.frontMatter.sources?.length).map((a) => ({
        ...at(a, 'kind'),
        rule: RULE.sumberWajib,
        message: `${a.frontMatter.kind} tanpa narasumber`,
        hint: 'tambahkan sources: - { name: …, role: narasumber }',
      })),
  },
  {
    id: RULE.verifikasi,
    severity: 'error',
    description: 'setiap naskah harus terverifikasi sebelum cetak; "disputed" tidak boleh terbit',
    check: ({ articles }) =>
      articles.flatMap((a) => {
        const v = a.frontMatter.verification;
        if (!v) return [{ ...at(a, 'title'), rule: RULE.verifikasi, message: 'naskah belum diverifikasi', hint: 'tambahkan verification: { status: verified, by: …, date: … } setelah fakta diperiksa' }];
        if (v.status === 'verified') return [];
        return [{ ...at(a, 'verification.status'), rule: RULE.verifikasi, message: v.status === 'disputed' ? 'kebenaran naskah dipersoalkan (disputed)' : 'verifikasi belum selesai (pending)', hint: v.status === 'disputed' ? 'jangan terbitkan sebelum dipastikan; konsultasikan dengan sumber resmi' : 'selesaikan verifikasi lalu ubah status menjadi verified' }];
      }),
  },
  {
    id: RULE.verifikasiTanggal,
    severity: 'error',
    description: 'verifikasi tidak boleh sebelum peristiwa atau sesudah tanggal terbit',
    check: ({ articles, edition }) =>
      articles.flatMap((a) => {
        const date = a.frontMatter.verification?.date;
        if (!date) return [];
        if (date < a.frontMatter.date) return [{ ...at(a, 'verification.date'), rule: RULE.verifikasiTanggal, message: `diverifikasi ${date}, sebelum tanggal naskah ${a.frontMatter.date}`, hint: 'periksa kedua tanggal' }];
        if (date > edition.config.date) return [{ ...at(a, 'verification.date'), rule: RULE.verifikasiTanggal, message: `diverifikasi ${date}, sesudah tanggal terbit ${edition.config.date}`, hint: 'periksa tanggal verifikasi' }];
        return [];
      }),
  },
  {
    id: RULE.fotoResolusi,
    severity: 'error',
    description: 'foto harus cukup tajam pada ukuran cetaknya',
    check: ({ articles, layout, profile }) =>
      (layout?.photos ?? []).flatMap((p) => {
        if (p.ppi >= profile.warnPpi) return [];
        const a = articles.find((x) => x.slug === p.slug)!;
        const index = Number(p.key.split('#')[1]);
        const base = { ...at(a, `images.${index}.src`), rule: RULE.fotoResolusi, hint: 'minta berkas foto asli yang lebih besar, atau kecilkan fotonya di halaman' };
        return [p.ppi < profile.errorPpi ? { ...base, message: `foto hanya ${p.ppi} ppi pada ukuran cetak (hal. ${p.page}); batas ${profile.errorPpi} ppi` } : { ...base, message: `foto ${p.ppi} ppi pada ukuran cetak (hal. ${p.page}), di bawah ${profile.warnPpi} ppi`, warning: true }];
      }),
  },
  {
    id: RULE.fotoKeterangan,
    severity: 'warning',
    description: 'setiap foto perlu keterangan dan sumber foto; keterangan tidak mengulang judul',
    check: ({ articles }) =>
      articles.flatMap((a) =>
        (a.frontMatter.images ?? []).flatMap((img, i) => {
          const out: Finding[] = [];
          if (!img.caption?.trim()) out.push({ ...at(a, `images.${i}`), rule: RULE.fotoKeterangan, message: 'foto tanpa keterangan', hint: 'tulis caption: siapa, apa, di mana, kapan' });
          if (!img.credit?.trim()) out.push({ ...at(a, `images.${i}`), rule: RULE.fotoKeterangan, message: 'foto tanpa sumber foto', hint: 'tulis credit: nama fotografer atau instansi' });
          if (img.caption && norm(img.caption) === norm(a.frontMatter.title)) out.push({ ...at(a, `images.${i}.caption`), rule: RULE.fotoKeterangan, message: 'keterangan foto mengulang judul', hint: 'keterangan menjelaskan isi foto, bukan judul berita' });
          return out;
        }),
      ),
  },
  {
    id: RULE.tataLetak,
    severity: 'error',
    description: 'setiap naskah termuat utuh; sambungan menunjuk halaman yang ada; tidak ada celah besar di modul',
    check: ({ articles, layout, edition }) => {
      if (!layout) return [];
      const out: Finding[] = [];
      for (const u of layout.plan.unplaced) {
        const a = articles.find((x) => x.slug === u.slug)!;
        out.push({ ...at(a, 'title'), rule: RULE.tataLetak, message: `tidak termuat: ${u.reason}`, hint: 'potong naskah atau ubah rencana halaman', ...(u.brief ? { warning: true } : {}) });
      }
      for (const page of layout.plan.pages) {
        for (const m of page.modules) {
          if (m.jumpTo && (m.jumpTo > edition.config.pages || !layout.plan.pages[m.jumpTo - 1]?.modules.some((x) => x.slug === m.slug))) {
            const a = articles.find((x) => x.slug === m.slug)!;
            out.push({ ...at(a, 'title'), rule: RULE.tataLetak, message: `"bersambung ke hal. ${m.jumpTo}" menunjuk halaman tanpa sambungannya` });
          }
        }
      }
      const fit = new Map(layout.plan.copyFit.map((c) => [c.slug, c]));
      for (const page of layout.plan.pages) {
        for (const m of page.modules.filter((x) => !x.jumpTo)) {
          const c = fit.get(m.slug);
          const capacity = m.legs * m.legLines;
          const a = articles.find((x) => x.slug === m.slug)!;
          if (c && m.part === 'main' && capacity - c.neededLines > m.legs * 4) out.push({ ...at(a, 'title'), rule: RULE.tataLetak, message: `modul di hal. ${m.page} menyisakan ± ${capacity - c.neededLines} baris kosong`, hint: 'tambah naskah atau foto', warning: true });
        }
      }
      // A story planned in rencana: that is not written keeps its space, and the edition cannot go to print.
      for (const page of layout.plan.pages) {
        for (const r of page.reserved) {
          const i = (edition.config.rencana ?? []).findIndex((x) => x.slug === r.slug);
          out.push({ file: edition.file, position: edition.locate(['rencana', i, 'slug']), field: `rencana.${i}.slug`, rule: 'tata-letak', message: `naskah rencana "${r.slug}" belum ditulis; ruang ${r.span} kolom × ${r.height} baris disiapkan di hal. ${page.number}`, hint: `tulis ${r.slug}.md (jurnal new ${edition.id} ${r.slug}), atau hapus baris rencananya` });
        }
      }
      // Holes as laid out: every blank run in a column, measured on the galleys.
      for (const run of (layout.fill ?? []).flatMap((p) => p.runs)) {
        out.push({
          file: edition.file,
          position: edition.locate(['pages']),
          field: 'pages',
          rule: RULE.tataLetak,
          message: `hal. ${run.page} kolom ${String.fromCharCode(65 + run.col)}: ${run.lines} baris kosong (baris ${run.top + 1}–${run.top + run.lines})`,
          hint: 'tambah naskah singkat (kind: singkat) di rubrik ini, panjangkan naskah di atasnya, atau tambah foto',
          warning: run.lines <= HOLE_ERROR_LINES,
        });
      }
      return out;
    },
  },
  {
    id: RULE.judulMuat,
    severity: 'warning',
    description: 'judul muat di modulnya: paling banyak 4 baris (5 untuk modul satu kolom), diukur dari tata letak',
    check: ({ articles, layout }) =>
      (layout?.plan.pages ?? []).flatMap((page) =>
        page.modules.flatMap((m) => {
          const lines = m.part === 'main' && !m.lead ? layout?.headlineLines?.get(m.slug)?.[m.span - 1] : undefined;
          const limit = m.span === 1 ? 5 : 4;
          if (!lines || lines <= limit) return [];
          const a = articles.find((x) => x.slug === m.slug)!;
          return [{ ...at(a, 'title'), rule: RULE.judulMuat, message: `judul ${lines} baris di modul ${m.span} kolom (hal. ${page.number}); paling banyak ${limit}`, hint: 'pendekkan judul atau naikkan prioritas naskah' }];
        }),
      ),
  },
  {
    id: RULE.judulGanda,
    severity: 'error',
    description: 'dua naskah tidak boleh berjudul sama; isi yang nyaris sama ditandai',
    check: ({ articles }) => {
      const out: Finding[] = [];
      const shingles = (text: string) => {
        const w = norm(text).split(' ');
        return new Set(w.slice(0, Math.max(0, w.length - 4)).map((_, i) => w.slice(i, i + 5).join(' ')));
      };
      const sets = articles.map((a) => shingles(a.text));
      articles.forEach((a, i) => {
        for (let j = 0; j < i; j++) {
          const b = articles[j]!;
          if (norm(a.frontMatter.title) === norm(b.frontMatter.title)) {
            out.push({ ...at(a, 'title'), rule: RULE.judulGanda, message: 'judul sama dengan naskah lain', related: { file: b.file, position: b.fieldPositions.title, message: 'judul yang sama di sini' } });
          }
          const [x, y] = [sets[i]!, sets[j]!];
          const common = [...x].filter((s) => y.has(s)).length;
          const similarity = common / Math.max(1, Math.min(x.size, y.size));
          if (x.size > 10 && y.size > 10 && similarity > 0.6) {
            out.push({ ...at(a, 'title'), rule: RULE.judulGanda, message: `isi ${Math.round(similarity * 100)}% sama dengan naskah lain`, hint: 'apakah naskah ini dimuat dua kali?', related: { file: b.file, position: b.fieldPositions.title, message: 'naskah yang mirip' }, warning: true });
          }
        }
      });
      return out;
    },
  },
  {
    id: RULE.tanggalEdisi,
    severity: 'warning',
    description: 'tanggal naskah berada dalam rentang edisi',
    check: ({ articles, edition }) => {
      const to = edition.config.window?.to ?? edition.config.date;
      const from = edition.config.window?.from ?? new Date(Date.parse(`${edition.config.date}T00:00:00Z`) - 45 * 86400000).toISOString().slice(0, 10);
      return articles.filter((a) => a.frontMatter.date < from || a.frontMatter.date > to).map((a) => ({ ...at(a, 'date'), rule: RULE.tanggalEdisi, message: `tanggal ${a.frontMatter.date} di luar rentang edisi (${from} s.d. ${to})`, hint: 'periksa tanggal, atau apakah berita ini masih baru' }));
    },
  },
  {
    id: RULE.ejaanGlosarium,
    severity: 'warning',
    description: 'nama resmi dan nama tempat ditulis sesuai glosarium redaksi',
    check: ({ articles, glossary }) => {
      if (!glossary) return [];
      const out: Finding[] = [];
      for (const a of articles) {
        for (const node of blocks(a.body)) {
          // The body is typeset (Jum’at), the glossary as typed (Jum'at): both compared without typography.
          const text = plainPunctuation(toString(node));
          for (const term of glossary.terms) {
            const pattern = new RegExp(`(?<![\\p{L}])(${[term.correct, ...term.wrong].map((t) => plainPunctuation(t).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*')).join('|')})(?![\\p{L}])`, 'giu');
            for (const m of text.matchAll(pattern)) {
              // A lower-case entry is a common noun: only its listed misspellings are wrong, not its capitals.
              const correct = plainPunctuation(term.correct);
              const caseOnly = m[0].toLowerCase() === correct.toLowerCase();
              if (m[0] !== correct && !(caseOnly && correct === correct.toLowerCase())) out.push({ ...place(a, node), rule: RULE.ejaanGlosarium, message: `"${m[0]}" ditulis tidak sesuai glosarium`, hint: `tulis "${term.correct}"` });
            }
          }
        }
      }
      return out;
    },
  },
  {
    id: RULE.teksMekanis,
    severity: 'warning',
    description: 'kata ganda, spasi ganda, tanda kutip atau kurung tak berpasangan, paragraf huruf kapital semua',
    check: ({ articles }) =>
      articles.flatMap((a) =>
        blocks(a.body).flatMap((node) => {
          const text = toString(node);
          const out: Finding[] = [];
          const doubled = /(?<![\p{L}-])(\p{L}{2,})\s+\1(?![\p{L}-])/iu.exec(text);
          if (doubled) out.push({ ...place(a, node), rule: RULE.teksMekanis, message: `kata ganda "${doubled[0]}"`, hint: 'hapus salah satunya (kata ulang ditulis dengan tanda hubung: anak-anak)' });
          if (/\S {2,}\S/.test(text)) out.push({ ...place(a, node), rule: RULE.teksMekanis, message: 'spasi ganda', hint: 'hapus spasi berlebih' });
          const count = (re: RegExp) => (text.match(re) ?? []).length;
          // The body is typeset: every straight quote outside code became “ or ” by its context, so pairs are counted as curly ones.
          if (count(/"/g) % 2 || count(/“/g) !== count(/”/g)) out.push({ ...place(a, node), rule: RULE.teksMekanis, message: 'tanda kutip tidak berpasangan', hint: 'periksa pembuka dan penutup kutipan' });
          if (count(/\(/g) !== count(/\)/g)) out.push({ ...place(a, node), rule: RULE.teksMekanis, message: 'tanda kurung tidak berpasangan', hint: 'periksa "(" dan ")"' });
          const long = text.split(/\s+/).find((w) => w.length > LONGEST_WORD && !isWebAddress(w));
          if (long) out.push({ ...place(a, node), rule: RULE.teksMekanis, message: `kata sepanjang ${long.length} huruf ("${long.slice(0, 20)}…")`, hint: 'periksa apakah ada spasi yang hilang; kata ini dipotong paksa di kolom' });
          if (node.type === 'paragraph' && text.length > 40 && text === text.toUpperCase() && /\p{Lu}/u.test(text)) out.push({ ...place(a, node), rule: RULE.teksMekanis, message: 'paragraf ditulis dengan huruf kapital semua', hint: 'tulis dengan huruf biasa' });
          return out;
        }),
      ),
  },
  {
    id: RULE.naskahSingkat,
    severity: 'error',
    description: `kabar singkat (kind: singkat) ${BRIEF_WORDS.min}–${BRIEF_WORDS.max} kata dan tanpa foto, supaya muat di celah halaman`,
    check: ({ articles }) =>
      articles
        .filter((a) => a.frontMatter.kind === 'singkat')
        .flatMap((a): Finding[] => [
          ...(a.wordCount < BRIEF_WORDS.min || a.wordCount > BRIEF_WORDS.max
            ? [{ ...at(a, 'kind'), rule: RULE.naskahSingkat, message: `kabar singkat berisi ${a.wordCount} kata; seharusnya ${BRIEF_WORDS.min}–${BRIEF_WORDS.max}`, hint: a.wordCount > BRIEF_WORDS.max ? 'potong naskah, atau ganti kind menjadi berita' : 'tambah keterangan, atau gabungkan dengan naskah lain' }]
            : []),
          ...(a.frontMatter.images?.length ? [{ ...at(a, 'images'), rule: RULE.naskahSingkat, message: 'kabar singkat tidak memakai foto', hint: 'hapus images, atau ganti kind menjadi berita' }] : []),
        ]),
  },
];

export interface RuleOverride {
  id: string;
  severity: 'error' | 'warning' | 'info' | 'off';
  reason: string;
}

/** Runs every rule; a finding marked `warning` stays a warning even under an error rule. */
export function runRules(ctx: ReviewContext, overrides: readonly RuleOverride[]): Diagnostic[] {
  return RULES.flatMap((rule) => {
    const override = overrides.find((o) => o.id === rule.id);
    if (override?.severity === 'off') return [];
    return rule.check(ctx).map(({ warning, ...f }) => ({
      ...f,
      severity: override ? (override.severity as Severity) : warning ? 'warning' : rule.severity,
      hint: override ? `${f.hint ? `${f.hint}; ` : ''}aturan diubah di edition.yaml: ${override.reason}` : f.hint,
    }));
  });
}
