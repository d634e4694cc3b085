import { z } from 'zod';
import { numberNokToOre, parseNokToOre } from '../_lib/money.js';
import { expecting } from '../locales/index.js';
import { POSITION_PERCENT_MAX, POSITION_PERCENT_MIN } from '../rules/definitions/ranges.js';

/**
 * Sex as the library records it (*kjønn*). Part 1 compares `female` and `male`; `other` and
 * `unknown` are counted in the total and reported separately, never guessed (DEF-SEX).
 */
export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
/** A sex value. See {@link SEXES}. */
export type Sex = (typeof SEXES)[number];

/**
 * Kind of employment (*arbeidsforholdstype*): `ordinary` (*ordinært*), `maritime` (*maritimt*)
 * and `freelance` (*frilanser/oppdragstaker*). Freelancers are outside the population (DEF-POP, COV-6).
 */
export const EMPLOYMENT_KINDS = ['ordinary', 'maritime', 'freelance'] as const;
/** An employment kind. See {@link EMPLOYMENT_KINDS}. */
export type EmploymentKind = (typeof EMPLOYMENT_KINDS)[number];

/** Contract form (*form for ansettelse*): `permanent` (*fast*) or `temporary` (*midlertidig*, DEF-TMP). */
export const CONTRACT_FORMS = ['permanent', 'temporary'] as const;
/** A contract form. See {@link CONTRACT_FORMS}. */
export type ContractForm = (typeof CONTRACT_FORMS)[number];

/**
 * The largest `payDivisor` of a record: the months of a year (the a-melding's averages are over
 * 1–12 months). Every divisor 1–12 divides 27 720, so the statistics of records with different
 * divisors stay in one exact unit of 1/27 720 øre at the finest.
 */
export const MAX_PAY_DIVISOR = 12;

/** The monthly pay components of DEF-PAY, in the order payroll tools show them. */
export const PAY_COMPONENTS = ['basePay', 'fixedAllowances', 'irregularAllowances', 'bonus', 'overtime', 'benefitsInKind'] as const;
/** A pay component. See {@link PAY_COMPONENTS}. */
export type PayComponent = (typeof PAY_COMPONENTS)[number];

/**
 * Field names that are special categories of personal data (ANON-5). A record carrying any of
 * them is refused: the library never accepts them as statistical fields.
 */
export const SPECIAL_CATEGORY_FIELDS = [
  'ethnicity',
  'ethnicOrigin',
  'race',
  'religion',
  'belief',
  'disability',
  'functionalImpairment',
  'sexualOrientation',
  'genderIdentity',
  'genderExpression',
  'health',
  'tradeUnionMembership',
  'politicalOpinion',
] as const;

/** An ISO calendar date `YYYY-MM-DD` (validated as a real date). */
export const IsoDateSchema = z.iso.date();

/** Integer øre: the library's exact money unit (1 NOK = 100 øre). */
export type Ore = number;

/**
 * A NOK amount: a number or a decimal string with a dot and at most two decimals (`"55280.50"`),
 * parsed exactly into integer øre. Floats with more than two decimals are refused, never rounded.
 */
export const NokAmountSchema = z.union([z.number(), z.string()]).transform((value, ctx): Ore => {
  const ore = typeof value === 'number' ? numberNokToOre(value) : parseNokToOre(value);
  if (ore === undefined) {
    ctx.addIssue({ code: 'custom', message: 'expected a NOK amount with at most two decimals', params: { code: 'invalid_number', ...expecting('nokAmount') } });
    return z.NEVER;
  }
  return ore;
});

/** Position percent (*stillingsprosent*): 0–200 with at most two decimals (the range: `rules/definitions/ranges.ts`). */
export const PositionPercentSchema = z
  .number()
  .min(POSITION_PERCENT_MIN)
  .max(POSITION_PERCENT_MAX)
  .refine((n) => Number.isInteger(Math.round(n * 100)) && Math.abs(Math.round(n * 100) - n * 100) < 1e-6, {
    message: 'expected at most two decimals',
    params: expecting('atMostTwoDecimals'),
  });

/**
 * Full-time weekly hours (*antall timer per uke som en full stilling tilsvarer*, the a-melding's
 * `antallTimerPerUkeSomEnFullStillingTilsvarer`): more than 0 and at most 168, with at most two
 * decimals (37.5, 35.5, 33.6 …). Read by the pay-transparency indicators (TRN-1) to turn a position
 * percent into annual hours.
 */
export const FullTimeHoursPerWeekSchema = z
  .number()
  .gt(0)
  .max(168)
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, { message: 'expected at most two decimals' });

/** A parental-leave period (*foreldrepermisjon*): dates and leave percent (DEF-PL). */
export const ParentalLeavePeriodSchema = z
  .strictObject({
    startDate: IsoDateSchema,
    endDate: IsoDateSchema,
    percent: z.number().gt(0).max(100).default(100),
  })
  .refine((p) => p.endDate >= p.startDate, {
    message: 'end date is before start date',
    path: ['endDate'],
    params: { code: 'end_before_start', ...expecting('endOnOrAfterStart') },
  });
/** A parental-leave period after parsing. */
export interface ParentalLeavePeriod extends z.output<typeof ParentalLeavePeriodSchema> {}

const MonthlyPaySchema = z.strictObject({
  basePay: NokAmountSchema.default(0),
  fixedAllowances: NokAmountSchema.default(0),
  irregularAllowances: NokAmountSchema.default(0),
  bonus: NokAmountSchema.default(0),
  overtime: NokAmountSchema.default(0),
  benefitsInKind: NokAmountSchema.default(0),
});

const SPECIAL: ReadonlySet<string> = new Set(SPECIAL_CATEGORY_FIELDS);

/** Unknown keys are refused; special-category keys get the ANON-5 message. */
const refuseUnknownKeys = {
  error: (issue: { code?: string; keys?: readonly string[] }) =>
    issue.code === 'unrecognized_keys' && (issue.keys ?? []).some((k) => SPECIAL.has(k))
      ? 'special categories of personal data (ethnicity, disability, sexual orientation …) are not accepted as statistical fields (ANON-5)'
      : undefined,
};

const EmployeeObjectSchema = z.strictObject(
  {
    /** The employer's id of this employment (never a national id in published output). */
    employeeId: z.string().min(1),
    /** The person, when one person has several employments in the entity (DEF-POP merges them). Defaults to `employeeId`. */
    personId: z.string().min(1).optional(),
    gender: z.enum(SEXES),
    /** True when the sex was derived from a national id as a fallback (flagged, counted). */
    genderDerivedFromNationalId: z.boolean().default(false),
    employmentKind: z.enum(EMPLOYMENT_KINDS).default('ordinary'),
    contract: z.enum(CONTRACT_FORMS).default('permanent'),
    /** Agreed position percent; `null` when unknown (counted in headcount, left out of pay). */
    positionPercent: PositionPercentSchema.nullable().default(null),
    /**
     * Full-time weekly hours of this employment (TRN-1, a-melding
     * `antallTimerPerUkeSomEnFullStillingTilsvarer`); absent or `null` = not known: the pay-transparency
     * options' `fullTimeHoursPerWeek` (default 37.5) is used. The statistics of ARP do not read it.
     */
    fullTimeHoursPerWeek: FullTimeHoursPerWeekSchema.nullable().optional(),
    startDate: IsoDateSchema,
    /** Last day of the employment; `null` = ongoing. Active on date d when start ≤ d ≤ end. */
    endDate: IsoDateSchema.nullable().default(null),
    /** Organisational unit path, `/`-separated from the top (e.g. `"Directorate/Region East/Unit 3"`). */
    unit: z.string().nullable().default(null),
    jobLevel: z.string().nullable().default(null),
    jobGroup: z.string().nullable().default(null),
    /** Occupation code (a-melding `yrke`, 7 digits) or STYRK-08 code, kept as text. */
    occupationCode: z.string().nullable().default(null),
    /** Monthly amounts at the actual position percent, NOK in, integer øre out (DEF-PAY); in 1/`payDivisor` øre when that is given. */
    pay: MonthlyPaySchema.default({ basePay: 0, fixedAllowances: 0, irregularAllowances: 0, bonus: 0, overtime: 0, benefitsInKind: 0 }),
    /**
     * The exact form of an average that is not a whole øre (DEF-ROUND): when given (an integer
     * 2–12; `PAY_DIVISORS`), every amount of `pay` is in 1/`payDivisor` øre, i.e. `payDivisor` times
     * the monthly amount. The a-melding reader sets it where a component averaged over the months of
     * the year (irregular allowances, bonus, overtime, benefits in kind) is not a whole øre: the
     * statistics then take the average exactly, and only the published value is rounded. Absent: whole
     * øre (the canonical CSV never has it).
     */
    payDivisor: z.int().min(1).max(MAX_PAY_DIVISOR).optional(),
    /** Parental-leave weeks inside the financial year, given directly (DEF-PL). */
    parentalLeaveWeeks: z.number().min(0).max(53).nullable().default(null),
    /** Parental-leave periods; weeks are computed from them inside the financial year (DEF-PL). */
    parentalLeavePeriods: z.array(ParentalLeavePeriodSchema).readonly().default([]),
    /** Involuntary part-time answer (*ufrivillig deltid*): `null` = not answered (DEF-INV). */
    involuntaryPartTime: z.boolean().nullable().default(null),
  },
  refuseUnknownKeys,
);

/**
 * The canonical employee/employment record (*arbeidsforhold*) that the statistics read: one
 * employment of one person in the legal entity. Parse `unknown` input with it once, at the entry
 * point; the core then works on the typed {@link Employee} records.
 *
 * Refuses special-category fields (ANON-5) and unknown fields; money is parsed to integer øre.
 *
 * @example
 * ```ts
 * const e = EmployeeSchema.parse({
 *   employeeId: 'A1', gender: 'female', contract: 'temporary', positionPercent: 80,
 *   startDate: '2020-01-01', pay: { basePay: '48000.50' },
 * });
 * e.pay.basePay; // 4800050 (øre)
 * ```
 */
export const EmployeeSchema = EmployeeObjectSchema.refine((e) => e.endDate === null || e.endDate >= e.startDate, {
  message: 'end date is before start date',
  path: ['endDate'],
  params: { code: 'end_before_start', ...expecting('endOnOrAfterStart') },
});

/** An employee record after parsing: money in integer øre, defaults filled. */
export interface Employee extends z.output<typeof EmployeeSchema> {}
/** What {@link EmployeeSchema} accepts. */
export interface EmployeeInput extends z.input<typeof EmployeeSchema> {}
/** The parsed monthly pay of a record, integer øre per component. */
export type MonthlyPay = Employee['pay'];
