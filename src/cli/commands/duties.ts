import { LikestillingInputError } from '../../_lib/input.js';
import { formatDiagnostic } from '../../_lib/messages.js';
import { catalogue } from '../../locales/index.js';
import type { DemandingParty, Sector } from '../../models/employer.js';
import { assessDuties } from '../../rules/assessDuties.js';
import { describeDuties } from '../../rules/describeDuties.js';
import { parseArguments } from '../_lib/args.js';
import { COMMON_OPTIONS, type CommandRun } from '../_lib/command.js';
import { checkedLanguage } from '../_lib/language.js';
import { FORMATS_JSON_TEXT, SECTOR_WORDS } from '../_lib/words.js';
import { choiceOption, CliUsageError, intOption, numberOption } from '../io.js';

/** `--demanded-by`: who demanded the extended duty (COV-4), in English or Norwegian. */
const PARTY_WORDS: Readonly<Record<string, DemandingParty | 'none'>> = {
  none: 'none',
  ingen: 'none',
  employer: 'employer',
  arbeidsgiver: 'employer',
  arbeidsgivar: 'employer',
  representatives: 'employee-representatives',
  'employee-representatives': 'employee-representatives',
  tillitsvalgte: 'employee-representatives',
  tillitsvalde: 'employee-representatives',
  majority: 'employee-majority',
  'employee-majority': 'employee-majority',
  flertall: 'employee-majority',
  fleirtal: 'employee-majority',
};

const OPTIONS = {
  ...COMMON_OPTIONS,
  sector: { type: 'string' },
  year: { type: 'string' },
  headcount: { type: 'string' },
  'demanded-by': { type: 'string' },
  'demand-year': { type: 'string' },
  authority: { type: 'boolean' },
} as const;

/**
 * `likestilling duties`: prints the duty assessment of `assessDuties` as JSON (the booleans
 * `fourStepMethod`, `biennialMapping`, `statement`, `documentationDuty` and the `basis` list), or
 * as a sentence with `--format text`. Bad arguments: message on stderr, exit code 2.
 *
 * @param args - the arguments after `duties`
 * @param io - the CLI I/O
 * @param lang - the language of messages
 * @returns the exit code
 * @example
 * ```sh
 * likestilling duties --sector privat --headcount 35 --demanded-by tillitsvalgte --year 2025 --format tekst --lang nb
 * ```
 */
// eslint-disable-next-line @typescript-eslint/require-await -- async: a throw is a rejection, as CommandRun promises
export const dutiesCommand: CommandRun = async (args, io, lang) => {
  const { values } = parseArguments(args, OPTIONS, false);
  if (values.help === true) {
    io.stdout(catalogue(lang).cli.help.duties);
    return 0;
  }
  const textLang = checkedLanguage(values.lang) ?? lang;
  const format = choiceOption('format', values.format, FORMATS_JSON_TEXT) ?? 'json';
  const sector: Sector | undefined = choiceOption('sector', values.sector, SECTOR_WORDS);
  if (sector === undefined) throw new CliUsageError('required', { option: '--sector' });
  const year = intOption('year', values.year, 2020, 9999);
  if (year === undefined) throw new CliUsageError('required', { option: '--year' });
  const headcount = numberOption('headcount', values.headcount, 0);
  if (sector === 'private' && headcount === undefined) throw new CliUsageError('headcountRequired');
  const party = choiceOption('demanded-by', values['demanded-by'], PARTY_WORDS) ?? 'none';
  const demandYear = intOption('demand-year', values['demand-year'], 2020, 9999);
  if (demandYear !== undefined && party === 'none') throw new CliUsageError('needs', { option: '--demand-year', other: '--demanded-by' });

  try {
    const assessment = assessDuties(
      { sector, demands: party === 'none' ? [] : [{ party, financialYear: demandYear ?? year }], exercisesPublicAuthority: null },
      year,
      { ...(headcount !== undefined ? { headcount } : {}), includeAuthorityDuty: values.authority === true },
    );
    io.stdout(format === 'json' ? `${JSON.stringify(assessment, null, 2)}\n` : `${describeDuties(assessment, textLang)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof LikestillingInputError) throw new CliUsageError('invalidInput', { problems: error.issues.map((i) => formatDiagnostic(i, lang)) });
    throw error;
  }
};
