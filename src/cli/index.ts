/**
 * The `jurnal` command: a thin layer over the stages. The one place that turns results into exit
 * codes: user mistakes exit 1 without a stack trace, internal faults print one (changesets' style).
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Help } from 'commander';
// Only declarations are imported here: every command loads its stage (the content loader, the
// layout, react-pdf, pdf-lib, sharp) in its action, so `jurnal --help` starts in a tenth of a second.
import { registerBudget } from './anggaran-command.js';
import { registerBuild } from './build-command.js';
import { registerCheck } from './check.js';
import { registerDistribute } from './distribute-command.js';
import { isDiagnosticError } from '../diagnostics/errors.js';
import { registerJelaskan } from './jelaskan.js';
import { registerKiriman } from './kiriman-command.js';
import { COMMAND_LINE, emitJson, jsonMode, outcome, printReport, projectRoot, recordDiagnostics, UserError } from './common.js';
import { registerNew } from './new.js';
import { registerPlan } from './plan-command.js';
import { registerApprove, registerReview } from './review-command.js';
import { registerSosial, registerWeb } from './web-command.js';

const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const headings: [RegExp, string][] = [
  [/^Usage:/gm, 'Pemakaian:'],
  [/^Options:/gm, 'Opsi:'],
  [/^Commands:/gm, 'Perintah:'],
  [/^Arguments:/gm, 'Argumen:'],
];
/** Terms are translated before commander measures them, so the columns stay aligned. */
const terms = (text: string): string => text.replace(/\[options\]/g, '[opsi]').replace(/\[command\]/g, '[perintah]');
const defaults = (text: string): string => text.replace(/\(default: /g, '(bawaan: ');

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
      subcommandTerm: (cmd) => terms(Help.prototype.subcommandTerm.call(new Help(), cmd)),
      commandUsage: (cmd) => terms(Help.prototype.commandUsage.call(new Help(), cmd)),
      optionDescription: (option) => defaults(Help.prototype.optionDescription.call(new Help(), option)),
      argumentDescription: (argument) => defaults(Help.prototype.argumentDescription.call(new Help(), argument)),
    })
    .exitOverride()
    .configureOutput({ outputError: () => undefined });
  registerCheck(program);
  registerNew(program);
  registerPlan(program);
  registerBudget(program);
  registerReview(program);
  registerApprove(program);
  registerBuild(program);
  registerWeb(program);
  registerSosial(program);
  registerDistribute(program);
  registerKiriman(program);
  registerJelaskan(program);
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
  // Relative paths of the project (content/, editions/, distribution/, .cache/) resolve against its
  // root, wherever below it the command was run; paths the user types resolve against INVOKED_FROM.
  process.chdir(projectRoot());
  const json = jsonMode(argv);
  const refuse = (message: string, hint: string | undefined, rule: string, code: number): number => {
    if (json) {
      recordDiagnostics([{ file: COMMAND_LINE, rule, severity: 'error', message, ...(hint ? { hint } : {}) }]);
      emitJson(false);
    }
    return code;
  };
  try {
    await program.parseAsync(argv);
    return outcome.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      const translate = commanderMessages[error.code];
      const message = translate ? translate(error.message) : error.message;
      process.stderr.write(`jurnal: ${message}\n(jalankan "jurnal --help" untuk bantuan)\n`);
      return refuse(message, 'jalankan "jurnal --help" untuk bantuan', 'perintah', 1);
    }
    if (isDiagnosticError(error)) {
      // A broken template (or other configuration) is the user's to fix, with file, line and column.
      printReport(error.diagnostics);
      if (json) emitJson(false);
      return 1;
    }
    if (error instanceof UserError) {
      process.stderr.write(`jurnal: ${error.message}\n${error.hint ? `    saran: ${error.hint}\n` : ''}`);
      return refuse(error.message, error.hint, 'perintah', 1);
    }
    process.stderr.write(`jurnal: kesalahan internal, mohon laporkan ke pengembang:\n${(error as Error).stack ?? String(error)}\n`);
    return refuse(`kesalahan internal, mohon laporkan ke pengembang: ${(error as Error).message}`, undefined, 'kesalahan-internal', 2);
  }
}
