/**
 * The shape of a message catalogue: every text a person reads, per language, with typed
 * parameters per message code (after zod v4's `locales/`). A catalogue is one object per language
 * (`en.ts`, `nb.ts`, `nn.ts`) that must satisfy {@link Catalogue}: a code without a text in one
 * language is a type error, and `tests/locales/catalogues.test.ts` checks every text at run time
 * (no code left out, no English fragment in a Norwegian text).
 *
 * How to add a message: add its code and parameter type here (to {@link DiagnosticParams}, to
 * {@link ExpectationParams}, or to a group of {@link Catalogue}), write the text in the three
 * catalogues (the compiler lists the ones missing), give the test a sample of its parameters in
 * `tests/locales/_samples.ts`, and use it through `catalogue(lang)` (never a literal text in code).
 * @internal
 */
import type { DiagnosticCode, FoundShape } from '../_lib/diagnostics.js';
import type { DemandingParty } from '../models/employer.js';
import type { Duty, DutyCategory } from '../rules/assessDuties.js';
import type { AnalysisTexts } from './analysis/types.js';
import type { ColumnId, Part2ElementId, RowKind, TableId } from '../report/types.js';
import type { TransparencyTexts } from './transparency/types.js';

/**
 * Languages the library writes text in: `nb` bokmål, `nn` nynorsk, `en` English.
 *
 * @example
 * ```ts
 * LANGUAGES.includes('nn'); // true
 * ```
 */
export const LANGUAGES = ['nb', 'nn', 'en'] as const;
/** A language code. See {@link LANGUAGES}. */
export type Language = (typeof LANGUAGES)[number];

/** No parameters. */
export type NoParams = Readonly<Record<never, never>>;

/** A value a message may show: a number, a text or a list of texts. */
export type ParamValue = string | number | readonly string[];

/**
 * The parameters of each diagnostic code (`Diagnostic.params`). Every message also gets
 * `expected`, the text of the diagnostic's expectation in the same language (or its own
 * `expected` text when it has no expectation key), when there is one.
 */
export interface DiagnosticParams {
  invalid_type: { readonly received?: string };
  invalid_value: NoParams;
  required: NoParams;
  unknown_field: { readonly columns?: readonly string[] };
  special_category_field: { readonly column?: string };
  too_small: NoParams;
  too_big: NoParams;
  invalid_format: NoParams;
  too_deep: NoParams;
  forbidden_key: NoParams;
  invalid_org_number: NoParams;
  invalid_national_id: NoParams;
  duplicate_employee_id: { readonly firstRecord: number };
  invalid_number: NoParams;
  invalid_date: NoParams;
  end_before_start: NoParams;
  negative_pay: { readonly element?: string };
  position_percent_out_of_range: NoParams;
  position_percent_zero_or_missing: NoParams;
  position_percent_above_100: NoParams;
  unknown_sex_value: NoParams;
  sex_derived_from_national_id: NoParams;
  too_many_decimals: NoParams;
  person_sex_inconsistent: NoParams;
  missing_columns: { readonly columns: readonly string[] };
  unreadable_file: { readonly problem: 'xml-syntax' | 'read-error' };
  not_a_melding: { readonly root?: string };
  wrong_namespace: NoParams;
  mixed_legal_entities: NoParams;
  mixed_years: NoParams;
  unknown_pay_code: NoParams;
  invalid_column_mapping: {
    readonly problem: 'same-field' | 'not-in-file' | 'annual-not-pay' | 'pay-lines-need-codes' | 'pay-lines-and-columns';
    readonly column?: string;
    readonly other?: string;
    readonly field?: string;
  };
  invalid_encoding: { readonly encoding?: string };
  optional_columns_missing: { readonly columns: readonly string[] };
  column_recognised: { readonly column: string; readonly field: string };
  column_not_mapped: { readonly column: string; readonly field: string; readonly from?: string };
  malformed_row: { readonly fields?: number };
  sex_missing: NoParams;
  missing_reference_month: NoParams;
  duplicate_delivery: NoParams;
  employment_not_in_reference_month: NoParams;
  income_not_linked: NoParams;
  hr_record_unmatched: NoParams;
  no_base_pay_in_reference_month: NoParams;
  missing_representatives: { readonly step: string };
  measure_without_finding: NoParams;
  unknown_reference: { readonly kind: 'finding' | 'measure' | string };
  missing_statement_element: { readonly element: string; readonly step?: string };
  missing_figure: { readonly figure: string };
  stale_biennial_figures: { readonly mappedYear: number };
  invalid_argument: { readonly argument: string };
  field_too_long: { readonly limit: number };
  header_too_long: { readonly limit: number };
  unit_too_deep: { readonly limit: number };
  element_too_deep: { readonly limit: number };
  diagnostics_truncated: { readonly kept: number; readonly omitted: number };
}

/** What each diagnostic message is given: its parameters and the expectation in words. */
export type DiagnosticMessageArgs<C extends DiagnosticCode> = DiagnosticParams[C] & { readonly expected?: string | undefined };

/**
 * The parameters of each expectation: what a valid value is, in words (`Diagnostic.expectation`).
 * Keys name what is expected; the English text is also the diagnostic's `expected`.
 */
export interface ExpectationParams {
  // -- values in general (input errors of the public functions, JSON read by the command line)
  /** A value of a kind (zod's names: `string`, `number`, `int`, `boolean`, `object`, `array`, `date`, `function`, `map`, `set`, `bigint`, `symbol`, `null`, `undefined`, `never`, `record`, `tuple`, `nan`). */
  kind: { readonly kind: string; readonly finite?: boolean };
  /** One of several forms (a union): kind names, or JSON literals (`"public"`, `2`). */
  kinds: { readonly kinds: readonly string[] };
  /** One of the given values, as JSON literals (`"public"`, `2`). */
  oneOf: { readonly values: readonly string[] };
  /** A number, an integer, a text's length or an array's size against a bound (`origin`: zod's: `number`, `int`, `string`, `array`, `set`, `file`, `bigint`). */
  bound: { readonly origin: string; readonly op: '>' | '≥' | '<' | '≤'; readonly bound: string };
  multipleOf: { readonly divisor: string };
  /** A text in a format: `date`, `datetime`, `email`, `url`, `regex` … */
  format: { readonly format: string };
  validValue: NoParams;
  acceptedForms: NoParams;
  noSuchField: NoParams;
  onlyKnownFields: NoParams;
  noSpecialCategory: NoParams;
  nestedAtMost: { readonly limit: number };
  noProtoKey: NoParams;
  /** A value given as it is (a code, a month, an organisation number): shown as it is. */
  literal: { readonly text: string };
  // -- the library's own arguments
  textOrBytes: NoParams;
  byteStream: NoParams;
  function: NoParams;
  noOnRecords: NoParams;
  parsedRecords: NoParams;
  parsedRecord: NoParams;
  uniqueUnitKey: NoParams;
  keyedParentOnly: NoParams;
  listedParent: NoParams;
  parentsReachEmployer: NoParams;
  figuresThatAddUp: NoParams;
  protectableFigure: NoParams;
  countWithinHeadCount: NoParams;
  subUnitsWithinParent: NoParams;
  nonNegativeAverage: NoParams;
  noAverageWithoutPersons: NoParams;
  payCountWithinPersons: NoParams;
  nonNegativeMean: NoParams;
  noMeanWithoutPersons: NoParams;
  partsWithinWhole: NoParams;
  sexesAddUpToTotal: NoParams;
  nonEmptyText: NoParams;
  nonEmptyTextOrNone: NoParams;
  employmentKind: NoParams;
  isoDateText: NoParams;
  isoDateOrNull: NoParams;
  unitPathOrNull: NoParams;
  weeksOrNull: NoParams;
  leavePeriods: NoParams;
  partialMapping: NoParams;
  payColumn: NoParams;
  onePerPerson: { readonly count: number };
  idBelow: { readonly size: number; readonly dictionary: string };
  mainActive: NoParams;
  personKey: NoParams;
  uniqueEntry: NoParams;
  uniquePersonKey: NoParams;
  payUnitDivisor: NoParams;
  sameOptions: { readonly value: string };
  wholeNumberAtLeast0: NoParams;
  integerRange: { readonly min: number; readonly max: number };
  decimalAmount: NoParams;
  headcountOfYear: { readonly year: number };
  headcountOverFiscalYear: { readonly fiscalYearEnd: string };
  averageHeadcountOfYear: { readonly year: number };
  demandYear: NoParams;
  oneHeadcountPerYear: NoParams;
  orgNumber: NoParams;
  endOnOrAfterStart: NoParams;
  nokAmount: NoParams;
  atMostTwoDecimals: NoParams;
  realMonthDay: NoParams;
  employerText: NoParams;
  monthDay: NoParams;
  monthDayExample: NoParams;
  calendarDay: NoParams;
  decimalString: NoParams;
  nineDigits: NoParams;
  xmlContent: NoParams;
  url: NoParams;
  unitNameWithoutSeparator: { readonly separator: string };
  uniqueSiblingName: NoParams;
  unitPathOfTree: NoParams;
  yearNotAfter: { readonly year: number };
  dutiesOfYear: { readonly year: number };
  cycleOfYear: { readonly year: number };
  figuresOfYear: { readonly year: number };
  statementBefore: { readonly year: number };
  mappedInYears: { readonly from: number; readonly to: number };
  uniqueId: { readonly list: string };
  representative: NoParams;
  referenceId: { readonly kind: string };
  findingOfMeasure: NoParams;
  employerGround: NoParams;
  statementElement: { readonly element: string };
  unitTreeDepth: { readonly limit: number };
  referenceDateInYear: { readonly year: number; readonly start: string; readonly last: string };
  // -- files
  csvDate: NoParams;
  employeeIdText: NoParams;
  zeroOrMore: NoParams;
  weeks0to53: NoParams;
  yearDigits: NoParams;
  yearOfFirstRow: NoParams;
  csvNumber: NoParams;
  twoDecimals: NoParams;
  twoDecimalsRounded: NoParams;
  closingQuote: NoParams;
  delimiterAfterQuote: NoParams;
  fieldLength: { readonly limit: number };
  fieldCount: { readonly count: number };
  csvSex: NoParams;
  csvKind: NoParams;
  csvContract: NoParams;
  csvBoolean: NoParams;
  encoding: { readonly encoding: string };
  nationalId: NoParams;
  personIdentifier: NoParams;
  orgNumberDigits: NoParams;
  employmentId: NoParams;
  employmentType: { readonly values: readonly string[] };
  isoDate: NoParams;
  percent0to200: NoParams;
  decimalPercent0to200: NoParams;
  contractForm: NoParams;
  occupationCode: NoParams;
  leavePercent: NoParams;
  month: NoParams;
  oneFinancialYear: NoParams;
  monthBetween: { readonly start: string; readonly last: string };
  meldingRoot: { readonly namespaces: readonly string[] };
  namespaces: { readonly namespaces: readonly string[] };
  levelsAtMost: { readonly limit: number };
  hrIdColumn: NoParams;
  hrId: NoParams;
  hrSex: NoParams;
  hrBoolean: NoParams;
  sexCode: NoParams;
}

/** A key of {@link ExpectationParams}. */
export type ExpectationKey = keyof ExpectationParams;

/** Texts that take parameters: one function per code. */
export type Messages<P> = { readonly [K in keyof P]: (params: P[K]) => string };

/** Where a diagnostic was found, and what was found. */
export interface WhereTexts {
  readonly record: string;
  readonly field: string;
  readonly column: string;
  readonly found: string;
  /** A path or a field name, quoted as the language quotes a name. */
  readonly name: (name: string) => string;
  /** What was found, by its shape (never its value). */
  readonly shape: (shape: FoundShape) => string;
  /** How deep a very long path is (its middle is left out): `101 levels`. */
  readonly levels: (count: number) => string;
}

/** Joining words. */
export interface ListTexts {
  /** `a, b and c` */
  readonly and: (items: readonly string[]) => string;
  /** `a, b or c` */
  readonly or: (items: readonly string[]) => string;
  /** A value quoted as code or data: `"public"` / `«public»`. */
  readonly quote: (text: string) => string;
  /** A number in running text (thousands grouped as the language does). */
  readonly number: (n: number) => string;
}

/** The diagnostic messages: one per {@link DiagnosticCode}, given its parameters. */
export type DiagnosticMessages = { readonly [C in DiagnosticCode]: (params: DiagnosticMessageArgs<C>) => string };

/** Every text of one language. */
export interface Catalogue {
  readonly language: Language;
  readonly list: ListTexts;
  readonly where: WhereTexts;
  /** The labels of a diagnostic's severity (`error:`, `warning`). */
  readonly severity: { readonly error: string; readonly warning: string };
  readonly diagnostics: DiagnosticMessages;
  readonly expectations: Messages<ExpectationParams>;
  /** What a record field holds, in words (`contract` → `the contract form`), for the CSV fields. */
  readonly fields: Readonly<Record<CsvFieldName, string>>;
  readonly duties: DutyTexts;
  readonly plan: PlanTexts;
  readonly cli: CliTexts;
  readonly report: ReportTexts;
  readonly anonymisation: AnonymisationTexts;
  /** The pay-transparency indicators (`likestilling/transparency`, TRN-*). */
  readonly transparency: TransparencyTexts;
  /** The gap analysis: `describeGapDecomposition`, the statement's explanation, `likestilling analyse`. */
  readonly analysis: AnalysisTexts;
}

/** The sex a primary suppression speaks of (from the hidden value's path). */
export type SuppressionSex = 'women' | 'men' | 'any';
/** How closely a reader narrows a hidden value (`DisclosureCriterion` of the audit). */
export type NarrowingKind = 'exact' | 'within-tolerance' | 'all-or-none' | 'undetermined';

/**
 * The sentences of the anonymisation (ANON-6): the reasons of a published table's suppressions and
 * merges, and the audit's findings and relations. Kept word for word as
 * `src/anonymisation/_lib/text.ts` writes them today, so that module can take them from here
 * (`{ nb: CATALOGUES.nb.anonymisation.x(p), nn: …, en: … }`) without changing a published table.
 * A reason names the rule, the threshold and what it protects — never a hidden count or amount.
 */
export interface AnonymisationTexts {
  /** A value hidden by a threshold: pay of a sex (`payMin`), an average of leave weeks (`leaveMin`), a count (`attributeMin`, `restMin`). */
  readonly primary: (p: {
    readonly kind: 'pay' | 'weeks' | 'count';
    readonly sex: SuppressionSex;
    readonly payMin: number;
    readonly leaveMin: number;
    readonly attributeMin: number;
    readonly restMin: number;
  }) => string;
  /** A value hidden to protect others, named (`protects`: their paths as text). */
  readonly secondary: (p: { readonly protects: readonly string[] }) => string;
  /** An amount left out by choice (ratios only). */
  readonly byChoice: string;
  /** Job levels merged (`levels`: their keys, quoted as JSON). */
  readonly merge: (p: { readonly levels: readonly string[]; readonly threshold: number }) => string;
  /** An audit finding (`where`: the path as text). */
  readonly finding: (p: {
    readonly kind: 'below-threshold' | 'recoverable' | 'remainder-disclosed' | 'combination-disclosed' | 'unreadable' | 'inconsistent';
    readonly where: string;
    readonly how: NarrowingKind;
    readonly count: number | null;
    readonly threshold: number | null;
    readonly problems: number;
  }) => string;
  /** A relation of an audit's chain (`sexes`, `unit-tree`, `breakdown`, …; another kind: a published figure). */
  readonly relation: (p: { readonly kind: string; readonly where: string }) => string;
}

/** The commands of the command line. */
export type CommandName = 'duties' | 'plan' | 'report' | 'analyse' | 'audit' | 'validate' | 'init' | 'transparency' | 'vectors';

/** The parameters of each usage error of the command line (exit code 2). */
export interface CliErrorParams {
  unknownCommand: { readonly command: string };
  unknownOption: { readonly option: string };
  missingValue: { readonly option: string };
  noValueTaken: { readonly option: string };
  repeated: { readonly option: string };
  unexpectedArgument: { readonly argument: string };
  /** `allowed`: the values; `also`: the other spellings taken for them (`offentlig`, `nynorsk` …). */
  oneOf: { readonly option: string; readonly value: string; readonly allowed: readonly string[]; readonly also?: readonly string[] };
  wholeNumber: { readonly option: string; readonly value: string };
  between: { readonly option: string; readonly value: string; readonly min: number; readonly max: number };
  numberAtLeast: { readonly option: string; readonly value: string; readonly min: number };
  monthDay: { readonly option: string; readonly value: string };
  required: { readonly option: string };
  headcountRequired: NoParams;
  needs: { readonly option: string; readonly other: string };
  together: { readonly options: readonly string[] };
  formatNeedsStatement: { readonly format: string };
  outRequired: { readonly format: string };
  noFiles: NoParams;
  noData: NoParams;
  oneDataSet: NoParams;
  oneTable: NoParams;
  hrNeedsXml: NoParams;
  renderNoFiles: NoParams;
  noFilesWith: { readonly option: string };
  configConflict: { readonly option: string };
  cannotRead: { readonly file: string; readonly reason: 'missing' | 'denied' | 'folder' | 'other' };
  notJson: { readonly label: string; readonly file: string; readonly line?: number; readonly column?: number };
  invalidJson: { readonly label: string; readonly file: string; readonly problems: readonly string[] };
  invalidInput: { readonly problems: readonly string[] };
  cannotAssess: { readonly year: number; readonly problems: readonly string[] };
  exists: { readonly file: string };
}

/** A usage error's code. */
export type CliErrorCode = keyof CliErrorParams;

/** The texts of the command line. */
export interface CliTexts {
  /** `likestilling --help`: the commands, each with a line. */
  readonly usage: string;
  /** Each command's help (`likestilling <command> --help`), in one style: usage, what it does, options, exit codes. */
  readonly help: Readonly<Record<CommandName, string>>;
  /** After a usage error: where the help is. */
  readonly seeHelp: (command: CommandName) => string;
  readonly errors: Messages<CliErrorParams>;
  readonly validate: {
    /** The line of one file (or of the a-melding's files together). */
    readonly file: (p: {
      readonly kind: 'csv' | 'hr' | 'a-melding';
      readonly files: readonly string[];
      readonly months: readonly string[];
      readonly errors: number;
      readonly warnings: number;
      readonly read: number;
      readonly rejected: number;
      readonly fatal: boolean;
    }) => string;
    readonly summary: (p: { readonly errors: number; readonly warnings: number; readonly files: number; readonly unreadable: number }) => string;
  };
  readonly report: {
    /** `… and N more problems (likestilling validate lists all)`. */
    readonly more: (n: number) => string;
    readonly noFigures: (p: { readonly files: readonly string[] }) => string;
    readonly written: (p: { readonly file: string }) => string;
  };
  readonly audit: {
    readonly unreadable: string;
    readonly heading: (p: {
      readonly pay: number;
      readonly attribute: number;
      readonly rest: number;
      readonly leave: number;
      readonly tolerance: number;
    }) => string;
    readonly clean: string;
    readonly findings: (n: number) => string;
    /** A finding's kind as a short label (the report's `kind`, kept as data in JSON). */
    readonly kinds: Readonly<Record<'below-threshold' | 'recoverable' | 'remainder-disclosed' | 'combination-disclosed' | 'unreadable', string>>;
    /** Before each relation of a finding's chain. */
    readonly via: string;
    readonly examined: (n: number) => string;
  };
  readonly vectors: {
    /** A case whose output differs, with its rule IDs. */
    readonly failed: (p: { readonly id: string; readonly rules: readonly string[] }) => string;
    /** One difference: its JSON path, the expected and the actual value (as JSON). */
    readonly difference: (p: { readonly path: string; readonly expected: string; readonly actual: string }) => string;
    readonly exitCode: (p: { readonly expected: string; readonly actual: string }) => string;
    readonly notJson: string;
    /** In place of a value that is absent. */
    readonly absent: string;
    readonly summary: (p: { readonly passed: number; readonly failed: number }) => string;
  };
  readonly progress: {
    readonly line: (p: {
      readonly label: string;
      readonly mib: number;
      readonly totalMib?: number;
      readonly percent?: number;
      readonly rowsPerSecond?: number;
      readonly mibPerSecond?: number;
      readonly secondsLeft?: number;
    }) => string;
  };
  readonly init: {
    /** The statement project's config, with comments. */
    readonly config: (p: { readonly year: number }) => string;
    readonly employer: (p: { readonly year: number; readonly sector: 'public' | 'private' }) => string;
    readonly cycle: (p: { readonly year: number }) => string;
    readonly written: (p: { readonly file: string }) => string;
    readonly next: (p: { readonly config: string }) => string;
  };
}

/** The texts of the duty assessment (`assessDuties`, `describeDuties`, COV-*). */
export interface DutyTexts {
  /** Who the employer is for the duty table; `headcount` already formatted. */
  readonly subject: (p: {
    readonly category: DutyCategory;
    readonly headcount: string;
    readonly party: DemandingParty | null;
    readonly from: number;
    readonly above: number;
  }) => string;
  readonly party: Readonly<Record<DemandingParty, string>>;
  /** COV-1, every employer. */
  readonly general: string;
  readonly fourSteps: (who: string) => string;
  readonly mapping: (who: string) => string;
  readonly statement: (who: string) => string;
  readonly documentationViaStatement: string;
  readonly documentation: (who: string) => string;
  readonly notThisDuty: (who: string) => string;
  /** A duty's name in running text (`the four-step method`). */
  readonly names: Readonly<Record<Duty, string>>;
  /** The sentence of `describeDuties`: `who` starts in lower case, `has` / `hasNot` are duty names, `rules` the rule IDs. */
  readonly sentence: (p: {
    readonly year: number;
    readonly who: string;
    readonly has: readonly string[];
    readonly hasNot: readonly string[];
    readonly rules: string;
    readonly authority: { readonly applies: boolean; readonly assumed: boolean } | null;
  }) => string;
}

/** The texts of `planYear`'s basis and `describePlan` (ACT-3, ACT-4, STM-2, STM-5, STM-6). */
export interface PlanTexts {
  readonly basis: {
    readonly noStatement: string;
    readonly mappedThisYear: (year: number) => string;
    readonly reuse: (last: number) => string;
    readonly firstMapping: (year: number) => string;
    readonly noEarlierMapping: string;
    readonly lastMapping: (last: number) => string;
    readonly everyYear: string;
    readonly fourSteps: string;
    readonly deadlines: (adoption: string, filing: string) => string;
  };
  readonly sentence: (p: {
    readonly year: number;
    readonly start: string;
    readonly last: string;
    readonly statementRequired: boolean;
    readonly mappingRequired: boolean;
    readonly reuseFrom: number | null;
    readonly firstMappingYear: number;
    readonly adoptionDeadline: string;
    readonly filingDeadline: string;
  }) => string;
}

/** The fields a CSV column can feed (`CSV_FIELDS` of `likestilling/csv`). */
export type CsvFieldName =
  | 'employeeId'
  | 'personId'
  | 'gender'
  | 'nationalId'
  | 'employmentKind'
  | 'contract'
  | 'positionPercent'
  | 'fullTimeHoursPerWeek'
  | 'startDate'
  | 'endDate'
  | 'unit'
  | 'jobLevel'
  | 'jobGroup'
  | 'occupationCode'
  | 'basePay'
  | 'fixedAllowances'
  | 'irregularAllowances'
  | 'bonus'
  | 'overtime'
  | 'benefitsInKind'
  | 'parentalLeaveWeeks'
  | 'involuntaryPartTime'
  | 'organisationNumber'
  | 'year'
  | 'payCode'
  | 'payAmount';

/** The texts of the statement and the workbook (the renderers of `report/` and `likestilling/xlsx`). */
export interface ReportTexts {
  readonly title: string;
  readonly documentationTitle: string;
  readonly orgNumber: string;
  readonly year: string;
  readonly referenceDate: string;
  readonly sector: Readonly<Record<string, string>>;
  readonly part1: string;
  readonly part1Intro: string;
  readonly part2: string;
  readonly part2Intro: string;
  readonly documentationIntro: string;
  readonly completeness: string;
  readonly complete: string;
  readonly incomplete: string;
  readonly completenessDoc: string;
  readonly completeDoc: string;
  readonly incompleteDoc: string;
  readonly error: string;
  readonly warning: string;
  readonly commentary: string;
  readonly assessment: string;
  readonly footnotes: string;
  readonly charts: string;
  readonly changeNote: string;
  readonly legend: string;
  readonly reusedNote: string;
  readonly lastYear: string;
  readonly change: string;
  readonly notAvailable: string;
  readonly tables: Readonly<Record<TableId, { readonly title: string; readonly rule: string }>>;
  readonly columns: Readonly<Record<ColumnId, string>>;
  readonly rows: Readonly<Record<Exclude<RowKind, 'level'>, string>>;
  readonly noLevel: string;
  /** The name of the cell of persons without a job group. */
  readonly noGroup: string;
  /** The name of the cell of persons without a unit. */
  readonly noUnit: string;
  readonly elements: Readonly<Record<Part2ElementId, { readonly title: string; readonly hint: string }>>;
  readonly itemTypes: Readonly<Record<string, string>>;
  readonly steps: Readonly<Record<string, string>>;
  readonly grounds: Readonly<Record<string, string>>;
  readonly areas: Readonly<Record<string, string>>;
  readonly details: Readonly<Record<string, string>>;
  readonly status: Readonly<Record<string, string>>;
  readonly representatives: string;
  readonly groundsLabel: string;
  readonly areasLabel: string;
  readonly date: string;
  readonly what: string;
  readonly step: string;
  readonly chartTitles: {
    readonly sexBalance: string;
    readonly sexBalanceDesc: string;
    readonly payShare: string;
    readonly payShareDesc: string;
    readonly partTime: string;
    readonly partTimeDesc: string;
    readonly hiddenInChart: string;
  };
  readonly commentaryTexts: Readonly<Record<string, string>>;
  readonly dutiesTitle: string;
  readonly duties: Readonly<Record<'fourStepMethod' | 'biennialMapping' | 'statement' | 'documentationDuty', string>>;
  readonly yes: string;
  readonly no: string;
  /** Labels of part-2 details and kinds beyond `details` (reference, unit, method …). */
  readonly detailExtra: Readonly<Record<string, string>>;
  /** The corner of a table broken down by level or group. */
  readonly breakdownHeading: Readonly<Record<'level' | 'group', string>>;
  /** The footnotes of hidden values, in words (ANON-6). */
  readonly footnote: {
    /** A pay figure of a sex with fewer than `threshold` persons behind it (ANON-2, ANON-4). */
    readonly primaryPay: (p: { readonly sex: FigureSex; readonly threshold: number }) => string;
    /** A count of an attribute: too few with it or without it (ANON-2); the same words either way. */
    readonly primaryCount: (p: { readonly threshold: number }) => string;
    /** An average of parental-leave weeks behind fewer than `threshold` persons (ANON-2). */
    readonly primaryWeeks: (p: { readonly threshold: number }) => string;
    /** Hidden so that another hidden figure cannot be worked out (by subtraction from a total, or from means and ratios; ANON-3). */
    readonly secondary: (p: { readonly figure: string; readonly relation: 'sexes' | 'breakdown' | 'units' | 'other' }) => string;
    /** Amounts not published by the employer's choice (ratios only, STAT-B0). */
    readonly byChoice: string;
    /** A figure in words, for a secondary footnote. */
    readonly figure: (p: { readonly subject: FigureSubject; readonly sex: FigureSex; readonly where: FigureWhere }) => string;
  };
  /** The auditor's appendix (`showRules`). */
  readonly appendix: {
    readonly title: string;
    readonly intro: string;
    readonly tables: string;
    readonly notes: string;
    readonly duties: string;
    readonly statement: string;
    /** Rules behind the statement as a whole. */
    readonly statementRules: string;
    readonly suppression: Readonly<Record<'primary' | 'secondary' | 'by-choice', string>>;
    readonly threshold: (n: number) => string;
    /** One footnote's line: `Note 2`. */
    readonly note: (n: number) => string;
  };
  /** Sentences under a table. */
  readonly notes: {
    /** Women's share of all employees (STAT-A1) and of women and men (STAT-B3) differ: why. */
    readonly shareDenominators: (p: { readonly ofAll: string; readonly ofWomenAndMen: string; readonly others: string }) => string;
  };
  /** The charts' scales. */
  readonly chartScale: {
    /** The description of the pay-share chart's scale (from … to …, the 100 % line). */
    readonly payShareScale: (p: { readonly from: string; readonly to: string }) => string;
  };
  /** The workbook. */
  readonly workbook: {
    readonly sheets: Readonly<Record<TableId, string>>;
    readonly overview: string;
    readonly notesSheet: string;
    readonly part2Sheet: string;
    readonly reason: string;
    readonly hidden: string;
  };
}

/** The sex of a figure in words (`all`: every person). */
export type FigureSex = 'women' | 'men' | 'other' | 'unknown' | 'otherOrUnknown' | 'all';
/** What a figure is, for the words of a footnote. */
export type FigureSubject =
  | 'headcount'
  | 'temporary'
  | 'temporaryShare'
  | 'partTime'
  | 'partTimeShare'
  | 'involuntary'
  | 'involuntaryShare'
  | 'partTimers'
  | 'answered'
  | 'coverage'
  | 'leavePersons'
  | 'leaveWeeks'
  | 'payMean'
  | 'payMedian'
  | 'payCount'
  | 'shareMean'
  | 'shareMedian'
  | 'figure';
/** Where a figure is: the employer, a level, a group or a unit. */
export type FigureWhere = { readonly kind: 'total' } | { readonly kind: 'level' | 'group' | 'unit'; readonly name: string };
