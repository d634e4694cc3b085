import { parseArgs } from 'node:util';
import { LANGUAGES, type Language } from '../../_lib/messages.js';
import { FiscalYearEndSchema } from '../../models/employer.js';
import { LikestillingInputError } from '../../_lib/input.js';
import { describePlan } from '../../schedule/describePlan.js';
import { planYear } from '../../schedule/planYear.js';
import { CliUsageError, formatOption, oneOfOption, intOption, type Command } from '../io.js';

const HELP = `Usage: likestilling plan --year YEAR [options]

What must be mapped and published in a financial year, and by when (ACT-3, ACT-4, STM-2, STM-5, STM-6).

Options:
  --year YEAR                  financial year, 2020 or later (required); the year ending in that
                               calendar year
  --last-mapping YEAR|none     last financial year with the biennial mapping of pay and
                               involuntary part-time (default none)
  --fiscal-year-end MM-DD      last day of the financial year (default 12-31)
  --format json|text           output (default json)
  --lang en|nb                 language of --format text (default en)
  -h, --help                   this help
`;

/**
 * `likestilling plan`: prints the year plan of `planYear` as JSON (`biennialMappingRequired`,
 * `mayReuseMappingFrom`, `adoptionDeadline`, `filingDeadline`, due figures, steps, basis), or as
 * text with `--format text`. Bad arguments: message on stderr, exit code 2.
 *
 * @param args - the arguments after `plan`
 * @param io - the CLI I/O
 * @returns the exit code
 * @example
 * ```sh
 * likestilling plan --year 2025 --last-mapping 2024 --fiscal-year-end 06-30 --format json
 * ```
 */
export const planCommand: Command = async (args, io) => {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: false,
    options: {
      year: { type: 'string' },
      'last-mapping': { type: 'string' },
      'fiscal-year-end': { type: 'string' },
      format: { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help === true) {
    io.stdout(HELP);
    return 0;
  }
  const format = formatOption(values.format, ['json', 'text'] as const);
  const lang: Language = oneOfOption('lang', values.lang, LANGUAGES) ?? 'en';
  const year = intOption('year', values.year, 2020, 9999);
  if (year === undefined) throw new CliUsageError('--year is required (a financial year, 2020 or later)');
  const lastText = values['last-mapping'];
  const lastMappingYear = lastText === undefined || lastText === 'none' ? null : (intOption('last-mapping', lastText, 1900, year) ?? null);
  const fiscalYearEnd = values['fiscal-year-end'] ?? '12-31';
  if (!FiscalYearEndSchema.safeParse(fiscalYearEnd).success) {
    throw new CliUsageError(`--fiscal-year-end must be a real month and day MM-DD, e.g. 06-30 (got "${fiscalYearEnd}")`);
  }
  try {
    const plan = planYear({ year, lastMappingYear, fiscalYearEnd });
    io.stdout(format === 'json' ? `${JSON.stringify(plan, null, 2)}\n` : `${describePlan(plan, lang)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof LikestillingInputError) throw new CliUsageError(error.message);
    throw error;
  }
};
