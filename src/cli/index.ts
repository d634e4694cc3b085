/**
 * The `likestilling` command-line tool, as a function (`runCli`) so it can be embedded and tested.
 * The executable is `dist/bin.js`.
 * @packageDocumentation
 */
import { catalogue, languageFromEnvironment, type Language } from '../locales/index.js';
import type { CliErrorCode, CommandName } from '../locales/types.js';
import { languageOption } from './_lib/language.js';
import { CliUsageError, processIO, type CliIO } from './io.js';
import { analyseCommand } from './commands/analyse.js';
import { auditCommand } from './commands/audit.js';
import { dutiesCommand } from './commands/duties.js';
import { initCommand } from './commands/init.js';
import { planCommand } from './commands/plan.js';
import { reportCommand } from './commands/report.js';
import { transparencyCommand } from './commands/transparency.js';
import { validateCommand } from './commands/validate.js';
import { vectorsCommand } from './vectors.js';
import type { CommandRun } from './_lib/command.js';

/** What a command may read and write; inject a fake one to embed or test the CLI. */
export type { CliIO } from './io.js';

const COMMANDS: Readonly<Record<CommandName, CommandRun>> = {
  duties: dutiesCommand,
  plan: planCommand,
  report: reportCommand,
  analyse: analyseCommand,
  audit: auditCommand,
  validate: validateCommand,
  init: initCommand,
  transparency: transparencyCommand,
  vectors: vectorsCommand,
};

function isCommand(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}

/**
 * Runs the command line with the given arguments and I/O; resolves to the exit code (0 ok, 1
 * findings/errors in the data, 2 bad arguments or unreadable input). Messages, help and errors are
 * in the language of `--lang` (`nb`, `nn`, `en`; also `no`, `bokmål`, `nynorsk`, `norsk`,
 * `engelsk`), else of the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`: `nb`/`no` → bokmål, `nn`
 * → nynorsk), else English; a statement is in bokmål unless `--lang` says otherwise.
 *
 * @param argv - the arguments after the program name, e.g. `['duties', '--sector', 'public']`
 * @param io - where to read and write (default: the real process)
 * @returns the exit code
 * @example
 * ```ts
 * const code = await runCli(['plan', '--year', '2025', '--last-mapping', '2024', '--lang', 'nn']);
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const given = languageOption(argv);
  const lang: Language = given ?? languageFromEnvironment(io.env);
  const t = catalogue(lang).cli;
  if (argv.includes('--version') && !argv.some(isCommand)) {
    io.stdout(`${__LIKESTILLING_VERSION__}\n`);
    return 0;
  }
  // the command is the first argument, or the first one after a global --lang
  const at = argv[0]?.startsWith('--lang') === true ? argv.findIndex((a) => isCommand(a) || a === 'help') : 0;
  const name = at < 0 ? undefined : argv[at];
  const rest = at < 0 ? [] : [...argv.slice(0, at), ...argv.slice(at + 1)];
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(t.usage);
    return name === undefined && !argv.includes('--help') && !argv.includes('-h') ? 2 : 0;
  }
  if (!isCommand(name)) {
    io.stderr(`likestilling: ${t.errors.unknownCommand({ command: name })}\n\n${t.usage}`);
    return 2;
  }
  try {
    return await COMMANDS[name](rest, io, lang);
  } catch (error) {
    if (error instanceof CliUsageError) {
      const make = t.errors[error.code as CliErrorCode] as (p: unknown) => string;
      io.stderr(`likestilling ${name}: ${make(error.params)}\n${t.seeHelp(name)}\n`);
      return 2;
    }
    throw error;
  }
}
