import type { Diagnostic } from '../../_lib/diagnostics.js';
import { formatDiagnostic } from '../../_lib/messages.js';
import { catalogue } from '../../locales/index.js';
import { FIRST_RULE_YEAR } from '../../rules/internal.js';
import { rulesForYear, rulesInForce } from '../../rules/versions/index.js';
import { parseArguments } from '../_lib/args.js';
import { COMMON_OPTIONS, QUIET_OPTION, type CommandRun } from '../_lib/command.js';
import { readForValidation, type FileReport } from '../_lib/inputs.js';
import { checkedLanguage } from '../_lib/language.js';
import { FORMATS_TEXT_JSON } from '../_lib/words.js';
import { choiceOption, CliUsageError, intOption } from '../io.js';

/** A diagnostic without its file (listed under its file's line). */
function withoutFile(d: Diagnostic): Diagnostic {
  const copy: { -readonly [K in keyof Diagnostic]?: Diagnostic[K] } = { ...d };
  delete copy.file;
  return copy as Diagnostic;
}

/** Problems listed per file by default (the readers count the rest). */
const CLI_MAX_DIAGNOSTICS = 1000;

const OPTIONS = {
  ...COMMON_OPTIONS,
  ...QUIET_OPTION,
  mapping: { type: 'string' },
  profile: { type: 'string' },
  'pay-codes': { type: 'string' },
  year: { type: 'string' },
  hr: { type: 'string' },
  'max-diagnostics': { type: 'string' },
} as const;

/**
 * `likestilling validate <files…>`: every problem in the input files, read the way `report` reads
 * them. Exit 0 no errors; 1 errors; 2 bad arguments or a file that cannot be read.
 *
 * @param args - the arguments after `validate`
 * @param io - the CLI I/O
 * @param lang - the language of messages
 * @returns the exit code
 * @example
 * ```sh
 * likestilling validate eksport.csv --mapping kolonner.json --pay-codes lonnsarter.json --lang nb
 * likestilling validate 2025-*.xml --hr hr.csv --year 2025
 * ```
 */
export const validateCommand: CommandRun = async (args, io, lang) => {
  const { values, positionals } = parseArguments(args, OPTIONS, true);
  const t = catalogue(lang).cli;
  if (values.help === true) {
    io.stdout(t.help.validate);
    return 0;
  }
  checkedLanguage(values.lang);
  if (positionals.length === 0) throw new CliUsageError('noFiles');
  const format = choiceOption('format', values.format, FORMATS_TEXT_JSON) ?? 'text';
  const year = intOption('year', values.year, 1900, 2200);
  const maxDiagnostics = intOption('max-diagnostics', values['max-diagnostics'], 0, Number.MAX_SAFE_INTEGER) ?? CLI_MAX_DIAGNOSTICS;
  const { reports, unreadable } = await readForValidation(
    io,
    {
      files: positionals,
      mapping: values.mapping,
      profile: values.profile,
      payCodes: values['pay-codes'],
      hr: values.hr,
      year,
      maxDiagnostics,
      quiet: values.quiet === true,
    },
    lang,
  );
  const errors = reports.reduce((a, r) => a + r.errors, 0);
  const warnings = reports.reduce((a, r) => a + r.warnings, 0);

  if (format === 'json') {
    const entry = (r: FileReport) => ({
      ...(r.kind === 'a-melding' ? { files: r.files, months: r.months ?? [] } : { file: r.files[0] ?? '' }),
      kind: r.kind,
      read: r.read,
      rejected: r.rejected,
      fatal: r.fatal,
      errors: r.errors,
      warnings: r.warnings,
      ...(r.columns === undefined ? {} : { columns: r.columns }),
      diagnostics: r.diagnostics.map((d) => ({ ...d, message: formatDiagnostic(d, lang) })),
    });
    const rulesVersion = (year !== undefined && year >= FIRST_RULE_YEAR ? rulesForYear(year) : rulesInForce('9999-12-31')).id;
    io.stdout(`${JSON.stringify({ files: reports.map(entry), errors, warnings, ...(unreadable.length > 0 ? { unreadable } : {}), rulesVersion }, null, 2)}\n`);
  } else {
    const severity = catalogue(lang).severity;
    for (const r of reports) {
      io.stdout(
        `${t.validate.file({ kind: r.kind, files: r.files, months: r.months ?? [], errors: r.errors, warnings: r.warnings, read: r.read, rejected: r.rejected, fatal: r.fatal })}\n`,
      );
      for (const d of r.diagnostics) {
        // the a-melding's lines name their file; a CSV's are under their file already
        const line = formatDiagnostic(r.kind === 'a-melding' ? d : withoutFile(d), lang);
        io.stdout(`  ${(d.severity === 'error' ? severity.error : severity.warning).padEnd(9)} ${line}\n`);
      }
    }
    io.stdout(`${t.validate.summary({ errors, warnings, files: reports.reduce((a, r) => a + r.files.length, 0), unreadable: unreadable.length })}\n`);
  }
  // a file that cannot be read is a usage problem: said on stderr, like the other commands' (exit 2)
  for (const u of unreadable) io.stderr(`likestilling validate: ${t.errors.cannotRead(u)}\n`);
  if (unreadable.length > 0) return 2;
  return errors > 0 ? 1 : 0;
};
