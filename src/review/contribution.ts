/**
 * The anti-hoax rule the paper is built on, for stories from villages and KIM: a contributed story
 * (front-matter `kontributor:`) is approved only once the redaksi has verified it.
 */
import type { Article } from '../content/article.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { RULE } from './catalogue.js';

export function unverifiedContributions(articles: readonly Article[]): Diagnostic[] {
  return articles
    .filter((a) => a.frontMatter.kontributor && a.frontMatter.verification?.status !== 'verified')
    .map((a) => {
      const status = a.frontMatter.verification?.status;
      return {
        file: a.file,
        position: a.fieldPositions[status ? 'verification.status' : 'kontributor'] ?? { line: 1, column: 1 },
        field: status ? 'verification.status' : 'kontributor',
        rule: RULE.persetujuanKiriman,
        severity: 'error' as const,
        message: `kiriman dari ${a.frontMatter.kontributor!.nama} belum boleh disetujui: verifikasi ${status ?? 'belum ada'}, harus verified`,
        hint: 'periksa faktanya dan hubungi pengirim lewat teleponnya, tulis verification: { status: verified, by: …, date: … }, lalu setujui',
      };
    });
}
