/**
 * Input validation at the public entry points (parse at the edge, once): the one error every
 * entry point throws on malformed input ({@link LikestillingInputError}), the helpers that parse
 * a value with a zod schema and throw it ({@link parseInput}), and the safe form ({@link safe}).
 *
 * How an entry point uses it (src/anonymisation and src/io use the same helpers):
 *
 * ```ts
 * const Args = z.object({ employer: DutyFactsSchema, year: z.int().min(2020) }); // once, at module level
 * export function assessDuties(employer: DutyFacts, year: number) {
 *   const args = parseInput('assessDuties', Args, { employer, year }); // throws LikestillingInputError
 *   …
 * }
 * ```
 *
 * Conventions: a function of several parameters parses them as one object whose keys are the
 * parameter names, so every path starts with the parameter (`options.lang`); a function of one
 * object parses that object, so paths start at its fields (`cycle.findings[0].grounds`). Schemas
 * are built once, at module level (zod compiles a schema on its first use). Checks that are not a
 * schema (a record table, a cross-field rule found later) build issues with {@link inputIssue}
 * and throw `new LikestillingInputError(entry, issues)`.
 */
import type { z } from 'zod';
import { expectationOfEnglishText, expectationText, expecting, type Expectation } from '../locales/index.js';
import { DIAGNOSTIC_CODES, type Diagnostic, type DiagnosticCode } from './diagnostics.js';

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

/**
 * Throws `entry`'s input error unless `value` is a string (the cheap check of a text parameter).
 *
 * @param entry - the public function
 * @param path - the parameter's path, e.g. `['path']`
 * @param value - what the caller gave
 * @throws {@link LikestillingInputError} when `value` is not a string
 * @internal
 */
export function requireText(entry: string, path: InputPath, value: unknown): asserts value is string {
  if (typeof value !== 'string')
    throw new LikestillingInputError(entry, [
      inputIssue(
        path,
        value === undefined ? 'required' : 'invalid_type',
        expecting('kind', { kind: 'string' }),
        value === undefined ? undefined : { received: typeOf(value) },
      ),
    ]);
}

/** The type of a value in words, never the value: `undefined`, `null`, `array`, `NaN`, `Infinity`, `string` … */
function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : 'Infinity';
  return typeof value;
}

const KNOWN_CODES: ReadonlySet<string> = new Set(DIAGNOSTIC_CODES);
const SPECIAL_CATEGORY_MESSAGE = /special categor/i;
/** A key that reads as a field name (`startDate`, `job_level`), not as data. */
const FIELD_NAME = /^[A-Za-z_$][\w$-]{0,63}$/;

/** What a zod issue's own JSON values look like in an expectation (`"public"`, `2`). */
function literal(v: unknown): string {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JSON.stringify returns undefined for undefined (its type says string)
  return JSON.stringify(v) ?? String(v);
}

/** A bound of a too_small / too_big issue as an expectation. */
function boundOf(issue: { origin?: unknown; minimum?: unknown; maximum?: unknown; inclusive?: boolean }, below: boolean): Expected {
  const bound = String(below ? issue.minimum : issue.maximum);
  const op = below ? (issue.inclusive === false ? '>' : '≥') : issue.inclusive === false ? '<' : '≤';
  return expecting('bound', { origin: String(issue.origin), op, bound });
}

/**
 * A custom issue's expectation: `params.expectation` (an expectation key with parameters, set by
 * the library's schemas), else `params.expected` or the message as a literal text (a schema of
 * the caller's own).
 */
function customExpected(message: string, params: Record<string, unknown> | undefined): Expected {
  const given = params?.['expectation'];
  if (typeof given === 'object' && given !== null && typeof (given as { key?: unknown }).key === 'string') {
    const e = given as Expectation;
    return { expected: expectationText(e, 'en'), expectation: e };
  }
  const given2 = params?.['expected'];
  const text = typeof given2 === 'string' ? given2 : message.replace(/^expected\s+/i, '');
  const known = expectationOfEnglishText(text);
  return known !== undefined ? { expected: text, expectation: known } : expecting('literal', { text });
}

type RawIssue = z.core.$ZodIssue & { readonly input?: unknown };

function pushIssues(out: InputIssue[], issues: readonly RawIssue[], base: InputPath): void {
  for (const issue of issues) {
    const path = [...base, ...(issue.path as (string | number)[])];
    switch (issue.code) {
      case 'invalid_type': {
        const received = typeOf(issue.input);
        const expected = expecting('kind', received === 'NaN' || received === 'Infinity' ? { kind: issue.expected, finite: true } : { kind: issue.expected });
        if (received === 'undefined') out.push(inputIssue(path, 'required', expecting('kind', { kind: issue.expected })));
        else out.push(inputIssue(path, 'invalid_type', expected, { received }));
        break;
      }
      case 'invalid_value': {
        const expected = expecting('oneOf', { values: issue.values.map(literal) });
        out.push(inputIssue(path, issue.input === undefined ? 'required' : 'invalid_value', expected));
        break;
      }
      case 'too_small':
        out.push(inputIssue(path, 'too_small', boundOf(issue, true)));
        break;
      case 'too_big':
        out.push(inputIssue(path, 'too_big', boundOf(issue, false)));
        break;
      case 'not_multiple_of':
        out.push(inputIssue(path, 'invalid_value', expecting('multipleOf', { divisor: String(issue.divisor) })));
        break;
      case 'invalid_format': {
        const own = !/^Invalid/.test(issue.message) ? customExpected(issue.message, (issue as { params?: Record<string, unknown> }).params) : undefined;
        out.push(inputIssue(path, 'invalid_format', own ?? expecting('format', { format: issue.format })));
        break;
      }
      case 'unrecognized_keys': {
        const special = SPECIAL_CATEGORY_MESSAGE.test(issue.message);
        for (const key of issue.keys) {
          // a key is named in the path only when it looks like a field name: a key made of data
          // (a national id, a name with spaces) is not repeated, only counted
          const named = FIELD_NAME.test(key);
          const at = named ? [...path, key] : path;
          if (special) out.push(inputIssue(at, 'special_category_field', expecting('noSpecialCategory')));
          else out.push(named ? inputIssue(at, 'unknown_field', expecting('noSuchField')) : inputIssue(at, 'unknown_field', expecting('onlyKnownFields')));
        }
        break;
      }
      case 'invalid_union': {
        // one branch whose own type matched (its problems lie deeper): report that branch's issues
        const deeper = issue.errors.filter((branch) => branch.length > 0 && branch.every((i) => i.path.length > 0));
        if (deeper.length === 1) {
          pushIssues(out, deeper[0] as readonly RawIssue[], path);
          break;
        }
        const kinds = [
          ...new Set(
            issue.errors.flatMap((branch) =>
              branch
                .filter((i) => i.path.length === 0)
                .flatMap((i) => (i.code === 'invalid_type' ? [i.expected] : i.code === 'invalid_value' ? i.values.map(literal) : [])),
            ),
          ),
        ];
        const received = typeOf(issue.input);
        const expected = kinds.length > 0 ? expecting('kinds', { kinds }) : expecting('acceptedForms');
        out.push(received === 'undefined' ? inputIssue(path, 'required', expected) : inputIssue(path, 'invalid_type', expected, { received }));
        break;
      }
      case 'invalid_key':
      case 'invalid_element':
        pushIssues(out, issue.issues, path);
        break;
      case 'custom': {
        const params = issue.params as Record<string, unknown> | undefined;
        const code = params?.['code'];
        out.push(
          inputIssue(
            path,
            typeof code === 'string' && KNOWN_CODES.has(code) ? (code as DiagnosticCode) : 'invalid_value',
            customExpected(issue.message, params),
          ),
        );
        break;
      }
    }
  }
}

/**
 * The issues of a failed zod parse as input issues (paths under `base`). Reads the type of a bad
 * value (`received`), never the value.
 *
 * @param error - the zod error (parsed with `reportInput: true` to tell a missing value from a wrong one)
 * @param base - the path the parsed value sits at (default: none)
 * @returns the issues
 * @internal
 */
export function inputIssuesOf(error: z.ZodError, base: InputPath = []): InputIssue[] {
  const out: InputIssue[] = [];
  pushIssues(out, error.issues, base);
  // one issue per path: the first (a text failing its pattern also fails the check after it)
  const seen = new Set<string>();
  return out.filter((issue) => {
    const key = JSON.stringify(issue.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The safe form's result, after zod's `safeParse`: the data, or the input error.
 *
 * @example
 * ```ts
 * const result: SafeResult<DutyAssessment> = safe(assessDuties)({ sector: 'private' }, 2025);
 * if (!result.success) result.error.issues; // [{ code: 'required', path: ['employer', 'headcounts'], … }]
 * ```
 */
export type SafeResult<T> =
  | { readonly success: true; readonly data: T; readonly error?: undefined }
  | { readonly success: false; readonly data?: undefined; readonly error: LikestillingInputError };

/**
 * Parses `value` with `schema` at a public entry point: the parsed value (defaults filled), or
 * a {@link LikestillingInputError} naming `entry` and every bad path.
 *
 * @param entry - the public function, e.g. `'buildStatement'`
 * @param schema - the schema (built once, at module level)
 * @param value - what the caller gave
 * @param base - the path `value` sits at (default: none)
 * @returns the parsed value
 * @throws {@link LikestillingInputError} when `value` does not match `schema`
 * @internal
 */
export function parseInput<S extends z.ZodType>(entry: string, schema: S, value: unknown, base: InputPath = []): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new LikestillingInputError(entry, issuesAgain(schema, value, base));
}

/**
 * {@link parseInput} in the safe form: `{ success: true, data }` or `{ success: false, error }`.
 *
 * @param entry - the public function
 * @param schema - the schema
 * @param value - what the caller gave
 * @param base - the path `value` sits at
 * @returns the result
 * @internal
 */
export function safeParseInput<S extends z.ZodType>(entry: string, schema: S, value: unknown, base: InputPath = []): SafeResult<z.output<S>> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { success: true, data: parsed.data };
  return { success: false, error: new LikestillingInputError(entry, issuesAgain(schema, value, base)) };
}

/** The failed parse once more with the inputs reported (only to read their types), as input issues. */
function issuesAgain(schema: z.ZodType, value: unknown, base: InputPath): InputIssue[] {
  const again = schema.safeParse(value, { reportInput: true });
  const issues = again.success ? [inputIssue(base, 'invalid_value', expecting('validValue'))] : inputIssuesOf(again.error, base);
  return issues.length > 0 ? issues : [inputIssue(base, 'invalid_value', expecting('validValue'))];
}

type Safe<F extends (...args: never[]) => unknown> = (
  ...args: Parameters<F>
) => ReturnType<F> extends PromiseLike<infer T> ? Promise<SafeResult<T>> : SafeResult<ReturnType<F>>;

/**
 * The safe form of any public function, after zod's `safeParse`: the same function, returning
 * `{ success: true, data }`, or `{ success: false, error }` when it refused its input with a
 * {@link LikestillingInputError}, instead of throwing. An async function's safe form resolves to
 * the result. Any other error (a file that cannot be read, a bug) is thrown (or rejected) as before:
 * only invalid input becomes a result. One scheme for every function, so a caller that branches on
 * validity writes the same code everywhere.
 *
 * @param fn - a public function of likestilling, e.g. `assessDuties` or `renderWorkbook`
 * @returns its safe form
 * @example
 * ```ts
 * import { assessDuties, safe } from 'likestilling';
 *
 * const result = safe(assessDuties)({ sector: 'private' }, 2025); // no headcount for 2025
 * if (result.success) console.log(result.data.statement);
 * else console.log(result.error.issues.map((i) => i.path.join('.'))); // ['employer.headcounts']
 * ```
 */
export function safe<F extends (...args: never[]) => unknown>(fn: F): Safe<F> {
  const wrapped = (...args: Parameters<F>): unknown => {
    let value: unknown;
    try {
      value = fn(...args);
    } catch (error) {
      if (error instanceof LikestillingInputError) return { success: false, error };
      throw error;
    }
    if (isPromiseLike(value)) {
      return Promise.resolve(value).then(
        (data) => ({ success: true, data }),
        (error: unknown) => {
          if (error instanceof LikestillingInputError) return { success: false, error };
          throw error;
        },
      );
    }
    return { success: true, data: value };
  };
  return wrapped as Safe<F>;
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
