/**
 * The `likestilling` command-line tool, as a function (`runCli`) so it can be embedded and tested.
 * The executable is `dist/bin.js`.
 * @packageDocumentation
 */
import { parseArgs } from 'node:util';
import { CliUsageError, processIO, type CliIO, type Command } from './io.js';
import { dutiesCommand } from './commands/duties.js';
import { planCommand } from './commands/plan.js';
import { reportCommand } from './commands/report.js';
import { auditCommand } from './commands/audit.js';
import { validateCommand } from './commands/validate.js';

/** What a command may read and write; inject a fake one to embed or test the CLI. */
export type { CliIO } from './io.js';

const COMMANDS: Readonly<Record<string, { readonly run: Command; readonly summary: string }>> = {
  duties: { run: dutiesCommand, summary: 'which ARP duties an employer has in a financial year (COV-*)' },
  plan: { run: planCommand, summary: 'what must be mapped and published in a year, and by when (ACT-4, STM-*)' },
  report: { run: reportCommand, summary: 'part-1 figures / the statement from an employee file' },
  audit: { run: auditCommand, summary: 'check a published table for disclosure (ANON-*)' },
  validate: { run: validateCommand, summary: 'check input files and list every problem' },
};

const USAGE = `Usage: likestilling <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join('\n')}

Run \`likestilling <command> --help\` for a command's options.
`;

/**
 * Runs the command line with the given arguments and I/O; resolves to the exit code
 * (0 ok, 1 findings/errors in the data, 2 bad arguments or unreadable input).
 *
 * @param argv - the arguments after the program name, e.g. `['duties', '--sector', 'public']`
 * @param io - where to read and write (default: the real process)
 * @returns the exit code
 * @example
 * ```ts
 * const code = await runCli(['plan', '--year', '2025', '--last-mapping', '2024']);
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    const { values } = parseArgs({ args: [...argv], options: { version: { type: 'boolean' } } });
    if (values.version === true) io.stdout(`${__LIKESTILLING_VERSION__}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    io.stderr(`likestilling: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliUsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      io.stderr(`likestilling ${name}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
