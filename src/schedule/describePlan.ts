import { z } from 'zod';
import { parseInput } from '../_lib/input.js';
import { catalogue, LANGUAGES, type Language } from '../locales/index.js';
import type { YearPlan } from './planYear.js';

const Year = z.int();
const Date_ = z.string();
/** What {@link describePlan} reads of a plan (other fields are not looked at). */
const Args = z.object({
  plan: z.object({
    year: Year,
    fiscalYearStart: Date_,
    fiscalYearLast: Date_,
    statementRequired: z.boolean(),
    biennialMappingRequired: z.boolean(),
    mayReuseMappingFrom: Year.nullable(),
    adoptionDeadline: Date_,
    filingDeadline: Date_,
    options: z.object({ firstMappingYear: Year }),
  }),
  lang: z.enum(LANGUAGES).optional(),
});

/**
 * A short text a person can read: what the plan requires for the year and by when.
 *
 * @param plan - the result of `planYear`
 * @param lang - `en` (default), `nb` or `nn`
 * @returns the text (one to three sentences)
 * @throws {@link LikestillingInputError} when `plan` is not a plan (the fields read are checked) or
 *   `lang` is not `en`, `nb` or `nn`
 * @example
 * ```ts
 * describePlan(planYear({ year: 2025, lastMappingYear: 2024 }));
 * // 'Financial year 2025 (2025-01-01 to 2025-12-31): no new mapping of pay and involuntary
 * //  part-time is required; the figures mapped in 2024 may be reused (STM-6). …'
 * ```
 */
export function describePlan(plan: YearPlan, lang?: Language): string {
  return describe(parseInput('describePlan', Args, { plan, lang }));
}

function describe({ plan, lang = 'en' }: z.output<typeof Args>): string {
  return catalogue(lang).plan.sentence({
    year: plan.year,
    start: plan.fiscalYearStart,
    last: plan.fiscalYearLast,
    statementRequired: plan.statementRequired,
    mappingRequired: plan.biennialMappingRequired,
    reuseFrom: plan.mayReuseMappingFrom,
    firstMappingYear: plan.options.firstMappingYear,
    adoptionDeadline: plan.adoptionDeadline,
    filingDeadline: plan.filingDeadline,
  });
}
