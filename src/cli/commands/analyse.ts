import { BreakdownSchema, BUILT_IN_FACTORS } from '../../analysis/AnalysisOptionsSchema.js';
import type { PublishedGapAnalysis } from '../../analysis/publishedSchema.js';
import { PublicationPolicySchema } from '../../anonymisation/policy.js';
import { catalogue, type Language } from '../../locales/index.js';
import { FiscalYearEndSchema } from '../../models/employer.js';
import { escapeHtml, escapeMarkdown, explainGap, explanationHtml, explanationMarkdown, fill } from '../../report/internal.js';
import { parseArguments } from '../_lib/args.js';
import { AnalysisConfigSchema, analysisOptionsOf } from '../_lib/analysisOptions.js';
import { COMMON_OPTIONS, QUIET_OPTION, type CommandRun } from '../_lib/command.js';
import { readJsonInput } from '../_lib/json.js';
import { checkedLanguage } from '../_lib/language.js';
import { readRecords } from '../_lib/records.js';
import { rulesForYear } from '../../rules/versions/index.js';
import { printProblems } from './report.js';
import { choiceOption, CliUsageError, intOption } from '../io.js';

const OPTIONS = {
  ...COMMON_OPTIONS,
  ...QUIET_OPTION,
  year: { type: 'string' },
  'fiscal-year-end': { type: 'string' },
  mapping: { type: 'string' },
  profile: { type: 'string' },
  'pay-codes': { type: 'string' },
  hr: { type: 'string' },
  by: { type: 'string' },
  factor: { type: 'string' },
  options: { type: 'string' },
  publish: { type: 'boolean' },
  policy: { type: 'string' },
  out: { type: 'string' },
} as const;

/** `--format` of `analyse`: Markdown is its text. */
const ANALYSE_FORMATS = { json: 'json', md: 'md', markdown: 'md', text: 'md', tekst: 'md', html: 'html' } as const satisfies Readonly<
  Record<string, 'json' | 'md' | 'html'>
>;

function list(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** The analysis as a document: its title, whether it is the published form, the explanation. */
function document(a: PublishedGapAnalysis, published: boolean, format: 'md' | 'html', lang: Language): string {
  const t = catalogue(lang).analysis.cli;
  const title = fill(t.title, { year: a.year });
  const note = published ? fill(t.published, { threshold: a.policy.payMinPersons }) : t.internal;
  const x = explainGap(a, !a.policy.ratiosOnly, a.options.statistics.percentDecimals);
  if (format === 'md')
    return (
      [`# ${escapeMarkdown(title)}`, '', `*${escapeMarkdown(note)}*`, '', ...explanationMarkdown(x, lang)]
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trimEnd() + '\n'
    );
  const css =
    'body{font-family:"Source Sans 3","Segoe UI",Helvetica,Arial,sans-serif;max-width:182mm;margin:0 auto;padding:8mm 4mm;line-height:1.4;color:#1a1a1a}table{border-collapse:collapse;width:100%;margin:4pt 0}th,td{border-bottom:.5pt solid #bbb;padding:2pt 4pt;text-align:right}th[scope=row],th.row-head{text-align:left}tr.total th,tr.total td{font-weight:600}td.hidden{font-style:italic}.note{color:#444;font-size:90%}svg.chart{max-width:100%;height:auto}';
  return `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(title)}</title>\n<style>${css}</style>\n</head>\n<body>\n<main>\n<h1>${escapeHtml(title)}</h1>\n<p class="note">${escapeHtml(note)}</p>\n${explanationHtml(x, lang)}\n</main>\n</body>\n</html>\n`;
}

/**
 * `likestilling analyse <files…> --year <year>`: why the pay gap (step b of the four-step method,
 * ACT-3; ARP.md §9 EXP-1…EXP-3) from every input `report` reads — the exact decomposition over
 * the breakdowns of `--by`, the adjusted gap on the factors (`--factor`, `--options`), per job
 * group — as JSON (`analyseGap`'s, or with `--publish` `publishGapAnalysis`'s), Markdown or HTML.
 * Exit 0 done; 1 data errors (rows left out); 2 bad arguments or unreadable input.
 *
 * @param args - the arguments after `analyse`
 * @param io - the CLI I/O
 * @param lang - the language of messages (and of Markdown and HTML)
 * @returns the exit code
 * @example
 * ```sh
 * likestilling analyse employees.csv --year 2025 --by level,group --format json
 * likestilling analyse 2025-*.xml --hr hr.csv --year 2025 --publish --format html --out analysis.html
 * ```
 */
export const analyseCommand: CommandRun = async (args, io, lang) => {
  const { values, positionals } = parseArguments(args, OPTIONS, true);
  const t = catalogue(lang).cli;
  if (values.help === true) {
    io.stdout(t.help.analyse);
    return 0;
  }
  const docLang = checkedLanguage(values.lang) ?? lang;
  const format = choiceOption('format', values.format, ANALYSE_FORMATS) ?? 'json';
  if (positionals.length === 0) throw new CliUsageError('noData');
  const year = intOption('year', values.year, 1900, 9998);
  if (year === undefined) throw new CliUsageError('required', { option: '--year' });
  const fiscalYearEnd = values['fiscal-year-end'] ?? '12-31';
  if (!FiscalYearEndSchema.safeParse(fiscalYearEnd).success) throw new CliUsageError('monthDay', { option: '--fiscal-year-end', value: fiscalYearEnd });
  if (values.policy !== undefined && values.publish !== true) throw new CliUsageError('needs', { option: '--policy', other: '--publish' });
  const breakdowns = list(values.by);
  for (const b of breakdowns ?? []) {
    if (!BreakdownSchema.safeParse(b).success)
      throw new CliUsageError('oneOf', { option: '--by', value: b, allowed: ['level', 'group', 'unit', 'unit:N', 'level*group'] });
  }
  const factors = list(values.factor);
  for (const f of factors ?? []) {
    if (!(BUILT_IN_FACTORS as readonly string[]).includes(f))
      throw new CliUsageError('oneOf', { option: '--factor', value: f, allowed: [...BUILT_IN_FACTORS] });
  }
  const fromFile = values.options === undefined ? {} : await readJsonInput(io, values.options, '--options', AnalysisConfigSchema, lang);
  const given = { ...(fromFile === true ? {} : fromFile), ...(breakdowns !== undefined ? { breakdowns } : {}), ...(factors !== undefined ? { factors } : {}) };
  const statistics = { year, fiscalYearEnd };
  const options = analysisOptionsOf(given, statistics, values.options === undefined ? '--by, --factor' : '--options', values.options ?? '', lang);
  const policy = values.policy === undefined ? undefined : await readJsonInput(io, values.policy, '--policy', PublicationPolicySchema, lang);

  const data = {
    files: positionals,
    mapping: values.mapping,
    profile: values.profile,
    payCodes: values['pay-codes'],
    hr: values.hr,
    year,
    fiscalYearEnd,
    quiet: values.quiet === true,
    maxDiagnostics: 1000,
  };
  const { reports, records } = await readRecords(io, data, statistics, lang);
  printProblems(io, reports, lang);
  if (records === null) {
    io.stderr(`likestilling analyse: ${t.report.noFigures({ files: reports.flatMap((r) => r.files) })}\n`);
    return 2;
  }
  // loaded here: the regression's libraries only when a command needs them
  const [{ analyseGap }, { publishGapAnalysis }] = await Promise.all([import('../../analysis/analyseGap.js'), import('../../analysis/publishGapAnalysis.js')]);
  const internal = analyseGap(records, options);
  const publish = values.publish === true;
  let output: string;
  // JSON names the rules version in force for the financial year beside the result, as `report` does (issue 20)
  if (format === 'json')
    output =
      JSON.stringify({ ...(publish ? publishGapAnalysis(internal, policy) : internal), rulesVersion: rulesForYear(year, fiscalYearEnd).id }, null, 2) + '\n';
  // the internal form as a document: everything shown (a threshold of 1 hides nothing), and said so
  else output = document(publishGapAnalysis(internal, publish ? policy : { payMinPersons: 1 }), publish, format, docLang);
  if (values.out !== undefined) await io.writeFile(values.out, output);
  else io.stdout(output);
  return reports.some((r) => r.errors > 0) ? 1 : 0;
};
