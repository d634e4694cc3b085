import { LikestillingInputError } from '../../_lib/input.js';
import { formatDiagnostic } from '../../_lib/messages.js';
import { catalogue } from '../../locales/index.js';
import { FiscalYearEndSchema } from '../../models/employer.js';
import { describePlan } from '../../schedule/describePlan.js';
import { planYear } from '../../schedule/planYear.js';
import { parseArguments } from '../_lib/args.js';
import { COMMON_OPTIONS, type CommandRun } from '../_lib/command.js';
import { checkedLanguage } from '../_lib/language.js';
import { FORMATS_JSON_TEXT, NONE_WORDS } from '../_lib/words.js';
import { choiceOption, CliUsageError, intOption } from '../io.js';

const OPTIONS = {
  ...COMMON_OPTIONS,
  year: { type: 'string' },
  'last-mapping': { type: 'string' },
  'fiscal-year-end': { type: 'string' },
} as const;

/**
 * `likestilling plan`: prints the year plan of `planYear` as JSON (`biennialMappingRequired`,
 * `mayReuseMappingFrom`, `adoptionDeadline`, `filingDeadline`, due figures, steps, basis), or as
 * text with `--format text`. Bad arguments: message on stderr, exit code 2.
 *
 * @param args - the arguments after `plan`
 * @param io - the CLI I/O
 * @param lang - the language of messages
 * @returns the exit code
 * @example
 * ```sh
 * likestilling plan --year 2025 --last-mapping 2024 --fiscal-year-end 06-30 --format tekst --lang nn
 * ```
 */
// eslint-disable-next-line @typescript-eslint/require-await -- async: a throw is a rejection, as CommandRun promises
export const planCommand: CommandRun = async (args, io, lang) => {
  const { values } = parseArguments(args, OPTIONS, false);
  if (values.help === true) {
    io.stdout(catalogue(lang).cli.help.plan);
    return 0;
  }
  const textLang = checkedLanguage(values.lang) ?? lang;
  const format = choiceOption('format', values.format, FORMATS_JSON_TEXT) ?? 'json';
  const year = intOption('year', values.year, 2020, 9999);
  if (year === undefined) throw new CliUsageError('required', { option: '--year' });
  const lastText = values['last-mapping'];
  const lastMappingYear =
    lastText === undefined || NONE_WORDS.has(lastText.trim().toLowerCase()) ? null : (intOption('last-mapping', lastText, 1900, year) ?? null);
  const fiscalYearEnd = values['fiscal-year-end'] ?? '12-31';
  if (!FiscalYearEndSchema.safeParse(fiscalYearEnd).success) throw new CliUsageError('monthDay', { option: '--fiscal-year-end', value: fiscalYearEnd });
  try {
    const plan = planYear({ year, lastMappingYear, fiscalYearEnd });
    io.stdout(format === 'json' ? `${JSON.stringify(plan, null, 2)}\n` : `${describePlan(plan, textLang)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof LikestillingInputError) throw new CliUsageError('invalidInput', { problems: error.issues.map((i) => formatDiagnostic(i, lang)) });
    throw error;
  }
};
