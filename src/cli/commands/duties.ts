import { parseArgs } from 'node:util';
import { LANGUAGES, type Language } from '../../_lib/messages.js';
import { SECTORS, type DemandingParty, type Sector } from '../../models/employer.js';
import { assessDuties } from '../../rules/assessDuties.js';
import { describeDuties } from '../../rules/describeDuties.js';
import { LikestillingInputError } from '../../_lib/input.js';
import { CliUsageError, formatOption, oneOfOption, intOption, type Command } from '../io.js';

const HELP = `Usage: likestilling duties --sector public|private --year YEAR [options]

Which ARP duties an employer has in a financial year (ARP.md §2, COV-1 to COV-6).

Options:
  --sector public|private      sector of the legal entity (required)
  --year YEAR                  financial year, 2020 or later (required)
  --headcount N                average persons regularly employed (COV-6; required for private)
  --demanded-by PARTY          who demanded the extended duty (COV-4): employer, representatives,
                               majority, or none (default none)
  --demand-year YEAR           financial year the demand was made (default: --year)
  --authority                  also assess the § 24 public-authority duty (COV-8)
  --format json|text           output (default json)
  --lang en|nb                 language of --format text (default en)
  -h, --help                   this help
`;

const PARTY_ALIASES: Readonly<Record<string, DemandingParty | null>> = {
  none: null,
  employer: 'employer',
  representatives: 'employee-representatives',
  'employee-representatives': 'employee-representatives',
  majority: 'employee-majority',
  'employee-majority': 'employee-majority',
};

/** Parses a headcount: a non-negative decimal number. */
function headcountOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+(\.\d+)?$/.test(value)) throw new CliUsageError(`--headcount must be a number ≥ 0 (got "${value}")`);
  return Number(value);
}

/**
 * `likestilling duties`: prints the duty assessment of `assessDuties` as JSON (the booleans
 * `fourStepMethod`, `biennialMapping`, `statement`, `documentationDuty` and the `basis` list), or
 * as a sentence with `--format text`. Bad arguments: message on stderr, exit code 2.
 *
 * @param args - the arguments after `duties`
 * @param io - the CLI I/O
 * @returns the exit code
 * @example
 * ```sh
 * likestilling duties --sector private --headcount 35 --demanded-by representatives --year 2025 --format json
 * ```
 */
export const dutiesCommand: Command = async (args, io) => {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: false,
    options: {
      sector: { type: 'string' },
      year: { type: 'string' },
      headcount: { type: 'string' },
      'demanded-by': { type: 'string' },
      'demand-year': { type: 'string' },
      authority: { type: 'boolean' },
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
  const sector: Sector | undefined = oneOfOption('sector', values.sector, SECTORS);
  if (sector === undefined) throw new CliUsageError(`--sector is required (${SECTORS.join(' or ')})`);
  const year = intOption('year', values.year, 2020, 9999);
  if (year === undefined) throw new CliUsageError('--year is required (a financial year, 2020 or later)');
  const headcount = headcountOption(values.headcount);
  if (sector === 'private' && headcount === undefined) throw new CliUsageError('--headcount is required for a private employer (average persons employed, COV-6)');
  const partyText = values['demanded-by'];
  let party: DemandingParty | null = null;
  if (partyText !== undefined) {
    const p = PARTY_ALIASES[partyText];
    if (p === undefined) throw new CliUsageError(`--demanded-by must be one of employer, representatives, majority, none (got "${partyText}")`);
    party = p;
  }
  const demandYear = intOption('demand-year', values['demand-year'], 2020, 9999);
  if (demandYear !== undefined && party === null) throw new CliUsageError('--demand-year needs --demanded-by');

  try {
    const assessment = assessDuties(
      { sector, demands: party === null ? [] : [{ party, financialYear: demandYear ?? year }], exercisesPublicAuthority: null },
      year,
      { ...(headcount !== undefined ? { headcount } : {}), includeAuthorityDuty: values.authority === true },
    );
    io.stdout(format === 'json' ? `${JSON.stringify(assessment, null, 2)}\n` : `${describeDuties(assessment, lang)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof LikestillingInputError) throw new CliUsageError(error.message);
    throw error;
  }
};
