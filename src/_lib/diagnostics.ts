/**
 * Problems as data (zod v4 style): a code, a severity, where (file, record, path), typed
 * parameters and what was expected (as an expectation key with parameters). Message text lives
 * apart, in the catalogues of `src/locales/` (bokmål, nynorsk, English).
 * A diagnostic never carries a national id, a D-number, a name or a pay amount: what a reader
 * found in a cell is quoted (`found`) only when it cannot be one of those, and otherwise described
 * by its shape (`foundShape`: "11 digits", "a number", "text"); see {@link describeFound}.
 */
import type { Expectation } from '../locales/index.js';

/**
 * Every diagnostic code the library can emit. Add new codes here, their parameters to
 * `DiagnosticParams` and a message to each catalogue in `src/locales/`.
 */
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
  'too_deep',
  'forbidden_key',
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
  'column_recognised',
  'column_not_mapped',
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
  // limits on hostile input (INPUT_LIMITS)
  'field_too_long',
  'header_too_long',
  'unit_too_deep',
  'element_too_deep',
  'diagnostics_truncated',
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
 * - `expected` / `found`: what was expected and what was found, quoted only when it cannot be a
 *   national id, a D-number, a name or an amount (see `foundShape`).
 * - `foundShape`: what was found, described without its value, when it could be personal data.
 * - `params`: typed extra parameters for the message (counts, thresholds, column names).
 * - `expectation`: what was expected as data (a key and its parameters), from which
 *   `formatDiagnostic` writes `expected` in the reader's language; `expected` is its English text.
 */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly file?: string;
  readonly record?: number;
  readonly path: readonly (string | number)[];
  readonly expected?: string;
  readonly expectation?: Expectation;
  readonly found?: string;
  readonly foundShape?: FoundShape;
  readonly params?: Readonly<Record<string, string | number | readonly string[]>>;
}

/**
 * What a diagnostic found, described without the value itself (the value could be a national id,
 * a D-number, a name or a pay amount): `digits` (only digits, spaces between them ignored, with
 * their number: a national id or a D-number is 11), `number` (a number with a decimal mark, a sign,
 * thousands separators or a percent sign), `date` (three groups of digits like a date, or a month
 * `YYYY-MM`) or `text` (anything else, names included).
 *
 * @example
 * ```ts
 * const shape: FoundShape = { kind: 'digits', length: 11 }; // "found 11 digits"
 * ```
 */
export type FoundShape = { readonly kind: 'digits'; readonly length: number } | { readonly kind: 'number' | 'date' | 'text' };

/** The longest text a diagnostic quotes. */
const MAX_QUOTED = 60;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

const DATE_LIKE = /^\d{1,4}([-./])\d{1,2}\1\d{1,4}(?:[ T][0-9:.Z+-]{0,24})?$/;
const MONTH_LIKE = /^\d{4}-\d{1,2}$/;

/**
 * The shape of a text, by one linear scan (no backtracking regular expression runs on a long
 * cell): see {@link FoundShape}.
 *
 * @param value - the text found (trimmed or not)
 * @returns its shape
 * @example
 * ```ts
 * shapeOf('121281 19823'); // { kind: 'digits', length: 11 }
 * shapeOf('45 000,50');    // { kind: 'number' }
 * shapeOf('Kari Nordmann'); // { kind: 'text' }
 * ```
 */
export function shapeOf(value: string): FoundShape {
  const t = value.trim();
  let digits = 0;
  let numberish = t.length > 0;
  let onlyDigits = true;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (isDigit(c)) {
      digits++;
      continue;
    }
    if (isSpace(c)) continue;
    onlyDigits = false;
    if (c === 44 || c === 46) continue; // , .
    if ((c === 45 || c === 43 || c === 0x2212) && i === 0) continue; // a sign
    if (c === 37 && i === t.length - 1) continue; // %
    if (c === 45 && i === t.length - 1 && t.charCodeAt(i - 1) === 44) continue; // 1 234,-
    numberish = false;
    break;
  }
  if (digits > 0 && onlyDigits) return { kind: 'digits', length: digits };
  if (t.length <= 40 && (DATE_LIKE.test(t) || MONTH_LIKE.test(t))) return { kind: 'date' };
  if (digits > 0 && numberish) return { kind: 'number' };
  return { kind: 'text' };
}

/**
 * The privacy rule of every diagnostic that says what it found (ARP.md §7; the guide: "messages
 * never contain a national id, a name or a pay amount"): the text is quoted (`found`) only when
 * `quotable` says it cannot be a national id, a D-number, a name or an amount — a word of the
 * library's own vocabulary (`K`, `fast`, `midlertidig`, `ordinaertArbeidsforhold` …), or in a
 * field of its own kind a valid organisation number or a month — and is at most 60 characters;
 * anything else is described by its shape (`foundShape`, {@link shapeOf}). Readers call it for
 * every cell they would echo, whatever column it came from (columns can be shifted).
 *
 * @param value - the text found
 * @param quotable - whether the (trimmed) text may be quoted
 * @returns `{ found }` or `{ foundShape }`, to spread into a diagnostic
 * @example
 * ```ts
 * describeFound('12128119823', () => false); // { foundShape: { kind: 'digits', length: 11 } }
 * describeFound('fast', (t) => t === 'fast'); // { found: 'fast' }
 * ```
 */
export function describeFound(value: string, quotable: (trimmed: string) => boolean): { readonly found: string } | { readonly foundShape: FoundShape } {
  const t = value.trim();
  if (t.length > 0 && t.length <= MAX_QUOTED && quotable(t)) return { found: t };
  return { foundShape: shapeOf(t) };
}

/**
 * The limits a reader puts on its input, so that hostile or broken files get a clear diagnostic
 * instead of a crash, a hang or an exhausted heap. Every reader works in time linear in its input
 * within them, and none recurses over a depth the input controls.
 *
 * - `fieldLength` (65 536 characters): a CSV field (cell) longer than this is not read; its row is
 *   rejected with `field_too_long` (a missing quote, or not a CSV file).
 * - `headerLength` (1 048 576 characters): a CSV header line longer than this makes the file
 *   unusable (`header_too_long`, fatal).
 * - `unitDepth` (32 levels): a unit path (`Directorate/Region/Unit`) of more levels is refused
 *   (`unit_too_deep`, the row is rejected), in the CSV, the HR file and HR records.
 * - `elementDepth` (64 elements): an a-melding nested deeper than this cannot be read
 *   (`element_too_deep`; the result is fatal, as for any broken a-melding). A real a-melding is 8
 *   deep.
 * - `elementText` (4 096 characters): the text of an a-melding element the reader uses
 *   (`stillingsprosent`, `beloep` …) longer than this makes the file unreadable (`field_too_long`).
 * - `diagnostics` (10 000, option `maxDiagnostics`): a reader keeps the first diagnostics of its
 *   rows in full, then only counts them (`errors`, `warnings` and `diagnosticsOmitted` stay
 *   exact) and ends the list with one `diagnostics_truncated` warning saying how many were left
 *   out.
 * - `jsonDepth` (100 levels): JSON read by the command line (employer, cycle, statement, policy,
 *   published table, column mapping, pay codes) nested deeper than this is refused, as is any
 *   `__proto__` key, with the path named.
 *
 * @example
 * ```ts
 * import { INPUT_LIMITS } from 'likestilling/csv';
 * INPUT_LIMITS.unitDepth; // 32
 * ```
 */
export const INPUT_LIMITS = Object.freeze({
  fieldLength: 65_536,
  headerLength: 1 << 20,
  unitDepth: 32,
  elementDepth: 64,
  elementText: 4096,
  diagnostics: 10_000,
  jsonDepth: 100,
});

/** A position in a {@link DiagnosticLog}, to drop the warnings added after it. @internal */
export interface DiagnosticLogMark {
  readonly kept: number;
  readonly omittedWarnings: number;
}

/**
 * The diagnostics of one import, capped: the first `cap` are kept in full, later ones only
 * counted. `errors + warnings === diagnostics.length + omitted` once {@link DiagnosticLog.finish}ed.
 * @internal
 */
export class DiagnosticLog {
  readonly kept: Diagnostic[] = [];
  errors = 0;
  warnings = 0;
  omittedErrors = 0;
  omittedWarnings = 0;
  readonly cap: number;

  constructor(cap: number = INPUT_LIMITS.diagnostics) {
    this.cap = cap;
  }

  /** Diagnostics counted but not kept. */
  get omitted(): number {
    return this.omittedErrors + this.omittedWarnings;
  }

  /** Adds one diagnostic: kept while there is room, counted always. */
  add(d: Diagnostic): void {
    const error = d.severity === 'error';
    if (error) this.errors++;
    else this.warnings++;
    if (this.kept.length < this.cap) this.kept.push(d);
    else if (error) this.omittedErrors++;
    else this.omittedWarnings++;
  }

  /** Forgets everything. */
  clear(): void {
    this.kept.length = 0;
    this.errors = this.warnings = this.omittedErrors = this.omittedWarnings = 0;
  }

  /** The current position. */
  mark(): DiagnosticLogMark {
    return { kept: this.kept.length, omittedWarnings: this.omittedWarnings };
  }

  /** Drops the warnings added since `mark` (kept and omitted), keeping the errors. */
  dropWarningsSince(mark: DiagnosticLogMark): void {
    const tail = this.kept.splice(mark.kept);
    for (const d of tail) {
      if (d.severity === 'error') this.kept.push(d);
      else this.warnings--;
    }
    this.warnings -= this.omittedWarnings - mark.omittedWarnings;
    this.omittedWarnings = mark.omittedWarnings;
  }

  /**
   * The final list: `front` (file-level diagnostics, always kept, counted here), the kept ones,
   * and when some were left out one `diagnostics_truncated` warning (counted as a warning).
   */
  finish(front: readonly Diagnostic[] = [], file?: string): { diagnostics: Diagnostic[]; errors: number; warnings: number; diagnosticsOmitted: number } {
    let errors = this.errors;
    let warnings = this.warnings;
    for (const d of front) {
      if (d.severity === 'error') errors++;
      else warnings++;
    }
    const diagnostics = front.length === 0 ? this.kept.slice() : [...front, ...this.kept];
    const omitted = this.omitted;
    if (omitted > 0) {
      diagnostics.push(truncatedDiagnostic(this.cap, this.omittedErrors, this.omittedWarnings, file));
      warnings++;
    }
    return { diagnostics, errors, warnings, diagnosticsOmitted: omitted };
  }
}

/** The `diagnostics_truncated` warning that ends a capped list. @internal */
export function truncatedDiagnostic(cap: number, omittedErrors: number, omittedWarnings: number, file?: string): Diagnostic {
  const d: Diagnostic = {
    code: 'diagnostics_truncated',
    severity: 'warning',
    path: [],
    params: { kept: cap, omitted: omittedErrors + omittedWarnings, omittedErrors, omittedWarnings },
  };
  return file === undefined ? d : { ...d, file };
}
