/**
 * DEF-SHARE — "count and/or percent" (Bufdir: *antall og/eller prosent av alle ansatte*): per sex
 * the count, the percent of all employees of the population (temporary women / everyone), the
 * percent of that sex (temporary women / all women), and the women's share of the category.
 * @see ARP.md §5 DEF-SHARE
 * @module
 */
import { formatRatioOfIntegers } from '../../_lib/money.js';

/**
 * A count as a percent of another (DEF-SHARE), rounded once, half-up, to `decimals` (DEF-ROUND).
 * @param count - the persons with the attribute, e.g. temporary women
 * @param of - the persons it is a share of, e.g. everyone or all women
 * @param decimals - the option `percentDecimals`
 * @returns the percent as text, or `null` when `of` is 0
 * @see ARP.md §5 DEF-SHARE
 * @example
 * ```ts
 * percentOfCount(1, 3, 1); // '33.3'
 * percentOfCount(1, 0, 1); // null
 * ```
 */
export function percentOfCount(count: number, of: number, decimals: number): string | null {
  return formatRatioOfIntegers(count * 100, of, decimals);
}
