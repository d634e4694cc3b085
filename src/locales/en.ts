/**
 * The English catalogue: every text a person reads, in English (see `types.ts` for the shape and
 * how to add a message).
 * @internal
 */
import type { Catalogue, DiagnosticMessages, Messages, ExpectationParams } from './types.js';

const q = (text: string): string => `"${text}"`;

function join(items: readonly string[], word: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1] ?? ''}`;
}

/** `; expected …` when there is an expectation. */
const x = (expected: string | undefined): string => (expected === undefined || expected === '' ? '' : `; expected ${expected}`);

const KINDS: Readonly<Record<string, string>> = {
  string: 'a text',
  number: 'a number',
  int: 'an integer',
  bigint: 'a big integer',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  date: 'a Date',
  function: 'a function',
  symbol: 'a symbol',
  undefined: 'nothing',
  null: 'null',
  nan: 'NaN',
  never: 'nothing (no value allowed here)',
  tuple: 'an array',
  record: 'an object',
  map: 'a Map',
  set: 'a Set',
};
const kind = (k: string): string => (/^["\d-]|^(true|false|null)$/.test(k) ? k : (KINDS[k] ?? k));

const UNITS: Readonly<Record<string, readonly [string, string]>> = {
  string: ['character', 'characters'],
  array: ['item', 'items'],
  set: ['item', 'items'],
  file: ['byte', 'bytes'],
};

const FORMATS: Readonly<Record<string, string>> = {
  date: 'an ISO date YYYY-MM-DD (a real date)',
  datetime: 'an ISO date-time',
  email: 'an e-mail address',
  url: 'a URL',
};

const ELEMENTS: Readonly<Record<string, string>> = {
  policy: 'at least one policy document, strategy, guideline or plan (STM-3 (1))',
  organisation: 'how the work is organised: fora, who takes part, how often (STM-3 (2))',
  findings: 'the findings of step a (STM-3 (3), ACT-3 a)',
  causes: 'the cause analysis of step b (STM-3 (3), ACT-3 b)',
  results: 'the results of the work and measures (STM-3 (4), ACT-3 d)',
  plans: 'plans and expectations ahead (STM-3 (5))',
};

const expectations: Messages<ExpectationParams> = {
  kind: (p) => `${kind(p.kind)}${p.finite === true ? ' (finite)' : ''}`,
  kinds: (p) => p.kinds.map(kind).join(' or '),
  oneOf: (p) => (p.values.length === 1 ? (p.values[0] ?? '') : `one of ${p.values.join(', ')}`),
  bound: (p) => {
    const units = UNITS[p.origin];
    const low = p.op === '≥' || p.op === '>';
    if (units !== undefined) return `${p.origin === 'string' ? 'a text of' : 'an array of'} ${low ? 'at least' : 'at most'} ${p.bound} ${p.bound === '1' ? units[0] : units[1]}`;
    return `${p.origin === 'int' ? 'an integer' : 'a number'} ${p.op} ${p.bound}`;
  },
  multipleOf: (p) => `a multiple of ${p.divisor}`,
  format: (p) => FORMATS[p.format] ?? `a text in the format ${p.format}`,
  validValue: () => 'a valid value',
  acceptedForms: () => 'a value of one of the accepted forms',
  noSuchField: () => 'no field of this name',
  onlyKnownFields: () => 'only the known fields (a field of another name is there; its name is not repeated)',
  noSpecialCategory: () => 'no special category of personal data (ANON-5)',
  nestedAtMost: (p) => `data nested at most ${p.limit} levels deep`,
  noProtoKey: () => 'no "__proto__" key',
  literal: (p) => p.text,
  textOrBytes: () => 'the text (a string) or the bytes (a Uint8Array)',
  byteStream: () => 'a byte stream (a Node readable stream, an async iterable of Uint8Array or a ReadableStream)',
  function: () => 'a function',
  noOnRecords: () => 'no onRecords here: the records go to the statistics',
  parsedRecords: () => 'an array of parsed employee records (EmployeeSchema output)',
  parsedRecord: () => 'a parsed employee record (EmployeeSchema output)',
  nonEmptyText: () => 'a non-empty text',
  nonEmptyTextOrNone: () => 'a non-empty text, or no personId',
  employmentKind: () => 'one of "ordinary", "maritime", "freelance"',
  isoDateText: () => 'an ISO date YYYY-MM-DD',
  isoDateOrNull: () => 'an ISO date YYYY-MM-DD, or null (ongoing)',
  unitPathOrNull: () => 'a unit path, or null',
  weeksOrNull: () => 'weeks 0–53, or null',
  leavePeriods: () => 'an array of parsed leave periods ({ startDate, endDate, percent })',
  partialMapping: () => 'a partial mapping (from accumulateMapping, mergePartialMappings or deserializePartialMapping; JSON goes through deserializePartialMapping)',
  payColumn: () => 'the column of a pay component the options use',
  onePerPerson: (p) => `${p.count} value${p.count === 1 ? '' : 's'}, one per person (as persons.key)`,
  idBelow: (p) => `an id below ${p.size} (the size of ${p.dictionary}s), or -1`,
  mainActive: () => '1 exactly when the person has an active employment (persons.activeCount > 0)',
  personKey: () => 'a person key (persons are merged: options.mergePersons)',
  uniqueEntry: () => 'an entry unique in its dictionary',
  uniquePersonKey: () => 'a person key unique in the partial mapping',
  payUnitDivisor: () => 'a number that divides 27 720',
  sameOptions: (p) => `${p.value}, as in a (the parts were computed with different options: compute both with the same)`,
  wholeNumberAtLeast0: () => 'a whole number ≥ 0',
  integerRange: (p) => `an integer ${p.min}–${p.max}`,
  decimalAmount: () => 'a plain decimal amount such as "55280.00" (or a finite number)',
  headcountOfYear: (p) => `a headcount of financial year ${p.year}`,
  headcountOverFiscalYear: (p) => `a headcount over the employer's financial year (ending ${p.fiscalYearEnd})`,
  averageHeadcountOfYear: (p) => `the average headcount of financial year ${p.year} (given, or computed with averageHeadcount; COV-6)`,
  demandYear: () => 'the financial year of the demand, or its date (YYYY-MM-DD)',
  oneHeadcountPerYear: () => 'one headcount per financial year (COV-6)',
  orgNumber: () => 'an organisation number with a valid mod 11 check digit',
  endOnOrAfterStart: () => 'an end date on or after the start date',
  nokAmount: () => 'a NOK amount with at most two decimals',
  atMostTwoDecimals: () => 'at most two decimals',
  realMonthDay: () => 'a real month and day (MM-DD)',
  monthDay: () => 'MM-DD',
  monthDayExample: () => 'a month and day MM-DD, e.g. 12-31',
  calendarDay: () => 'a calendar day MM-DD (02-29 = last day of February)',
  decimalString: () => 'a decimal string such as "88.2"',
  nineDigits: () => '9 digits',
  xmlContent: () => 'the XML as a string, a Uint8Array or an async iterable of Uint8Array',
  url: () => 'a URL',
  unitNameWithoutSeparator: (p) => `a unit name without "${p.separator}"`,
  uniqueSiblingName: () => 'a name unique among its sibling units',
  unitPathOfTree: () => 'a unit path of the organisation tree',
  yearNotAfter: (p) => `a financial year not after ${p.year}`,
  dutiesOfYear: (p) => `the duty assessment of financial year ${p.year}`,
  cycleOfYear: (p) => `the cycle of ${p.year}`,
  figuresOfYear: (p) => `the figures of ${p.year}`,
  statementBefore: (p) => `a statement of a year before ${p.year}`,
  mappedInYears: (p) => `figures mapped in ${p.from} or ${p.to} (STM-6)`,
  uniqueId: (p) => `an id unique within ${p.list}`,
  representative: () => 'at least one employee representative (ACT-5)',
  referenceId: (p) => `the id of a ${p.kind === 'measure' ? 'measure' : 'finding'} in this cycle`,
  findingOfMeasure: () => 'the id of the finding the measure answers (ACT-6)',
  employerGround: () => 'a ground of the employer duty (ACT-1); age belongs to the § 24 authority duty (COV-8)',
  statementElement: (p) => ELEMENTS[p.element] ?? p.element,
  unitTreeDepth: (p) => `a unit tree of at most ${p.limit} levels`,
  referenceDateInYear: (p) => `a date of the financial year ${p.year} (${p.start} – ${p.last})`,
  csvDate: () => 'a date YYYY-MM-DD or DD.MM.YYYY',
  employeeIdText: () => 'an employee id',
  zeroOrMore: () => '0 or more',
  weeks0to53: () => '0–53 weeks',
  yearDigits: () => 'a year YYYY',
  yearOfFirstRow: () => 'the year of the first row that has one',
  csvNumber: () => 'a number (1234.50 or 1 234,50)',
  twoDecimals: () => 'at most two decimals',
  twoDecimalsRounded: () => 'at most two decimals (rounded half-up)',
  closingQuote: () => 'a closing quote before the end of the file',
  delimiterAfterQuote: () => 'a delimiter or line end after a closing quote',
  fieldLength: (p) => `fields of at most ${p.limit} characters (is a quote missing?)`,
  fieldCount: (p) => `${p.count} fields`,
  csvSex: () => 'female|male|other|unknown (or K/M, kvinne/mann, annet/ukjent)',
  csvKind: () => 'ordinary|maritime|freelance or empty (or ordinær/maritim/frilanser)',
  csvContract: () => 'permanent|temporary or empty (or fast/midlertidig)',
  csvBoolean: () => 'true|false or empty (or ja/nei)',
  encoding: (p) => p.encoding,
  nationalId: () => '11 digits with valid mod 11 check digits',
  personIdentifier: () => 'norskIdentifikator or identifiserendeInformasjon',
  orgNumberDigits: () => 'a 9-digit organisation number (mod 11)',
  employmentId: () => 'an arbeidsforholdId',
  employmentType: (p) => p.values.join('|'),
  isoDate: () => 'YYYY-MM-DD',
  percent0to200: () => '0–200',
  decimalPercent0to200: () => 'a decimal number 0–200',
  contractForm: () => 'fast|midlertidig… (taken as fast)',
  occupationCode: () => 'a 7-digit occupation code (kept as given)',
  leavePercent: () => 'a percent 0–100',
  month: () => 'YYYY-MM',
  oneFinancialYear: () => 'one financial year',
  monthBetween: (p) => `a month of ${p.start} – ${p.last}`,
  meldingRoot: (p) => `<melding> in ${p.namespaces.join(' or ')}`,
  namespaces: (p) => p.namespaces.join(' or '),
  levelsAtMost: (p) => `at most ${p.limit} levels`,
  hrIdColumn: () => 'a national id or an employee number column',
  hrId: () => 'a national id or an employee number',
  hrSex: () => 'K|M|kvinne|mann|female|male|other|unknown',
  hrBoolean: () => 'ja|nei|true|false|yes|no|1|0 or empty',
  sexCode: () => 'female|male|other|unknown',
};

const TABLES: Readonly<Record<string, string>> = {
  'sex-balance': 'sex balance (STAT-A1)',
  temporary: 'temporary employees (STAT-A2)',
  'part-time': 'part-time employees (STAT-A3)',
  'parental-leave': 'parental leave (STAT-A4)',
  pay: 'women’s share of men’s pay (STAT-B1/B2)',
  'sex-distribution': 'sex distribution per level (STAT-B3)',
  'involuntary-part-time': 'involuntary part-time (STAT-B4)',
};

const PART2: Readonly<Record<string, string>> = {
  policy: 'policy documents',
  organisation: 'organisation of the work',
  process: 'risks, causes and measures',
  results: 'results',
  plans: 'plans',
};

const fields: Catalogue['fields'] = {
  employeeId: 'the employee id',
  personId: 'the person id',
  gender: 'the sex',
  nationalId: 'the national id',
  employmentKind: 'the kind of employment',
  contract: 'the contract form (permanent or temporary)',
  positionPercent: 'the position percent',
  startDate: 'the start date',
  endDate: 'the end date',
  unit: 'the organisational unit',
  jobLevel: 'the job level',
  jobGroup: 'the job group',
  occupationCode: 'the occupation code',
  basePay: 'the base pay',
  fixedAllowances: 'the fixed allowances',
  irregularAllowances: 'the irregular allowances',
  bonus: 'the bonus',
  overtime: 'the overtime pay',
  benefitsInKind: 'the benefits in kind',
  parentalLeaveWeeks: 'the weeks of parental leave',
  involuntaryPartTime: 'the involuntary part-time answer',
  organisationNumber: 'the organisation number',
  year: 'the year',
  payCode: 'the pay code',
  payAmount: 'the pay amount',
};

const field = (f: string): string => `${(fields as Readonly<Record<string, string>>)[f] ?? f} (${q(f)})`;

const diagnostics: DiagnosticMessages = {
  invalid_type: (p) => (p.expected === undefined ? 'wrong type' : `expected ${p.expected}`),
  invalid_value: (p) => `invalid value${x(p.expected)}`,
  required: (p) => `required field is missing${x(p.expected)}`,
  unknown_field: (p) => `unknown field${p.columns !== undefined && p.columns.length > 0 ? `: ${p.columns.map(q).join(', ')}` : ''}${x(p.expected)}`,
  special_category_field: (p) =>
    `special categories of personal data (ethnicity, disability, sexual orientation …) are not accepted as statistical fields (ANON-5)${p.column !== undefined ? `: column ${q(p.column)} is not read` : ''}`,
  too_small: (p) => `value too small${x(p.expected)}`,
  too_big: (p) => `value too big${x(p.expected)}`,
  invalid_format: (p) => `invalid format${x(p.expected)}`,
  too_deep: (p) => `nested too deep${x(p.expected)}`,
  forbidden_key: (p) => `key not allowed${x(p.expected)}`,
  invalid_org_number: () => 'invalid organisation number (9 digits, mod 11 check digit)',
  invalid_national_id: () => 'invalid national id (11 digits, mod 11 check digits)',
  duplicate_employee_id: (p) => `duplicate employee id (first seen in record ${p.firstRecord})`,
  invalid_number: (p) => `not a number${x(p.expected)}`,
  invalid_date: (p) => `not a date${x(p.expected)}`,
  end_before_start: () => 'end date is before start date',
  negative_pay: (p) => `pay below zero${p.element !== undefined ? ` (${p.element})` : ''}`,
  position_percent_out_of_range: () => 'position percent outside 0–200',
  position_percent_zero_or_missing: () => 'position percent is 0 or missing: counted in headcounts, left out of pay (DEF-PAY)',
  position_percent_above_100: () => 'position percent above 100',
  unknown_sex_value: (p) => `unknown sex value${x(p.expected)}`,
  sex_derived_from_national_id: () => 'sex derived from the national id as a fallback (no HR sex given)',
  too_many_decimals: (p) => `too many decimals${x(p.expected)}`,
  person_sex_inconsistent: () => 'the employments of one person give different sexes: counted as unknown sex (DEF-SEX)',
  missing_columns: (p) => `missing required columns: ${p.columns.join(', ')}`,
  unreadable_file: (p) => (p.problem === 'xml-syntax' ? 'file cannot be read: the XML is broken (a syntax error, or the file ends too early)' : 'file cannot be read (an error while reading it)'),
  not_a_melding: (p) => `not an a-melding file${p.root !== undefined ? ` (its root element is <${p.root}>)` : ''}${x(p.expected)}`,
  wrong_namespace: (p) => `wrong XML namespace${x(p.expected)}`,
  mixed_legal_entities: () => 'files of different legal entities mixed together',
  mixed_years: () => 'files of different years mixed together',
  unknown_pay_code: () => 'unknown pay code; expected one of the pay-code table',
  invalid_column_mapping: (p) => {
    switch (p.problem) {
      case 'same-field':
        return `invalid column mapping: columns ${q(p.other ?? '')} and ${q(p.column ?? '')} both map to ${p.field ?? ''}`;
      case 'not-in-file':
        return `invalid column mapping: column ${q(p.column ?? '')} of the mapping is not in the file`;
      case 'annual-not-pay':
        return `invalid column mapping: annual column ${q(p.column ?? '')} is not a pay column of the file`;
      case 'pay-lines-need-codes':
        return 'invalid column mapping: pay lines (payCode, payAmount) need a pay-code table';
      default:
        return 'invalid column mapping: pay lines (payCode, payAmount) and pay columns cannot be mixed';
    }
  },
  invalid_encoding: (p) => `text is not valid ${p.encoding ?? p.expected ?? 'text'}; unreadable bytes were replaced`,
  optional_columns_missing: (p) => `optional columns missing, their defaults are used: ${p.columns.join(', ')}`,
  column_recognised: (p) => `column ${q(p.column)} is read as ${field(p.field)}: a known column name (name it in the column mapping to confirm, or map it to "ignore")`,
  column_not_mapped: (p) =>
    `column ${q(p.column)} looks like ${field(p.field)} but is not read${p.from !== undefined ? ` (column ${q(p.from)} gives it)` : ''}: name it in the column mapping, or map it to "ignore"`,
  malformed_row: (p) => `malformed row${p.fields !== undefined ? ` (${p.fields} fields)` : ''}${x(p.expected)}`,
  sex_missing: () => 'sex is empty: counted as unknown, left out of women/men comparisons (DEF-SEX)',
  missing_reference_month: (p) => `no a-melding for the month of the reference date${x(p.expected)}`,
  duplicate_delivery: () => 'the same employment is reported twice for one month (left out)',
  employment_not_in_reference_month: () => 'employment not reported in the month of the reference date: taken as ended after the last month reported',
  income_not_linked: () => 'pay line not linked to a reported employment (no or unknown arbeidsforholdId)',
  hr_record_unmatched: () => 'HR record matches no employment in the a-melding',
  no_base_pay_in_reference_month: () => 'no base pay in the month of the reference date (e.g. unpaid leave): the record counts with base pay 0 in pay figures (DEF-PAY)',
  missing_representatives: (p) => `step ${p.step} has no employee representatives taking part (ACT-5)`,
  measure_without_finding: () => 'measure is not linked to a finding (ACT-6)',
  unknown_reference: (p) => `refers to an unknown ${p.kind === 'measure' ? 'measure' : p.kind === 'unit' ? 'unit' : 'finding'}`,
  missing_statement_element: (p) => `statement part 2 element missing: ${PART2[p.element] ?? p.element} (STM-3)`,
  missing_figure: (p) => `required figure missing: ${TABLES[p.figure] ?? p.figure}`,
  stale_biennial_figures: (p) => `biennial figures are from ${p.mappedYear}, older than last year (STM-6)`,
  invalid_argument: (p) => `invalid argument ${p.argument}${x(p.expected)}`,
  field_too_long: (p) => `a field longer than ${p.limit} characters is not read (perhaps a quote is missing)`,
  header_too_long: (p) => `the header line is longer than ${p.limit} characters (perhaps not a CSV file): nothing is read`,
  unit_too_deep: (p) => `unit path of more than ${p.limit} levels: not read`,
  element_too_deep: (p) => `elements nested more than ${p.limit} deep: the file is not read`,
  diagnostics_truncated: (p) => `${p.omitted} more problems found, counted but not listed (the first ${p.kept} are listed)`,
};


const duties: Catalogue['duties'] = {
  subject: (p) => {
    switch (p.category) {
      case 'public':
        return 'A public employer (of any size)';
      case 'private-over-50':
        return `A private employer with more than 50 employees (${p.headcount})`;
      case 'private-20-50-demanded':
        return `A private employer with 20–50 employees (${p.headcount}) where ${p.party === null ? '?' : duties.party[p.party]} demanded it`;
      case 'private-20-50':
        return `A private employer with 20–50 employees (${p.headcount}) without a demand`;
      default:
        return `A private employer with fewer than 20 employees (${p.headcount})`;
    }
  },
  party: { employer: 'the employer', 'employee-representatives': 'the employee representatives', 'employee-majority': 'a majority of the employees' },
  general: 'Every employer must work actively, purposefully and systematically for equality and against discrimination.',
  fourSteps: (who) => `${who} must follow the four steps (ACT-3).`,
  mapping: (who) => `${who} must map pay by sex and involuntary part-time at least every second year (ACT-4).`,
  statement: (who) => `${who} must publish an annual equality statement (STM-1).`,
  documentationViaStatement: 'Documentation is given through the statement.',
  documentation: (who) => `${who} must document the equality work and present it on request (COV-5).`,
  notThisDuty: (who) => `${who} does not have this duty (COV-5).`,
  names: {
    'general-duty': 'the general activity duty',
    'four-step-method': 'the four-step method',
    'biennial-mapping': 'the biennial mappings of pay and involuntary part-time',
    statement: 'the annual equality statement',
    'documentation-duty': 'the documentation duty',
  },
  sentence: (p) => {
    const not = p.hasNot.length > 0 ? `, but not ${join(p.hasNot, 'or')}` : '';
    const authority =
      p.authority === null ? '' : ` It ${p.authority.applies ? 'also has' : 'does not have'} the public-authority duty (LDL § 24; COV-8${p.authority.assumed ? ', assumed from the sector' : ''}).`;
    return `In financial year ${p.year}, ${p.who} has ${join(p.has, 'and')}${not} (LDL §§ 26, 26 a; ${p.rules}).${authority}`;
  },
};

const plan: Catalogue['plan'] = {
  basis: {
    noStatement: 'No statement duty: the work is documented (documentation duty).',
    mappedThisYear: (year) => `Biennial mapping made for ${year}.`,
    reuse: (last) => `Mapped in ${last}: the pay and involuntary part-time figures may be reused or referred to.`,
    firstMapping: (year) => `First biennial mapping for ${year} at the latest.`,
    noEarlierMapping: 'No earlier mapping: pay and involuntary part-time must be mapped this year.',
    lastMapping: (last) => `Last mapping ${last}: pay and involuntary part-time must be mapped this year (at least every second year).`,
    everyYear: 'The statement is given every year.',
    fourSteps: 'The four steps are carried out within the year, with the employee representatives.',
    deadlines: (adoption, filing) => `The annual report is adopted by ${adoption} and filed by ${filing}.`,
  },
  sentence: (p) => {
    const head = `Financial year ${p.year} (${p.start} – ${p.last}): `;
    if (!p.statementRequired) return `${head}no statement duty; the equality work is documented (COV-5). The annual report is adopted by ${p.adoptionDeadline} and filed by ${p.filingDeadline}.`;
    const mapping = p.mappingRequired
      ? 'pay by sex and involuntary part-time must be mapped (ACT-4)'
      : p.reuseFrom !== null
        ? `no new mapping of pay and involuntary part-time is required; the figures mapped in ${p.reuseFrom} may be reused (STM-6)`
        : `no mapping of pay and involuntary part-time is required yet (first for ${p.firstMappingYear} at the latest, ACT-4)`;
    return `${head}${mapping}. The statement, with the annual report, is adopted by ${p.adoptionDeadline} and filed by ${p.filingDeadline} (STM-5).`;
  },
};

/** The English catalogue. @internal */
export const en: Catalogue = {
  language: 'en',
  list: {
    and: (items) => join(items, 'and'),
    or: (items) => join(items, 'or'),
    quote: q,
    number: (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','),
  },
  where: {
    record: 'record',
    field: 'field',
    column: 'column',
    found: 'found',
    name: (name) => name,
    shape: (s) => (s.kind === 'digits' ? `${s.length} ${s.length === 1 ? 'digit' : 'digits'}` : s.kind === 'number' ? 'a number' : s.kind === 'date' ? 'a date-like value' : 'text'),
  },
  severity: { error: 'error', warning: 'warning' },
  diagnostics,
  expectations,
  fields,
  duties,
  plan,
};
