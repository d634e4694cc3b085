import { z } from 'zod';
import { inputIssue, LikestillingInputError, parseInput, type InputIssue } from '../_lib/input.js';
import { DutyFactsSchema, type DemandingParty, type DutyFacts, type Sector } from '../models/employer.js';
import type { LocalizedText } from '../models/text.js';
import { financialYearOfDate } from '../_lib/dates.js';
import { assessAuthorityDuty, type AuthorityDutyAssessment } from './assessAuthorityDuty.js';
import { RuleYearSchema } from './_lib/ruleYear.js';
import { RULES_2020_01_01 } from './versions/2020-01-01.js';
import { rulesForYear } from './versions/index.js';
import { RulesVersionSchema, type RulesVersion } from './versions/schema.js';
import { expecting, localised } from '../locales/index.js';

/** The duties an assessment answers for, in the order of ARP.md §2's table. */
export const DUTIES = ['general-duty', 'four-step-method', 'biennial-mapping', 'statement', 'documentation-duty'] as const;
/** A duty. See {@link DUTIES}. */
export type Duty = (typeof DUTIES)[number];

/**
 * The row of ARP.md §2's duty table an employer falls in, with its rule:
 * `public` (COV-2), `private-over-50` (COV-3), `private-20-50-demanded` (COV-4),
 * `private-20-50` (COV-5, no demand), `private-under-20` (COV-5).
 */
export const DUTY_CATEGORIES = ['public', 'private-over-50', 'private-20-50-demanded', 'private-20-50', 'private-under-20'] as const;
/** A duty category. See {@link DUTY_CATEGORIES}. */
export type DutyCategory = (typeof DUTY_CATEGORIES)[number];

/** Rule IDs of ARP.md §2 the assessment cites. */
export type CoverageRule = 'COV-1' | 'COV-2' | 'COV-3' | 'COV-4' | 'COV-5' | 'COV-6' | 'COV-8';

/**
 * COV-3: private employers regularly employing **more than** this many have the full duty.
 * COV-4: from {@link ON_DEMAND_FROM} up to and including this number, on demand. The rules of
 * 2020 (`RULES_2020_01_01.coverage`); the assessment reads the version in force for its year.
 */
export const FULL_DUTY_ABOVE = RULES_2020_01_01.coverage.fullDutyAbove;
/** COV-4/COV-5: private employers with at least this many (up to {@link FULL_DUTY_ABOVE}) have the duty on demand (the rules of 2020). */
export const ON_DEMAND_FROM = RULES_2020_01_01.coverage.onDemandFrom;

/**
 * How long a demand (COV-4) lasts **[default]** `from-year-onwards`: from the financial year it was
 * made in and every later year; `that-year-only`: only that financial year.
 */
export const DEMAND_SCOPES = ['from-year-onwards', 'that-year-only'] as const;
/** A demand scope. See {@link DEMAND_SCOPES}. */
export type DemandScope = (typeof DEMAND_SCOPES)[number];

/**
 * The options of {@link assessDuties} (every option optional).
 *
 * @example
 * ```ts
 * AssessDutiesOptionsSchema.parse({ headcount: 35, demandScope: 'that-year-only' });
 * ```
 */
export const AssessDutiesOptionsSchema = z.strictObject({
  /**
   * The average headcount to use: a number, or the result of `averageHeadcount` from records.
   * Takes precedence over the employer's `headcounts` fact for the year.
   */
  headcount: z
    .union([z.number().min(0), z.object({ year: z.int(), average: z.number().min(0), fiscalYearEnd: z.string(), description: z.string() })])
    .optional(),
  /** COV-4 [default] `from-year-onwards`. */
  demandScope: z.enum(DEMAND_SCOPES).optional(),
  /** Also assess the § 24 public-authority duty (COV-8). Default `false`. */
  includeAuthorityDuty: z.boolean().optional(),
  /** The versions of the rules to choose from (default `RULES_VERSIONS`): the one in force on the year's last day is used. */
  rules: z.array(RulesVersionSchema).min(1).optional(),
});

/** Options of {@link assessDuties} (what {@link AssessDutiesOptionsSchema} accepts); the resolved values are reported in the result. */
export interface AssessDutiesOptions extends z.input<typeof AssessDutiesOptionsSchema> {}

const AssessDutiesArgs = z.object({ employer: DutyFactsSchema, year: RuleYearSchema, options: AssessDutiesOptionsSchema.optional() });
type ParsedFacts = z.output<typeof DutyFactsSchema>;
type ParsedOptions = z.output<typeof AssessDutiesOptionsSchema>;

/**
 * The former name of {@link LocalizedText} (one name for one thing: the US spelling, as the rest of the API).
 *
 * @deprecated Use {@link LocalizedText}; this alias goes in the next minor version.
 * @example
 * ```ts
 * const reason: LocalizedText = assessDuties(employer, 2025).basis[0].reason; // not LocalisedText
 * ```
 */
export type LocalisedText = LocalizedText;

/** The figures a duty line was decided on. */
export interface DutyFigures {
  readonly sector: Sector;
  /** The average headcount used, `null` when not needed and not known (public employers). */
  readonly headcount: number | null;
  /** The threshold compared against, e.g. `"> 50"` or `"20–50"`; `null` when none applies. */
  readonly threshold: string | null;
  /** Who demanded the extended duty for this year, `null` when nobody did. */
  readonly demand: DemandingParty | null;
}

/** One line of the assessment: a duty, whether it applies, and why. */
export interface DutyBasis {
  readonly duty: Duty;
  readonly applies: boolean;
  /** The legal paragraph, e.g. `"LDL § 26"`. */
  readonly paragraph: string;
  /** The rule ID of ARP.md, e.g. `"COV-3"`. */
  readonly rule: CoverageRule;
  readonly reason: LocalizedText;
  readonly figures: DutyFigures;
}

/** Where the headcount came from. */
export type HeadcountSource = 'option' | 'computed' | 'given' | 'not-needed';

/** The result of {@link assessDuties}. The booleans are the duty table's columns (ARP.md §2). */
export interface DutyAssessment {
  /** The financial year assessed. */
  readonly year: number;
  readonly sector: Sector;
  readonly category: DutyCategory;
  /** Who the employer is for the duty table, as words ("A private employer with 20–50 employees (35) …"). */
  readonly subject: LocalizedText;
  /** COV-1: always `true`. */
  readonly generalDuty: true;
  /** ACT-3 four-step method (COV-2 to COV-4). */
  readonly fourStepMethod: boolean;
  /** ACT-4 biennial mappings of pay and involuntary part-time. */
  readonly biennialMapping: boolean;
  /** § 26 a annual statement (STM-1). */
  readonly statement: boolean;
  /** COV-5 documentation duty; `false` where it is met through the statement. */
  readonly documentationDuty: boolean;
  readonly headcount: {
    readonly value: number | null;
    readonly source: HeadcountSource;
    /** How it was computed or where it was given. */
    readonly method: string | null;
  };
  /** The demand that counts for this year (COV-4), `null` when none. */
  readonly demand: { readonly party: DemandingParty; readonly financialYear: number } | null;
  /** One line per duty, in {@link DUTIES} order. */
  readonly basis: readonly DutyBasis[];
  /** The § 24 authority duty (COV-8) when asked for with `includeAuthorityDuty`, else `null`. */
  readonly authorityDuty: AuthorityDutyAssessment | null;
  /** The version of the rules used (its `id`, e.g. `"2020-01-01"`): the one in force on the year's last day. */
  readonly rulesVersion: string;
  /** The conventions used. */
  readonly options: {
    readonly demandScope: DemandScope;
    readonly fullDutyAbove: number;
    readonly onDemandFrom: number;
    /** The average is compared unrounded (50.1 is more than 50). */
    readonly headcountComparison: 'unrounded';
  };
}

function resolveHeadcount(facts: ParsedFacts, year: number, option: ParsedOptions['headcount']): DutyAssessment['headcount'] | InputIssue {
  if (typeof option === 'number') return { value: option, source: 'option', method: 'given in the options' };
  if (option !== undefined) {
    if (option.year !== year) return inputIssue(['options', 'headcount', 'year'], 'invalid_value', expecting('headcountOfYear', { year }));
    const fye = facts.fiscalYearEnd ?? '12-31';
    if (option.fiscalYearEnd !== fye)
      return inputIssue(['options', 'headcount', 'fiscalYearEnd'], 'invalid_value', expecting('headcountOverFiscalYear', { fiscalYearEnd: fye }));
    return { value: option.average, source: 'computed', method: option.description };
  }
  // one fact per financial year: DutyFactsSchema refuses two
  const fact = (facts.headcounts ?? []).find((h) => h.financialYear === year);
  if (fact !== undefined) return { value: fact.averageHeadcount, source: 'given', method: fact.source ?? 'given by the employer' };
  if (facts.sector === 'public') return { value: null, source: 'not-needed', method: null };
  return inputIssue(['employer', 'headcounts'], 'required', expecting('averageHeadcountOfYear', { year }));
}

function resolveDemand(facts: ParsedFacts, year: number, scope: DemandScope): DutyAssessment['demand'] {
  const fye = facts.fiscalYearEnd ?? '12-31';
  // every demand has a financial year or a date (DemandSchema)
  const effective = (facts.demands ?? [])
    .map((d) => ({ party: d.party, financialYear: d.financialYear ?? financialYearOfDate(d.date ?? '', fye) }))
    .filter((d) => (scope === 'that-year-only' ? d.financialYear === year : d.financialYear <= year))
    .sort((a, b) => a.financialYear - b.financialYear);
  return effective[0] ?? null;
}

/**
 * Which ARP duties an employer has in one financial year: exactly the duty table of ARP.md §2.
 *
 * - every employer: the general activity duty (COV-1, LDL § 26 first paragraph);
 * - public employers of any size (COV-2) and private employers regularly employing more than 50
 *   (COV-3): the four-step method, the biennial mappings and the annual statement;
 * - private employers of 20–50 (inclusive): the same from the financial year one of the parties
 *   demands it (COV-4), otherwise the documentation duty (COV-5);
 * - private employers below 20: the documentation duty (COV-5).
 *
 * The headcount (COV-6) comes from `options.headcount` (a number or an `averageHeadcount` result)
 * or from the employer's headcount fact for the year. Every line carries its legal basis, rule ID
 * and the figures used.
 *
 * @param employer - the employer (a parsed `Employer`, or just its {@link DutyFacts}: only `sector` is required)
 * @param year - the financial year (2020 or later: the rules in force from 1 January 2020)
 * @param options - headcount, demand scope, § 24 assessment, the versions of the rules (`rules`)
 * @returns the assessment
 * @throws {@link LikestillingInputError} on malformed input (its `issues` name every bad path), a
 *   year before 2020, a private employer without a headcount for the year (`employer.headcounts`),
 *   or a demand with neither a financial year nor a date
 * @see LDL §§ 26, 26 a; ARP.md COV-1 to COV-6
 * @example
 * ```ts
 * const duties = assessDuties(
 *   { sector: 'private', demands: [{ party: 'employee-representatives', financialYear: 2025 }] },
 *   2025,
 *   { headcount: 35 },
 * );
 * duties.statement; // true (COV-4)
 * ```
 */
export function assessDuties(employer: DutyFacts, year: number, options?: AssessDutiesOptions): DutyAssessment {
  const args = parseInput('assessDuties', AssessDutiesArgs, { employer, year, options });
  return assess('assessDuties', args.employer, args.year, args.options ?? {});
}

/**
 * {@link assessDuties} on parsed input; a missing headcount or a headcount of another year is
 * thrown as `entry`'s input error (paths `employer.headcounts`, `options.headcount.year`).
 */
function assess(entry: string, employer: ParsedFacts, year: number, options: ParsedOptions): DutyAssessment {
  const rules: RulesVersion = rulesForYear(year, employer.fiscalYearEnd ?? '12-31', options.rules);
  const { onDemandFrom, fullDutyAbove } = rules.coverage;
  const basisOf = (rule: string, fallback: string): string => rules.legalBasis[rule] ?? fallback;
  const demandScope = options.demandScope ?? rules.coverage.demandScope;
  const headcount = resolveHeadcount(employer, year, options.headcount);
  if ('code' in headcount) throw new LikestillingInputError(entry, [headcount]);
  const demand = resolveDemand(employer, year, demandScope);
  const n = headcount.value;
  const sector = employer.sector;

  let category: DutyCategory;
  let rule: CoverageRule;
  let threshold: string | null;
  if (sector === 'public') {
    category = 'public'; // COV-2: any size
    rule = 'COV-2';
    threshold = null;
  } else if (n !== null && n > fullDutyAbove) {
    category = 'private-over-50'; // COV-3: more than 50, i.e. 51+
    rule = 'COV-3';
    threshold = `> ${fullDutyAbove}`;
  } else if (n !== null && n >= onDemandFrom) {
    category = demand !== null ? 'private-20-50-demanded' : 'private-20-50'; // COV-4 / COV-5
    rule = demand !== null ? 'COV-4' : 'COV-5';
    threshold = `${onDemandFrom}–${fullDutyAbove}`;
  } else {
    category = 'private-under-20'; // COV-5
    rule = 'COV-5';
    threshold = `< ${onDemandFrom}`;
  }
  const full = category === 'public' || category === 'private-over-50' || category === 'private-20-50-demanded';
  const figures: DutyFigures = { sector, headcount: n, threshold, demand: demand?.party ?? null };
  const who = whoText(category, n, demand, rules);

  const line = (duty: Duty, applies: boolean, paragraph: string, lineRule: CoverageRule, reason: LocalizedText): DutyBasis => ({
    duty,
    applies,
    paragraph,
    rule: lineRule,
    reason,
    figures,
  });
  const basis: DutyBasis[] = [
    line(
      'general-duty',
      true,
      basisOf('COV-1', 'LDL § 26 første ledd'),
      'COV-1',
      localised((c) => c.duties.general),
    ),
    line('four-step-method', full, basisOf('ACT-3', 'LDL § 26'), rule, full ? localised((c) => c.duties.fourSteps(who[c.language])) : notText(who)),
    line('biennial-mapping', full, basisOf('ACT-4', 'LDL § 26'), rule, full ? localised((c) => c.duties.mapping(who[c.language])) : notText(who)),
    line('statement', full, basisOf('STM-1', 'LDL § 26 a'), rule, full ? localised((c) => c.duties.statement(who[c.language])) : notText(who)),
    line(
      'documentation-duty',
      !full,
      basisOf('COV-5', 'LDL § 26 a'),
      full ? rule : 'COV-5',
      full ? localised((c) => c.duties.documentationViaStatement) : localised((c) => c.duties.documentation(who[c.language])),
    ),
  ];

  return {
    year,
    sector,
    category,
    subject: who,
    generalDuty: true,
    fourStepMethod: full,
    biennialMapping: full,
    statement: full,
    documentationDuty: !full,
    headcount,
    demand,
    basis,
    authorityDuty: options.includeAuthorityDuty === true ? assessAuthorityDuty(employer) : null,
    rulesVersion: rules.id,
    options: { demandScope, fullDutyAbove, onDemandFrom, headcountComparison: 'unrounded' },
  };
}

function fmt(n: number | null): string {
  return n === null ? '?' : String(Math.round(n * 100) / 100);
}

function whoText(category: DutyCategory, n: number | null, demand: DutyAssessment['demand'], rules: RulesVersion): LocalizedText {
  const { onDemandFrom: from, fullDutyAbove: above } = rules.coverage;
  return localised((c) => c.duties.subject({ category, headcount: fmt(n), party: demand?.party ?? null, from, above }));
}

function notText(who: LocalizedText): LocalizedText {
  return localised((c) => c.duties.notThisDuty(who[c.language]));
}
