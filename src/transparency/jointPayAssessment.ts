import { assessCategory } from './_lib/jointAssessment.js';
import { resolveTransparencyOptions, type ResolvedTransparencyOptions, type TransparencyOptions } from './TransparencyOptionsSchema.js';
import type { JointPayAssessment } from './types.js';

/**
 * An exact ratio of two integers, `numerator / denominator` (denominator not 0): the exact gap
 * {@link jointPayAssessment} tests (TRN-5).
 *
 * @example
 * ```ts
 * const gap: ExactRatio = { numerator: 25n, denominator: 4n }; // 6.25 %
 * ```
 */
export interface ExactRatio {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

/**
 * The joint pay assessment test of Art. 10(1) for one category of workers (TRN-5), as
 * {@link categoryPayGaps} applies it: a joint pay assessment is required when the category's mean
 * hourly gap is, in absolute value, at least `jointAssessmentThresholdPercent` (default 5, compared
 * with the exact, unrounded gap), the employer has not justified it by objective, gender-neutral
 * criteria, and has not remedied it by `remedyDeadline` (the report date + six months). The
 * justification and remedy date come from `options.categoryAssessments[key]`.
 *
 * @param category - the category's key (`null`: the persons without one) and its exact mean hourly
 *   gap in percent, (men − women) / men × 100, or `null` when there is no gap (a sex absent, men's pay 0)
 * @param options - the transparency options (only `year` is required)
 * @returns the test with its reason
 * @throws {z.ZodError} when an option is invalid
 * @see ARP.md §8 TRN-5; Directive (EU) 2023/970 Art. 10(1)
 * @example
 * ```ts
 * const gap = { numerator: 499n, denominator: 100n }; // 4.99 %
 * jointPayAssessment({ key: 'Engineers', meanGapPercent: gap }, { year: 2026 }).reason; // 'gap-below-threshold'
 * jointPayAssessment(
 *   { key: 'Engineers', meanGapPercent: { numerator: -5n, denominator: 1n } },
 *   { year: 2026, categoryAssessments: { Engineers: { remedyDate: '2027-10-01' } } },
 * ).reason; // 'remedied-within-deadline' (deadline 2027-12-07)
 * ```
 */
export function jointPayAssessment(
  category: { readonly key: string | null; readonly meanGapPercent: ExactRatio | null },
  options: TransparencyOptions | ResolvedTransparencyOptions,
): JointPayAssessment {
  const o = resolveTransparencyOptions(options);
  const g = category.meanGapPercent;
  if (g !== null && (typeof g.numerator !== 'bigint' || typeof g.denominator !== 'bigint' || g.denominator === 0n)) {
    throw new TypeError('jointPayAssessment: meanGapPercent must be { numerator, denominator } of bigints with a denominator other than 0, or null');
  }
  return assessCategory(category.key, g === null ? null : { num: g.numerator, den: g.denominator }, o);
}
