/**
 * DEF-AVG — means and medians, and women's share of men's pay (*kvinners andel av menns lønn*).
 * The mean is required and the median given too (even count: the mean of the two middle values).
 * Women's share of men's pay = women's value / men's value × 100, for the mean and for the median,
 * from unrounded values; the EU pay gap is 100 − that share.
 * @see ARP.md §5 DEF-AVG
 * @module
 */
import type { Rational } from '../../_lib/exact.js';
import { formatRatio } from '../../_lib/money.js';

/**
 * Women's share of men's value (DEF-AVG): women's / men's × 100 from the exact values, rounded
 * once, half-up, to `decimals` (`rounding.ts`).
 * @param women - women's exact mean or median, or `null`
 * @param men - men's, or `null`
 * @param decimals - the option `percentDecimals`
 * @returns the share as text; `null` when either is missing or men's is 0
 * @see ARP.md §5 DEF-AVG
 * @example
 * ```ts
 * womenShareOfMen({ num: 882n, den: 1n }, { num: 1000n, den: 1n }, 1); // '88.2'
 * ```
 */
export function womenShareOfMen(women: Rational | null, men: Rational | null, decimals: number): string | null {
  if (women === null || men === null || men.num === 0n) return null;
  return formatRatio(women.num * men.den * 100n, women.den * men.num, decimals);
}
