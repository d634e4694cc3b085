import { inputIssue, LikestillingInputError } from '../_lib/input.js';
import type { Employee } from '../models/employee.js';
import type { PersonTable } from './_lib/personTable.js';
import type { Dictionary } from './_lib/dictionary.js';
import type { KeyIndex } from './_lib/keyIndex.js';
import { type StatisticsOptions } from './StatisticsOptionsSchema.js';
import type { ResolvedStatisticsOptions } from './types.js';
import { expecting } from '../locales/index.js';
import { requirePartial, requireRecords, resolve } from './accumulate/inputs.js';
import { PersonTableAccumulator } from './accumulate/recordPass.js';

export { requirePartial, requireRecords, resolve };

/** The internal state of a partial mapping: the person table and its dictionaries. @internal */
export interface PartialState {
  readonly table: PersonTable;
  readonly levels: Dictionary;
  readonly groups: Dictionary;
  readonly units: Dictionary;
  /** Person key → row, when persons are merged (DEF-POP). */
  readonly index: KeyIndex | null;
}

/** Counts of records left out at record level (the rest are counted per person at finalize). */
export interface RecordExclusions {
  /** Not active on the reference date (some of them still count for parental leave, DEF-REF). */
  readonly notActive: number;
  /** Employment kind outside the population (DEF-POP). */
  readonly kindExcluded: number;
  /** Malformed records (bad date text, unsafe money) that no figure can use. */
  readonly invalid: number;
}

/**
 * A partial mapping (*delkartlegging*): the mergeable state of the statistics engine for a part
 * of a payroll. Opaque: combine with {@link mergePartialMappings}, turn into figures with
 * {@link finalizeMapping}. Its state is one row per person, so persons are merged correctly
 * (DEF-POP) even when one person's employments fall into different parts.
 *
 * @example
 * ```ts
 * const partial = accumulateMapping(records, { year: 2025 });
 * partial.records; // number of records read
 * ```
 */
export interface PartialMapping {
  readonly kind: 'likestilling.partial-mapping';
  readonly options: ResolvedStatisticsOptions;
  /** Records read. */
  readonly records: number;
  readonly recordExclusions: RecordExclusions;
  /** @internal */
  readonly state: PartialState;
}

/**
 * An appendable partial mapping (*delkartlegging under arbeid*): feed it employment records batch
 * by batch with `add`, then take the {@link PartialMapping} with `partial()`. This is how a reader
 * that streams a payroll hands each batch to the statistics as soon as it is read, so the records
 * never need to be held all at once. The state is the accumulator's own; the records given are not
 * changed or kept.
 *
 * @example
 * ```ts
 * const acc = createMappingAccumulator({ year: 2025 });
 * acc.add(firstBatch);
 * acc.add(secondBatch);
 * const mapping = finalizeMapping(acc.partial());
 * ```
 */
export interface MappingAccumulator {
  /** The resolved options every batch is read with. */
  readonly options: ResolvedStatisticsOptions;
  /** Records added so far. */
  readonly records: number;
  /**
   * Reads a batch of records (in one pass; the order of batches and of records does not change the result).
   * @throws {@link LikestillingInputError} when `records` is not an array (a malformed record in it is
   *   counted as `invalid-record`, not thrown)
   * @throws Error after `partial()` was taken
   */
  add(records: readonly Employee[]): void;
  /**
   * The partial mapping of every record added. Ends the accumulator: a later `add` throws.
   * @throws Error when called a second time
   */
  partial(): PartialMapping;
}

/**
 * Creates a {@link MappingAccumulator}: `accumulateMapping(records, o)` is
 * `createMappingAccumulator(o)` with every record added, then `partial()`.
 *
 * @param options - statistics options (only `year` is required), or a mapping's resolved `options`
 * @param expectedRecords - how many records will come, if known (sizes the person table once; it grows otherwise)
 * @returns an empty accumulator
 * @throws {@link LikestillingInputError} when the options are invalid (`options.fiscalYearEnd` …)
 *   or `expectedRecords` is not a whole number ≥ 0
 * @example
 * ```ts
 * import { createReadStream } from 'node:fs';
 * import { readEmployeesCsv } from 'likestilling/csv';
 *
 * const acc = createMappingAccumulator({ year: 2025 });
 * const read = await readEmployeesCsv(createReadStream('employees.csv'), { onRecords: (batch) => acc.add(batch) });
 * const mapping = finalizeMapping(acc.partial()); // read.diagnostics tells what was rejected
 * ```
 */
export function createMappingAccumulator(options: StatisticsOptions | ResolvedStatisticsOptions, expectedRecords = 0): MappingAccumulator {
  const resolved = resolve('createMappingAccumulator', options);
  if (!Number.isSafeInteger(expectedRecords) || expectedRecords < 0) {
    throw new LikestillingInputError('createMappingAccumulator', [inputIssue(['expectedRecords'], 'invalid_value', expecting('wholeNumberAtLeast0'))]);
  }
  return new PersonTableAccumulator(resolved, expectedRecords);
}

/**
 * Reads employment records into a mergeable partial mapping, in one pass. Pure: the records are
 * not changed. `computeMapping(r, o)` is `finalizeMapping(accumulateMapping(r, o))`; for records
 * that arrive in batches, see {@link createMappingAccumulator}.
 *
 * Which records count (DEF-POP, DEF-REF): kinds in `includeKinds`; active on the reference date
 * (start ≤ date ≤ end) for every stock figure; for parental leave (a flow) by default every
 * employment overlapping the financial year. Several employments of one person (same `personId`,
 * else same `employeeId`) are one person: position percents and pay summed, leave summed, the
 * main employment (active, then largest position) gives level, group, unit and contract.
 *
 * @param records - parsed employee records ({@link EmployeeSchema} output)
 * @param options - statistics options (only `year` is required), or a mapping's resolved `options`
 * @returns the partial mapping
 * @throws {@link LikestillingInputError} when `records` is not an array or the options are invalid
 *   (`options.year` …); a malformed record is counted as `invalid-record`, not thrown
 * @example
 * ```ts
 * const a = accumulateMapping(januaryToJune, { year: 2025 });
 * const b = accumulateMapping(julyToDecember, { year: 2025 });
 * const mapping = finalizeMapping(mergePartialMappings(a, b));
 * ```
 */
export function accumulateMapping(records: readonly Employee[], options: StatisticsOptions | ResolvedStatisticsOptions): PartialMapping {
  return accumulate('accumulateMapping', records, options, false);
}

/**
 * {@link accumulateMapping} for the entry point `entry` (the name its input errors carry).
 * @internal
 */
export function accumulate(
  entry: string,
  records: readonly Employee[],
  options: StatisticsOptions | ResolvedStatisticsOptions,
  shared: boolean,
): PartialMapping {
  const resolved = resolve(entry, options);
  requireRecords(entry, records);
  const acc = new PersonTableAccumulator(resolved, records.length, shared);
  acc.add(records);
  return acc.partial();
}

/**
 * {@link accumulateMapping} into a person table in a `SharedArrayBuffer`, for a worker thread of
 * `likestilling/node` to read without a copy (same partial mapping otherwise).
 * @internal
 */
export function accumulateMappingShared(
  records: readonly Employee[],
  options: StatisticsOptions | ResolvedStatisticsOptions,
  entry = 'accumulateMapping',
): PartialMapping {
  return accumulate(entry, records, options, true);
}
