import { z } from 'zod';
import { PAY_COMPONENTS } from '../../models/employee.js';

/**
 * The fields a CSV column can feed. The canonical header of the interchange format (issue 3) is
 * `employeeId, gender, employmentKind, contract, positionPercent, startDate, endDate, unit,
 * jobLevel, jobGroup, basePay, fixedAllowances, irregularAllowances, bonus, overtime,
 * benefitsInKind, parentalLeaveWeeks, involuntaryPartTime`; the others are optional extras an HR
 * export may carry:
 * - `personId`: the person, when one person has several employments (DEF-POP merges them);
 * - `nationalId` (*fødselsnummer*): validated (mod 11) and used only as a flagged fallback source of
 *   sex when the sex cell is empty or there is no sex column; never copied into a record;
 * - `occupationCode` (*yrkeskode*, STYRK), kept as text;
 * - `fullTimeHoursPerWeek`: the employment's full-time weekly hours (a-melding
 *   `antallTimerPerUkeSomEnFullStillingTilsvarer`; more than 0, at most 168, two decimals), read by
 *   the pay-transparency indicators (TRN-1); a bad value is a warning and is left out;
 * - `organisationNumber` (*organisasjonsnummer*) and `year`: validated and checked to be the same on
 *   every row (one legal entity, one year per file);
 * - `payCode` (*lønnsart*) and `payAmount`: the **long** layout, one row per pay line (see
 *   {@link PayCodeTableSchema}).
 *
 * `ignore` (only in a column mapping) skips a column on purpose.
 *
 * @example
 * ```ts
 * CSV_FIELDS.includes('nationalId'); // true
 * ```
 */
export const CSV_FIELDS = [
  'employeeId',
  'personId',
  'gender',
  'nationalId',
  'employmentKind',
  'contract',
  'positionPercent',
  'startDate',
  'endDate',
  'unit',
  'jobLevel',
  'jobGroup',
  'occupationCode',
  ...PAY_COMPONENTS,
  'parentalLeaveWeeks',
  'involuntaryPartTime',
  'fullTimeHoursPerWeek',
  'organisationNumber',
  'year',
  'payCode',
  'payAmount',
] as const;
/** A CSV field. See {@link CSV_FIELDS}. */
export type CsvField = (typeof CSV_FIELDS)[number];

/**
 * The header of the canonical interchange CSV (issue 3), in order.
 *
 * @example
 * ```ts
 * const header = CANONICAL_CSV_HEADER.join(','); // 'employeeId,gender,employmentKind,…'
 * ```
 */
export const CANONICAL_CSV_HEADER = [
  'employeeId',
  'gender',
  'employmentKind',
  'contract',
  'positionPercent',
  'startDate',
  'endDate',
  'unit',
  'jobLevel',
  'jobGroup',
  'basePay',
  'fixedAllowances',
  'irregularAllowances',
  'bonus',
  'overtime',
  'benefitsInKind',
  'parentalLeaveWeeks',
  'involuntaryPartTime',
] as const satisfies readonly CsvField[];

/**
 * A column mapping (*kolonneoppsett*): the file's header → our field (or `ignore`), as JSON.
 * Headers not in the mapping are matched against the canonical names (case-insensitive), then
 * against the pay-code table. Several columns may map to the same pay field: they are summed.
 *
 * @example
 * ```ts
 * const mapping = ColumnMappingSchema.parse({
 *   'Ansattnr': 'employeeId', 'Kjønn': 'gender', 'Stillingsprosent': 'positionPercent',
 *   'Ansatt fra': 'startDate', 'Fastlønn': 'basePay', 'Navn': 'ignore',
 * });
 * ```
 */
export const ColumnMappingSchema = z.record(z.string().min(1), z.enum([...CSV_FIELDS, 'ignore']));
/** A column mapping after parsing. See {@link ColumnMappingSchema}. */
export type ColumnMapping = z.output<typeof ColumnMappingSchema>;
