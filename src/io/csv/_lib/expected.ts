/**
 * What a CSV cell or row should have been, for the diagnostics of the CSV reader.
 * @internal
 */
import { INPUT_LIMITS } from '../../../_lib/diagnostics.js';
import type { Expected } from '../../../_lib/input.js';
import { expecting } from '../../../locales/index.js';
import type { RowProblem } from './csvRow.js';

/** A date cell. @internal */
export const DATE_EXPECTED = expecting('csvDate');
/** What a malformed row should have had. @internal */
export const PROBLEM_EXPECTED: Readonly<Record<RowProblem, Expected>> = {
  unterminated_quote: expecting('closingQuote'),
  text_after_closing_quote: expecting('delimiterAfterQuote'),
  field_too_long: expecting('fieldLength', { limit: INPUT_LIMITS.fieldLength }),
};
/** A number cell. @internal */
export const NUMBER_EXPECTED = expecting('csvNumber');
/** At most two decimals. @internal */
export const TWO_DECIMALS = expecting('twoDecimals');
/** A sex cell. @internal */
export const SEX_EXPECTED = expecting('csvSex');
/** An employment-kind cell. @internal */
export const KIND_EXPECTED = expecting('csvKind');
/** A contract-form cell. @internal */
export const CONTRACT_EXPECTED = expecting('csvContract');
/** A yes/no cell. @internal */
export const BOOLEAN_EXPECTED = expecting('csvBoolean');
/** An amount of zero or more. @internal */
export const ZERO_OR_MORE = expecting('zeroOrMore');
/** Parental-leave weeks, 0–53. @internal */
export const WEEKS = expecting('weeks0to53');
/** Full-time weekly hours, at most 168. @internal */
export const FULL_TIME_HOURS = expecting('bound', { origin: 'number', op: '≤', bound: '168' });
