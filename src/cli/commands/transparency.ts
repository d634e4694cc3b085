import { PublicationPolicySchema } from '../../anonymisation/policy.js';
import { readEmployeesCsv } from '../../io/csv/readEmployeesCsv.js';
import { catalogue, type Language } from '../../locales/index.js';
import type { Employee } from '../../models/employee.js';
import { computePayTransparency } from '../../transparency/computePayTransparency.js';
import { publishPayTransparency } from '../../transparency/publishPayTransparency.js';
import { assessPayTransparencyDuty } from '../../transparency/assessPayTransparencyDuty.js';
import { rulesForYear } from '../../rules/versions/index.js';
import { renderPayTransparencyHtml, renderPayTransparencyMarkdown } from '../../transparency/renderPayTransparency.js';
import { parseArguments } from '../_lib/args.js';
import { COMMON_OPTIONS, QUIET_OPTION, type CommandRun } from '../_lib/command.js';
import { csvReport, readHr, readProfile, readYear, splitFiles, type DataArgs, type FileReport } from '../_lib/inputs.js';
import { cannotRead, isReadError, readJsonInput } from '../_lib/json.js';
import { checkedLanguage } from '../_lib/language.js';
import { progressLine } from '../_lib/progress.js';
import { REPORT_FORMATS } from '../_lib/words.js';
import { choiceOption, CliUsageError, intOption, type CliIO } from '../io.js';
import { printProblems } from './report.js';

const OPTIONS = {
  ...COMMON_OPTIONS,
  ...QUIET_OPTION,
  year: { type: 'string' },
  publish: { type: 'boolean' },
  policy: { type: 'string' },
  'for-authority': { type: 'boolean' },
  out: { type: 'string' },
  mapping: { type: 'string' },
  profile: { type: 'string' },
  'pay-codes': { type: 'string' },
  hr: { type: 'string' },
  workers: { type: 'string' },
} as const;

/** Problems the readers keep (the first are printed, the rest counted), as for `report`. */
const MAX_DIAGNOSTICS = 1000;

/**
 * The records of the data, read as `report` reads them: one canonical or mapped CSV, or a year of
 * a-melding files with the HR file. `records` is null when the data cannot serve any figure.
 */
async function readRecords(io: CliIO, args: DataArgs, year: number, lang: Language): Promise<{ reports: FileReport[]; records: Employee[] | null }> {
  const { xml, csv } = splitFiles(args.files);
  if (csv.length > 1 || (csv.length > 0 && xml.length > 0)) throw new CliUsageError('oneDataSet');
  if (args.hr !== undefined && xml.length === 0) throw new CliUsageError('hrNeedsXml');
  const reports: FileReport[] = [];
  if (xml.length > 0) {
    let hr;
    if (args.hr !== undefined) {
      const h = await readHr(io, args.hr, args.maxDiagnostics);
      if ('reason' in h) throw new CliUsageError('cannotRead', h);
      reports.push(h.report);
      hr = h.records;
    }
    const y = await readYear(io, xml, { ...args, year }, hr, lang);
    if ('reason' in y) throw new CliUsageError('cannotRead', y);
    reports.push(y.report);
    return { reports, records: y.report.fatal ? null : [...y.records] };
  }
  const file = csv[0] as string;
  const profile = await readProfile(io, args, lang);
  const bar = progressLine(io, lang, args.quiet, file, io.fileSize === undefined ? undefined : await io.fileSize(file).catch(() => undefined));
  const records: Employee[] = [];
  try {
    const imported = await readEmployeesCsv(io.readStream(file), {
      ...profile,
      file,
      year,
      onProgress: bar.update,
      onRecords: (batch) => records.push(...batch),
    });
    return { reports: [csvReport(file, imported)], records: imported.fatal ? null : records };
  } catch (error) {
    if (isReadError(error)) throw cannotRead(file, error);
    throw error;
  } finally {
    bar.done();
  }
}

/**
 * `likestilling transparency --workers <n> --year <year>`: the reporting duty (TRN-6) as JSON,
 * with the rules version whose schedule it used. Takes no data files.
 */
function duty(io: CliIO, workersValue: string, yearValue: string | undefined, withFiles: boolean): number {
  if (withFiles) throw new CliUsageError('noFilesWith', { option: '--workers' });
  const workers = intOption('workers', workersValue, 0, 100_000_000) as number;
  const year = intOption('year', yearValue, 1900, 9998);
  if (year === undefined) throw new CliUsageError('required', { option: '--year' });
  io.stdout(JSON.stringify(assessPayTransparencyDuty({ workers, year }), null, 2) + '\n');
  return 0;
}

/**
 * `likestilling transparency`: the pay-transparency indicators (Directive (EU) 2023/970 Art. 9(1),
 * Art. 10; ARP.md §8 TRN-*) from the data `report` reads, as JSON, Markdown, HTML or a workbook;
 * with `--publish` (or `--policy`) published under the policy first (TRN-7, ANON-*). See the help
 * (`likestilling transparency --help`). Exit 0 done; 1 data errors (rows left out); 2 bad arguments.
 *
 * @param args - the arguments after `transparency`
 * @param io - the CLI I/O
 * @param lang - the language of messages (and of the section when `--lang` gives it; else bokmål)
 * @returns the exit code
 * @example
 * ```sh
 * likestilling transparency employees.csv --year 2026 --publish --format html --lang en --out transparency.html
 * ```
 */
export const transparencyCommand: CommandRun = async (args, io, lang) => {
  const { values, positionals } = parseArguments(args, OPTIONS, true);
  const t = catalogue(lang).cli;
  if (values.help === true) {
    io.stdout(t.help.transparency);
    return 0;
  }
  const sectionLang = checkedLanguage(values.lang) ?? 'nb';
  const format = choiceOption('format', values.format, REPORT_FORMATS) ?? 'json';
  if (values.workers !== undefined) return duty(io, values.workers, values.year, positionals.length > 0);
  if (positionals.length === 0) throw new CliUsageError('noData');
  const year = intOption('year', values.year, 1900, 9998);
  if (year === undefined) throw new CliUsageError('required', { option: '--year' });
  if (format === 'xlsx' && values.out === undefined) throw new CliUsageError('outRequired', { format: 'xlsx' });
  const policy = values.policy !== undefined ? await readJsonInput(io, values.policy, '--policy', PublicationPolicySchema, lang) : undefined;
  const data: DataArgs = {
    files: positionals,
    mapping: values.mapping,
    profile: values.profile,
    payCodes: values['pay-codes'],
    hr: values.hr,
    year,
    quiet: values.quiet === true,
    maxDiagnostics: MAX_DIAGNOSTICS,
  };
  const { reports, records } = await readRecords(io, data, year, lang);
  printProblems(io, reports, lang);
  if (records === null) {
    io.stderr(`likestilling transparency: ${t.report.noFigures({ files: reports.flatMap((r) => r.files) })}\n`);
    return 2;
  }
  const result = computePayTransparency(records, { year });
  const output = values.publish === true || policy !== undefined ? publishPayTransparency(result, policy) : result;
  const options = { lang: sectionLang, audience: values['for-authority'] === true ? ('authority-and-representatives' as const) : ('public' as const) };
  // JSON names the rules version in force for the year beside the result, as `report` does (issue 20)
  const rendered =
    format === 'md'
      ? renderPayTransparencyMarkdown(output, options) + '\n'
      : format === 'html'
        ? renderPayTransparencyHtml(output, options)
        : format === 'xlsx'
          ? await (await import('../../io/xlsx/transparencySheets.js')).renderPayTransparencyWorkbook(output, options)
          : JSON.stringify({ ...output, rulesVersion: rulesForYear(year).id }, null, 2) + '\n';
  if (values.out !== undefined) {
    await io.writeFile(values.out, rendered);
    if (values.quiet !== true) io.stderr(`${t.report.written({ file: values.out })}\n`);
  } else io.stdout(typeof rendered === 'string' ? rendered : new TextDecoder().decode(rendered));
  return reports.some((r) => r.errors > 0) ? 1 : 0;
};
