/**
 * Message catalogues for diagnostics, kept apart from the logic (zod v4 style).
 * Templates use `{name}` placeholders filled from a diagnostic's fields and params.
 */
import type { Diagnostic, DiagnosticCode, FoundShape } from './diagnostics.js';
import { inputIssue, LikestillingInputError, type InputIssue } from './input.js';

/** Languages the library writes text in. `nb` = bokmål, `en` = English. */
export const LANGUAGES = ['nb', 'en'] as const;
/** A language code. */
export type Language = (typeof LANGUAGES)[number];

type Catalogue = Readonly<Record<DiagnosticCode, string>>;

const en: Catalogue = {
  invalid_type: 'expected {expected}',
  invalid_value: 'invalid value; expected {expected}',
  required: 'required field is missing; expected {expected}',
  unknown_field: 'unknown field',
  special_category_field:
    'special categories of personal data (ethnicity, disability, sexual orientation …) are not accepted as statistical fields (ANON-5)',
  too_small: 'value too small; expected {expected}',
  too_big: 'value too big; expected {expected}',
  invalid_format: 'invalid format; expected {expected}',
  invalid_org_number: 'invalid organisation number (9 digits, mod 11 check digit)',
  invalid_national_id: 'invalid national id (11 digits, mod 11 check digits)',
  duplicate_employee_id: 'duplicate employee id (first seen in record {firstRecord})',
  invalid_number: 'not a number; expected {expected}',
  invalid_date: 'not a date; expected {expected}',
  end_before_start: 'end date is before start date',
  negative_pay: 'pay below zero',
  position_percent_out_of_range: 'position percent outside 0–200',
  position_percent_zero_or_missing: 'position percent is 0 or missing: counted in headcounts, left out of pay (DEF-PAY)',
  position_percent_above_100: 'position percent above 100',
  unknown_sex_value: 'unknown sex value; expected {expected}',
  sex_derived_from_national_id: 'sex derived from the national id as a fallback (no HR sex given)',
  too_many_decimals: 'too many decimals; expected {expected}',
  person_sex_inconsistent: 'the employments of one person give different sexes: counted as unknown sex (DEF-SEX)',
  missing_columns: 'missing required columns: {columns}',
  unreadable_file: 'file cannot be read: {reason}',
  not_a_melding: 'not an a-melding file',
  wrong_namespace: 'wrong XML namespace; expected {expected}',
  mixed_legal_entities: 'files of different legal entities mixed together',
  mixed_years: 'files of different years mixed together',
  unknown_pay_code: 'unknown pay code; expected one of the pay-code table',
  invalid_column_mapping: 'invalid column mapping: {reason}',
  invalid_encoding: 'text is not valid {expected}; unreadable bytes were replaced',
  optional_columns_missing: 'optional columns missing, their defaults are used: {columns}',
  malformed_row: 'malformed row; expected {expected}',
  sex_missing: 'sex is empty: counted as unknown, left out of women/men comparisons (DEF-SEX)',
  missing_reference_month: 'no a-melding for the month of the reference date; expected {expected}',
  duplicate_delivery: 'the same employment is reported twice for one month (left out)',
  employment_not_in_reference_month: 'employment not reported in the month of the reference date: taken as ended after the last month reported',
  income_not_linked: 'pay line not linked to a reported employment (no or unknown arbeidsforholdId)',
  hr_record_unmatched: 'HR record matches no employment in the a-melding',
  no_base_pay_in_reference_month: 'no base pay in the month of the reference date (e.g. unpaid leave): the record counts with base pay 0 in pay figures (DEF-PAY)',
  missing_representatives: 'step {step} has no employee representatives taking part (ACT-5)',
  measure_without_finding: 'measure is not linked to a finding (ACT-6)',
  unknown_reference: 'refers to an unknown {kind}',
  missing_statement_element: 'statement part 2 element missing: {element} (STM-3)',
  missing_figure: 'required figure missing: {figure}',
  stale_biennial_figures: 'biennial figures are from {mappedYear}, older than last year (STM-6)',
  invalid_argument: 'invalid argument {argument}; expected {expected}',
  field_too_long: 'a field longer than {limit} characters is not read (perhaps a quote is missing)',
  header_too_long: 'the header line is longer than {limit} characters (perhaps not a CSV file): nothing is read',
  unit_too_deep: 'unit path of more than {limit} levels: not read',
  element_too_deep: 'elements nested more than {limit} deep: the file is not read',
  diagnostics_truncated: '{omitted} more problems found, counted but not listed (the first {kept} are listed)',
};

const nb: Catalogue = {
  invalid_type: 'forventet {expected}',
  invalid_value: 'ugyldig verdi; forventet {expected}',
  required: 'påkrevd felt mangler; forventet {expected}',
  unknown_field: 'ukjent felt',
  special_category_field:
    'særlige kategorier av personopplysninger (etnisitet, funksjonsnedsettelse, seksuell orientering …) tas ikke imot som statistikkfelt (ANON-5)',
  too_small: 'verdien er for liten; forventet {expected}',
  too_big: 'verdien er for stor; forventet {expected}',
  invalid_format: 'ugyldig format; forventet {expected}',
  invalid_org_number: 'ugyldig organisasjonsnummer (9 siffer, kontrollsiffer mod 11)',
  invalid_national_id: 'ugyldig fødselsnummer (11 siffer, kontrollsiffer mod 11)',
  duplicate_employee_id: 'ansatt-ID finnes fra før (første gang i post {firstRecord})',
  invalid_number: 'ikke et tall; forventet {expected}',
  invalid_date: 'ikke en dato; forventet {expected}',
  end_before_start: 'sluttdato er før startdato',
  negative_pay: 'lønn under null',
  position_percent_out_of_range: 'stillingsprosent utenfor 0–200',
  position_percent_zero_or_missing:
    'stillingsprosent er 0 eller mangler: telles i antall, holdes utenfor lønnstall (DEF-PAY)',
  position_percent_above_100: 'stillingsprosent over 100',
  unknown_sex_value: 'ukjent verdi for kjønn; forventet {expected}',
  sex_derived_from_national_id: 'kjønn utledet av fødselsnummeret som reserve (HR-data mangler kjønn)',
  too_many_decimals: 'for mange desimaler; forventet {expected}',
  person_sex_inconsistent: 'arbeidsforholdene til én person oppgir ulikt kjønn: telles som ukjent kjønn (DEF-SEX)',
  missing_columns: 'påkrevde kolonner mangler: {columns}',
  unreadable_file: 'filen kan ikke leses: {reason}',
  not_a_melding: 'ikke en a-meldingsfil',
  wrong_namespace: 'feil XML-navnerom; forventet {expected}',
  mixed_legal_entities: 'filer fra ulike juridiske enheter er blandet',
  mixed_years: 'filer fra ulike år er blandet',
  unknown_pay_code: 'ukjent lønnsart; forventet en av lønnsartene i tabellen',
  invalid_column_mapping: 'ugyldig kolonneoppsett: {reason}',
  invalid_encoding: 'teksten er ikke gyldig {expected}; uleselige byte er erstattet',
  optional_columns_missing: 'valgfrie kolonner mangler, standardverdiene brukes: {columns}',
  malformed_row: 'feil i raden; forventet {expected}',
  sex_missing: 'kjønn er tomt: telles som ukjent, holdes utenfor sammenligningen kvinner/menn (DEF-SEX)',
  missing_reference_month: 'ingen a-melding for måneden til referansedatoen; forventet {expected}',
  duplicate_delivery: 'samme arbeidsforhold er rapportert to ganger for én måned (holdt utenfor)',
  employment_not_in_reference_month: 'arbeidsforholdet er ikke rapportert i måneden til referansedatoen: regnes som avsluttet etter siste rapporterte måned',
  income_not_linked: 'lønnslinje uten kobling til et rapportert arbeidsforhold (manglende eller ukjent arbeidsforholdId)',
  hr_record_unmatched: 'HR-posten passer ikke til noe arbeidsforhold i a-meldingen',
  no_base_pay_in_reference_month: 'ingen fastlønn i måneden til referansedatoen (f.eks. ulønnet permisjon): posten teller med fastlønn 0 i lønnstallene (DEF-PAY)',
  missing_representatives: 'trinn {step} mangler deltakelse fra ansattes representanter (ACT-5)',
  measure_without_finding: 'tiltaket er ikke knyttet til et funn (ACT-6)',
  unknown_reference: 'viser til ukjent {kind}',
  missing_statement_element: 'element i redegjørelsens del 2 mangler: {element} (STM-3)',
  missing_figure: 'påkrevd tall mangler: {figure}',
  stale_biennial_figures: 'toårige tall er fra {mappedYear}, eldre enn fjoråret (STM-6)',
  invalid_argument: 'ugyldig argument {argument}; forventet {expected}',
  field_too_long: 'et felt lengre enn {limit} tegn leses ikke (kanskje mangler et anførselstegn)',
  header_too_long: 'overskriftslinjen er lengre enn {limit} tegn (kanskje ikke en CSV-fil): ingenting leses',
  unit_too_deep: 'enhetsstien har mer enn {limit} nivåer: leses ikke',
  element_too_deep: 'elementer nøstet mer enn {limit} nivåer dypt: filen leses ikke',
  diagnostics_truncated: '{omitted} problemer til er funnet og telt, men ikke listet (de første {kept} er listet)',
};

const CATALOGUES: Readonly<Record<Language, Catalogue>> = { nb, en };

const WHERE: Readonly<Record<Language, { record: string; field: string; found: string }>> = {
  en: { record: 'record', field: 'field', found: 'found' },
  nb: { record: 'post', field: 'felt', found: 'fant' },
};

/** What was found, described without its value ({@link FoundShape}). */
const SHAPES: Readonly<Record<Language, (shape: FoundShape) => string>> = {
  en: (s) => (s.kind === 'digits' ? `${s.length} ${s.length === 1 ? 'digit' : 'digits'}` : s.kind === 'number' ? 'a number' : s.kind === 'date' ? 'a date-like value' : 'text'),
  nb: (s) => (s.kind === 'digits' ? `${s.length} siffer` : s.kind === 'number' ? 'et tall' : s.kind === 'date' ? 'noe som ligner en dato' : 'tekst'),
};

function fill(template: string, values: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const v = values[key];
    if (v === undefined) return '?';
    return Array.isArray(v) ? v.join(', ') : String(v);
  });
}

/** Cheap checks (this runs once per diagnostic of a file): the fields the message is made of. */
function diagnosticIssues(d: unknown, lang: unknown): InputIssue[] {
  const out: InputIssue[] = [];
  if (lang !== undefined && lang !== 'en' && lang !== 'nb') out.push(inputIssue(['lang'], 'invalid_value', 'one of "nb", "en"'));
  if (typeof d !== 'object' || d === null) return [inputIssue(['d'], d === undefined ? 'required' : 'invalid_type', 'a diagnostic { code, severity, path, … }'), ...out];
  const x = d as Record<string, unknown>;
  if (typeof x['code'] !== 'string' || !Object.hasOwn(en, x['code'])) out.push(inputIssue(['d', 'code'], 'invalid_value', 'a diagnostic code (DIAGNOSTIC_CODES)'));
  if (!Array.isArray(x['path']) || !x['path'].every((k) => typeof k === 'string' || typeof k === 'number')) out.push(inputIssue(['d', 'path'], 'invalid_type', 'an array of field names and indexes'));
  for (const key of ['file', 'expected', 'found'] as const) if (x[key] !== undefined && typeof x[key] !== 'string') out.push(inputIssue(['d', key], 'invalid_type', 'a text'));
  if (x['record'] !== undefined && typeof x['record'] !== 'number') out.push(inputIssue(['d', 'record'], 'invalid_type', 'a number'));
  if (x['params'] !== undefined && (typeof x['params'] !== 'object' || x['params'] === null)) out.push(inputIssue(['d', 'params'], 'invalid_type', 'an object'));
  return out;
}

/**
 * The message of one diagnostic in one language, with where it was found: the file, the record,
 * the field path, the message of its code filled with its `expected` and parameters, and what
 * was found when the library recorded it (only ever for values that cannot be personal data):
 * `employees.csv, record 12, field gender: unknown sex value; expected female|male|other|unknown (found "x")`.
 * Never contains a personal value: the library quotes `found` only when it cannot be a national
 * id, a D-number, a name or an amount, and otherwise describes it (`foundShape`: `(found 11 digits)`).
 * Every diagnostic the library returns (readers, `validateCycle`, a statement's completeness, a
 * {@link LikestillingInputError}'s `issues`) can be turned into text with it, in bokmål or English.
 *
 * @param d - a diagnostic
 * @param lang - `en` (default) or `nb`
 * @returns one line of text
 * @throws {@link LikestillingInputError} when `d` is not a diagnostic (an unknown `code`, a `path` that is not an array) or `lang` is not `nb` / `en`
 * @example
 * ```ts
 * const problem: Diagnostic = {
 *   code: 'invalid_date', severity: 'error', file: 'employees.csv', record: 12, path: ['startDate'], expected: 'YYYY-MM-DD',
 * };
 * formatDiagnostic(problem);       // 'employees.csv, record 12, field startDate: not a date; expected YYYY-MM-DD'
 * formatDiagnostic(problem, 'nb'); // 'employees.csv, post 12, felt startDate: ikke en dato; forventet YYYY-MM-DD'
 * ```
 */
export function formatDiagnostic(d: Diagnostic, lang: Language = 'en'): string {
  const bad = diagnosticIssues(d, lang);
  if (bad.length > 0) throw new LikestillingInputError('formatDiagnostic', bad);
  const w = WHERE[lang];
  const where: string[] = [];
  if (d.file !== undefined) where.push(d.file);
  if (d.record !== undefined) where.push(`${w.record} ${d.record}`);
  if (d.path.length > 0) where.push(`${w.field} ${d.path.join('.')}`);
  const text = fill(CATALOGUES[lang][d.code], { ...d.params, expected: d.expected, found: d.found });
  const found = d.found !== undefined ? ` (${w.found} "${d.found}")` : d.foundShape !== undefined ? ` (${w.found} ${SHAPES[lang](d.foundShape)})` : '';
  return `${where.length > 0 ? where.join(', ') + ': ' : ''}${text}${found}`;
}
