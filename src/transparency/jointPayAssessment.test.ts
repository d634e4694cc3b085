/** The joint pay assessment test of one category (Art. 10(1), TRN-5), on the unrounded gap. */
import { describe, expect, it } from 'vitest';
import { jointPayAssessment } from './jointPayAssessment.js';

describe('jointPayAssessment (TRN-5)', () => {
  const gap = (numerator: bigint, denominator = 1n) => ({ numerator, denominator });
  it('compares the unrounded gap: 4.99… % is below 5 %, −5 % is at it', () => {
    expect(jointPayAssessment({ key: 'A', meanGapPercent: gap(4999n, 1000n) }, { year: 2026 })).toMatchObject({
      triggered: false,
      required: false,
      reason: 'gap-below-threshold',
      meanGapPercent: '5.0',
    });
    expect(jointPayAssessment({ key: 'A', meanGapPercent: gap(-5n) }, { year: 2026 })).toMatchObject({
      triggered: true,
      required: true,
      reason: 'gap-at-or-above-threshold',
      meanGapPercent: '-5.0',
    });
  });
  it('justified, remedied by the deadline or not, no gap, no category', () => {
    const o = {
      year: 2026,
      categoryAssessments: { J: { justification: 'job evaluation scores' }, R: { remedyDate: '2027-12-07' }, L: { remedyDate: '2027-12-08' } },
    };
    expect(jointPayAssessment({ key: 'J', meanGapPercent: gap(10n) }, o).reason).toBe('justified');
    expect(jointPayAssessment({ key: 'R', meanGapPercent: gap(10n) }, o).reason).toBe('remedied-within-deadline');
    expect(jointPayAssessment({ key: 'L', meanGapPercent: gap(10n) }, o)).toMatchObject({ required: true, reason: 'remedy-after-deadline' });
    expect(jointPayAssessment({ key: 'X', meanGapPercent: null }, o)).toMatchObject({ required: false, reason: 'gap-not-computable', meanGapPercent: null });
    expect(jointPayAssessment({ key: null, meanGapPercent: gap(50n) }, o)).toMatchObject({ triggered: true, required: false, reason: 'not-a-category' });
    expect(() => jointPayAssessment({ key: 'A', meanGapPercent: gap(1n, 0n) }, o)).toThrow(TypeError);
  });
});
