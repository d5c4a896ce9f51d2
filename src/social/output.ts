/**
 * What `jurnal sosial` writes for the social-media admin: one Markdown file to read and copy from,
 * the same as CSV (for a spreadsheet or a scheduler's import) and JSON, and the lead photo of each
 * story cropped for the feed, 1:1 and 4:5, around the front-matter's focus.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { writeCsv } from '../distribution/csv.js';
import { imageKey } from '../images/references.js';
import { longDate } from '../layout/dates.js';
import { RULE } from '../review/catalogue.js';
import type { WebEdition } from '../web/model.js';
import { type PhotoSpec, renditions } from '../web/photos.js';
import { brokenLimits, type Caption, captionFor, LIMITS, xLength } from './captions.js';

/** 1080 px wide: what Instagram shows at full size. */
export const FEED_CROPS: { name: string; spec: PhotoSpec }[] = [
  { name: '1x1', spec: { aspect: [1, 1], widths: [1080], formats: ['jpeg'] } },
  { name: '4x5', spec: { aspect: [4, 5], widths: [1080], formats: ['jpeg'] } },
];

/** A code fence longer than any run of backticks in `text`, so a caption never closes it early. */
const fence = (text: string): string => '`'.repeat(Math.max(3, ...(text.match(/`+/g) ?? []).map((m) => m.length + 1)));

export interface SocialPost extends Caption {
  file: string;
  section: string;
  photos: string[];
}

export async function socialFiles(web: WebEdition, cacheDir: string): Promise<{ files: Map<string, string | Uint8Array>; posts: SocialPost[]; diagnostics: Diagnostic[] }> {
  const files = new Map<string, string | Uint8Array>();
  const diagnostics: Diagnostic[] = [];
  const posts: SocialPost[] = [];
  for (const p of web.published) {
    const { caption, diagnostics: found } = captionFor(p);
    diagnostics.push(...found);
    const broken = brokenLimits(caption);
    if (broken.length) throw new Error(`keterangan ${p.article.slug} melewati batas: ${broken.join(', ')}`);
    const photos: string[] = [];
    const lead = p.article.frontMatter.images?.[0];
    const resolved = web.images.get(imageKey(p.article.slug, 0));
    if (lead && resolved) {
      for (const crop of FEED_CROPS) {
        try {
          const [r] = await renditions({ file: resolved.file, width: resolved.info.width, height: resolved.info.height, ...(lead.focus ? { focus: lead.focus } : {}) }, crop.spec, cacheDir);
          const name = `foto/${p.article.slug}-${crop.name}.jpg`;
          files.set(name, r!.data);
          photos.push(name);
        } catch (error) {
          diagnostics.push({ file: p.article.file, position: p.article.fieldPositions['images.0.src'], field: 'images.0.src', rule: RULE.webFoto, severity: 'error', message: `foto ${lead.src} tidak dapat dipotong untuk feed: ${(error as Error).message}`, hint: 'simpan ulang fotonya sebagai JPEG dari kamera atau ponsel' });
        }
      }
    }
    posts.push({ ...caption, file: p.article.file, section: p.section.name, photos });
  }
  const c = web.edition.config;
  const md = [
    `# Media sosial — ${c.title} Edisi ${c.number}, ${longDate(c.date)}`,
    '',
    `${posts.length} berita yang disetujui, dalam urutan edisi. Salin keterangan Instagram/Facebook apa adanya; baris pertama (paling banyak ${LIMITS.feedPreview} huruf) yang tampil di feed.`,
    `Batas yang dijaga: Instagram ${LIMITS.instagram} huruf dan ${LIMITS.instagramHashtags} tagar (kami ≤ ${LIMITS.ours}), X ${LIMITS.x} (tautan dihitung ${LIMITS.xLink}). Foto feed: 1:1 dan 4:5 di folder foto/.`,
    '',
    ...posts.flatMap((post, i) => [
      `## ${i + 1}. ${post.title}`,
      '',
      `Rubrik ${post.section} · \`${post.file}\` · ${post.url}`,
      '',
      post.photos.length ? `Foto: ${post.photos.map((f) => `[${f}](${f})`).join(', ')}` : 'Foto: tidak ada foto utama',
      '',
      `### Instagram dan Facebook (${[...post.instagram].length} huruf, ${post.hashtags.length} tagar)`,
      '',
      `${fence(post.instagram)}text`,
      post.instagram,
      fence(post.instagram),
      '',
      `### X (${xLength(post.x, [post.url])} dari ${LIMITS.x})`,
      '',
      `${fence(post.x)}text`,
      post.x,
      fence(post.x),
      '',
    ]),
  ].join('\n');
  files.set('sosial.md', md);
  files.set('sosial.csv', writeCsv(['urutan', 'slug', 'judul', 'rubrik', 'tautan', 'pembuka', 'keterangan_instagram_facebook', 'keterangan_x', 'tagar', 'foto_1x1', 'foto_4x5'], posts.map((post, i) => [i + 1, post.slug, post.title, post.section, post.url, post.opening, post.instagram, post.x, post.hashtags.join(' '), post.photos.find((f) => f.endsWith('-1x1.jpg')) ?? '', post.photos.find((f) => f.endsWith('-4x5.jpg')) ?? ''])));
  files.set('sosial.json', `${JSON.stringify({ edisi: web.edition.id, tanggal: c.date, batas: LIMITS, posts: posts.map((p) => ({ slug: p.slug, judul: p.title, rubrik: p.section, berkas: p.file, tautan: p.url, pembuka: p.opening, tagar: p.hashtags, instagram: p.instagram, facebook: p.instagram, x: p.x, foto: p.photos })) }, null, 2)}\n`);
  return { files, posts, diagnostics };
}
