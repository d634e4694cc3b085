/**
 * The input checks of the statistics' entry points: records, partial mappings, options.
 * @internal
 * @module
 */
import { inputIssue, LikestillingInputError, parseInput, type InputPath } from '../../_lib/input.js';
import { PersonTable } from '../_lib/personTable.js';
import { StatisticsOptionsSchema, type StatisticsOptions } from '../StatisticsOptionsSchema.js';
import type { ResolvedStatisticsOptions } from '../types.js';
import { expecting } from '../../locales/index.js';

import type { PartialMapping } from '../accumulateMapping.js';

/**
 * Throws `entry`'s input error unless `records` is an array. The records themselves are not parsed
 * again: the record pass checks what it reads and counts a malformed record as `invalid-record`.
 * @internal
 */
export function requireRecords(entry: string, records: unknown, path: InputPath = ['records']): void {
  if (!Array.isArray(records))
    throw new LikestillingInputError(entry, [inputIssue(path, records === undefined ? 'required' : 'invalid_type', expecting('parsedRecords'))]);
}

/**
 * Throws `entry`'s input error unless `partial` is a partial mapping of this library
 * (from `accumulateMapping`, `mergePartialMappings`, `deserializePartialMapping` …).
 * @internal
 */
export function requirePartial(entry: string, partial: unknown, path: InputPath): asserts partial is PartialMapping {
  const p = partial as Partial<PartialMapping> | null | undefined;
  if (
    typeof p === 'object' &&
    p !== null &&
    p.kind === 'likestilling.partial-mapping' &&
    typeof p.state === 'object' &&
    p.state !== null &&
    p.state.table instanceof PersonTable
  )
    return;
  throw new LikestillingInputError(entry, [inputIssue(path, partial === undefined ? 'required' : 'invalid_type', expecting('partialMapping'))]);
}

/**
 * The resolved statistics options of `entry`'s `options` (paths `options.year` …).
 * @internal
 */
export function resolve(entry: string, options: StatisticsOptions | ResolvedStatisticsOptions, path: InputPath = ['options']): ResolvedStatisticsOptions {
  if (typeof options === 'object' && options !== null && 'fiscalYearStart' in options && 'fiscalYearLast' in options) {
    // Already resolved (e.g. a Mapping's `options`): re-validate the user-settable part.
    const rest: Record<string, unknown> = { ...options };
    delete rest['fiscalYearStart'];
    delete rest['fiscalYearLast'];
    return parseInput(entry, StatisticsOptionsSchema, rest, path);
  }
  return parseInput(entry, StatisticsOptionsSchema, options, path);
}
