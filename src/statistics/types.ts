/**
 * The internal mapping (*kartlegging*) of the statement's part 1 (ARP.md §5): the shape every
 * later step reads (anonymisation, reports, CLI JSON). All money values are NOK decimal strings
 * rounded half-up to whole øre (`"55280.00"`), all percentages decimal strings rounded half-up
 * to one decimal (`"88.2"`), computed from unrounded values (DEF-ROUND). A value whose
 * denominator is zero or missing is `null`, never NaN or Infinity.
 */
import type { EmploymentKind, PayComponent } from '../models/employee.js';

/** NOK amount as a decimal string with two decimals, e.g. `"55280.00"`. */
export type MoneyString = string;
/** Percentage as a decimal string with the presentation decimals (default one), e.g. `"88.2"`. */
export type PercentString = string;

/** Headcount by sex (STAT-A1, DEF-SEX): `other` and `unknown` counted separately, in `total`. */
export interface SexCounts {
  readonly women: number;
  readonly men: number;
  readonly other: number;
  readonly unknown: number;
  readonly total: number;
}

/** One sex's part of an attribute figure (DEF-SHARE). */
export interface AttributeSexFigure {
  /** Persons of this sex with the attribute. */
  readonly count: number;
  /** count / all persons in the cell × 100. */
  readonly percentOfAll: PercentString | null;
  /** count / persons of this sex in the cell × 100. */
  readonly percentOfSex: PercentString | null;
}

/** Temporary (STAT-A2, DEF-TMP) or part-time (STAT-A3, DEF-PT) employees by sex (DEF-SHARE). */
export interface AttributeFigure {
  readonly women: AttributeSexFigure;
  readonly men: AttributeSexFigure;
  /** Persons of other or unknown sex with the attribute (counted in `total`, DEF-SEX). */
  readonly otherOrUnknown: { readonly count: number };
  readonly total: { readonly count: number; readonly percentOfAll: PercentString | null };
  /** Women's share of the persons with the attribute: women / (women + men) × 100. */
  readonly womenShareOfCategory: PercentString | null;
}

/** Involuntary part-time by sex (STAT-B4, DEF-INV), with the coverage of the answers. */
export interface InvoluntaryPartTimeSexFigure extends AttributeSexFigure {
  /** Part-timers of this sex (the base of the question). */
  readonly partTimers: number;
  /** Part-timers of this sex who answered (true or false; unknown is not "no"). */
  readonly answered: number;
  /** answered / partTimers × 100. */
  readonly coverage: PercentString | null;
}

/** Involuntary part-time figure (STAT-B4). */
export interface InvoluntaryPartTimeFigure extends AttributeFigure {
  readonly women: InvoluntaryPartTimeSexFigure;
  readonly men: InvoluntaryPartTimeSexFigure;
  readonly total: {
    readonly count: number;
    readonly percentOfAll: PercentString | null;
    readonly partTimers: number;
    readonly answered: number;
    readonly coverage: PercentString | null;
  };
}

/** Parental leave of one sex (STAT-A4, DEF-PL). */
export interface ParentalLeaveSexFigure {
  /** Persons of this sex with at least one day of parental leave in the financial year. */
  readonly persons: number;
  /** Mean weeks over those persons, one decimal, or null when no person. */
  readonly averageWeeks: string | null;
}

/** Parental leave by sex (STAT-A4). */
export interface ParentalLeaveFigure {
  readonly women: ParentalLeaveSexFigure;
  readonly men: ParentalLeaveSexFigure;
}

/** Pay of one sex in one cell (DEF-PAY, DEF-AVG): monthly full-time-equivalent pay. */
export interface PaySexFigure {
  /** Persons with a pay figure (position percent > 0). */
  readonly count: number;
  readonly mean: MoneyString | null;
  readonly median: MoneyString | null;
}

/** Pay figures of one cell (the employer, a level, a group or a unit) for one pay concept. */
export interface PayCell {
  /** Headcount by sex in the cell (STAT-B3 sex distribution), pay or not. */
  readonly population: SexCounts;
  readonly women: PaySexFigure;
  readonly men: PaySexFigure;
  /** Women's share of men's pay × 100 (STAT-B1/B2, *kvinners andel av menns lønn*). */
  readonly womenShareOfMen: { readonly mean: PercentString | null; readonly median: PercentString | null };
}

/**
 * A cell of a breakdown. `key` is the level, group or unit path; records with no level/group are
 * in the cell with `key: null`, listed last, so the cells of a breakdown always add up to the total.
 */
export interface KeyedPayCell extends PayCell {
  readonly key: string | null;
}

/** Pay concepts (DEF-PAY): `monthly` = SSB *månedslønn*, `agreed` = *avtalt månedslønn*. */
export const PAY_CONCEPTS = ['monthly', 'agreed'] as const;
/** A pay concept. */
export type PayConcept = (typeof PAY_CONCEPTS)[number];

/** One pay concept (or one component) for the employer and by level and group. */
export interface PaySection {
  /** What was summed: a concept or a single component. */
  readonly measure: PayConcept | PayComponent;
  readonly total: PayCell;
  readonly byLevel: readonly KeyedPayCell[];
  readonly byGroup: readonly KeyedPayCell[];
}

/** All figures of one organisational unit, including its sub-units (DEF-GRP, ACT-3 seed example). */
export interface UnitFigures {
  /** Unit path, `/`-separated from the top. Records without a unit are in the unit with key `null`. */
  readonly key: string | null;
  /** 1 for a top-level unit, 2 below it, … (0 for the `null` unit). */
  readonly depth: number;
  /** Parent unit path, or `null` at the top. */
  readonly parent: string | null;
  readonly population: SexCounts;
  readonly temporary: AttributeFigure;
  readonly partTime: AttributeFigure;
  readonly involuntaryPartTime: InvoluntaryPartTimeFigure;
  readonly parentalLeave: ParentalLeaveFigure;
  /** Default concept, the unit's total. */
  readonly pay: PayCell;
  /** Agreed monthly pay, the unit's total. */
  readonly agreedPay: PayCell;
}

/** Why a record was left out of a figure. Every exclusion is counted, none is silent. */
export const EXCLUSION_REASONS = [
  /** Not active on the reference date: left out of every stock figure (kept for parental leave flow if it had leave in the year). */
  'not-active-on-reference-date',
  /** Employment kind outside the population (freelancers by default, DEF-POP). */
  'employment-kind-excluded',
  /** A further employment of a person already counted: merged into that person (DEF-POP). */
  'merged-into-person',
  /** Position percent 0 or missing: counted in headcounts, left out of pay (DEF-PAY). */
  'no-position-percent',
  /** Sex other or unknown: in the total, left out of women/men comparisons (DEF-SEX). */
  'sex-not-female-or-male',
  /** A record with an error: left out of every figure it cannot serve. */
  'invalid-record',
] as const;
/** An exclusion reason. */
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

/** The conventions used, every one an option stated in the result (ARP.md [default]s). */
export interface ResolvedStatisticsOptions {
  readonly year: number;
  /** Financial year end as `MM-DD` (default `12-31`). */
  readonly fiscalYearEnd: string;
  /** First and last day of the financial year (ISO). */
  readonly fiscalYearStart: string;
  readonly fiscalYearLast: string;
  /** DEF-REF: default the last day of the financial year. */
  readonly referenceDate: string;
  /** DEF-POP: kinds in the population (default ordinary, maritime). */
  readonly includeKinds: readonly EmploymentKind[];
  /** DEF-POP: merge several employments of one person (default true). */
  readonly mergePersons: boolean;
  /** DEF-PT: part-time when position percent is below this (default 100). */
  readonly partTimeBelow: number;
  /** DEF-PAY: components of the default concept (monthly = base, fixed, irregular, bonus). */
  readonly monthlyPayComponents: readonly PayComponent[];
  /** DEF-PAY: components of agreed monthly pay (base, fixed). */
  readonly agreedPayComponents: readonly PayComponent[];
  /** Percent decimals at presentation (default 1, half-up). */
  readonly percentDecimals: number;
  /** Rounding of presented values. */
  readonly rounding: 'half-up';
  /**
   * DEF-REF / DEF-PL: who counts for parental leave (a flow over the financial year).
   * `financial-year` (default): every employment of an included kind that overlaps the financial
   * year, also leavers and starters after the reference date; `reference-date`: only the stock
   * population active on the reference date.
   */
  readonly parentalLeavePopulation: ParentalLeavePopulation;
  /** Decimals of average parental-leave weeks at presentation (default 1, half-up). */
  readonly weeksDecimals: number;
}

/** Who counts for parental leave (DEF-REF, DEF-PL); see {@link ResolvedStatisticsOptions}. */
export const PARENTAL_LEAVE_POPULATIONS = ['financial-year', 'reference-date'] as const;
/** A parental-leave population convention. */
export type ParentalLeavePopulation = (typeof PARENTAL_LEAVE_POPULATIONS)[number];

/**
 * The internal mapping: every part-1 figure for the employer, by level, by group and by unit.
 * The JSON of `likestilling report … --format json`.
 */
export interface Mapping {
  readonly year: number;
  readonly referenceDate: string;
  readonly population: SexCounts;
  readonly temporary: AttributeFigure;
  readonly partTime: AttributeFigure;
  readonly involuntaryPartTime: InvoluntaryPartTimeFigure;
  readonly parentalLeave: ParentalLeaveFigure;
  /** Default pay concept (SSB *månedslønn*): employer total, by level, by group (STAT-B0…B3). */
  readonly pay: PaySection;
  /** *Avtalt månedslønn* (base + fixed). */
  readonly agreedPay: PaySection;
  /** The same per pay component (base, fixed, irregular, bonus). */
  readonly payComponents: { readonly [C in 'basePay' | 'fixedAllowances' | 'irregularAllowances' | 'bonus']: PaySection };
  /** Every unit at every depth of the tree, parents before children, `null` unit last. */
  readonly byUnit: readonly UnitFigures[];
  /**
   * Left out, per reason (counted once per reason). `not-active-on-reference-date`,
   * `employment-kind-excluded` and `invalid-record` count records; `merged-into-person` counts the
   * further employments (active on the reference date) merged into a person; `no-position-percent`
   * and `sex-not-female-or-male` count persons of the population (after merging) left out of the
   * pay figures or of the women/men comparisons.
   */
  readonly excluded: Readonly<Record<ExclusionReason, number>>;
  /** Records read in. */
  readonly records: number;
  /**
   * Warnings per diagnostic code: `position_percent_zero_or_missing` and
   * `position_percent_above_100` (persons), `sex_derived_from_national_id` (records),
   * `person_sex_inconsistent` (persons whose employments give different sexes: counted as unknown).
   */
  readonly warnings: Readonly<Record<string, number>>;
  readonly options: ResolvedStatisticsOptions;
}
