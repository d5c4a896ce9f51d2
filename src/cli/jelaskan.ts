/**
 * `jurnal jelaskan [aturan]`: what a rule id means and what to do about it, from the catalogue
 * (src/review/catalogue.ts). Reads nothing from disk and loads no layout.
 */
import type { Command } from 'commander';
import { didYouMean } from '../content/suggest.js';
import { CATALOGUE, isReviewRule, isRuleId, RULE_IDS, type RuleId, severityText, STAGES } from '../review/catalogue.js';
import { action, UserError } from './common.js';

const stageTitle = (id: string): string => STAGES.find((s) => s.id === id)?.title ?? id;

/** The full entry of one rule, as `jurnal jelaskan <aturan>` prints it. */
export function explainRule(id: RuleId): string {
  const entry = CATALOGUE[id];
  const lines = [
    `${id}`,
    `  tahap:          ${stageTitle(entry.stage)}`,
    `  tingkat:        ${severityText(entry)}${entry.milder ? ' (kasus yang lebih ringan hanya peringatan)' : ''}`,
    `  yang diperiksa: ${entry.finds}`,
    `  saran:          ${entry.saran}`,
  ];
  if (isReviewRule(id)) {
    lines.push(
      '',
      '  Aturan tinjauan ini bisa dimatikan atau diubah tingkatnya untuk satu edisi, di edition.yaml',
      '  dengan alasan (alasannya tampil di saran dan di laporan tinjauan):',
      '    rules:',
      `      - { id: ${id}, severity: off, reason: "…" }   # atau severity: warning / error / info`,
    );
  } else {
    lines.push('', `  ${entry.severity === 'error' ? 'Galat' : 'Peringatan'} ini tidak bisa dimatikan di edition.yaml; hanya aturan tinjauan yang bisa.`);
  }
  return `${lines.join('\n')}\n`;
}

/** Every rule id, grouped by stage, one line each. */
export function listRules(): string {
  const width = Math.max(...RULE_IDS.map((id) => id.length));
  const levels = Math.max(...RULE_IDS.map((id) => severityText(CATALOGUE[id]).length));
  const out: string[] = [];
  for (const stage of STAGES) {
    const ids = RULE_IDS.filter((id) => CATALOGUE[id].stage === stage.id);
    if (!ids.length) continue;
    out.push(`${stage.title}:`);
    for (const id of ids) out.push(`  ${id.padEnd(width)}  ${severityText(CATALOGUE[id]).padEnd(levels)}  ${CATALOGUE[id].finds}`);
    out.push('');
  }
  out.push(`${RULE_IDS.length} aturan. Penjelasan satu aturan: jurnal jelaskan <aturan>`);
  return `${out.join('\n')}\n`;
}

export function registerJelaskan(program: Command): void {
  program
    .command('jelaskan')
    .description('Menjelaskan sebuah aturan (id seperti foto-resolusi di pesan dan laporan): apa yang diperiksa dan apa yang harus dilakukan.\nTanpa <aturan>, semua aturan ditampilkan per tahap.')
    .argument('[aturan]', 'id aturan, mis. foto-resolusi')
    .action(action(async (id: string | undefined) => {
      if (id === undefined) {
        process.stdout.write(listRules());
        return 0;
      }
      const wanted = id.trim();
      if (!isRuleId(wanted)) {
        const meant = didYouMean(wanted, RULE_IDS);
        throw new UserError(`aturan "${wanted.slice(0, 60)}" tidak dikenal${meant ? `; ${meant}` : ''}`, 'jalankan "jurnal jelaskan" untuk daftar semua aturan');
      }
      process.stdout.write(explainRule(wanted));
      return 0;
    }));
}
