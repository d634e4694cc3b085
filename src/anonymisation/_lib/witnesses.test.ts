import { describe, expect, it } from 'vitest';
import { PublicationPolicySchema } from '../policy.js';
import { countTarget, countVar, coverageOf, percentOfBase, womenShareBeside } from '../../../tests/anonymisation/_counts.js';
import { derivedRange, judge, knownToDecimal, pinnedDerived, ratioOfCountsKnown, type CountDerived, type Target } from './witnesses.js';

// A percent hidden with its count (ANON-7) is known to a reader when every value the count's
// interval leaves it rounds to one published figure (its ends read `DERIVED_MARGIN` = 0.005 units
// inside). Cases worked by hand.
const target = (derived: readonly CountDerived[]): Target => countTarget(countVar(150), derived);
const policy = PublicationPolicySchema.parse({});
/** How far a percent moves over a count interval (infinite when it has no range). */
const derivedWidth = (d: CountDerived, lo: number, hi: number): number => {
  const range = derivedRange(d, lo, hi);
  return range === null ? Infinity : range[1] - range[0];
};

describe('knownToDecimal: every value of the interval rounds to one published figure', () => {
  it('whole percents: 0 to 0.74 reads "0" or "1", 0 to 0.4 only "0"', () => {
    expect(knownToDecimal(0, 100 / 135, 1)).toBe(false);
    expect(knownToDecimal(0, 0.4, 1)).toBe(true);
  });
  it("one published figure's whole rounding interval is known; a little past either end is not", () => {
    expect(knownToDecimal(18.5, 19.5, 1)).toBe(true); // "19" (19.5 itself would read "20": the ends are read inside)
    expect(knownToDecimal(18.49, 19.4, 1)).toBe(false); // "18" or "19"
    expect(knownToDecimal(19.45, 19.52, 1)).toBe(false); // "19" or "20", though 0.07 wide
    expect(knownToDecimal(0.31, 0.34, 0.1)).toBe(true); // "0.3"
  });
  it('an interval without a bound is not known', () => {
    expect(knownToDecimal(0, Infinity, 1)).toBe(false);
  });
});

describe('derivedRange: how far a percent moves over its count interval', () => {
  it('a percent of a published base of 150: 100 / 150 per person', () => {
    expect(derivedWidth(percentOfBase(150, 1), 46, 47)).toBeCloseTo(100 / 150, 12);
    expect(derivedWidth(percentOfBase(150, 1), 46, 48)).toBeCloseTo(200 / 150, 12);
  });
  it('a coverage of 9 answers over 46 to 48 part-timers: 900 / 46 − 900 / 48', () => {
    expect(derivedWidth(coverageOf(9, 1), 46, 48)).toBeCloseTo(900 / 46 - 900 / 48, 12); // 0.815
  });
  it("a women's share beside 10 men: 0 women is 0 %, 1 woman 100 / 11 %", () => {
    expect(derivedWidth(womenShareBeside(10, 0.1), 0, 1)).toBeCloseTo(100 / 11, 12);
  });
  it('a count that would leave the percent undefined is ruled out: a hidden percent exists', () => {
    // 0 answers: 0 % of any number of part-timers, and undefined without part-timers
    expect(derivedWidth(coverageOf(0, 0.1), 0, 5)).toBe(0);
    // no men: 100 % of any number of women
    expect(derivedWidth(womenShareBeside(0, 0.1), 0, 7)).toBe(0);
  });
  it('derivedRange: the least and greatest percent, in order', () => {
    const [lo, hi] = derivedRange(coverageOf(9, 1), 46, 48) ?? [NaN, NaN];
    expect(lo).toBeCloseTo(18.75, 12);
    expect(hi).toBeCloseTo(900 / 46, 12);
    // no part-timers possible at all: the coverage does not exist
    expect(derivedRange(coverageOf(9, 1), 0, 0)).toBeNull();
  });
  it('an unbounded interval moves it without end', () => {
    expect(derivedWidth(percentOfBase(150, 1), 0, Infinity)).toBe(Infinity);
  });
});

describe('judge and pinnedDerived: a count not pinned whose percent is', () => {
  it('whole percents of a base of 150 need the count to move by 2', () => {
    const t = target([percentOfBase(150, 1)]);
    expect(judge(t, 46, 47, 1, policy)).toBe('exact');
    expect(pinnedDerived(t, 46, 47).map((d) => d.path.join('.'))).toEqual(['partTime.total.percentOfAll']);
    expect(judge(t, 46, 48, 1, policy)).toBeNull();
    expect(pinnedDerived(t, 46, 48)).toEqual([]);
  });
  it('one decimal of the same base: the count moving by 1 is enough', () => {
    expect(judge(target([percentOfBase(150, 0.1)]), 46, 47, 1, policy)).toBeNull();
  });
  it('9 answers: the coverage is known to its whole percent over 47 to 48 part-timers ("19"), not over 46 to 48 ("19" or "20")', () => {
    const t = target([coverageOf(9, 1)]);
    expect(judge(t, 47, 48, 1, policy)).toBe('exact'); // 18.75 … 19.15
    expect(judge(t, 46, 48, 1, policy)).toBeNull(); // 18.75 … 19.57
  });
  it('a women\'s share of the category of 0 or 1 woman beside 134 men reads "0" or "1" in whole percents: not known', () => {
    expect(judge(target([womenShareBeside(134, 1)]), 0, 1, 1, policy)).toBeNull(); // 0 … 0.74
    expect(judge(target([womenShareBeside(134, 0.1)]), 0, 1, 1, policy)).toBeNull();
  });
  it('a count with no percent hidden with it is judged as before', () => {
    expect(judge(target([]), 46, 47, 1, policy)).toBeNull();
    expect(judge(target([]), 46, 46, 1, policy)).toBe('exact');
  });
});

describe('ratioOfCountsKnown: a coverage or share whose two counts are both hidden', () => {
  it('9 to 10 answers of 95 to 96 part-timers: 9.4 % to 10.5 %, not known to a whole percent', () => {
    expect(
      ratioOfCountsKnown(
        'coverage',
        [
          [9, 10],
          [95, 96],
        ],
        1,
      ),
    ).toBe(false);
  });
  it('9 answers of 95 to 96 part-timers: 9.38 % to 9.47 %, known to a whole percent and not to one decimal', () => {
    expect(
      ratioOfCountsKnown(
        'coverage',
        [
          [9, 9],
          [95, 96],
        ],
        1,
      ),
    ).toBe(true);
    expect(
      ratioOfCountsKnown(
        'coverage',
        [
          [9, 9],
          [95, 96],
        ],
        0.01,
      ),
    ).toBe(false);
  });
  it('400 to 401 women beside 20 to 21 men: 95.0 % to 95.2 %, known to a whole percent ("95")', () => {
    expect(
      ratioOfCountsKnown(
        'share-of-category',
        [
          [400, 401],
          [20, 21],
        ],
        1,
      ),
    ).toBe(true);
  });
  it('400 to 401 women beside 10 to 11 men: 97.3 % to 97.6 %, "97" or "98": not known', () => {
    expect(
      ratioOfCountsKnown(
        'share-of-category',
        [
          [400, 401],
          [10, 11],
        ],
        1,
      ),
    ).toBe(false);
  });
  it('no bound, or possibly no part-timers: not known', () => {
    expect(
      ratioOfCountsKnown(
        'coverage',
        [
          [0, 0],
          [0, 3],
        ],
        1,
      ),
    ).toBe(false);
    expect(
      ratioOfCountsKnown(
        'share-of-category',
        [
          [0, Infinity],
          [10, 11],
        ],
        1,
      ),
    ).toBe(false);
  });
});
