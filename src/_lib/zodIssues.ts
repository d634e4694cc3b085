/**
 * A failed zod parse as input issues ({@link inputIssuesOf}): each zod issue code becomes a
 * {@link DiagnosticCode} with what was expected, in words and as data; the bad value's type is
 * read (`received`), never the value.
 * @internal
 */
import type { z } from 'zod';
import { expectationOfEnglishText, expectationText, expecting, type Expectation } from '../locales/index.js';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from './diagnostics.js';
import { inputIssue, typeOf, type Expected, type InputIssue, type InputPath } from './inputError.js';

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
