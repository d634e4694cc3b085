/**
 * How the command line reads data, the same for `validate` and `report` (issue 16, item 2): every
 * input the library reads — the canonical employee CSV; an HR or spreadsheet export through a
 * column mapping (`--mapping`), an import profile (`--profile`) and a pay-code table
 * (`--pay-codes`); a year of a-melding files (`*.xml`) joined with an HR file (`--hr`). `validate`
 * lists every problem of every file; `report` turns the same records into the mapping. @internal
 */
import type { Readable } from 'node:stream';
import type { Diagnostic } from '../../_lib/diagnostics.js';
import { parseHrCsv } from '../../io/a-melding/parseHrCsv.js';
import type { HrRecord } from '../../io/a-melding/hrRecord.js';
import { readAMelding } from '../../io/a-melding/readAMelding.js';
import { ColumnMappingSchema } from '../../io/csv/columnMapping.js';
import { CsvImportProfileSchema, type CsvImportProfileInput, type CsvImportResult } from '../../io/csv/csvImportOptions.js';
import { PayCodeTableSchema } from '../../io/csv/payCodeTable.js';
import { readEmployeesCsv } from '../../io/csv/readEmployeesCsv.js';
import type { Language } from '../../locales/index.js';
import type { Employee } from '../../models/employee.js';
import { createMappingAccumulator } from '../../statistics/accumulateMapping.js';
import { finalizeMapping } from '../../statistics/finalizeMapping.js';
import type { StatisticsOptions } from '../../statistics/StatisticsOptionsSchema.js';
import type { Mapping } from '../../statistics/types.js';
import { CliUsageError, type CliIO } from '../io.js';
import { cannotRead, checkJson, isReadError, readJsonFile } from './json.js';
import { progressLine } from './progress.js';

/** Where the data come from, as the options of `validate` and `report` give it. */
export interface DataArgs {
  readonly files: readonly string[];
  /** `--mapping`: a column mapping `{ "their header": "field" }` (or, as before, an import profile). */
  readonly mapping?: string | undefined;
  /** `--profile`: an import profile `{ columnMapping, payCodes, annualColumns, delimiter, decimal, encoding }`. */
  readonly profile?: string | undefined;
  /** `--pay-codes`: a pay-code table `{ "1000": "basePay", … }`. */
  readonly payCodes?: string | undefined;
  /** `--hr`: the HR file joined to the a-melding. */
  readonly hr?: string | undefined;
  readonly year?: number | undefined;
  /** The fiscal year's end (from the employer), for the a-melding's months. */
  readonly fiscalYearEnd?: string | undefined;
  readonly maxDiagnostics: number;
  /** No progress line (`--quiet`). */
  readonly quiet: boolean;
  /** Option names in messages: `--mapping` (command line) or `data.mapping` (config). */
  readonly labels?: { readonly mapping: string; readonly profile: string; readonly payCodes: string };
}

/** What one input file (or the set of a-melding files) gave. */
export interface FileReport {
  readonly kind: 'csv' | 'hr' | 'a-melding';
  /** The file; for the a-melding, every file of the set. */
  readonly files: readonly string[];
  /** Employments (a-melding) or data rows read, and of them left out of the figures. */
  readonly read: number;
  readonly rejected: number;
  readonly fatal: boolean;
  /** The problems listed (the first `maxDiagnostics`, then a `diagnostics_truncated` line). */
  readonly diagnostics: readonly Diagnostic[];
  /** Every problem, listed or not. */
  readonly errors: number;
  readonly warnings: number;
  /** The a-melding: the months read (`YYYY-MM`). */
  readonly months?: readonly string[];
  /** The CSV: how its columns were read (field → the file's headers), and the headers not read. */
  readonly columns?: { readonly fields: Readonly<Record<string, readonly string[]>>; readonly ignored: readonly string[] };
}

/** A file that could not be read at all. */
export interface Unreadable {
  readonly file: string;
  readonly reason: 'missing' | 'denied' | 'folder' | 'other';
}

const PROFILE_KEYS = ['columnMapping', 'payCodes', 'annualColumns', 'delimiter', 'decimal', 'encoding', 'year', 'organisationNumber', 'maxDiagnostics'];

/** The files of the a-melding (`.xml`) and the others (CSV). */
export function splitFiles(files: readonly string[]): { readonly xml: readonly string[]; readonly csv: readonly string[] } {
  return { xml: files.filter((f) => f.toLowerCase().endsWith('.xml')), csv: files.filter((f) => !f.toLowerCase().endsWith('.xml')) };
}

/** The import profile of the CSV files: `--profile`, its column mapping completed by `--mapping`, `--pay-codes`, the year. */
export async function readProfile(io: CliIO, args: DataArgs, lang: Language): Promise<CsvImportProfileInput> {
  const labels = args.labels ?? { mapping: '--mapping', profile: '--profile', payCodes: '--pay-codes' };
  let profile: CsvImportProfileInput = {};
  if (args.profile !== undefined)
    profile = checkJson(CsvImportProfileSchema, await readJsonFile(io, args.profile, labels.profile, lang), labels.profile, args.profile, lang);
  if (args.mapping !== undefined) {
    const json = await readJsonFile(io, args.mapping, labels.mapping, lang);
    // a file with the keys of a profile is one (as `--mapping` took before `--profile` came)
    const isProfile = typeof json === 'object' && json !== null && !Array.isArray(json) && Object.keys(json).some((k) => PROFILE_KEYS.includes(k));
    if (isProfile) {
      const p = checkJson(CsvImportProfileSchema, json, labels.mapping, args.mapping, lang);
      profile = { ...profile, ...p, columnMapping: { ...profile.columnMapping, ...p.columnMapping } };
    } else profile = { ...profile, columnMapping: { ...profile.columnMapping, ...checkJson(ColumnMappingSchema, json, labels.mapping, args.mapping, lang) } };
  }
  if (args.payCodes !== undefined) {
    profile = {
      ...profile,
      payCodes: {
        ...profile.payCodes,
        ...checkJson(PayCodeTableSchema, await readJsonFile(io, args.payCodes, labels.payCodes, lang), labels.payCodes, args.payCodes, lang),
      },
    };
  }
  if (args.year !== undefined) profile = { ...profile, year: args.year };
  return { ...profile, maxDiagnostics: profile.maxDiagnostics ?? args.maxDiagnostics };
}

/** What `validate` and `report` say of one CSV file: its counts, diagnostics and columns. @internal */
export function csvReport(file: string, r: CsvImportResult): FileReport {
  return {
    kind: 'csv',
    files: [file],
    read: r.read,
    rejected: r.rejected,
    fatal: r.fatal,
    diagnostics: r.diagnostics,
    errors: r.errors,
    warnings: r.warnings,
    columns: { fields: r.columns.fields, ignored: r.columns.ignored },
  };
}

/** The HR file of the a-melding: its report and its records, or the reason it cannot be read. */
export async function readHr(io: CliIO, file: string, maxDiagnostics: number): Promise<{ report: FileReport; records: readonly HrRecord[] } | Unreadable> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (error) {
    return unreadable(file, error);
  }
  const h = parseHrCsv(bytes, { file, maxDiagnostics });
  return {
    report: {
      kind: 'hr',
      files: [file],
      read: h.read,
      rejected: h.rejected,
      fatal: h.fatal,
      diagnostics: h.diagnostics,
      errors: h.errors,
      warnings: h.warnings,
    },
    records: h.records,
  };
}

function unreadable(file: string, error: unknown): Unreadable {
  const e = cannotRead(file, error);
  return { file, reason: (e.params as { reason: Unreadable['reason'] }).reason };
}

/** The a-melding files as streams; the first that cannot be opened is unreadable. */
function openStreams(io: CliIO, files: readonly string[]): { name: string; content: Readable }[] | Unreadable {
  const out: { name: string; content: Readable }[] = [];
  for (const name of files) {
    try {
      out.push({ name, content: io.readStream(name) });
    } catch (error) {
      return unreadable(name, error);
    }
  }
  return out;
}

/** Reads the a-melding set: its report and its records (nothing when a file cannot be read). */
export async function readYear(
  io: CliIO,
  xml: readonly string[],
  args: DataArgs,
  hr: readonly HrRecord[] | undefined,
  lang: Language,
): Promise<{ report: FileReport; records: readonly Employee[] } | Unreadable> {
  const streams = openStreams(io, xml);
  if (!Array.isArray(streams)) return streams;
  const sizes = await Promise.all(xml.map(async (f) => (io.fileSize === undefined ? undefined : await io.fileSize(f).catch(() => undefined))));
  const total = sizes.every((s) => s !== undefined) ? sizes.reduce<number>((a, s) => a + s, 0) : undefined;
  const done = new Array<number>(xml.length).fill(0);
  const bar = progressLine(io, lang, args.quiet, xml.length === 1 ? (xml[0] as string) : `${xml[0] ?? ''} …`, total);
  try {
    const r = await readAMelding(streams, {
      maxDiagnostics: args.maxDiagnostics,
      ...(args.year === undefined ? {} : { year: args.year }),
      ...(args.fiscalYearEnd === undefined ? {} : { fiscalYearEnd: args.fiscalYearEnd }),
      ...(hr === undefined || args.hr === undefined ? {} : { hr, hrFile: args.hr }),
      onProgress: (p) => {
        done[p.fileIndex] = p.bytes;
        bar.update(done.reduce((a, b) => a + b, 0));
      },
    });
    return {
      report: {
        kind: 'a-melding',
        files: xml,
        read: r.read,
        rejected: r.rejected,
        fatal: r.fatal,
        diagnostics: r.diagnostics,
        errors: r.errors,
        warnings: r.warnings,
        months: r.months,
      },
      records: r.records,
    };
  } catch (error) {
    if (isReadError(error)) return unreadable(xml.find((f) => (error as { path?: unknown }).path === f) ?? xml.join(', '), error);
    throw error;
  } finally {
    bar.done();
  }
}

/**
 * `validate`: every file read and checked, one by one (CSV) or together (a year of a-melding
 * files with their HR file). A file that cannot be read is listed apart.
 */
export async function readForValidation(
  io: CliIO,
  args: DataArgs,
  lang: Language,
): Promise<{ readonly reports: readonly FileReport[]; readonly unreadable: readonly Unreadable[] }> {
  const { xml, csv } = splitFiles(args.files);
  if (args.hr !== undefined && xml.length === 0) throw new CliUsageError('hrNeedsXml');
  const profile = await readProfile(io, args, lang);
  const reports: FileReport[] = [];
  const unread: Unreadable[] = [];
  for (const file of csv) {
    let stream: Readable;
    try {
      stream = io.readStream(file);
    } catch (error) {
      unread.push(unreadable(file, error));
      continue;
    }
    const bar = progressLine(io, lang, args.quiet, file, io.fileSize === undefined ? undefined : await io.fileSize(file).catch(() => undefined));
    try {
      reports.push(csvReport(file, await readEmployeesCsv(stream, { ...profile, file, onProgress: bar.update })));
    } catch (error) {
      if (!isReadError(error)) throw error;
      unread.push(unreadable(file, error));
    } finally {
      bar.done();
    }
  }
  if (xml.length > 0) {
    let hr: readonly HrRecord[] | undefined;
    if (args.hr !== undefined) {
      const h = await readHr(io, args.hr, args.maxDiagnostics);
      if ('reason' in h) unread.push(h);
      else {
        reports.push(h.report);
        hr = h.records;
      }
    }
    const year = await readYear(io, xml, args, hr, lang);
    if ('reason' in year) unread.push(year);
    else reports.push(year.report);
  }
  return { reports, unreadable: unread };
}

/** What `report` read: the files' reports and the mapping (`null` when the data cannot serve any figure). */
export interface MappingRead {
  readonly reports: readonly FileReport[];
  readonly mapping: Mapping | null;
}

/** The files of one data set (one CSV, or a year of a-melding files with its HR file), or a usage error. @internal */
export function oneDataSet(args: DataArgs): { readonly xml: readonly string[]; readonly csv: readonly string[] } {
  const { xml, csv } = splitFiles(args.files);
  if (args.files.length === 0) throw new CliUsageError('noData');
  if (csv.length > 1 || (csv.length > 0 && xml.length > 0)) throw new CliUsageError('oneDataSet');
  if (args.hr !== undefined && xml.length === 0) throw new CliUsageError('hrNeedsXml');
  return { xml, csv };
}

/** A year of a-melding files with the HR file: the reports and the records (`null` when the set is fatal); a file that cannot be read is a usage error. @internal */
export async function readMeldingRecords(
  io: CliIO,
  xml: readonly string[],
  args: DataArgs,
  statistics: StatisticsOptions,
  lang: Language,
): Promise<{ readonly reports: readonly FileReport[]; readonly records: readonly Employee[] | null }> {
  let hr: readonly HrRecord[] | undefined;
  const reports: FileReport[] = [];
  if (args.hr !== undefined) {
    const h = await readHr(io, args.hr, args.maxDiagnostics);
    if ('reason' in h) throw new CliUsageError('cannotRead', h);
    reports.push(h.report);
    hr = h.records;
  }
  const year = await readYear(io, xml, { ...args, year: statistics.year, fiscalYearEnd: statistics.fiscalYearEnd ?? args.fiscalYearEnd }, hr, lang);
  if ('reason' in year) throw new CliUsageError('cannotRead', year);
  reports.push(year.report);
  return { reports, records: year.report.fatal ? null : year.records };
}

/**
 * `report`: the mapping of one employee CSV (canonical, or an export through the mapping, profile
 * and pay codes) or of a year of a-melding files (with the HR file). A big CSV file is read on two
 * threads when the I/O can (`mapEmployeesCsvFile`). A file that cannot be read is a usage error.
 */
export async function readForMapping(io: CliIO, args: DataArgs, statistics: StatisticsOptions, lang: Language): Promise<MappingRead> {
  const { xml, csv } = oneDataSet(args);
  if (xml.length > 0) {
    const { reports, records } = await readMeldingRecords(io, xml, args, statistics, lang);
    if (records === null) return { reports, mapping: null };
    const accumulator = createMappingAccumulator(statistics);
    accumulator.add(records);
    return { reports, mapping: finalizeMapping(accumulator.partial()) };
  }
  const file = csv[0] as string;
  const profile = await readProfile(io, args, lang);
  const bar = progressLine(io, lang, args.quiet, file, io.fileSize === undefined ? undefined : await io.fileSize(file).catch(() => undefined));
  try {
    const options = { ...profile, file, year: statistics.year, onProgress: bar.update };
    if (io.mapEmployeesCsvFile !== undefined) {
      const r = await io.mapEmployeesCsvFile(file, { statistics, csv: options });
      return { reports: [csvReport(file, r.imported)], mapping: r.mapping };
    }
    let stream: Readable;
    try {
      stream = io.readStream(file);
    } catch (error) {
      throw cannotRead(file, error);
    }
    const accumulator = createMappingAccumulator(statistics);
    const imported = await readEmployeesCsv(stream, { ...options, onRecords: (batch) => accumulator.add(batch) });
    return { reports: [csvReport(file, imported)], mapping: imported.fatal ? null : finalizeMapping(accumulator.partial()) };
  } catch (error) {
    if (isReadError(error)) throw cannotRead(file, error);
    throw error;
  } finally {
    bar.done();
  }
}
