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
import { expecting } from '../locales/index.js';
import { inputIssue, LikestillingInputError, typeOf, type InputIssue, type InputPath } from './inputError.js';
import { inputIssuesOf } from './zodIssues.js';

export { formatInputPath, inputIssue, LikestillingInputError, type Expected, type InputIssue, type InputPath } from './inputError.js';
export { inputIssuesOf } from './zodIssues.js';

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
