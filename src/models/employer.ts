import { z } from 'zod';
import { EmployerTextSchema } from './text.js';
import { IsoDateSchema } from './employee.js';
import { OrganisationNumberSchema } from './identifiers.js';
import { UnitTreeSchema } from './organisation.js';
import { expecting } from '../locales/index.js';

/**
 * Sector of the employer: `public` (*offentlig virksomhet*, COV-2: the full duty at any size) or
 * `private` (*privat virksomhet*, COV-3 to COV-5: the duty depends on headcount and demand).
 */
export const SECTORS = ['public', 'private'] as const;
/** A sector. See {@link SECTORS}. */
export type Sector = (typeof SECTORS)[number];

/**
 * Who demanded the extended duty for a private employer of 20–50 (COV-4): the employer itself
 * (*arbeidsgiveren*), the employee representatives (*tillitsvalgte*) or a majority of the employees
 * (*et flertall av de ansatte*). Bufdir's pages differ on who may demand it; the library accepts
 * any of the three and records which.
 */
export const DEMANDING_PARTIES = ['employer', 'employee-representatives', 'employee-majority'] as const;
/** A demanding party. See {@link DEMANDING_PARTIES}. */
export type DemandingParty = (typeof DEMANDING_PARTIES)[number];

const DAYS_IN_MONTH_LEAP = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * The last day of the financial year (*regnskapsårets slutt*) as `MM-DD`, e.g. `12-31` (the
 * calendar year, the default) or `06-30`. `02-29` is accepted and means the last day of February.
 * The financial year called `Y` is the one that **ends** in calendar year `Y`.
 *
 * @example
 * ```ts
 * FiscalYearEndSchema.parse('06-30'); // '06-30'
 * FiscalYearEndSchema.safeParse('02-30').success; // false
 * ```
 */
export const FiscalYearEndSchema = z
  .string()
  .regex(/^\d{2}-\d{2}$/, { message: 'expected MM-DD' })
  .refine(
    (text) => {
      const month = Number(text.slice(0, 2));
      const day = Number(text.slice(3, 5));
      const max = DAYS_IN_MONTH_LEAP[month - 1];
      return max !== undefined && day >= 1 && day <= max;
    },
    { message: 'expected a real month and day (MM-DD)', params: expecting('realMonthDay') },
  );
/** A financial year end `MM-DD`. See {@link FiscalYearEndSchema}. */
export type FiscalYearEnd = z.output<typeof FiscalYearEndSchema>;

/**
 * A financial year number (the calendar year in which the financial year ends).
 *
 * @example
 * ```ts
 * FinancialYearSchema.parse(2025); // 2025
 * ```
 */
export const FinancialYearSchema = z.number().int().min(1900).max(9999);

/**
 * A headcount fact given by the employer for one financial year: the average number of persons
 * it regularly employed (COV-6: persons, not FTE). When no fact is given, compute it from the
 * employment records with `averageHeadcount` and pass it to `assessDuties`.
 *
 * @example
 * ```ts
 * HeadcountFactSchema.parse({ financialYear: 2025, averageHeadcount: 35.5, source: 'HR, 12 month-ends' });
 * ```
 */
export const HeadcountFactSchema = z.strictObject({
  financialYear: FinancialYearSchema,
  /** Average persons employed over the financial year (may have decimals). */
  averageHeadcount: z.number().min(0),
  /** Free text: where the figure comes from (e.g. "HR system, 12 month-ends"). */
  source: z.string().optional(),
});
/** A headcount fact after parsing. */
export interface HeadcountFact extends z.output<typeof HeadcountFactSchema> {}

/**
 * A demand for the extended duty (COV-4): who demanded it and when. Give the financial year the
 * demand takes effect in, or the date it was made (the financial year is then the one containing
 * that date), or both (the financial year then counts).
 *
 * @example
 * ```ts
 * DemandSchema.parse({ party: 'employee-representatives', date: '2025-02-14' });
 * ```
 */
export const DemandSchema = z
  .strictObject({
    party: z.enum(DEMANDING_PARTIES),
    /** The date the demand was made. */
    date: IsoDateSchema.optional(),
    /** The financial year in which the demand was made (the duty applies from that year). */
    financialYear: FinancialYearSchema.optional(),
  })
  .refine((d) => d.date !== undefined || d.financialYear !== undefined, {
    message: 'give the date of the demand or its financial year',
    params: { code: 'required', ...expecting('demandYear') },
    path: ['financialYear'],
  });
/** A demand after parsing. */
export interface Demand extends z.output<typeof DemandSchema> {}

const EmployerObjectSchema = z.strictObject({
  organisationNumber: OrganisationNumberSchema,
  /** The name as the statement shows it: one for every language, or per language (`{ "nb": …, "en": … }`). */
  name: EmployerTextSchema,
  sector: z.enum(SECTORS),
  fiscalYearEnd: FiscalYearEndSchema.default('12-31'),
  /** Given average headcounts per financial year (COV-6). */
  headcounts: z.array(HeadcountFactSchema).readonly().default([]),
  /** Demands for the extended duty (COV-4; only relevant for private employers of 20–50). */
  demands: z.array(DemandSchema).readonly().default([]),
  /**
   * Whether the employer also exercises public authority (*myndighetsutøvelse*) with the § 24
   * duty (COV-8). `null` (the default) = not stated: assumed `true` for public employers and
   * `false` for private ones, and the assessment says it assumed so.
   */
  exercisesPublicAuthority: z.boolean().nullable().default(null),
  /** The organisational units below the legal entity, as a tree (reporting levels, COV-7). */
  units: UnitTreeSchema.default([]),
});

/** One headcount fact per financial year (COV-6), else the assessment would have to guess. */
function oneHeadcountPerYear(employer: { readonly headcounts?: readonly HeadcountFact[] | undefined }, ctx: z.RefinementCtx): void {
  const seen = new Set<number>();
  (employer.headcounts ?? []).forEach((h, i) => {
    if (seen.has(h.financialYear)) {
      ctx.addIssue({
        code: 'custom',
        message: 'more than one headcount for this financial year',
        params: expecting('oneHeadcountPerYear'),
        path: ['headcounts', i, 'financialYear'],
      });
    }
    seen.add(h.financialYear);
  });
}

/**
 * The employer: the legal entity (*juridisk enhet*) that holds the duties (COV-7: in a group each
 * entity is assessed on its own; units below it are reporting levels).
 *
 * @example
 * ```ts
 * const employer = EmployerSchema.parse({
 *   organisationNumber: '974760673',
 *   name: 'Eksempeletaten',
 *   sector: 'public',
 *   headcounts: [{ financialYear: 2025, averageHeadcount: 2400 }],
 * });
 * employer.fiscalYearEnd; // '12-31'
 * ```
 */
export const EmployerSchema = EmployerObjectSchema.superRefine(oneHeadcountPerYear);

/** An employer after parsing, defaults filled. */
export interface Employer extends z.output<typeof EmployerSchema> {}
/** What {@link EmployerSchema} accepts. */
export interface EmployerInput extends z.input<typeof EmployerSchema> {}

/**
 * The facts of an employer the duty assessment reads (COV-2 to COV-6, COV-8): its `sector`, and
 * optionally its financial year end, headcount facts, demands and whether it exercises public
 * authority. Every field of {@link EmployerSchema} is accepted (and checked), only `sector` is
 * required: a parsed {@link Employer} is a valid `DutyFacts`, and so is a quick
 * `{ sector: 'private', headcounts: [...] }`.
 *
 * @example
 * ```ts
 * DutyFactsSchema.parse({ sector: 'private', headcounts: [{ financialYear: 2025, averageHeadcount: 35 }] });
 * DutyFactsSchema.parse(EmployerSchema.parse(json)); // a whole employer
 * ```
 */
export const DutyFactsSchema = EmployerObjectSchema.partial().required({ sector: true }).superRefine(oneHeadcountPerYear);
/** What {@link DutyFactsSchema} accepts: a parsed {@link Employer}, an {@link EmployerInput}, or just the facts. */
export interface DutyFacts extends z.input<typeof DutyFactsSchema> {}
