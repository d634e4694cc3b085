/**
 * The input error and its issues, as data: {@link LikestillingInputError}, what one issue is
 * ({@link InputIssue}: a path, a code, what was expected, never the value found), and the
 * builder of an issue by hand. `input.ts` (the helpers the entry points call) re-exports them.
 * @internal
 */
import type { Expectation } from '../locales/index.js';
import type { Diagnostic, DiagnosticCode } from './diagnostics.js';

/** A path into an input: property names and array indexes (`['cycle', 'findings', 0, 'grounds']`). */
export type InputPath = readonly (string | number)[];

/**
 * One problem with the input of a public function, as data: a diagnostic of severity `error`
 * with the `path` of the bad value, a `code` (a {@link DiagnosticCode}: `required`,
 * `invalid_type`, `invalid_value`, `too_small`, `too_big`, `invalid_format`, `unknown_field`,
 * `special_category_field`, …) and what was `expected`. It never holds the value found: no
 * `found`, nothing of the input but its place and, in `params.received`, its type (`string`,
 * `number`, `NaN`, `array`, …). Being a {@link Diagnostic}, it is turned into text by
 * `formatDiagnostic` in bokmål or English.
 *
 * @example
 * ```ts
 * const issue: InputIssue = { code: 'invalid_type', severity: 'error', path: ['employer', 'headcounts'], expected: 'an array', params: { received: 'string' } };
 * formatDiagnostic(issue); // 'field employer.headcounts: expected an array'
 * ```
 */
export interface InputIssue extends Diagnostic {
  readonly severity: 'error';
  readonly path: InputPath;
  /** What a valid value is, in words (`an integer ≥ 2020`, `one of "public", "private"`). */
  readonly expected: string;
  /** Never set: an input issue does not echo what it found. */
  readonly found?: never;
}

const BRAND = Symbol.for('likestilling.input-error');

/**
 * The error every public function of likestilling throws (an async one rejects with it) when a
 * caller hands it malformed input: a wrong type, a missing field, a value out of range, an
 * unknown field, a rule of the input broken (a demand without date or year, a private employer
 * without the year's headcount). `issues` says what is wrong, as data, one issue per bad path;
 * the message names the function and every bad path, and never contains a value of the input (no
 * national id, name or pay amount can leak into a log through it).
 *
 * Bad data rows in a file are not input errors: the readers report them as diagnostics and go on.
 * Use {@link safe} to get `{ success, data | error }` instead of a throw. `instanceof` works
 * across the package's ES module and CommonJS builds.
 *
 * @example
 * ```ts
 * try {
 *   assessDuties(JSON.parse('{ "sector": "publik" }'), 2025);
 * } catch (error) {
 *   if (error instanceof LikestillingInputError) {
 *     error.issues[0]?.path;     // ['employer', 'sector']
 *     error.issues[0]?.expected; // 'one of "public", "private"'
 *     error.message;             // 'assessDuties: invalid input: employer.sector: expected one of "public", "private" (invalid_value)'
 *   }
 * }
 * ```
 */
export class LikestillingInputError extends Error {
  override readonly name = 'LikestillingInputError';
  /** The public function that refused its input, e.g. `'assessDuties'`. */
  readonly entry: string;
  /** What is wrong: at least one issue, one per bad path. */
  readonly issues: readonly InputIssue[];
  /** @internal */
  readonly [BRAND] = true;

  /**
   * @param entry - the public function, e.g. `'buildStatement'`
   * @param issues - the problems (at least one); the message lists every one
   */
  constructor(entry: string, issues: readonly InputIssue[]) {
    super(inputErrorMessage(entry, issues));
    this.entry = entry;
    this.issues = issues;
  }

  /** True for a `LikestillingInputError` of any copy of the package (ES module or CommonJS build). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
  }
}

/**
 * A path as JavaScript would write it: `cycle.findings[0].grounds`, `columnMapping["Ansatt nr"]`;
 * `(input)` for the input itself.
 *
 * @param path - the path
 * @returns the text
 * @internal
 */
export function formatInputPath(path: InputPath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out === '' ? '(input)' : out;
}

function inputErrorMessage(entry: string, issues: readonly InputIssue[]): string {
  const lines = issues.map((i) => `${formatInputPath(i.path)}: expected ${i.expected} (${i.code})`);
  return lines.length === 1
    ? `${entry}: invalid input: ${lines[0]}`
    : `${entry}: invalid input (${lines.length} problems):\n${lines.map((l) => `  - ${l}`).join('\n')}`;
}

/** What a valid value is: the English text and the expectation as data (see `expecting`). @internal */
export interface Expected {
  readonly expected: string;
  readonly expectation: Expectation;
}

/**
 * One input issue built by hand (for checks that are not a schema).
 *
 * @param path - where
 * @param code - what kind of problem
 * @param expected - what a valid value is (`expecting(key, params)`)
 * @param params - typed extra parameters (never a value of the input)
 * @returns the issue
 * @internal
 */
export function inputIssue(path: InputPath, code: DiagnosticCode, expected: Expected, params?: Diagnostic['params']): InputIssue {
  const base = { code, severity: 'error' as const, path, expected: expected.expected, expectation: expected.expectation };
  return params === undefined ? base : { ...base, params };
}

/** The type of a value in words, never the value: `undefined`, `null`, `array`, `NaN`, `Infinity`, `string` … @internal */
export function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : 'Infinity';
  return typeof value;
}
