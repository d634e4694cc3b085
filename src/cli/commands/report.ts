import { parseArgs } from 'node:util';
import type { Readable } from 'node:stream';
import { formatDiagnostic, type Language } from '../../_lib/messages.js';
import { REPORT_LANGUAGES, type ReportLanguage } from '../../report/types.js';
import { publish } from '../../anonymisation/publish.js';
import { PublicationPolicySchema } from '../../anonymisation/policy.js';
import type { CsvImportResult } from '../../io/csv/csvImportOptions.js';
import { readEmployeesCsv } from '../../io/csv/readEmployeesCsv.js';
import { renderWorkbook } from '../../io/xlsx/renderWorkbook.js';
import { EqualityCycleSchema } from '../../models/cycle.js';
import { EmployerSchema } from '../../models/employer.js';
import { buildStatement } from '../../report/buildStatement.js';
import { renderHtml } from '../../report/renderHtml.js';
import { renderMarkdown } from '../../report/renderMarkdown.js';
import { ReportSchema, type Report } from '../../report/types.js';
import { LikestillingInputError } from '../../_lib/input.js';
import { createMappingAccumulator } from '../../statistics/accumulateMapping.js';
import { finalizeMapping } from '../../statistics/finalizeMapping.js';
import type { StatisticsOptions } from '../../statistics/StatisticsOptionsSchema.js';
import type { Mapping } from '../../statistics/types.js';
import { CliUsageError, formatOption, oneOfOption, intOption, type CliIO, type Command } from '../io.js';
import { readJsonInput } from '../_lib/json.js';

const HELP = `Usage: likestilling report <employees.csv> --year <year> [options]

Part-1 figures, or the whole statement, from a canonical employee CSV.

Without --employer/--cycle: the figures as JSON — the internal mapping, or with --publish the
published figures (hidden values null, the "suppressed" list). With --employer and --cycle: the
statement (figures always published first) as json, html, md or xlsx.

Options:
  --year <year>          financial year (required)
  --employer <file>      employer JSON (EmployerSchema)
  --cycle <file>         the year's four-step cycle JSON (EqualityCycleSchema)
  --previous <file>      last year's statement JSON (from --format json)
  --publish              anonymise the figures (ANON-*) before printing them
  --policy <file>        publication policy JSON (thresholds, ratiosOnly, mergeSmallLevels)
  --include-nok          show NOK means besides the shares in the statement (STAT-B0)
  --breakdown <b>        level (default) or group: the breakdown of the pay tables
  --level-order <list>   the employer's levels/groups top first, comma-separated
  --format <f>           json (default), html, md, xlsx
  --lang <l>             nb (default), nn or en (messages on stderr: nb or en)
  --out <file>           write to a file instead of stdout (required for xlsx)
  --render <file>        render a statement JSON (e.g. one you edited) instead of
                         building one: likestilling report --render s.json --format html

Exit codes: 0 done; 1 done, but the data had errors (rows left out) or the statement is
incomplete (see stderr); 2 bad arguments or unreadable input.
`;

const FORMATS = ['json', 'html', 'md', 'xlsx'] as const;

/**
 * Progress on stderr while a big file is read: only when stderr is a terminal, from the first
 * MiB on (small files show nothing), at most once per MiB.
 */
function progress(io: CliIO, file: string): { update: (bytes: number) => void; done: () => void } {
  if (!io.isTTY) return { update: () => undefined, done: () => undefined };
  let shown = 0;
  return {
    update: (bytes) => {
      const mb = Math.floor(bytes / (1 << 20));
      if (mb <= shown) return;
      shown = mb;
      io.stderr(`\r${file}: ${mb} MiB read`);
    },
    done: () => {
      if (shown > 0) io.stderr('\n');
    },
  };
}

/** Problems the reader keeps for `report` (it prints 25 and counts the rest). */
const REPORT_MAX_DIAGNOSTICS = 1000;

function printDiagnostics(io: CliIO, imported: CsvImportResult, lang: Language): void {
  const { diagnostics } = imported;
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.filter((d) => d.severity === 'warning' && d.code !== 'diagnostics_truncated');
  const shown = [...errors.slice(0, 20), ...warnings.slice(0, 5)];
  for (const d of shown) io.stderr(`${d.severity}: ${formatDiagnostic(d, lang)}\n`);
  // every problem counted, listed by the reader or not (its truncation note is not one)
  const total = imported.errors + imported.warnings - (imported.diagnosticsOmitted > 0 ? 1 : 0);
  const rest = total - shown.length;
  if (rest > 0) io.stderr(`… and ${rest} more (run \`likestilling validate\` for all)\n`);
}

async function renderAs(report: Report, format: (typeof FORMATS)[number], lang: ReportLanguage): Promise<string | Uint8Array> {
  if (format === 'html') return renderHtml(report, { lang });
  if (format === 'md') return renderMarkdown(report, { lang });
  if (format === 'xlsx') return renderWorkbook(report, { lang });
  return JSON.stringify(report, null, 2) + '\n';
}

/**
 * The import and the mapping of the employee file: with the I/O's `mapEmployeesCsvFile` (the real
 * process: two threads for a big file), else over `readStream` with the records going to the
 * statistics batch by batch as they are read, never held all at once. The mapping is null for a
 * fatal file. A file that cannot be read is a usage error.
 */
async function readMapping(io: CliIO, file: string, statistics: StatisticsOptions): Promise<{ imported: CsvImportResult; mapping: Mapping | null }> {
  const bar = progress(io, file);
  const map = io.mapEmployeesCsvFile;
  let stream: Readable | undefined;
  if (map === undefined) {
    try {
      stream = io.readStream(file);
    } catch (error) {
      throw new CliUsageError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  try {
    const csv = { file, year: statistics.year, onProgress: bar.update, maxDiagnostics: REPORT_MAX_DIAGNOSTICS };
    if (map !== undefined) return await map(file, { statistics, csv });
    const accumulator = createMappingAccumulator(statistics);
    const imported = await readEmployeesCsv(stream as AsyncIterable<Uint8Array>, { ...csv, onRecords: (batch) => accumulator.add(batch) });
    return { imported, mapping: imported.fatal ? null : finalizeMapping(accumulator.partial()) };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') throw new CliUsageError(`cannot read ${file}: ${(error as Error).message}`);
    throw error;
  } finally {
    bar.done();
  }
}

/**
 * `likestilling report`: figures or the statement from an employee CSV. See `HELP`.
 * Exit 0 done; 1 data errors or an incomplete statement (output still written); 2 bad arguments.
 */
export const reportCommand: Command = async (args, io) => {
  const { values, positionals } = parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: true,
    options: {
      year: { type: 'string' },
      employer: { type: 'string' },
      cycle: { type: 'string' },
      previous: { type: 'string' },
      publish: { type: 'boolean', default: false },
      policy: { type: 'string' },
      'include-nok': { type: 'boolean', default: false },
      breakdown: { type: 'string' },
      'level-order': { type: 'string' },
      format: { type: 'string' },
      lang: { type: 'string' },
      out: { type: 'string' },
      render: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.render !== undefined) {
    // Re-render a (possibly edited) statement: part 2, the commentary and the assessment are editable text.
    if (positionals.length > 0) throw new CliUsageError('--render takes no employee file');
    const format = formatOption(values.format, FORMATS);
    const lang = oneOfOption('lang', values.lang, REPORT_LANGUAGES) ?? 'nb';
    if (format === 'xlsx' && values.out === undefined) throw new CliUsageError('--format xlsx needs --out FILE');
    const report = await readJsonInput(io, values.render, '--render', ReportSchema);
    const output = await renderAs(report, format, lang);
    if (values.out !== undefined) await io.writeFile(values.out, output);
    else io.stdout(typeof output === 'string' ? output : new TextDecoder().decode(output));
    return 0;
  }
  if (positionals.length !== 1) throw new CliUsageError('give exactly one employee CSV file');
  const file = positionals[0] ?? '';
  const year = intOption('year', values.year, 1900, 9998);
  if (year === undefined) throw new CliUsageError('--year is required');
  const format = formatOption(values.format, FORMATS);
  const lang = oneOfOption('lang', values.lang, REPORT_LANGUAGES) ?? 'nb';
  /** Messages on stderr: the diagnostics catalogues are bokmål and English. */
  const msgLang: Language = lang === 'en' ? 'en' : 'nb';
  const statementMode = values.employer !== undefined || values.cycle !== undefined;
  if (statementMode && (values.employer === undefined || values.cycle === undefined)) {
    throw new CliUsageError('--employer and --cycle go together (the statement needs both)');
  }
  if (!statementMode && format !== 'json') throw new CliUsageError(`--format ${format} needs the statement inputs --employer and --cycle`);
  if (!statementMode && values.previous !== undefined) throw new CliUsageError('--previous needs --employer and --cycle');
  if (format === 'xlsx' && values.out === undefined) throw new CliUsageError('--format xlsx needs --out FILE');
  const breakdown = values.breakdown ?? 'level';
  if (breakdown !== 'level' && breakdown !== 'group') throw new CliUsageError(`--breakdown must be level or group (got "${breakdown}")`);

  const employer = values.employer !== undefined ? await readJsonInput(io, values.employer, '--employer', EmployerSchema) : undefined;
  const cycle = values.cycle !== undefined ? await readJsonInput(io, values.cycle, '--cycle', EqualityCycleSchema) : undefined;
  const previous = values.previous !== undefined ? await readJsonInput(io, values.previous, '--previous', ReportSchema) : undefined;
  const policy = values.policy !== undefined ? await readJsonInput(io, values.policy, '--policy', PublicationPolicySchema) : undefined;

  const statistics = employer !== undefined ? { year, fiscalYearEnd: employer.fiscalYearEnd } : { year };
  const { imported, mapping } = await readMapping(io, file, statistics);
  printDiagnostics(io, imported, msgLang);
  if (imported.fatal || mapping === null) {
    io.stderr(`likestilling report: ${file} cannot serve any figure\n`);
    return 2;
  }

  let exit = imported.errors > 0 ? 1 : 0;
  let output: string | Uint8Array;
  if (!statementMode || employer === undefined || cycle === undefined) {
    output = JSON.stringify(values.publish ? await publish(mapping, policy) : mapping, null, 2) + '\n';
  } else {
    // A statement is built from published figures only (ANON-1, STM-8).
    const published = await publish(mapping, policy);
    const levelOrder = (values['level-order'] ?? '')
      .split(',')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    let report;
    try {
      report = buildStatement({
        employer,
        year,
        published,
        cycle,
        ...(previous !== undefined ? { previous } : {}),
        options: { includeNok: values['include-nok'], breakdown, levelOrder },
      });
    } catch (error) {
      // e.g. a private employer without a headcount for the year: the duties cannot be assessed.
      if (error instanceof LikestillingInputError) {
        throw new CliUsageError(`--employer: the duties for ${year} cannot be assessed:\n${error.issues.map((d) => '  ' + formatDiagnostic(d, msgLang)).join('\n')}`);
      }
      throw error;
    }
    if (!report.completeness.complete) {
      for (const i of report.completeness.issues) io.stderr(`${i.severity}: ${i.text[msgLang]}\n`);
      exit = 1;
    }
    output = await renderAs(report, format, lang);
  }
  if (values.out !== undefined) await io.writeFile(values.out, output);
  else io.stdout(typeof output === 'string' ? output : new TextDecoder().decode(output));
  return exit;
};
