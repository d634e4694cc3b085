/**
 * Problems as data (zod v4 style): a code, a severity, where (file, record, path) and typed
 * parameters. Message text lives apart, in `messages.ts`, in bokmål and English.
 * A diagnostic never carries a national id, a name or a pay amount: `found` is only filled for
 * non-personal fields.
 */

/** Every diagnostic code the library can emit. Add new codes here and a message in `messages.ts`. */
export const DIAGNOSTIC_CODES = [
  // generic schema problems
  'invalid_type',
  'invalid_value',
  'required',
  'unknown_field',
  'special_category_field',
  'too_small',
  'too_big',
  'invalid_format',
  // identifiers
  'invalid_org_number',
  'invalid_national_id',
  'duplicate_employee_id',
  // records
  'invalid_number',
  'invalid_date',
  'end_before_start',
  'negative_pay',
  'position_percent_out_of_range',
  'position_percent_zero_or_missing',
  'position_percent_above_100',
  'unknown_sex_value',
  'sex_derived_from_national_id',
  'too_many_decimals',
  'person_sex_inconsistent',
  // files
  'missing_columns',
  'unreadable_file',
  'not_a_melding',
  'wrong_namespace',
  'mixed_legal_entities',
  'mixed_years',
  'unknown_pay_code',
  'invalid_column_mapping',
  'invalid_encoding',
  'optional_columns_missing',
  'malformed_row',
  'sex_missing',
  // a-melding
  'missing_reference_month',
  'duplicate_delivery',
  'employment_not_in_reference_month',
  'income_not_linked',
  'hr_record_unmatched',
  'no_base_pay_in_reference_month',
  // cycle / statement
  'missing_representatives',
  'measure_without_finding',
  'unknown_reference',
  'missing_statement_element',
  'missing_figure',
  'stale_biennial_figures',
  // cli
  'invalid_argument',
] as const;

/** A diagnostic code. */
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

/** `error` stops the figure it affects; `warning` is reported with it. */
export type Severity = 'error' | 'warning';

/**
 * One problem found in input data, as data.
 *
 * - `file`: the file name, when the input came from a file.
 * - `record`: 1-based row (CSV data row, header excluded unless stated), line or record index.
 * - `path`: the field path inside the record (`['pay', 'basePay']`) or an XPath-like element
 *   path for XML (`['melding', 'Leveranse', 'oppgave', 'virksomhet', 0, 'inntektsmottaker', 3]`).
 * - `expected` / `found`: what was expected and, only for non-personal fields, what was found.
 * - `params`: typed extra parameters for the message (counts, thresholds, column names).
 */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly file?: string;
  readonly record?: number;
  readonly path: readonly (string | number)[];
  readonly expected?: string;
  readonly found?: string;
  readonly params?: Readonly<Record<string, string | number | readonly string[]>>;
}
