/**
 * The English catalogue: every text a person reads, in English (see `types.ts` for the shape and
 * how to add a message).
 * @internal
 */
import { analysisEn } from './analysis/en.js';
import type {
  AnonymisationTexts,
  Catalogue,
  DiagnosticMessages,
  ExpectationParams,
  FigureSex,
  FigureSubject,
  Messages,
  NarrowingKind,
  SuppressionSex,
} from './types.js';
import { transparencyEn } from './transparency/en.js';

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
    if (units !== undefined)
      return `${p.origin === 'string' ? 'a text of' : 'an array of'} ${low ? 'at least' : 'at most'} ${p.bound} ${p.bound === '1' ? units[0] : units[1]}`;
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
  uniqueUnitKey: () => 'a unit key used once',
  keyedParentOnly: () => 'no parent on a unit without a key',
  listedParent: () => 'a parent unit listed in the table',
  parentsReachEmployer: () => 'parent units that lead to the employer (no cycle)',
  figuresThatAddUp: () => 'figures that add up (sums, shares and bounds of one mapping)',
  protectableFigure: () => 'a figure the secondary suppression can protect (it could not: merge small levels or raise the thresholds)',
  countWithinHeadCount: () => 'a count at most the cell’s head count',
  subUnitsWithinParent: () => 'sub-units that together hold at most their parent’s persons',
  nonNegativeAverage: () => 'an average of 0 or more',
  noAverageWithoutPersons: () => 'no average beside 0 persons',
  payCountWithinPersons: () => 'at most as many persons with pay as persons',
  nonNegativeMean: () => 'a mean of 0 or more',
  noMeanWithoutPersons: () => 'no mean beside a count of 0',
  partsWithinWhole: () => 'parts that together hold at most the whole’s persons with pay',
  sexesAddUpToTotal: () => 'women + men + other + unknown = the total',
  nonEmptyText: () => 'a non-empty text',
  nonEmptyTextOrNone: () => 'a non-empty text, or no personId',
  employmentKind: () => 'one of "ordinary", "maritime", "freelance"',
  isoDateText: () => 'an ISO date YYYY-MM-DD',
  isoDateOrNull: () => 'an ISO date YYYY-MM-DD, or null (ongoing)',
  unitPathOrNull: () => 'a unit path, or null',
  weeksOrNull: () => 'weeks 0–53, or null',
  leavePeriods: () => 'an array of parsed leave periods ({ startDate, endDate, percent })',
  partialMapping: () =>
    'a partial mapping (from accumulateMapping, mergePartialMappings or deserializePartialMapping; JSON goes through deserializePartialMapping)',
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
  employerText: () => 'a text, or texts per language { "nb": …, "nn": …, "en": … }',
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
  fullTimeHoursPerWeek: 'the full-time weekly hours',
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
  unreadable_file: (p) =>
    p.problem === 'xml-syntax'
      ? 'file cannot be read: the XML is broken (a syntax error, or the file ends too early)'
      : 'file cannot be read (an error while reading it)',
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
  column_recognised: (p) =>
    `column ${q(p.column)} is read as ${field(p.field)}: a known column name (name it in the column mapping to confirm, or map it to "ignore")`,
  column_not_mapped: (p) =>
    `column ${q(p.column)} looks like ${field(p.field)} but is not read${p.from !== undefined ? ` (column ${q(p.from)} gives it)` : ''}: name it in the column mapping, or map it to "ignore"`,
  malformed_row: (p) => `malformed row${p.fields !== undefined ? ` (${p.fields} ${p.fields === 1 ? 'field' : 'fields'})` : ''}${x(p.expected)}`,
  sex_missing: () => 'sex is empty: counted as unknown, left out of women/men comparisons (DEF-SEX)',
  missing_reference_month: (p) => `no a-melding for the month of the reference date${x(p.expected)}`,
  duplicate_delivery: () => 'the same employment is reported twice for one month (left out)',
  employment_not_in_reference_month: () => 'employment not reported in the month of the reference date: taken as ended after the last month reported',
  income_not_linked: () => 'pay line not linked to a reported employment (no or unknown arbeidsforholdId)',
  hr_record_unmatched: () => 'HR record matches no employment in the a-melding',
  no_base_pay_in_reference_month: () =>
    'no base pay in the month of the reference date (e.g. unpaid leave): the record counts with base pay 0 in pay figures (DEF-PAY)',
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
        return `A private employer with more than ${p.above} employees (${p.headcount})`;
      case 'private-20-50-demanded':
        return `A private employer with ${p.from}–${p.above} employees (${p.headcount}) where ${p.party === null ? '?' : duties.party[p.party]} demanded it`;
      case 'private-20-50':
        return `A private employer with ${p.from}–${p.above} employees (${p.headcount}) without a demand`;
      default:
        return `A private employer with fewer than ${p.from} employees (${p.headcount})`;
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
      p.authority === null
        ? ''
        : ` It ${p.authority.applies ? 'also has' : 'does not have'} the public-authority duty (LDL § 24; COV-8${p.authority.assumed ? ', assumed from the sector' : ''}).`;
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
    if (!p.statementRequired)
      return `${head}no statement duty; the equality work is documented (COV-5). The annual report is adopted by ${p.adoptionDeadline} and filed by ${p.filingDeadline}.`;
    const mapping = p.mappingRequired
      ? 'pay by sex and involuntary part-time must be mapped (ACT-4)'
      : p.reuseFrom !== null
        ? `no new mapping of pay and involuntary part-time is required; the figures mapped in ${p.reuseFrom} may be reused (STM-6)`
        : `no mapping of pay and involuntary part-time is required yet (first for ${p.firstMappingYear} at the latest, ACT-4)`;
    return `${head}${mapping}. The statement, with the annual report, is adopted by ${p.adoptionDeadline} and filed by ${p.filingDeadline} (STM-5).`;
  },
};

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const mib = (n: number): string => (n < 10 ? n.toFixed(1) : String(Math.round(n)));
const seconds = (s: number): string => (s < 90 ? `${s} s` : s < 5400 ? `${Math.round(s / 60)} min` : `${(s / 3600).toFixed(1)} h`);

const LANG_LINE =
  '  --lang <language>        nb, nn or en (also norsk, bokmål, nynorsk, engelsk); default: from\n                           LC_ALL, LC_MESSAGES or LANG, else en';
const HELP_LINE = '  -h, --help               this help';

const cli: Catalogue['cli'] = {
  usage: `Usage: likestilling <command> [options]

Norway's employer equality duties (aktivitets- og redegjørelsesplikt, LDL §§ 26–26 a).

Commands:
  likestilling duties     which duties an employer has in a financial year (COV-*)
  likestilling plan       what must be mapped and published in a year, and by when (ACT-4, STM-*)
  likestilling report     part-1 figures, or the whole statement, from the data
${analysisEn.cli.usage}
  likestilling audit      check a published table for disclosure (ANON-*)
  likestilling validate   check input files and list every problem
  likestilling init       write the templates of a statement project to fill in
  likestilling transparency  the EU pay-transparency indicators (Art. 9, 10) from the data
  likestilling vectors    run the conformance vectors against this tool or another program

Every command takes --lang (nb, nn or en; else from LANG, else en) and -h/--help:
\`likestilling <command> --help\` shows its options.
`,
  help: {
    duties: `Usage: likestilling duties --sector <sector> --year <year> [options]

Which ARP duties an employer has in a financial year (ARP.md §2, COV-1 to COV-8).

Options:
  --sector <sector>        public or private (also offentlig, kommune, fylkeskommune, stat,
                           privat) (required)
  --year <year>            financial year, 2020 or later (required)
  --headcount <number>     average persons regularly employed (COV-6; required for private)
  --demanded-by <party>    who demanded the extended duty (COV-4): employer, representatives,
                           majority or none (also arbeidsgiver, tillitsvalgte, flertall, ingen);
                           default none
  --demand-year <year>     financial year the demand was made (default: --year)
  --authority              also assess the § 24 public-authority duty (COV-8)
  --format <format>        json (default) or text
${LANG_LINE}
${HELP_LINE}

Exit codes: 0 done; 2 bad arguments.
`,
    plan: `Usage: likestilling plan --year <year> [options]

What must be mapped and published in a financial year, and by when (ACT-3, ACT-4, STM-2, STM-5,
STM-6).

Options:
  --year <year>            financial year, 2020 or later, ending in that calendar year (required)
  --last-mapping <year>    last financial year with the biennial mapping of pay and involuntary
                           part-time, or none (default none)
  --fiscal-year-end <MM-DD> last day of the financial year (default 12-31)
  --format <format>        json (default) or text
${LANG_LINE}
${HELP_LINE}

Exit codes: 0 done; 2 bad arguments.
`,
    report: `Usage: likestilling report <files…> --year <year> [options]
       likestilling report --config <statement.json>
       likestilling report --render <statement.json> --format <format>

Part-1 figures, or the whole statement, from the data: a canonical employee CSV; an HR or
spreadsheet export with --mapping, --profile and --pay-codes; or a year of a-melding files
(*.xml) with --hr. Without --employer and --cycle: the figures as JSON (the internal mapping, or
with --publish the published figures). With them: the statement (figures published first,
ANON-*) as json, html, md or xlsx. With --config: a statement project (likestilling init writes
one), every input and output named in one file.

Data:
  --year <year>            financial year (required)
  --mapping <file>         column mapping JSON: { "their header": "field", … }
  --profile <file>         import profile JSON: columnMapping, payCodes, annualColumns, delimiter,
                           decimal, encoding
  --pay-codes <file>       pay-code table JSON: { "1000": "basePay", "9000": "notPay", … }
  --hr <file>              HR file joined to the a-melding (sex, level, group, unit, involuntary
                           part-time)
  -q, --quiet              no progress line on the terminal

The statement:
  --config <file>          a statement project (employer, cycle, assessment, options, last year,
                           data, outputs): every other input comes from it
  --employer <file>        employer JSON (EmployerSchema)
  --cycle <file>           the year's four-step cycle JSON (EqualityCycleSchema)
  --assessment <file>      the employer's own assessment: paragraphs, or { "nb": […], "en": […] }
  --options <file>         statement options JSON (levelOrder, breakdown, includeNok, biennial)
  --previous <file>        last year's statement JSON (from --format json)
  --policy <file>          publication policy JSON (thresholds, ratiosOnly, mergeSmallLevels)
  --include-nok            NOK means besides the shares (STAT-B0)
  --breakdown <b>          level (default) or group: the breakdown of the pay tables
  --level-order <list>     the employer's levels or groups, top first, comma-separated
  --show-rules             an auditor's appendix: the rule IDs behind every table and note
  --publish                without a statement: the published figures instead of the mapping
  --format <format>        json (default), html, md or xlsx
  --out <file>             write to a file instead of stdout (required for xlsx)
  --render <file>          render a statement JSON (e.g. one you edited) instead of building one
${LANG_LINE}
                           (the statement: --lang, else bokmål)
${HELP_LINE}

Exit codes: 0 done; 1 done, but the data had errors (rows left out) or the statement is
incomplete (see stderr); 2 bad arguments or unreadable input.
`,
    analyse: analysisEn.cli.help,
    audit: `Usage: likestilling audit <published.json> [options]

Checks a published table for disclosure (ARP.md §6, ANON-2, ANON-3, ANON-7): every published
figure below a threshold, and every hidden value a reader can narrow — with a linear and integer
programming solver over every relation the table implies — to a single value, to within the
tolerance, or (a small group's count) enough to tell "all" from "none"; each finding with the
chain of relations that pins it. Reads the JSON of likestilling report --publish and tables of
other tools in the same shape (schemas/published.schema.json).

Options:
  --policy <file>          publication policy JSON (default: the table's own, else ANON-2's)
  --pay-min <n>            persons needed behind a pay figure of a sex (default 5)
  --attribute-min <n>      attribute counts 0 or at least n, and so the rest (default 3)
  --parental-leave-min <n> persons needed behind an average of parental-leave weeks (default 5)
  --tolerance <percent>    a hidden value narrowed to within this percent is recovered (default 1)
  --format <format>        json (default) or text
${LANG_LINE}
${HELP_LINE}

Exit codes: 0 clean; 1 findings; 2 unreadable input or bad arguments.
`,
    validate: `Usage: likestilling validate <files…> [options]

Checks input files the way likestilling report reads them, and lists every problem: errors (the
row is left out of the figures) and warnings (the row is kept). CSV files (the canonical format or
an HR or spreadsheet export) are checked one by one; a-melding files (*.xml) are read together as
one legal entity's financial year, with the HR file of --hr.

Options:
  --mapping <file>         column mapping JSON: { "their header": "field", … }
  --profile <file>         import profile JSON: columnMapping, payCodes, annualColumns, delimiter,
                           decimal, encoding
  --pay-codes <file>       pay-code table JSON: { "1000": "basePay", "9000": "notPay", … }, for a
                           column per pay code or, with payCode and payAmount columns, pay lines
  --year <year>            the financial year (CSV: a year column must match; a-melding: the year)
  --hr <file>              HR file joined to the a-melding
  --max-diagnostics <n>    problems listed per file (default 1000); the rest are counted
  -q, --quiet              no progress line on the terminal
  --format <format>        text (default) or json
${LANG_LINE}
${HELP_LINE}

Exit codes: 0 no errors (warnings allowed); 1 errors found; 2 bad arguments or unreadable files.
`,
    init: `Usage: likestilling init [<folder>] [options]

Writes the templates of a statement project for you to fill in: statement.json (the project:
employer, cycle, data and outputs), employer.json and cycle.json, with comments that say what
each field is. Then: likestilling report --config statement.json.

Options:
  --year <year>            the financial year of the statement (default: last year)
  --sector <sector>        public or private (also offentlig, kommune, privat …; default private)
  --dir <folder>           where to write (default: the current folder)
  --force                  overwrite files that are there
${LANG_LINE}
                           (also the language of the comments)
${HELP_LINE}

Exit codes: 0 done; 2 bad arguments or a file already there.
`,
    transparency: transparencyEn.help,
    vectors: `Usage: likestilling vectors [options]

Runs the conformance vectors (vectors/index.json: each case's command line, inputs and expected
output) against this command line, or against another program, and lists every case that differs.
Outputs are compared as JSON: strings exactly, numbers exactly, keys in any order.

Options:
  --dir <folder>           the vectors' folder (default vectors)
  --run <command>          run each case with this command instead, in the case's folder; {cli}
                           is replaced by the case's arguments, e.g. "my-program {cli}"
  --only <id,…>            run only these cases
  --skip-texts             do not compare texts in nb, nn and en (for other implementations)
${LANG_LINE}
${HELP_LINE}

Exit codes: 0 every case passed; 1 some differ; 2 bad arguments or an unreadable index.
`,
  },
  seeHelp: (command) => `Run \`likestilling ${command} --help\` for the options.`,
  errors: {
    unknownCommand: (p) => `unknown command "${p.command}"`,
    unknownOption: (p) => `unknown option ${p.option}`,
    missingValue: (p) => `${p.option} needs a value (write ${p.option}=… for a value that starts with a dash)`,
    noValueTaken: (p) => `${p.option} takes no value`,
    repeated: (p) => `${p.option} is given twice`,
    unexpectedArgument: (p) => `unexpected argument "${p.argument}"`,
    oneOf: (p) =>
      `${p.option} must be one of ${p.allowed.join(', ')}${p.also !== undefined && p.also.length > 0 ? ` (or ${p.also.join(', ')})` : ''} (got "${p.value}")`,
    wholeNumber: (p) => `${p.option} must be a whole number (got "${p.value}")`,
    between: (p) => `${p.option} must be between ${p.min} and ${p.max === Infinity ? '∞' : p.max} (got ${p.value})`,
    numberAtLeast: (p) => `${p.option} must be a number ≥ ${p.min} (got "${p.value}")`,
    monthDay: (p) => `${p.option} must be a real month and day MM-DD, e.g. 06-30 (got "${p.value}")`,
    required: (p) => `${p.option} is required`,
    headcountRequired: () => '--headcount is required for a private employer (average persons employed, COV-6)',
    needs: (p) => `${p.option} needs ${p.other}`,
    together: (p) => `${join(p.options, 'and')} go together (the statement needs both)`,
    formatNeedsStatement: (p) => `--format ${p.format} needs the statement's inputs --employer and --cycle (or --config)`,
    outRequired: (p) => `--format ${p.format} needs --out <file>`,
    noFiles: () => 'give at least one file to validate',
    noData: () => 'give the data: one employee CSV file, or a year of a-melding files (*.xml)',
    oneDataSet: () => 'give one employee CSV file, or a year of a-melding files (*.xml), not both',
    oneTable: () => 'give exactly one published table (a JSON file)',
    hrNeedsXml: () => '--hr is joined to a-melding files: give them (*.xml)',
    renderNoFiles: () => '--render takes no data files',
    noFilesWith: (p) => `${p.option} takes no data files`,
    configConflict: (p) => `${p.option} cannot be given with --config: the project file names every input and output`,
    cannotRead: (p) =>
      `cannot read ${p.file}: ${p.reason === 'missing' ? 'no such file' : p.reason === 'denied' ? 'no permission to read it' : p.reason === 'folder' ? 'it is a folder' : 'a read error'}`,
    notJson: (p) =>
      `${p.label === p.file ? '' : `${p.label}: `}${p.file} is not JSON (${p.line === undefined ? 'it ends too early' : `error at line ${p.line}, column ${p.column ?? 1}`})`,
    invalidJson: (p) => `${p.label === p.file ? '' : `${p.label}: `}${p.file} is not valid:\n${p.problems.map((x) => `  ${x}`).join('\n')}`,
    invalidInput: (p) => `invalid input:\n${p.problems.map((x) => `  ${x}`).join('\n')}`,
    cannotAssess: (p) => `the duties for ${p.year} cannot be assessed:\n${p.problems.map((x) => `  ${x}`).join('\n')}`,
    exists: (p) => `${p.file} is there already (--force overwrites it)`,
  },
  validate: {
    file: (p) => {
      const head =
        p.kind === 'a-melding'
          ? `a-melding, ${plural(p.files.length, 'file', 'files')}${p.months.length > 0 ? ` (${p.months[0] ?? ''} – ${p.months[p.months.length - 1] ?? ''})` : ''}`
          : `${p.files[0] ?? ''}${p.kind === 'hr' ? ' (HR file)' : ''}`;
      const unit = p.kind === 'a-melding' ? ['employment', 'employments'] : ['row', 'rows'];
      return `${head}: ${plural(p.errors, 'error', 'errors')}, ${plural(p.warnings, 'warning', 'warnings')}; ${plural(p.read, unit[0] ?? '', unit[1] ?? '')} read, ${p.rejected} left out${p.fatal ? ' — cannot be used' : ''}`;
    },
    summary: (p) =>
      `${plural(p.errors, 'error', 'errors')}, ${plural(p.warnings, 'warning', 'warnings')} in ${plural(p.files, 'file', 'files')}${p.unreadable > 0 ? `; ${plural(p.unreadable, 'file', 'files')} could not be read` : ''}`,
  },
  report: {
    more: (n) => `… and ${plural(n, 'more problem', 'more problems')} (likestilling validate lists them all)`,
    noFigures: (p) => `${p.files.join(', ')} cannot serve any figure`,
    written: (p) => `written: ${p.file}`,
  },
  audit: {
    unreadable: 'The table cannot be read:',
    heading: (p) =>
      `Audit of a published table (pay ≥ ${p.pay}, attributes 0 or ≥ ${p.attribute}/${p.rest}, parental leave ≥ ${p.leave}, tolerance ${p.tolerance} %)`,
    clean: 'No findings.',
    findings: (n) => `${plural(n, 'finding', 'findings')}:`,
    kinds: {
      'below-threshold': 'below threshold',
      recoverable: 'recoverable',
      'remainder-disclosed': 'remainder disclosed',
      'combination-disclosed': 'combination disclosed',
      unreadable: 'unreadable',
    },
    via: 'via',
    examined: (n) => `${plural(n, 'hidden value or small group', 'hidden values and small groups')} examined.`,
  },
  vectors: {
    failed: (p) => `FAILED ${p.id} (${p.rules.join(', ')})`,
    difference: (p) => `${p.path}: expected ${p.expected}, got ${p.actual}`,
    exitCode: (p) => `exit code: expected ${p.expected}, got ${p.actual}`,
    notJson: 'the output is not JSON',
    absent: '(absent)',
    summary: (p) => `${p.passed} passed, ${p.failed} failed`,
  },
  progress: {
    line: (p) =>
      [
        `${p.label}: ${mib(p.mib)}${p.totalMib === undefined ? '' : ` of ${mib(p.totalMib)}`} MiB read${p.percent === undefined ? '' : ` (${p.percent} %)`}`,
        p.rowsPerSecond !== undefined
          ? `${String(p.rowsPerSecond).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} rows/s`
          : p.mibPerSecond !== undefined
            ? `${mib(p.mibPerSecond)} MiB/s`
            : '',
        p.secondsLeft !== undefined ? `about ${seconds(p.secondsLeft)} left` : '',
      ]
        .filter((x) => x !== '')
        .join(', '),
  },
  init: {
    config: (p) => `// A statement project: \`likestilling report --config statement.json\` makes the statement.
// Paths are relative to this file. Comments like this one are allowed.
{
  // The financial year the statement is about.
  "year": ${p.year},
  // The employer (the legal entity): see employer.json.
  "employer": "employer.json",
  // The year's work in four steps and part 2 of the statement: see cycle.json.
  "cycle": "cycle.json",
  // Optional: your own assessment of the figures (a list of paragraphs, or { "nb": […], "en": […] }).
  // "assessment": "assessment.json",
  // Optional: the order of your job levels, top first, and other choices.
  "options": { "levelOrder": [] },
  // Optional: last year's statement (the JSON likestilling report writes), for the comparison.
  // "previous": "statement-${p.year - 1}.json",
  // Optional: why the gap — the split of the pay gap by job level and the adjusted gap, published
  // under the same rules as the figures (likestilling/analysis; every option but "statistics").
  // "analysis": { "breakdowns": ["level"] },
  // Optional: an appendix of the EU pay-transparency indicators (a)–(f) of the year, published
  // under the same rules (likestilling/transparency).
  // "transparency": true,
  // The data: a canonical employee CSV, an HR export with a column mapping, or the year's
  // a-melding files with an HR file ("files": ["a-melding-${p.year}-01.xml", …], "hr": "hr.csv").
  "data": {
    "files": ["employees-${p.year}.csv"]
    // , "mapping": "columns.json", "payCodes": "pay-codes.json"
  },
  // What to write: the format from the extension (.html, .md, .json, .xlsx), the language nb, nn or en.
  "outputs": [
    { "file": "statement.html", "lang": "en" },
    { "file": "statement.json" }
  ]
}
`,
    employer: (p) => `// The employer: the legal entity that has the duties (COV-7). Fill in every value.
{
  // 9 digits.
  "organisationNumber": "000000000",
  // The name as it should stand in the statement (or { "nb": "…", "en": "…" }).
  "name": "The Employer Ltd",
  // "public" or "private".
  "sector": "${p.sector}",
  // The average number of persons employed per financial year (COV-6): it decides a private
  // employer's duties (more than 50: the statement; 20–50: when a party demands it).
  "headcounts": [{ "financialYear": ${p.year}, "averageHeadcount": 0 }]
  // , "fiscalYearEnd": "12-31"  // the last day of the financial year, MM-DD
  // , "demands": [{ "party": "employee-representatives", "financialYear": ${p.year} }]  // COV-4
}
`,
    cycle: (p) => `// The year's work for equality in four steps (ACT-3), documented (ACT-6), and part 2 of the
// statement (STM-3). Each record names the employee representatives who took part (ACT-5).
{
  "financialYear": ${p.year},
  // Step a: risks of discrimination and obstacles to equality found, e.g.
  // { "id": "F1", "date": "${p.year}-03-01", "kind": "risk", "description": "…", "grounds": ["sex"],
  //   "areas": ["pay-and-working-conditions"], "representatives": [{ "role": "head representative" }] }
  "findings": [],
  // Step b: the causes, e.g. { "id": "C1", "date": "…", "findingIds": ["F1"], "causes": "…", "representatives": […] }
  "causeAnalyses": [],
  // Step c: measures, e.g. { "id": "M1", "date": "…", "findingIds": ["F1"], "description": "…",
  //   "goal": "…", "owner": "…", "deadline": "${p.year + 1}-06-30", "representatives": […] }
  "measures": [],
  // Step d: evaluations, e.g. { "id": "E1", "date": "…", "measureIds": ["M1"], "assessment": "…", "representatives": […] }
  "evaluations": [],
  // Part 2 of the statement: policy documents, how the work is organised, results, plans ahead.
  // Every text may be given per language: { "nb": "…", "en": "…" }.
  "context": {
    "policies": [],
    "organisation": { "fora": [] }
    // , "results": "…", "plansAhead": "…"
  }
}
`,
    written: (p) => `written: ${p.file}`,
    next: (p) => `Fill them in, then: likestilling report --config ${p.config}`,
  },
};

const SEX_WORDS: Readonly<Record<FigureSex, string>> = {
  women: 'women',
  men: 'men',
  other: 'persons of other sex',
  unknown: 'persons of unknown sex',
  otherOrUnknown: 'persons of other or unknown sex',
  all: 'persons',
};
const RELATIONS: Readonly<Record<'sexes' | 'breakdown' | 'units' | 'other', string>> = {
  sexes: 'the total for the same employees minus the figures of the other sexes',
  breakdown: 'the total for the whole employer minus the figures of the other levels or groups',
  units: 'the figure of the unit above minus those of its other sub-units',
  other: 'the published figures (totals, means and ratios)',
};
const SUBJECTS: Readonly<Record<FigureSubject, (sex: string | null) => string>> = {
  headcount: (s) => `the number of ${s ?? 'employees'}`,
  temporary: (s) => (s === null ? 'the number of temporary employees' : `the number of ${s} on temporary contracts`),
  temporaryShare: (s) => `the share of temporary employees among ${s ?? 'all employees'}`,
  partTime: (s) => (s === null ? 'the number of part-time employees' : `the number of ${s} working part-time`),
  partTimeShare: (s) => `the share working part-time among ${s ?? 'all employees'}`,
  involuntary: (s) => `the number of ${s ?? 'employees'} in involuntary part-time`,
  involuntaryShare: (s) => `the share in involuntary part-time among ${s ?? 'all employees'}`,
  partTimers: (s) => (s === null ? 'the number of part-time employees' : `the number of ${s} working part-time`),
  answered: (s) => `the number of answers on involuntary part-time among ${s ?? 'part-time employees'}`,
  coverage: (s) => `the response rate on involuntary part-time among ${s ?? 'part-time employees'}`,
  leavePersons: (s) => `the number of ${s ?? 'employees'} on parental leave`,
  leaveWeeks: (s) => `the average weeks of parental leave of ${s ?? 'employees'}`,
  payMean: (s) => `the mean pay of ${s ?? 'employees'}`,
  payMedian: (s) => `the median pay of ${s ?? 'employees'}`,
  payCount: (s) => `the number of ${s ?? 'employees'} with a pay figure`,
  shareMean: () => 'women’s share of men’s mean pay',
  shareMedian: () => 'women’s share of men’s median pay',
  figure: () => 'a figure',
};

const report: Catalogue['report'] = {
  title: 'Gender equality statement {year}',
  documentationTitle: 'Documentation of the equality work {year}',
  orgNumber: 'Organisation number',
  year: 'Financial year',
  referenceDate: 'Figures as of',
  sector: { public: 'public body', private: 'private enterprise' },
  part1: 'Part 1 – The actual state of gender equality',
  part1Intro:
    'Part one gives the differences between women and men. The figures were mapped as part of the activity duty and are anonymised so that they reveal no personal circumstances of individual employees.',
  part2: 'Part 2 – Our work for equality and against discrimination',
  part2Intro:
    'Here we describe how we work actively, purposefully and systematically to promote equality and prevent discrimination on all the grounds and in all the areas the Act names, following the four-step method.',
  documentationIntro:
    'The employer has no statement duty this year but must document its equality work (documentation duty). The documentation is made available on request to the Anti-Discrimination Tribunal, the Equality and Anti-Discrimination Ombud, researchers, and employees and their representatives.',
  completeness: 'Check of the statement',
  complete: 'The statement contains everything required for the year.',
  incomplete: 'The statement lacks something required for the year:',
  completenessDoc: 'Check of the documentation',
  completeDoc: 'The documentation has no gaps.',
  incompleteDoc: 'The documentation has gaps:',
  error: 'missing',
  warning: 'note',
  commentary: 'Assessment of the figures',
  assessment: 'Our assessment and possible structural causes',
  footnotes: 'Notes',
  charts: 'Charts',
  changeNote: 'Change is the difference from last year’s statement; for percentages in percentage points.',
  legend: '– means the figure is hidden to protect individual employees (the note at the figure says why) or does not exist.',
  reusedNote: 'Figures reused from the {mappedYear} statement (mapped every second year).',
  lastYear: 'Last year',
  change: 'Change',
  notAvailable: 'not available',
  tables: {
    'sex-balance': { title: 'Sex balance in the organisation', rule: 'STAT-A1' },
    temporary: { title: 'Temporary employees', rule: 'STAT-A2' },
    'part-time': { title: 'Part-time employees', rule: 'STAT-A3' },
    'parental-leave': { title: 'Parental leave taken', rule: 'STAT-A4' },
    pay: { title: 'Women’s pay as a share of men’s per job level', rule: 'STAT-B1, STAT-B2' },
    'sex-distribution': { title: 'Sex distribution per job level', rule: 'STAT-B3' },
    'involuntary-part-time': { title: 'Involuntary part-time among women and men', rule: 'STAT-B4' },
  },
  columns: {
    count: 'Number',
    percentOfAll: '% of all employees',
    percentOfSex: '% of the sex',
    persons: 'Number on leave',
    averageWeeks: 'Average weeks',
    shareMean: 'Women’s share, mean %',
    shareMedian: 'Women’s share, median %',
    womenMean: 'Women, mean NOK',
    menMean: 'Men, mean NOK',
    women: 'Women',
    men: 'Men',
    womenPercent: '% women',
    coverage: 'Response rate %',
  },
  rows: { women: 'Women', men: 'Men', otherOrUnknown: 'Other/unknown sex', total: 'Total' },
  noLevel: '(no job level)',
  noGroup: '(no job group)',
  noUnit: '(no unit)',
  elements: {
    policy: {
      title: 'How the work is set out in policy documents',
      hint: 'Personnel policy, strategies, principles, guidelines, plans or other governing documents.',
    },
    organisation: { title: 'How the equality work is organised', hint: 'Which fora, who takes part and how often they meet.' },
    process: {
      title: 'How we identified risks, obstacles, causes and measures',
      hint: 'Steps a, b and c of the activity duty.',
    },
    results: { title: 'Results of the work and the measures', hint: 'Step d: evaluating the results.' },
    plans: { title: 'Plans and expectations for further work', hint: 'Further work and measures.' },
  },
  itemTypes: {
    document: 'Document',
    forum: 'Forum',
    finding: 'Finding',
    coverage: 'Grounds and areas in the investigation',
    'cause-analysis': 'Cause analysis',
    measure: 'Measure',
    evaluation: 'Evaluation',
    plan: 'Plan',
    text: 'Text',
  },
  steps: {
    a: 'a) investigate and map',
    b: 'b) analyse causes',
    c: 'c) implement measures',
    d: 'd) evaluate results',
  },
  grounds: {
    sex: 'sex',
    pregnancy: 'pregnancy',
    'parental-leave': 'leave for birth or adoption',
    'care-responsibilities': 'care responsibilities',
    ethnicity: 'ethnicity',
    religion: 'religion',
    belief: 'belief',
    disability: 'disability',
    'sexual-orientation': 'sexual orientation',
    'gender-identity': 'gender identity',
    'gender-expression': 'gender expression',
    combinations: 'combinations',
    age: 'age',
  },
  areas: {
    recruitment: 'recruitment',
    'pay-and-working-conditions': 'pay and working conditions',
    'promotion-and-development': 'promotion and development',
    accommodation: 'accommodation',
    'work-and-family-life': 'combining work and family life',
    harassment: 'harassment',
    'sexual-harassment': 'sexual harassment',
    'gender-based-violence': 'gender-based violence',
  },
  details: {
    owner: 'Owner',
    deadline: 'Deadline',
    status: 'Status',
    goal: 'Goal',
    result: 'Result',
    finding: 'Answers finding',
    frequency: 'How often',
    participants: 'Participants',
    measure: 'Measure',
    cause: 'Cause',
  },
  status: { planned: 'planned', 'in-progress': 'in progress', done: 'done' },
  representatives: 'Employee representatives',
  groundsLabel: 'Grounds',
  areasLabel: 'Areas',
  date: 'Date',
  what: 'What',
  step: 'Step',
  chartTitles: {
    sexBalance: 'Sex balance per job level',
    sexBalanceDesc: 'Bar chart of the number of women and men per job level: {items}.',
    payShare: 'Women’s pay as a share of men’s per job level',
    payShareDesc: 'Bar chart of women’s mean pay as a percentage of men’s per job level, against a line at 100%: {items}.',
    partTime: 'Part-time and temporary employment by sex',
    partTimeDesc: 'Bar chart of the share of part-time and of temporary employees among women and among men: {items}.',
    hiddenInChart: 'hidden',
  },
  commentaryTexts: {
    'sex-balance': 'The organisation had {women} women and {men} men on {referenceDate}; women made up {womenPercent}.',
    'sex-balance-change': 'The share of women was {previousPercent} the year before, a change of {change} percentage points.',
    'pay-total': 'Women’s mean monthly pay (full-time equivalent) was {share} of men’s in the organisation as a whole.',
    'pay-total-change': 'The year before the share was {previous}, a change of {change} percentage points.',
    'pay-levels':
      'On {below} of {levels} job levels with published figures women’s share was below 100%; it was lowest on level “{lowestLevel}” ({lowest}) and highest on “{highestLevel}” ({highest}).',
    'sex-distribution': 'The share of women was highest on level “{highestLevel}” ({highest}) and lowest on “{lowestLevel}” ({lowest}).',
    'part-time': 'The share of part-time employees was {women} among women and {men} among men.',
    temporary: 'The share of temporary employees was {women} among women and {men} among men.',
    'parental-leave': 'Women on parental leave took {women} weeks on average, men {men} weeks.',
    'involuntary-part-time': '{women} women and {men} men reported working part-time involuntarily; {coverage} of part-time employees answered.',
    reused: 'The figures on pay, sex distribution per level and involuntary part-time are from the {mappedYear} mapping and are reused this year.',
    hidden: '{count} figures are hidden to protect individual employees’ privacy; see the notes.',
  },
  dutiesTitle: 'Duties this year',
  duties: {
    fourStepMethod: 'The four-step method',
    biennialMapping: 'Mapping of pay and involuntary part-time every second year',
    statement: 'Statement duty',
    documentationDuty: 'Documentation duty',
  },
  yes: 'yes',
  no: 'no',
  detailExtra: {
    reference: 'Reference',
    unit: 'Unit',
    kind: 'Kind',
    documentKind: 'Kind of document',
    method: 'Method',
    nextSteps: 'Next steps',
    risk: 'risk',
    obstacle: 'obstacle',
    groundsWithoutFinding: 'Grounds without a finding',
    areasWithoutFinding: 'Areas without a finding',
    policy: 'policy',
    strategy: 'strategy',
    guideline: 'guideline',
    plan: 'plan',
  },
  breakdownHeading: { level: 'Job level', group: 'Job group' },
  footnote: {
    primaryPay: (p) =>
      `Hidden because fewer than ${p.threshold} ${SEX_WORDS[p.sex]} in the group have a pay figure: pay of a sex is published only when at least ${p.threshold} persons are behind it.`,
    primaryCount: (p) =>
      `Hidden because too few have the attribute, or too few do not: a count is published only when both are 0 or at least ${p.threshold}, so that no one’s circumstances can be read from it.`,
    primaryWeeks: (p) =>
      `Hidden because fewer than ${p.threshold} persons had parental leave: an average of weeks is published only when at least ${p.threshold} are behind it.`,
    secondary: (p) => `Hidden because ${p.figure}, which is hidden, could otherwise be worked out from ${RELATIONS[p.relation]}.`,
    byChoice: 'Not published: the employer publishes women’s share of men’s pay, not the amounts in NOK.',
    figure: (p) =>
      `${SUBJECTS[p.subject](p.sex === 'all' ? null : SEX_WORDS[p.sex])}${p.where.kind === 'total' ? '' : p.where.kind === 'level' ? ` on the level “${p.where.name}”` : p.where.kind === 'group' ? ` in the group “${p.where.name}”` : ` in the unit “${p.where.name}”`}`,
  },
  appendix: {
    title: 'Appendix for the auditor: the rules behind the statement',
    intro:
      'The rule IDs refer to the rules document the library follows (ARP.md, docs/rules.md): every table, hidden value and duty below names the rules it follows.',
    tables: 'Tables',
    notes: 'Notes on hidden values',
    duties: 'Duties',
    statement: 'The statement',
    statementRules:
      'Who gives a statement and when (STM-1, STM-2, STM-5), its two parts (STM-3), reused biennial figures (STM-6), no personal circumstances (STM-8, ANON-1); the figures: the employees on the reference date (DEF-POP, DEF-REF), sex (DEF-SEX), pay (DEF-PAY, DEF-AVG, DEF-ROUND).',
    suppression: { primary: 'too few persons behind it', secondary: 'protects another hidden value', 'by-choice': 'not published by choice' },
    threshold: (n) => `threshold ${n} persons`,
    note: (n) => `Note ${n}`,
  },
  notes: {
    shareDenominators: (p) =>
      `Women are ${p.ofAll} of all employees in the sex balance table, but ${p.ofWomenAndMen} in the sex distribution per level: there the share is of women and men only, without the ${p.others} of other or unknown sex.`,
  },
  chartScale: { payShareScale: (p) => `The scale runs from ${p.from} to ${p.to}; the dashed line is 100% (equal pay).` },
  workbook: {
    sheets: {
      'sex-balance': 'Sex balance',
      temporary: 'Temporary employees',
      'part-time': 'Part-time',
      'parental-leave': 'Parental leave',
      pay: 'Pay share',
      'sex-distribution': 'Sex distribution',
      'involuntary-part-time': 'Involuntary part-time',
    },
    overview: 'Overview',
    notesSheet: 'Notes',
    part2Sheet: 'Part 2',
    reason: 'Why hidden',
    hidden: 'hidden',
  },
};

const SUPPRESSION_SEX: Readonly<Record<SuppressionSex, string>> = { women: 'women', men: 'men', any: 'persons' };
const NARROWING: Readonly<Record<NarrowingKind, string>> = {
  exact: 'exactly',
  'within-tolerance': 'to within the tolerance',
  'all-or-none': 'closely enough to tell “all” from “none” in a group below the threshold',
  undetermined: 'possibly (the solver could not show otherwise)',
};
const RELATION_TEXTS: Readonly<Record<string, (where: string) => string>> = {
  sexes: (w) => `${w}: women + men + other/unknown = total`,
  'unit-tree': (w) => `${w} = its sub-units + its own staff`,
  breakdown: (w) => `${w}: the cells add up to the total`,
  components: (w) => `${w}: pay = the sum of its components`,
  order: (w) => `${w}: involuntary part-time ≤ answered ≤ part-timers`,
  'weeks-per-person': (w) => `${w}: at most 53 weeks per person`,
  percent: (w) => `${w}: a percent of a published base`,
  share: (w) => `${w}: women's share`,
  coverage: (w) => `${w}: coverage of the answers`,
  ratio: (w) => `${w}: women's pay as a percent of men's`,
  average: (w) => `${w}: average × persons`,
  'undefined-share': (w) => `${w}: no women's share of men's pay, so men's pay is 0`,
};

const anonymisation: AnonymisationTexts = {
  primary: (p) => {
    if (p.kind === 'pay')
      return `Hidden because fewer than ${p.payMin} ${SUPPRESSION_SEX[p.sex]} in the group have a pay figure; pay of a sex is published only when at least ${p.payMin} contribute (ANON-2, ANON-4).`;
    if (p.kind === 'weeks') return `Hidden: an average of parental-leave weeks is published only when at least ${p.leaveMin} persons had leave (ANON-2).`;
    if (p.attributeMin === p.restMin)
      return `Hidden: a count is published only when both those with the attribute and those without it number 0 or at least ${p.attributeMin} (ANON-2).`;
    return `Hidden: a count is published only when those with the attribute number 0 or at least ${p.attributeMin}, and those without it 0 or at least ${p.restMin} (ANON-2).`;
  },
  secondary: (p) =>
    `Hidden so that the hidden value ${p.protects.join(', ')} cannot be recomputed or narrowed from totals and other published figures (ANON-3).`,
  byChoice: 'Not published: the policy publishes ratios only, no NOK amounts (STAT-B0, ANON-4).',
  merge: (p) =>
    `The job levels ${p.levels.join(', ')} are merged because a sex had fewer than ${p.threshold} persons (ANON-2); the median of the merged levels is not given.`,
  finding: (p) => {
    const how = NARROWING[p.how];
    const count = p.count ?? '?';
    const threshold = p.threshold ?? '?';
    switch (p.kind) {
      case 'below-threshold':
        return `${p.where} is published with ${count} persons behind it, below the threshold ${threshold} (ANON-2).`;
      case 'remainder-disclosed':
        return `The figure of the unit's own staff outside its sub-units, ${p.where}, a small group, can be recomputed ${how} (ANON-3, ANON-7).`;
      case 'combination-disclosed':
        return `The combined figure of the hidden cells ${p.where} (fewer than ${threshold} persons) can be recomputed ${how} (ANON-3, ANON-7).`;
      case 'unreadable':
        return `The table cannot be read as a published mapping (${p.problems} problems).`;
      case 'inconsistent':
        return 'The published figures contradict each other (sums, shares or bounds do not add up); the table cannot be audited.';
      default:
        return `The hidden value ${p.where} can be recomputed ${how} from the published figures (ANON-7).`;
    }
  },
  relation: (p) => (Object.hasOwn(RELATION_TEXTS, p.kind) ? (RELATION_TEXTS[p.kind] as (w: string) => string)(p.where) : `${p.where}: a published figure`),
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
    shape: (s) =>
      s.kind === 'digits'
        ? `${s.length} ${s.length === 1 ? 'digit' : 'digits'}`
        : s.kind === 'number'
          ? 'a number'
          : s.kind === 'date'
            ? 'a date-like value'
            : 'text',
    levels: (n) => `${n} levels`,
  },
  severity: { error: 'error', warning: 'warning' },
  diagnostics,
  expectations,
  fields,
  duties,
  plan,
  cli,
  report,
  anonymisation,
  transparency: transparencyEn,
  analysis: analysisEn,
};
