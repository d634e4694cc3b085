import { parseArgs } from 'node:util';
import type { Diagnostic } from '../../_lib/diagnostics.js';
import { formatDiagnostic, type Language } from '../../_lib/messages.js';
import { readAMelding } from '../../io/a-melding/readAMelding.js';
import { parseHrCsv } from '../../io/a-melding/parseHrCsv.js';
import type { HrRecord } from '../../io/a-melding/hrRecord.js';
import { ColumnMappingSchema } from '../../io/csv/columnMapping.js';
import { CsvImportProfileSchema, type CsvImportProfileInput } from '../../io/csv/csvImportOptions.js';
import { PayCodeTableSchema } from '../../io/csv/payCodeTable.js';
import { readEmployeesCsv } from '../../io/csv/readEmployeesCsv.js';
import { CliUsageError, formatOption, oneOfOption, intOption, type CliIO, type Command } from '../io.js';
import { checkJson, readJsonFile } from '../_lib/json.js';

const HELP = `Usage: likestilling validate <files…> [options]

Checks input files and lists every problem: errors (the row is left out of the figures) and
warnings (the row is kept). CSV files (the canonical interchange format or an HR/spreadsheet
export) are checked one by one; a-melding files (*.xml) are read together as one legal entity's
financial year.

Options:
  --format <f>          text (default) or json
  --mapping <file>      CSV column mapping JSON: { "their header": "field", … }, or an import
                        profile { "columnMapping": {…}, "payCodes": {…}, "annualColumns": […],
                        "delimiter": ";", "decimal": ",", "encoding": "windows-1252" }
  --pay-codes <file>    pay-code table JSON: { "1000": "basePay", "9000": "notPay", … }, for a
                        column per pay code ("1000 Fastlønn") or, with payCode and payAmount
                        columns mapped, one row per pay line
  --year <year>         the financial year (CSV: a year column must match; a-melding: the year read)
  --hr <file>           HR CSV joined to the a-melding (sex, level, group, unit, involuntary part-time)
  --lang <l>            language of the text output: en (default) or nb
  --max-diagnostics <n> problems listed per file (default 1000); the rest are counted, and a last
                        line says how many were not listed

Exit codes: 0 no errors (warnings allowed); 1 errors found; 2 bad arguments or unreadable files.
`;

const LANGS = ['en', 'nb'] as const;

/** The result of one file, as printed. */
interface FileReport {
  readonly file: string;
  readonly kind: 'csv' | 'a-melding' | 'hr';
  readonly read: number;
  readonly rejected: number;
  readonly fatal: boolean;
  /** The problems listed (the first `--max-diagnostics`, then a `diagnostics_truncated` line). */
  readonly diagnostics: readonly Diagnostic[];
  /** Every problem, listed or not. */
  readonly errors: number;
  readonly warnings: number;
}

/** Problems listed per file by default (the readers count the rest). */
const CLI_MAX_DIAGNOSTICS = 1000;

const PROFILE_KEYS = ['columnMapping', 'payCodes', 'annualColumns', 'delimiter', 'decimal', 'encoding', 'year', 'organisationNumber'];

/** `--mapping`: a bare column mapping, or an import profile. */
async function readProfile(io: CliIO, mappingPath: string | undefined, payCodesPath: string | undefined, year: number | undefined): Promise<CsvImportProfileInput> {
  let profile: CsvImportProfileInput = {};
  if (mappingPath !== undefined) {
    const json = await readJsonFile(io, mappingPath, '--mapping');
    const isProfile = typeof json === 'object' && json !== null && !Array.isArray(json) && Object.keys(json).some((k) => PROFILE_KEYS.includes(k));
    profile = isProfile ? checkJson(CsvImportProfileSchema, json, '--mapping', mappingPath) : { columnMapping: checkJson(ColumnMappingSchema, json, '--mapping', mappingPath) };
  }
  if (payCodesPath !== undefined) {
    profile = { ...profile, payCodes: checkJson(PayCodeTableSchema, await readJsonFile(io, payCodesPath, '--pay-codes'), '--pay-codes', payCodesPath) };
  }
  if (year !== undefined) profile = { ...profile, year };
  return profile;
}

/** Throttled progress on stderr, only when stderr is a terminal. */
function progress(io: CliIO, file: string): { update: (bytes: number) => void; done: () => void } {
  if (!io.isTTY) return { update: () => undefined, done: () => undefined };
  let shown = -1;
  return {
    update: (bytes) => {
      const mb = Math.floor(bytes / (1 << 20));
      if (mb === shown) return;
      shown = mb;
      io.stderr(`\r${file}: ${mb} MiB read`);
    },
    done: () => {
      if (shown >= 0) io.stderr('\n');
    },
  };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * `likestilling validate <files…>`: every problem in the input files. See `HELP`.
 * Exit 0 no errors; 1 errors; 2 bad arguments or unreadable files.
 */
export const validateCommand: Command = async (args, io) => {
  const { values, positionals } = parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      mapping: { type: 'string' },
      'pay-codes': { type: 'string' },
      year: { type: 'string' },
      hr: { type: 'string' },
      lang: { type: 'string' },
      'max-diagnostics': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length === 0) throw new CliUsageError('give at least one file to validate');
  const format = formatOption(values.format, ['text', 'json'] as const);
  const lang: Language = oneOfOption('lang', values.lang, LANGS) ?? 'en';
  const year = intOption('year', values.year, 1900, 2200);
  const maxOption = intOption('max-diagnostics', values['max-diagnostics'], 0, Number.MAX_SAFE_INTEGER);
  const read = await readProfile(io, values.mapping, values['pay-codes'], year);
  const maxDiagnostics = maxOption ?? read.maxDiagnostics ?? CLI_MAX_DIAGNOSTICS;
  const profile: CsvImportProfileInput = { ...read, maxDiagnostics };

  const reports: FileReport[] = [];
  const unreadable: string[] = [];
  const xml = positionals.filter((p) => p.toLowerCase().endsWith('.xml'));
  const csv = positionals.filter((p) => !p.toLowerCase().endsWith('.xml'));

  for (const file of csv) {
    const bar = progress(io, file);
    try {
      const r = await readEmployeesCsv(io.readStream(file), { ...profile, file, onProgress: bar.update });
      reports.push({ file, kind: 'csv', read: r.read, rejected: r.rejected, fatal: r.fatal, diagnostics: r.diagnostics, errors: r.errors, warnings: r.warnings });
    } catch (error) {
      unreadable.push(`${file}: ${errorMessage(error)}`);
    } finally {
      bar.done();
    }
  }

  if (values.hr !== undefined && xml.length === 0) throw new CliUsageError('--hr is joined to a-melding files: give at least one .xml file');
  if (xml.length > 0) {
    let hr: readonly HrRecord[] = [];
    if (values.hr !== undefined) {
      const hrFile = values.hr;
      try {
        const h = parseHrCsv(await io.readFile(hrFile), { file: hrFile, maxDiagnostics });
        hr = h.records;
        reports.push({ file: hrFile, kind: 'hr', read: h.read, rejected: h.rejected, fatal: h.fatal, diagnostics: h.diagnostics, errors: h.errors, warnings: h.warnings });
      } catch (error) {
        unreadable.push(`${hrFile}: ${errorMessage(error)}`);
      }
    }
    try {
      const r = await readAMelding(
        xml.map((name) => ({ name, content: io.readStream(name) })),
        { maxDiagnostics, ...(year === undefined ? {} : { year }), ...(values.hr === undefined ? {} : { hr, hrFile: values.hr }) },
      );
      // one entry per XML file; problems not tied to one file go to the first
      const byFile = new Map<string, Diagnostic[]>(xml.map((f) => [f, []]));
      for (const d of r.diagnostics) {
        const list = (d.file !== undefined ? byFile.get(d.file) : undefined) ?? (byFile.get(xml[0] as string) as Diagnostic[]);
        list.push(d);
      }
      // counts per file from the problems listed; those counted but not listed go to the first file
      const count = (ds: readonly Diagnostic[], s: Diagnostic['severity']): number => ds.filter((d) => d.severity === s).length;
      const listedErrors = count(r.diagnostics, 'error');
      const listedWarnings = count(r.diagnostics, 'warning');
      xml.forEach((file, i) => {
        const ds = byFile.get(file) ?? [];
        reports.push({
          file,
          kind: 'a-melding',
          read: i === 0 ? r.read : 0,
          rejected: i === 0 ? r.rejected : 0,
          fatal: r.fatal,
          diagnostics: ds,
          errors: count(ds, 'error') + (i === 0 ? r.errors - listedErrors : 0),
          warnings: count(ds, 'warning') + (i === 0 ? r.warnings - listedWarnings : 0),
        });
      });
    } catch (error) {
      unreadable.push(`${xml.join(', ')}: ${errorMessage(error)}`);
    }
  }

  const files = reports.map((r) => ({
    file: r.file,
    kind: r.kind,
    read: r.read,
    rejected: r.rejected,
    fatal: r.fatal,
    errors: r.errors,
    warnings: r.warnings,
    diagnostics: r.diagnostics.map((d) => ({ ...d, message: formatDiagnostic(d, lang) })),
  }));
  const errors = files.reduce((a, f) => a + f.errors, 0);
  const warnings = files.reduce((a, f) => a + f.warnings, 0);

  if (format === 'json') {
    io.stdout(JSON.stringify({ files, errors, warnings, ...(unreadable.length > 0 ? { unreadable } : {}) }, null, 2) + '\n');
  } else {
    for (const f of files) {
      const rows = f.kind === 'a-melding' ? 'employments' : 'rows';
      io.stdout(`${f.file}: ${f.errors} error(s), ${f.warnings} warning(s); ${f.read} ${rows} read, ${f.rejected} left out${f.fatal ? ' — cannot be used' : ''}\n`);
      for (const d of f.diagnostics) io.stdout(`  ${d.severity.padEnd(7)} ${d.message}\n`);
    }
    io.stdout(`${errors} error(s), ${warnings} warning(s) in ${files.length} file(s)\n`);
  }
  for (const u of unreadable) io.stderr(`likestilling validate: cannot read ${u}\n`);
  if (unreadable.length > 0) return 2;
  return errors > 0 ? 1 : 0;
};
