import { describe, expect, it } from 'vitest';
import { Dec } from '../../_lib/money.js';
import { countsOfPercent } from './modelBuilder.js';

/** The counts t of a base whose percent 100·t / base rounds half up to `text`, by trying each (ANON-7's reader). */
function byTrying(text: string, base: number): [number, number] | null {
  const p = new Dec(text);
  const dot = text.indexOf('.');
  const h = new Dec(5).times(new Dec(10).pow(-(dot < 0 ? 0 : text.length - dot - 1) - 1));
  let lo: number | null = null;
  let hi: number | null = null;
  for (let t = 0; t <= base; t++) {
    const pct = new Dec(100).times(t).dividedBy(base);
    if (pct.gte(p.minus(h)) && pct.lt(p.plus(h))) {
      lo ??= t;
      hi = t;
    }
  }
  return lo === null || hi === null ? null : [lo, hi];
}

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

describe('countsOfPercent (a percent of a published base, ANON-7)', () => {
  it('gives the counts whose percent rounds to the published one', () => {
    expect(countsOfPercent('33.3', 3)).toEqual([1, 1]);
    expect(countsOfPercent('50', 4)).toEqual([2, 2]);
    expect(countsOfPercent('0.5', 1000)).toEqual([5, 5]);
    expect(countsOfPercent('100', 7)).toEqual([7, 7]);
    expect(countsOfPercent('2', 1000)).toEqual([15, 24]);
  });

  it('has no counts for a base of 0 or a text that is not a number', () => {
    expect(countsOfPercent('12.5', 0)).toBeNull();
    expect(countsOfPercent('abc', 10)).toBeNull();
  });

  it('is, on 3 000 random percents of random bases, what trying every count gives (in whole numbers and in decimals)', () => {
    const r = rng(20261207);
    for (let i = 0; i < 3000; i++) {
      const base = 1 + Math.floor(r() * (i % 3 === 0 ? 20 : 2000));
      const decimals = Math.floor(r() * 3);
      const t = Math.floor(r() * (base + 1));
      // mostly a true percent, sometimes one a little off (which may allow no count at all)
      const exact = (100 * t) / base + (r() < 0.2 ? (r() - 0.5) * 2 : 0);
      const text = Math.max(0, Math.min(100, exact)).toFixed(decimals);
      const want = byTrying(text, base);
      const got = countsOfPercent(text, base);
      if (want === null) expect(got === null || Math.max(0, got[0]) > Math.min(base, got[1])).toBe(true);
      // (within 0 … base: the count's own bounds)
      else expect([Math.max(0, got?.[0] ?? NaN), Math.min(base, got?.[1] ?? NaN)]).toEqual(want);
    }
  });

  it('agrees with its decimal arithmetic beyond the whole-number range (a base over 10⁸, five decimals)', () => {
    expect(countsOfPercent('12.34567', 100)).toEqual([13, 12]);
    expect(countsOfPercent('50.0', 200_000_000)).toEqual([99_900_000, 100_099_999]);
    expect(countsOfPercent('50.0', 100_000_000)).toEqual([49_950_000, 50_049_999]);
  });
});
