import type { Employee } from '../models/employee.js';
import { AnalysisOptionsSchema, type AnalysisOptions } from './AnalysisOptionsSchema.js';
import { readPersons } from './_lib/persons.js';
import { regress } from './_lib/regression.js';
import type { AdjustedGap } from './schema.js';

/**
 * The adjusted gap (*justert lønnsforskjell*, EXP-2): ordinary least squares of the natural log of
 * monthly FTE pay (the mapping's pay concept and pay-eligible women and men, DEF-PAY, DEF-SEX) on
 * a female indicator and objective factors — by default job level and job group (categorical,
 * dummy coded against their most frequent category), seniority in years (days from the main
 * employment's `startDate` to the reference date / 365.25) and its square, and part-time (DEF-PT).
 *
 * The result: the female coefficient b, the gap percent (1 − e^b) × 100 (positive: women are paid
 * less than men with the same factors; with `kennedy`, (1 − e^(b − se²/2)) × 100), its standard
 * error (classical, or `HC1`), the confidence interval of the gap percent, the two-sided p-value,
 * R², n, the factors used and the columns dropped as collinear, and the threshold test (5 % by
 * default; Logib's one-sided test with `thresholdTest: 'logib'` or `conventions: 'logib'`).
 * Floating point (the regression is no money figure); the linear algebra is ml-matrix's (SVD to
 * find collinear columns, Cholesky to solve), the t distribution @stdlib's.
 *
 * When the gap exceeds the threshold, `accountingSet` lists the smallest set of employees whose
 * pay, set to what the model predicts for them, would bring the gap down to the threshold
 * (Iceland's list; EXP-3: **internal only**, never in a published output).
 *
 * @param records - parsed records (`EmployeeSchema` output), one per employment
 * @param options - analysis options; only `statistics.year` is required ({@link AnalysisOptionsSchema})
 * @returns the adjusted gap (`status: 'not-estimable'` with a `reason` when it cannot be estimated)
 * @throws {z.ZodError} when the options are invalid (each issue names its path)
 * @see ARP.md §9 EXP-2, EXP-3
 * @example
 * ```ts
 * const adjusted = adjustedGap(records, { statistics: { year: 2025 } });
 * adjusted.gapPercent;         // e.g. 0.8: women earn 0.8 % less than men with the same factors
 * adjusted.confidenceInterval; // { level: 0.95, lower: 0.2, upper: 1.4 }
 * adjustedGap(records, { statistics: { year: 2025 }, conventions: 'logib' }).threshold?.test; // 'logib'
 * ```
 */
export function adjustedGap(records: readonly Employee[], options: AnalysisOptions): AdjustedGap {
  const o = AnalysisOptionsSchema.parse(options);
  const persons = readPersons(records, o.statistics, o.payConcept);
  return regress(persons, null, o.factors, o, records).result;
}
