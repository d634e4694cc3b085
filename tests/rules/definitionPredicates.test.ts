/**
 * The definitions of src/rules/definitions/ worked by hand from the rules document (ARP.md §5), and
 * the engine's bit tables built from them (statistics/kernels/flags.ts).
 */
import { describe, expect, it } from 'vitest';
import { unitKeyOf, unitNamesOf } from '../../src/rules/definitions/groups.js';
import {
  involuntaryAnswerOf,
  isAnswered,
  isInvoluntary,
  INVOLUNTARY_NO,
  INVOLUNTARY_UNANSWERED,
  INVOLUNTARY_YES,
} from '../../src/rules/definitions/involuntaryPartTime.js';
import { mainCompare } from '../../src/rules/definitions/mainEmployment.js';
import { hasParentalLeave } from '../../src/rules/definitions/parentalLeave.js';
import { partTimeBoundHundredths, partTimeOf } from '../../src/rules/definitions/partTime.js';
import { hasPayPercent, isPayEligible } from '../../src/rules/definitions/payEligibility.js';
import { isActiveOn, mergedEmployments } from '../../src/rules/definitions/population.js';
import { isOreInRange, isPositionPercentHundredthsInRange, isPositionPercentInRange } from '../../src/rules/definitions/ranges.js';
import { isComparedSex, isSexMaskInconsistent, sexBitOf, sexOfMask } from '../../src/rules/definitions/sexComparison.js';
import { isTemporaryForm, temporaryOf } from '../../src/rules/definitions/temporary.js';
import {
  INCONSISTENT_MASK,
  KIND_PART_TIME_NO,
  KIND_PART_TIME_UNANSWERED,
  KIND_PART_TIME_YES,
  PART_TIME_KIND,
  SEX_OF_MASK,
} from '../../src/statistics/kernels/flags.js';

describe('rule definitions', () => {
  it('DEF-POP / DEF-REF: active when start ≤ day ≤ end; merged employments beyond the first', () => {
    expect(isActiveOn('2025-01-01', '2025-12-31', '2025-12-31')).toBe(true);
    expect(isActiveOn('2025-01-01', '2025-12-30', '2025-12-31')).toBe(false);
    expect(isActiveOn(20260101, 99_999_999, 20251231)).toBe(false);
    expect(mergedEmployments(1)).toBe(0);
    expect(mergedEmployments(3)).toBe(2);
  });

  it('DEF-POP: the main employment is the active one, then the larger position, then the earlier start', () => {
    const base = { active: 1, pct: 5000, start: 20200101, temporary: 0, unit: null, level: null, group: null };
    expect(mainCompare({ ...base, active: 0, pct: 10_000 }, base)).toBeLessThan(0);
    expect(mainCompare({ ...base, pct: 8000 }, base)).toBeGreaterThan(0);
    expect(mainCompare({ ...base, start: 20190101 }, base)).toBeGreaterThan(0);
    expect(mainCompare(base, { ...base }) === 0).toBe(true); // alike (the sign of a zero is no order)
  });

  it('DEF-SEX: one sex seen is that sex, none or several unknown; only women and men compared', () => {
    expect([1, 2, 4, 8].map(sexOfMask)).toEqual([0, 1, 2, 3]);
    expect(sexOfMask(1 | 2)).toBe(3);
    expect(sexOfMask(0)).toBe(3);
    expect(['female', 'male', 'other', 'unknown', 'x'].map(sexBitOf)).toEqual([1, 2, 4, 8, 0]);
    expect([0, 1, 2, 3].map(isComparedSex)).toEqual([true, true, false, false]);
    expect(isSexMaskInconsistent(2)).toBe(false);
    expect(isSexMaskInconsistent(3)).toBe(true);
    expect(isSexMaskInconsistent(0)).toBe(true);
    for (let m = 0; m < 16; m++) {
      expect(SEX_OF_MASK[m]).toBe(sexOfMask(m));
      expect(INCONSISTENT_MASK[m]).toBe(isSexMaskInconsistent(m) ? 1 : 0);
    }
  });

  it('DEF-PAY: a known percent above 0, and a woman or a man', () => {
    expect(hasPayPercent(0, 5000)).toBe(true);
    expect(hasPayPercent(0, 0)).toBe(false);
    expect(hasPayPercent(1, 5000)).toBe(false);
    expect(isPayEligible(0, 10_000, 1)).toBe(true);
    expect(isPayEligible(0, 10_000, 2)).toBe(false);
  });

  it('DEF-PT: below the bound, an unknown percent not part-time', () => {
    expect(partTimeBoundHundredths(100)).toBe(10_000);
    expect(partTimeOf(0, 9999, 10_000)).toBe(1);
    expect(partTimeOf(0, 10_000, 10_000)).toBe(0);
    expect(partTimeOf(1, 0, 10_000)).toBe(0);
  });

  it('DEF-INV: unknown is not "no"; the kinds read the answers', () => {
    expect([null, false, true].map(involuntaryAnswerOf)).toEqual([INVOLUNTARY_UNANSWERED, INVOLUNTARY_NO, INVOLUNTARY_YES]);
    expect([INVOLUNTARY_UNANSWERED, INVOLUNTARY_NO, INVOLUNTARY_YES].map(isAnswered)).toEqual([false, true, true]);
    expect([INVOLUNTARY_UNANSWERED, INVOLUNTARY_NO, INVOLUNTARY_YES].map(isInvoluntary)).toEqual([false, false, true]);
    expect([...PART_TIME_KIND]).toEqual([KIND_PART_TIME_UNANSWERED, KIND_PART_TIME_NO, KIND_PART_TIME_YES]);
  });

  it('DEF-TMP, DEF-PL, DEF-GRP and the ranges', () => {
    expect(isTemporaryForm('midlertidig')).toBe(true);
    expect(isTemporaryForm('fast')).toBe(false);
    expect(temporaryOf('temporary')).toBe(1);
    expect(hasParentalLeave(1)).toBe(true);
    expect(hasParentalLeave(0)).toBe(false);
    expect(unitNamesOf(' A / B/ ')).toEqual(['A', 'B']);
    expect(unitKeyOf(' A / B/ ')).toBe('A/B');
    expect(unitKeyOf(' / ')).toBeNull();
    expect(unitKeyOf(null)).toBeNull();
    expect([0, 200, 200.01, -0.01, Number.NaN].map(isPositionPercentInRange)).toEqual([true, true, false, false, false]);
    expect([0, 20_000, 20_001].map(isPositionPercentHundredthsInRange)).toEqual([true, true, false]);
    expect([5_528_050, 0.5, 2 ** 53].map(isOreInRange)).toEqual([true, false, false]);
  });
});
