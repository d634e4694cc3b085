import { join } from 'node:path';
import { catalogue } from '../../locales/index.js';
import { parseArguments } from '../_lib/args.js';
import { COMMON_OPTIONS, type CommandRun } from '../_lib/command.js';
import { checkedLanguage } from '../_lib/language.js';
import { SECTOR_WORDS } from '../_lib/words.js';
import { choiceOption, CliUsageError, intOption } from '../io.js';

const OPTIONS = {
  lang: COMMON_OPTIONS.lang,
  help: COMMON_OPTIONS.help,
  year: { type: 'string' },
  sector: { type: 'string' },
  dir: { type: 'string' },
  force: { type: 'boolean' },
} as const;

/** The files `init` writes, in this order. */
export const INIT_FILES = ['statement.json', 'employer.json', 'cycle.json'] as const;

/**
 * `likestilling init [--lang nb]`: writes commented, valid templates of a statement project — the
 * config (`statement.json`, for `likestilling report --config statement.json`), the employer
 * (`employer.json`) and the year's cycle (`cycle.json`) — for a user to fill in, with the comments
 * in the language of `--lang` (else the environment's). An existing file is not overwritten
 * without `--force`. The year is `--year`, else last year (a statement is about a year that has
 * ended).
 *
 * @param args - the arguments after `init`
 * @param io - the CLI I/O
 * @param lang - the language of messages and of the templates' comments
 * @returns the exit code
 * @example
 * ```sh
 * likestilling init --lang nb --year 2025 --sector offentlig --dir redegjorelse-2025
 * ```
 */
export const initCommand: CommandRun = async (args, io, lang) => {
  const { values, positionals } = parseArguments(args, OPTIONS, true);
  const t = catalogue(lang).cli;
  if (values.help === true) {
    io.stdout(t.help.init);
    return 0;
  }
  checkedLanguage(values.lang);
  if (positionals.length > 1) throw new CliUsageError('unexpectedArgument', { argument: positionals[1] ?? '' });
  const dir = values.dir ?? positionals[0] ?? '.';
  const year = intOption('year', values.year, 2020, 9998) ?? new Date().getFullYear() - 1;
  const sector = choiceOption('sector', values.sector, SECTOR_WORDS) ?? 'private';
  const files: Readonly<Record<(typeof INIT_FILES)[number], string>> = {
    'statement.json': t.init.config({ year }),
    'employer.json': t.init.employer({ year, sector }),
    'cycle.json': t.init.cycle({ year }),
  };
  if (values.force !== true && io.exists !== undefined) {
    for (const name of INIT_FILES) {
      const path = join(dir, name);
      if (await io.exists(path)) throw new CliUsageError('exists', { file: path });
    }
  }
  for (const name of INIT_FILES) {
    const path = join(dir, name);
    await io.writeFile(path, files[name]);
    io.stdout(`${t.init.written({ file: path })}\n`);
  }
  io.stdout(`${t.init.next({ config: join(dir, 'statement.json') })}\n`);
  return 0;
};
