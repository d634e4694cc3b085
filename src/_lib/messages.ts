/**
 * Diagnostics as text, in the reader's language: the location, the message of the code (from the
 * catalogues of `src/locales/`, with typed parameters), what was expected and what was found.
 */
import { catalogue, expectationText, expecting, isLanguage, LANGUAGES, type Language } from '../locales/index.js';
import type { DiagnosticMessageArgs } from '../locales/types.js';
import type { Diagnostic, DiagnosticCode } from './diagnostics.js';
import { inputIssue, LikestillingInputError, type InputIssue } from './input.js';

export { LANGUAGES, type Language };

/** Cheap checks (this runs once per diagnostic of a file): the fields the message is made of. */
function diagnosticIssues(d: unknown, lang: unknown): InputIssue[] {
  const out: InputIssue[] = [];
  if (lang !== undefined && !isLanguage(lang))
    out.push(inputIssue(['lang'], 'invalid_value', expecting('oneOf', { values: LANGUAGES.map((l) => JSON.stringify(l)) })));
  if (typeof d !== 'object' || d === null)
    return [inputIssue(['d'], d === undefined ? 'required' : 'invalid_type', expecting('kind', { kind: 'object' })), ...out];
  const x = d as Record<string, unknown>;
  if (typeof x['code'] !== 'string' || !Object.hasOwn(catalogue('en').diagnostics, x['code']))
    out.push(inputIssue(['d', 'code'], 'invalid_value', expecting('oneOf', { values: ['DIAGNOSTIC_CODES'] })));
  if (!Array.isArray(x['path']) || !x['path'].every((k) => typeof k === 'string' || typeof k === 'number'))
    out.push(inputIssue(['d', 'path'], 'invalid_type', expecting('kind', { kind: 'array' })));
  for (const key of ['file', 'expected', 'found'] as const)
    if (x[key] !== undefined && typeof x[key] !== 'string') out.push(inputIssue(['d', key], 'invalid_type', expecting('kind', { kind: 'string' })));
  if (x['record'] !== undefined && typeof x['record'] !== 'number')
    out.push(inputIssue(['d', 'record'], 'invalid_type', expecting('kind', { kind: 'number' })));
  if (x['params'] !== undefined && (typeof x['params'] !== 'object' || x['params'] === null))
    out.push(inputIssue(['d', 'params'], 'invalid_type', expecting('kind', { kind: 'object' })));
  const e = x['expectation'] as { key?: unknown } | null | undefined;
  if (e !== undefined && (typeof e !== 'object' || e === null || typeof e.key !== 'string' || !Object.hasOwn(catalogue('en').expectations, e.key))) {
    out.push(inputIssue(['d', 'expectation'], 'invalid_value', expecting('kind', { kind: 'object' })));
  }
  return out;
}

/**
 * What was expected, in `lang`: the expectation's text when the diagnostic has one, else its own
 * `expected` text (a diagnostic made outside the library).
 */
function expectedIn(d: Diagnostic, lang: Language): string | undefined {
  if (d.expectation !== undefined) return expectationText(d.expectation, lang);
  return d.expected;
}

/**
 * The message of a diagnostic's code in `lang`, without its location: `not a date; expected
 * YYYY-MM-DD`. @internal
 */
export function diagnosticMessage(d: Diagnostic, lang: Language): string {
  const make = catalogue(lang).diagnostics[d.code] as (p: DiagnosticMessageArgs<DiagnosticCode>) => string;
  return make({ ...(d.params as object), expected: expectedIn(d, lang) });
}

/**
 * The message of one diagnostic in one language, with where it was found: the file, the record,
 * the field path (and the file's column, when it has another name), the message of its code with
 * its parameters and what was expected, and what was found when the library recorded it (only
 * ever for values that cannot be personal data):
 * `employees.csv, record 12, field gender: unknown sex value; expected female|male|other|unknown (found "x")`.
 * Never contains a personal value: the library quotes `found` only when it cannot be a national
 * id, a D-number, a name or an amount, and otherwise describes it (`foundShape`: `(found 11 digits)`).
 * Every diagnostic the library returns (readers, `validateCycle`, a statement's completeness, a
 * {@link LikestillingInputError}'s `issues`) can be turned into text with it, in bokmål, nynorsk
 * or English: the library's diagnostics carry their expectation as data (`expectation`), so no
 * English is left in a Norwegian message.
 *
 * @param d - a diagnostic
 * @param lang - `en` (default), `nb` or `nn`
 * @returns one line of text
 * @throws {@link LikestillingInputError} when `d` is not a diagnostic (an unknown `code`, a `path` that is not an array) or `lang` is not `nb`, `nn` or `en`
 * @example
 * ```ts
 * const problem: Diagnostic = {
 *   code: 'invalid_date', severity: 'error', file: 'employees.csv', record: 12, path: ['startDate'],
 *   expected: 'YYYY-MM-DD', expectation: { key: 'isoDate' },
 * };
 * formatDiagnostic(problem);       // 'employees.csv, record 12, field startDate: not a date; expected YYYY-MM-DD'
 * formatDiagnostic(problem, 'nb'); // 'employees.csv, post 12, felt «startDate»: ikke en dato; forventet ÅÅÅÅ-MM-DD'
 * formatDiagnostic(problem, 'nn'); // 'employees.csv, post 12, felt «startDate»: ikkje ein dato; venta ÅÅÅÅ-MM-DD'
 * ```
 */
export function formatDiagnostic(d: Diagnostic, lang: Language = 'en'): string {
  const bad = diagnosticIssues(d, lang);
  if (bad.length > 0) throw new LikestillingInputError('formatDiagnostic', bad);
  const c = catalogue(lang);
  const w = c.where;
  const where: string[] = [];
  if (d.file !== undefined) where.push(d.file);
  if (d.record !== undefined) where.push(`${w.record} ${d.record}`);
  if (d.path.length > 0) {
    // a very deep path (hostile nesting) with its middle left out
    const deep = d.path.length > 12;
    const path = deep ? `${d.path.slice(0, 6).join('.')}…${d.path.slice(-2).join('.')}` : d.path.join('.');
    const column = d.params?.['column'];
    const other = typeof column === 'string' && column !== '' && column !== d.path[d.path.length - 1] ? ` (${w.column} ${c.list.quote(column)})` : '';
    where.push(`${w.field} ${w.name(path)}${deep ? ` (${w.levels(d.path.length)})` : ''}${other}`);
  }
  const text = diagnosticMessage(d, lang);
  const found = d.found !== undefined ? ` (${w.found} ${c.list.quote(d.found)})` : d.foundShape !== undefined ? ` (${w.found} ${w.shape(d.foundShape)})` : '';
  return `${where.length > 0 ? where.join(', ') + ': ' : ''}${text}${found}`;
}
