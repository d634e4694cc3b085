import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Dec, formatNok, formatOre, formatPercent, numberNokToOre, parseNokToOre, percentOf } from './money.js';

describe('parseNokToOre (exact money parsing, DEF-ROUND)', () => {
  it.each([
    ['0', 0],
    ['55280', 5_528_000],
    ['55280.5', 5_528_050],
    ['55280.05', 5_528_005],
    ['-12.34', -1234],
    [' 7.10 ', 710],
  ])('%s → %i øre', (text, ore) => {
    expect(parseNokToOre(text)).toBe(ore);
  });

  it.each(['', '1.234', '1,5', 'abc', '1e3', '.5', '1.'])('refuses %j', (text) => {
    expect(parseNokToOre(text)).toBeUndefined();
  });

  it('round-trips every øre amount through formatOre', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (ore) => {
        expect(parseNokToOre(formatOre(ore))).toBe(ore);
      }),
    );
  });
});

describe('numberNokToOre', () => {
  it('reads a number through its decimal text, never by float multiplication', () => {
    expect(numberNokToOre(0.29)).toBe(29); // 0.29 * 100 = 28.999999999999996 in floats
    expect(numberNokToOre(1234.56)).toBe(123_456);
    expect(numberNokToOre(1e21)).toBeUndefined();
  });
  it('refuses more than two decimals and non-finite numbers', () => {
    expect(numberNokToOre(0.1 + 0.2)).toBeUndefined();
    expect(numberNokToOre(Number.NaN)).toBeUndefined();
    expect(numberNokToOre(Number.POSITIVE_INFINITY)).toBeUndefined();
  });
});

describe('presentation rounding (half-up, only at output)', () => {
  it('rounds money half-up to whole øre', () => {
    expect(formatNok(new Dec('55280.005'))).toBe('55280.01');
    expect(formatNok(new Dec('55280.00499999'))).toBe('55280.00');
    expect(formatNok(new Dec('-0.005'))).toBe('-0.01');
  });
  it('rounds percentages half-up to one decimal and keeps null for a zero denominator', () => {
    expect(formatPercent(percentOf(1, 8))).toBe('12.5');
    expect(formatPercent(percentOf(1, 16))).toBe('6.3'); // 6.25 → 6.3
    expect(formatPercent(percentOf(1, 3))).toBe('33.3');
    expect(percentOf(5, 0)).toBeNull();
    expect(formatPercent(null)).toBeNull();
  });
  it('formats bigint øre', () => {
    expect(formatOre(123_456_789_012_345_678n)).toBe('1234567890123456.78');
    expect(formatOre(-5)).toBe('-0.05');
  });
  it('is unaffected by the global decimal.js configuration of the host', async () => {
    const { default: Global } = await import('decimal.js');
    const before = Global.precision;
    Global.set({ precision: 5, rounding: Global.ROUND_DOWN });
    try {
      expect(formatNok(new Dec('123456.785'))).toBe('123456.79');
    } finally {
      Global.set({ precision: before, rounding: Global.ROUND_HALF_UP });
    }
  });
});
