/**
 * The readers' bad arguments (options, mappings, pay-code tables, file lists) as the shared
 * {@link LikestillingInputError}: issues as data with their expectation, never the value. @internal
 */
import type { z } from 'zod';
import { inputIssuesOf, LikestillingInputError, type InputIssue } from '../../_lib/input.js';

export type { InputIssue } from '../../_lib/input.js';

/**
 * A path as text: `options.columnMapping["Ansatt nr"]`, `files[2].name`; a very deep one with its
 * middle left out (`units[0].children[0]…children[0].name (101 levels)`). @internal
 */
export function pathText(path: readonly (string | number)[], empty = '(input)'): string {
  const shown = path.length > 12 ? [...path.slice(0, 6), null, ...path.slice(-2)] : path;
  let out = '';
  for (const p of shown) {
    if (p === null) out += '…';
    else if (typeof p === 'number') out += `[${p}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(p)) out += out === '' || out.endsWith('…') ? p : `.${p}`;
    else out += `[${JSON.stringify(p.length > 60 ? p.slice(0, 60) + '…' : p)}]`;
  }
  if (path.length > 12) out += ` (${path.length} levels)`;
  return out === '' ? empty : out;
}

/** The input error of reader `entry` for `issues` (at least one). @internal */
export function invalidInput(entry: string, issues: readonly InputIssue[]): LikestillingInputError {
  return new LikestillingInputError(entry, issues);
}

/**
 * The issues of a failed zod parse of argument `arg` (`options`, `files` …), one per bad path.
 * @internal
 */
export function issuesOf(error: z.ZodError, arg: string): InputIssue[] {
  return inputIssuesOf(error, [arg]);
}

/**
 * Parses argument `arg` of reader `entry` with `schema`, or throws its input error naming every
 * bad path (`extra`: issues found before the schema, e.g. a `__proto__` key).
 * @internal
 */
export function parseArgument<S extends z.ZodType>(entry: string, schema: S, value: unknown, arg: string, extra: readonly InputIssue[] = []): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success && extra.length === 0) return parsed.data;
  // one issue per path: a __proto__ key found before the schema is also an unknown key to it
  const seen = new Set(extra.map((i) => JSON.stringify(i.path)));
  const again = parsed.success ? null : schema.safeParse(value, { reportInput: true });
  const issues = [...extra, ...(again === null || again.success ? [] : issuesOf(again.error, arg).filter((i) => !seen.has(JSON.stringify(i.path))))];
  throw invalidInput(entry, issues);
}
