/** The gap of two given values (TRN-2). */
import { describe, expect, it } from 'vitest';
import { payGapPercent } from './payGapPercent.js';

describe('payGapPercent (TRN-2)', () => {
  it('(men − women) / men × 100, rounded once half away from zero', () => {
    expect(payGapPercent('62680', '55280')).toBe('11.8');
    expect(payGapPercent('400', '409')).toBe('-2.3');
    expect(payGapPercent('400', '391')).toBe('2.3');
    expect(payGapPercent(100, '100.00')).toBe('0.0');
    expect(payGapPercent('0', '5')).toBeNull();
    expect(payGapPercent('3', '1', 3)).toBe('66.667');
    expect(() => payGapPercent('1e3', '1')).toThrow(RangeError);
  });
});
