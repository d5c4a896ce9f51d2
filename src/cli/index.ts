/**
 * The `jurnal` command: a thin layer over the stages. The one place that turns results into exit
 * codes: user mistakes exit 1 without a stack trace, internal faults print one (changesets' style).
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Help } from 'commander';
import { registerBuild } from './build.js';
import { registerCheck } from './check.js';
import { registerDistribute } from './distribute.js';
import { outcome, UserError } from './common.js';
import { registerNew } from './new.js';
import { registerPlan } from './plan.js';
import { registerApprove, registerReview } from './review.js';

const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const headings: [RegExp, string][] = [
  [/^Usage:/gm, 'Pemakaian:'],
  [/^Options:/gm, 'Opsi:'],
  [/^Commands:/gm, 'Perintah:'],
  [/^Arguments:/gm, 'Argumen:'],
  [/\(default: /g, '(bawaan: '],
  [/\[options\]/g, '[opsi]'],
  [/\[command\]/g, '[perintah]'],
];

const commanderMessages: Record<string, (message: string) => string> = {
  'commander.unknownOption': (m) => `opsi tidak dikenal ${m.match(/'([^']+)'/)?.[1] ?? ''}`.trim(),
  'commander.unknownCommand': (m) => {
    const meant = m.match(/Did you mean (\S+)\?/)?.[1];
    return `perintah tidak dikenal "${m.match(/'([^']+)'/)?.[1] ?? ''}"${meant ? `; maksud Anda "${meant}"?` : ''}`;
  },
  'commander.missingArgument': (m) => `argumen wajib belum diisi: ${m.match(/'([^']+)'/)?.[1] ?? ''}`,
  'commander.excessArguments': () => 'terlalu banyak argumen',
  'commander.optionMissingArgument': (m) => `opsi ${m.match(/'([^']+)'/)?.[1] ?? ''} perlu nilai`,
  'commander.invalidArgument': (m) => `nilai tidak sah: ${m.replace(/^error: /, '')}`,
};

export function createProgram(): Command {
  const program = new Command('jurnal');
  program
    .description('Jurnal Balangan: dari naskah Markdown ke PDF siap cetak dan daftar distribusi.')
    .version(version, '-V, --version', 'tampilkan versi')
    .helpOption('-h, --help', 'tampilkan bantuan')
    .helpCommand('help [perintah]', 'tampilkan bantuan untuk sebuah perintah')
    .configureHelp({
      formatHelp: (cmd, helper) => headings.reduce((text, [from, to]) => text.replace(from, to), Help.prototype.formatHelp.call(helper, cmd, helper)),
    })
    .exitOverride()
    .configureOutput({ outputError: () => undefined });
  registerCheck(program);
  registerNew(program);
  registerPlan(program);
  registerReview(program);
  registerApprove(program);
  registerBuild(program);
  registerDistribute(program);
  const localise = (command: Command): void => {
    command.helpOption('-h, --help', 'tampilkan bantuan').exitOverride().configureOutput({ outputError: () => undefined }).configureHelp(program.configureHelp());
    command.commands.forEach(localise);
  };
  program.commands.forEach(localise);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = createProgram();
  outcome.exitCode = 0;
  try {
    await program.parseAsync(argv);
    return outcome.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      const translate = commanderMessages[error.code];
      process.stderr.write(`jurnal: ${translate ? translate(error.message) : error.message}\n(jalankan "jurnal --help" untuk bantuan)\n`);
      return 1;
    }
    if (error instanceof UserError) {
      process.stderr.write(`jurnal: ${error.message}\n${error.hint ? `    saran: ${error.hint}\n` : ''}`);
      return 1;
    }
    process.stderr.write(`jurnal: kesalahan internal, mohon laporkan ke pengembang:\n${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
}
