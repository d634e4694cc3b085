import { publish } from '../../anonymisation/publish.js';
import { computePayTransparency } from '../../transparency/computePayTransparency.js';
import { publishPayTransparency } from '../../transparency/publishPayTransparency.js';
import { PublicationPolicySchema } from '../../anonymisation/policy.js';
import { formatDiagnostic } from '../../_lib/messages.js';
import { LikestillingInputError } from '../../_lib/input.js';
import { catalogue, type Language } from '../../locales/index.js';
import { EqualityCycleSchema } from '../../models/cycle.js';
import { EmployerSchema } from '../../models/employer.js';
import { AssessmentSchema, buildStatement } from '../../report/buildStatement.js';
import { renderHtml } from '../../report/renderHtml.js';
import { renderMarkdown } from '../../report/renderMarkdown.js';
import { ReportSchema, StatementOptionsSchema, type Report } from '../../report/types.js';
import type { StatisticsOptions } from '../../statistics/StatisticsOptionsSchema.js';
import { rulesForYear } from '../../rules/versions/index.js';
import { parseArguments } from '../_lib/args.js';
import { COMMON_OPTIONS, QUIET_OPTION, type CommandRun } from '../_lib/command.js';
import { readStatementConfig, type StatementProject } from '../_lib/config.js';
import { readForMapping, type FileReport } from '../_lib/inputs.js';
import { publishedAnalysis } from '../_lib/analysisOptions.js';
import { readRecords } from '../_lib/records.js';
import { readJsonInput } from '../_lib/json.js';
import { checkedLanguage } from '../_lib/language.js';
import { BREAKDOWN_WORDS, REPORT_FORMATS } from '../_lib/words.js';
import { choiceOption, CliUsageError, intOption, type CliIO } from '../io.js';

const OPTIONS = {
  ...COMMON_OPTIONS,
  ...QUIET_OPTION,
  year: { type: 'string' },
  config: { type: 'string' },
  employer: { type: 'string' },
  cycle: { type: 'string' },
  assessment: { type: 'string' },
  options: { type: 'string' },
  previous: { type: 'string' },
  publish: { type: 'boolean' },
  policy: { type: 'string' },
  'include-nok': { type: 'boolean' },
  breakdown: { type: 'string' },
  'level-order': { type: 'string' },
  'show-rules': { type: 'boolean' },
  out: { type: 'string' },
  render: { type: 'string' },
  mapping: { type: 'string' },
  profile: { type: 'string' },
  'pay-codes': { type: 'string' },
  hr: { type: 'string' },
} as const;

type Format = (typeof REPORT_FORMATS)[keyof typeof REPORT_FORMATS];

/** Problems the readers keep for `report` (it prints 25 and counts the rest). */
const REPORT_MAX_DIAGNOSTICS = 1000;

/** The first problems of the data on stderr (errors first), and how many more there are. @internal */
export function printProblems(io: CliIO, reports: readonly FileReport[], lang: Language): void {
  const c = catalogue(lang);
  const all = reports.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === 'error');
  const warnings = all.filter((d) => d.severity === 'warning' && d.code !== 'diagnostics_truncated');
  const shown = [...errors.slice(0, 20), ...warnings.slice(0, 5)];
  for (const d of shown) io.stderr(`${d.severity === 'error' ? c.severity.error : c.severity.warning}: ${formatDiagnostic(d, lang)}\n`);
  // every problem counted, listed by the reader or not (its truncation note is not one)
  const total = reports.reduce((n, r) => n + r.errors + r.warnings - (r.diagnostics.some((d) => d.code === 'diagnostics_truncated') ? 1 : 0), 0);
  if (total > shown.length) io.stderr(`${c.cli.report.more(total - shown.length)}\n`);
}

async function renderAs(report: Report, format: Format, lang: Language, showRules: boolean): Promise<string | Uint8Array> {
  if (format === 'html') return renderHtml(report, { lang, showRules });
  if (format === 'md') return renderMarkdown(report, { lang, showRules });
  // the workbook's writer (exceljs) is loaded only for a workbook: it takes a third of a second
  if (format === 'xlsx') return (await import('../../io/xlsx/renderWorkbook.js')).renderWorkbook(report, { lang, showRules });
  return JSON.stringify(report, null, 2) + '\n';
}

async function write(io: CliIO, out: string | undefined, output: string | Uint8Array): Promise<void> {
  if (out !== undefined) await io.writeFile(out, output);
  else io.stdout(typeof output === 'string' ? output : new TextDecoder().decode(output));
}

/**
 * The statement from a project (`--config`, or the same inputs as options): the data read into
 * the mapping, published (ANON-*), the statement built and rendered into every output. The exit
 * code: 0 done, 1 done with errors in the data or an incomplete statement.
 */
async function statement(io: CliIO, project: StatementProject, lang: Language): Promise<number> {
  const statistics: StatisticsOptions = { year: project.year, fiscalYearEnd: project.employer.fiscalYearEnd };
  const dataArgs = { ...project.data, maxDiagnostics: REPORT_MAX_DIAGNOSTICS };
  // the gap analysis and the pay-transparency indicators need the records themselves: then they
  // are kept, and the mapping made from them
  const needsRecords = project.analysis !== undefined || project.transparency === true;
  const read = needsRecords ? await readRecords(io, dataArgs, statistics, lang) : { ...(await readForMapping(io, dataArgs, statistics, lang)), records: null };
  const { reports, mapping } = read;
  printProblems(io, reports, lang);
  const t = catalogue(lang).cli;
  if (mapping === null) {
    io.stderr(`likestilling report: ${t.report.noFigures({ files: reports.flatMap((r) => r.files) })}\n`);
    return 2;
  }
  let exit = reports.some((r) => r.errors > 0) ? 1 : 0;
  // A statement is built from published figures only (ANON-1, STM-8).
  const published = await publish(mapping, project.policy);
  const analysis =
    project.analysis === undefined || read.records === null ? undefined : await publishedAnalysis(read.records, project.analysis, project.policy);
  const transparency =
    project.transparency !== true || read.records === null
      ? undefined
      : publishPayTransparency(computePayTransparency(read.records, { year: project.year }), project.policy);
  let report: Report;
  try {
    report = buildStatement({
      employer: project.employer,
      year: project.year,
      published,
      cycle: project.cycle,
      ...(project.previous !== undefined ? { previous: project.previous } : {}),
      ...(project.assessment !== undefined ? { assessment: project.assessment } : {}),
      options: project.options,
      ...(analysis !== undefined ? { analysis } : {}),
      ...(transparency !== undefined ? { transparency } : {}),
    });
  } catch (error) {
    // e.g. a private employer without a headcount for the year: the duties cannot be assessed
    if (error instanceof LikestillingInputError)
      throw new CliUsageError('cannotAssess', { year: project.year, problems: error.issues.map((d) => formatDiagnostic(d, lang)) });
    throw error;
  }
  if (!report.completeness.complete) {
    const severity = catalogue(lang).severity;
    for (const i of report.completeness.issues) io.stderr(`${i.severity === 'error' ? severity.error : severity.warning}: ${i.text[lang] ?? i.text.nb}\n`);
    exit = 1;
  }
  for (const o of project.outputs) {
    await write(io, o.file, await renderAs(report, o.format, o.lang, o.showRules));
    if (o.file !== undefined && project.announce) io.stderr(`${t.report.written({ file: o.file })}\n`);
  }
  return exit;
}

/**
 * `likestilling report`: the figures or the statement from the data (an employee CSV, an export
 * with a column mapping, or a year of a-melding files with an HR file), or from a statement
 * project (`--config`). See the help (`likestilling report --help`).
 * Exit 0 done; 1 data errors or an incomplete statement (output still written); 2 bad arguments.
 *
 * @param args - the arguments after `report`
 * @param io - the CLI I/O
 * @param lang - the language of messages (and of the statement when `--lang` gives it; else bokmål)
 * @returns the exit code
 * @example
 * ```sh
 * likestilling report 2025-*.xml --hr hr.csv --year 2025 --employer e.json --cycle c.json --format html --out s.html
 * likestilling report --config statement.json
 * ```
 */
export const reportCommand: CommandRun = async (args, io, lang) => {
  const { values, positionals } = parseArguments(args, OPTIONS, true);
  if (values.help === true) {
    io.stdout(catalogue(lang).cli.help.report);
    return 0;
  }
  const statementLang = checkedLanguage(values.lang) ?? 'nb';
  const showRules = values['show-rules'] === true;
  const format = choiceOption('format', values.format, REPORT_FORMATS);

  if (values.config !== undefined) {
    const conflicting = (
      [
        'year',
        'employer',
        'cycle',
        'assessment',
        'options',
        'previous',
        'policy',
        'out',
        'render',
        'mapping',
        'profile',
        'pay-codes',
        'hr',
        'format',
        'breakdown',
        'level-order',
      ] as const
    ).find((k) => values[k] !== undefined);
    if (conflicting !== undefined || positionals.length > 0)
      throw new CliUsageError('configConflict', { option: conflicting !== undefined ? `--${conflicting}` : (positionals[0] ?? '') });
    const project = await readStatementConfig(io, values.config, lang, {
      quiet: values.quiet === true,
      showRules: values['show-rules'] === true ? true : undefined,
      lang: values.lang === undefined ? undefined : statementLang,
    });
    return statement(io, project, lang);
  }

  if (values.render !== undefined) {
    // Re-render a (possibly edited) statement: part 2, the commentary and the assessment are editable text.
    if (positionals.length > 0) throw new CliUsageError('renderNoFiles');
    const f = format ?? 'json';
    if (f === 'xlsx' && values.out === undefined) throw new CliUsageError('outRequired', { format: 'xlsx' });
    const report = await readJsonInput(io, values.render, '--render', ReportSchema, lang);
    await write(io, values.out, await renderAs(report, f, statementLang, showRules));
    return 0;
  }

  if (positionals.length === 0) throw new CliUsageError('noData');
  const year = intOption('year', values.year, 1900, 9998);
  if (year === undefined) throw new CliUsageError('required', { option: '--year' });
  const statementMode = values.employer !== undefined || values.cycle !== undefined;
  if (statementMode && (values.employer === undefined || values.cycle === undefined))
    throw new CliUsageError('together', { options: ['--employer', '--cycle'] });
  const f = format ?? 'json';
  if (!statementMode) {
    if (f !== 'json') throw new CliUsageError('formatNeedsStatement', { format: f });
    for (const k of ['previous', 'assessment', 'options'] as const)
      if (values[k] !== undefined) throw new CliUsageError('needs', { option: `--${k}`, other: '--employer, --cycle' });
  }
  if (f === 'xlsx' && values.out === undefined) throw new CliUsageError('outRequired', { format: 'xlsx' });
  const breakdown = choiceOption('breakdown', values.breakdown, BREAKDOWN_WORDS);
  const policy = values.policy !== undefined ? await readJsonInput(io, values.policy, '--policy', PublicationPolicySchema, lang) : undefined;
  const data = {
    files: positionals,
    mapping: values.mapping,
    profile: values.profile,
    payCodes: values['pay-codes'],
    hr: values.hr,
    year,
    quiet: values.quiet === true,
  };

  if (!statementMode) {
    const { reports, mapping } = await readForMapping(io, { ...data, maxDiagnostics: REPORT_MAX_DIAGNOSTICS }, { year }, lang);
    printProblems(io, reports, lang);
    if (mapping === null) {
      io.stderr(`likestilling report: ${catalogue(lang).cli.report.noFigures({ files: reports.flatMap((r) => r.files) })}\n`);
      return 2;
    }
    // the mapping itself uses no versioned rule: the version in force for its year is named beside it
    const output =
      values.publish === true ? await publish(mapping, policy) : { ...mapping, rulesVersion: rulesForYear(mapping.year, mapping.options.fiscalYearEnd).id };
    await write(io, values.out, JSON.stringify(output, null, 2) + '\n');
    return reports.some((r) => r.errors > 0) ? 1 : 0;
  }

  const employer = await readJsonInput(io, values.employer as string, '--employer', EmployerSchema, lang);
  const cycle = await readJsonInput(io, values.cycle as string, '--cycle', EqualityCycleSchema, lang);
  const previous = values.previous !== undefined ? await readJsonInput(io, values.previous, '--previous', ReportSchema, lang) : undefined;
  const assessment = values.assessment !== undefined ? await readJsonInput(io, values.assessment, '--assessment', AssessmentSchema, lang) : undefined;
  const fromFile = values.options !== undefined ? await readJsonInput(io, values.options, '--options', StatementOptionsSchema, lang) : undefined;
  const levelOrder = (values['level-order'] ?? '')
    .split(',')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const options = StatementOptionsSchema.parse({
    ...fromFile,
    ...(values['include-nok'] === true ? { includeNok: true } : {}),
    ...(breakdown !== undefined ? { breakdown } : {}),
    ...(levelOrder.length > 0 ? { levelOrder } : {}),
  });
  return statement(
    io,
    {
      year,
      employer,
      cycle,
      previous,
      assessment,
      options,
      policy,
      data,
      outputs: [{ file: values.out, format: f, lang: statementLang, showRules }],
      announce: false,
    },
    lang,
  );
};
