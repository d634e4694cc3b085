/**
 * The readers' error for bad arguments (options, mappings, pay-code tables, file lists): issues as
 * data, never the value. @internal
 *
 * TODO(issue 15): replace with the shared exported `LikestillingInputError` and its zod helper
 * (branch wip/c15a) when merging; this local class has the same shape (`name`, `issues` of
 * `{ path, code, expected }`, a message naming every bad path) so tests and callers do not change.
 */
import type { z } from 'zod';

/** One problem of an argument: where, what kind, what was expected. Never the value. @internal */
export interface InputIssue {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly expected: string;
}

/** The readers' input error (stand-in for the shared `LikestillingInputError`). @internal */
export class ReaderInputError extends Error {
  override readonly name = 'LikestillingInputError';
  readonly issues: readonly InputIssue[];

  constructor(issues: readonly InputIssue[]) {
    super(`invalid input: ${issues.map((i) => `${pathText(i.path)}: expected ${i.expected}`).join('; ')}`);
    this.issues = issues;
  }
}

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

/**
 * The error for `issues` (at least one). TODO(issue 15): the shared `LikestillingInputError`.
 * @internal
 */
export function invalidInput(issues: readonly InputIssue[]): ReaderInputError {
  return new ReaderInputError(issues);
}

/** What a zod issue expected, in words, without the value it received. */
function expectedOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'custom' ? 'a function' : String(issue.expected);
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return `${issue.inclusive === false ? '>' : '>='} ${String(issue.minimum)}${issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : ''}`;
    case 'too_big':
      return `${issue.inclusive === false ? '<' : '<='} ${String(issue.maximum)}${issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : ''}`;
    case 'invalid_format':
      return issue.format === 'regex' ? `text matching ${String((issue as { pattern?: string }).pattern ?? 'the format')}` : String(issue.format);
    case 'unrecognized_keys':
      return 'no such key';
    case 'not_multiple_of':
      return `a multiple of ${String(issue.divisor)}`;
    default:
      // custom refinements: their message says what is expected and never quotes the value
      return issue.message;
  }
}

/**
 * The issues of a failed zod parse of argument `arg` (`options`, `files` …), one per bad path (an
 * unknown key is an issue at its own path).
 * @internal
 */
export function issuesOf(error: z.ZodError, arg: string): InputIssue[] {
  const out: InputIssue[] = [];
  for (const issue of error.issues) {
    const path = [arg, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ path: [...path, key], code: issue.code, expected: 'no such key' });
    } else if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      out.push({ path, code: issue.code, expected: issue.message });
    } else {
      out.push({ path, code: issue.code, expected: expectedOf(issue) });
    }
  }
  return out;
}

/**
 * Parses argument `arg` of an entry point with `schema`, or throws the input error naming every
 * bad path.
 * @internal
 */
export function parseArgument<S extends z.ZodType>(schema: S, value: unknown, arg: string, extra: readonly InputIssue[] = []): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success && extra.length === 0) return parsed.data;
  // one issue per path: a __proto__ key found before the schema is also an unknown key to it
  const seen = new Set(extra.map((i) => JSON.stringify(i.path)));
  const issues = [...extra, ...(parsed.success ? [] : issuesOf(parsed.error, arg).filter((i) => !seen.has(JSON.stringify(i.path))))];
  throw invalidInput(issues);
}
