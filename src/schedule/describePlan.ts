import { z } from 'zod';
import { parseInput } from '../_lib/input.js';
import { LANGUAGES, type Language } from '../_lib/messages.js';
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
 * @param lang - `en` (default) or `nb`
 * @returns the text (one to three sentences)
 * @throws {@link LikestillingInputError} when `plan` is not a plan (the fields read are checked) or
 *   `lang` is not `en` or `nb`
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
  const period = `${plan.fiscalYearStart} – ${plan.fiscalYearLast}`;
  if (lang === 'nb') {
    const head = `Regnskapsåret ${plan.year} (${period}): `;
    if (!plan.statementRequired) {
      return `${head}ingen redegjørelsesplikt; likestillingsarbeidet dokumenteres (COV-5). Årsberetningen vedtas innen ${plan.adoptionDeadline} og sendes inn innen ${plan.filingDeadline}.`;
    }
    const mapping = plan.biennialMappingRequired
      ? 'lønn fordelt på kjønn og ufrivillig deltid skal kartlegges (ACT-4)'
      : plan.mayReuseMappingFrom !== null
        ? `ingen ny kartlegging av lønn og ufrivillig deltid kreves; tallene fra ${plan.mayReuseMappingFrom} kan gjenbrukes (STM-6)`
        : `ingen kartlegging av lønn og ufrivillig deltid kreves ennå (første gang senest for ${plan.options.firstMappingYear}, ACT-4)`;
    return `${head}${mapping}. Redegjørelsen med årsberetningen vedtas innen ${plan.adoptionDeadline} og sendes inn innen ${plan.filingDeadline} (STM-5).`;
  }
  const head = `Financial year ${plan.year} (${period}): `;
  if (!plan.statementRequired) {
    return `${head}no statement duty; the equality work is documented (COV-5). The annual report is adopted by ${plan.adoptionDeadline} and filed by ${plan.filingDeadline}.`;
  }
  const mapping = plan.biennialMappingRequired
    ? 'pay by sex and involuntary part-time must be mapped (ACT-4)'
    : plan.mayReuseMappingFrom !== null
      ? `no new mapping of pay and involuntary part-time is required; the figures mapped in ${plan.mayReuseMappingFrom} may be reused (STM-6)`
      : `no mapping of pay and involuntary part-time is required yet (first for ${plan.options.firstMappingYear} at the latest, ACT-4)`;
  return `${head}${mapping}. The statement, with the annual report, is adopted by ${plan.adoptionDeadline} and filed by ${plan.filingDeadline} (STM-5).`;
}
