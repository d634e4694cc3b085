/**
 * The records themselves, for the gap analysis (`likestilling analyse`, and `report` with a
 * project's `analysis`): the same inputs as `report` reads — one employee CSV (canonical, or an
 * export through the mapping, profile and pay codes) or a year of a-melding files with the HR
 * file — kept in memory, with the mapping made from them. A file that cannot be read is a usage
 * error, as for `report`. @internal
 */
import type { Readable } from 'node:stream';
import { readEmployeesCsv } from '../../io/csv/readEmployeesCsv.js';
import type { Language } from '../../locales/index.js';
import type { Employee } from '../../models/employee.js';
import { computeMapping } from '../../statistics/computeMapping.js';
import type { StatisticsOptions } from '../../statistics/StatisticsOptionsSchema.js';
import type { Mapping } from '../../statistics/types.js';
import type { CliIO } from '../io.js';
import { csvReport, oneDataSet, readMeldingRecords, readProfile, type DataArgs, type FileReport } from './inputs.js';
import { cannotRead, isReadError } from './json.js';
import { progressLine } from './progress.js';

/** What was read: the files' reports, the records (`null` when the data cannot serve any figure) and their mapping. @internal */
export interface RecordsRead {
  readonly reports: readonly FileReport[];
  readonly records: readonly Employee[] | null;
  readonly mapping: Mapping | null;
}

/** Reads the records of one data set, as `report` reads them. @internal */
export async function readRecords(io: CliIO, args: DataArgs, statistics: StatisticsOptions, lang: Language): Promise<RecordsRead> {
  const { xml, csv } = oneDataSet(args);
  const done = (reports: readonly FileReport[], records: readonly Employee[] | null): RecordsRead => ({
    reports,
    records,
    mapping: records === null ? null : computeMapping(records, statistics),
  });
  if (xml.length > 0) {
    const { reports, records } = await readMeldingRecords(io, xml, args, statistics, lang);
    return done(reports, records);
  }
  const file = csv[0] as string;
  const profile = await readProfile(io, args, lang);
  const bar = progressLine(io, lang, args.quiet, file, io.fileSize === undefined ? undefined : await io.fileSize(file).catch(() => undefined));
  try {
    let stream: Readable;
    try {
      stream = io.readStream(file);
    } catch (error) {
      throw cannotRead(file, error);
    }
    const imported = await readEmployeesCsv(stream, { ...profile, file, year: statistics.year, onProgress: bar.update });
    return done([csvReport(file, imported)], imported.fatal ? null : imported.records);
  } catch (error) {
    if (isReadError(error)) throw cannotRead(file, error);
    throw error;
  } finally {
    bar.done();
  }
}
