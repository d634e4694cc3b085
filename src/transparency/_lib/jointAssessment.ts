/**
 * The joint pay assessment test of one category (Art. 10(1), TRN-5), on the exact gap. @internal
 */
import type { Rational } from '../../statistics/internal.js';
import { formatRatio } from '../../_lib/money.js';
import type { ResolvedTransparencyOptions } from '../TransparencyOptionsSchema.js';
import type { JointAssessmentReason, JointPayAssessment } from '../types.js';

/** A threshold with at most two decimals as hundredths (5 → 500, 3.9 → 390). */
function hundredths(x: number): bigint {
  return BigInt(Math.round(x * 100));
}

/** The test for category `key` with its exact mean hourly gap (percent), or null when there is none. @internal */
export function assessCategory(key: string | null, gap: Rational | null, o: ResolvedTransparencyOptions): JointPayAssessment {
  const threshold = hundredths(o.jointAssessmentThresholdPercent);
  let triggered = false;
  if (gap !== null) {
    const num = gap.den < 0n ? -gap.num : gap.num;
    const den = gap.den < 0n ? -gap.den : gap.den;
    const abs = num < 0n ? -num : num;
    triggered = abs * 100n >= threshold * den; // |gap| ≥ threshold, unrounded (TRN-5)
  }
  const stated = key === null ? undefined : o.categoryAssessments[key];
  const justification = stated?.justification ?? null;
  const remedyDate = stated?.remedyDate ?? null;
  let reason: JointAssessmentReason;
  if (key === null) reason = 'not-a-category';
  else if (gap === null) reason = 'gap-not-computable';
  else if (!triggered) reason = 'gap-below-threshold';
  else if (justification !== null) reason = 'justified';
  else if (remedyDate !== null && remedyDate <= o.remedyDeadline) reason = 'remedied-within-deadline';
  else if (remedyDate !== null) reason = 'remedy-after-deadline';
  else reason = 'gap-at-or-above-threshold';
  return {
    triggered,
    required: reason === 'gap-at-or-above-threshold' || reason === 'remedy-after-deadline',
    reason,
    meanGapPercent: gap === null ? null : formatRatio(gap.num, gap.den, o.gapDecimals),
    thresholdPercent: formatRatio(threshold, 100n, 2)!.replace(/\.?0+$/, ''),
    justification,
    remedyDate,
    remedyDeadline: o.remedyDeadline,
    rule: 'TRN-5',
    legalBasis: 'Directive (EU) 2023/970 Art. 10(1)',
  };
}
