/**
 * DEF-PAY — who is in the pay figures (*lønn per årsverk*), and with which components.
 *
 * A person of the population (`population.ts`) is in the pay figures when their position percent is known
 * and above 0 (the full-time equivalent is amount × 100 / position percent, never divided by zero)
 * and they are a woman or a man (`sexComparison.ts`). A person with a percent of 0 or missing is counted in
 * the headcounts and left out of pay, with the `position_percent_zero_or_missing` warning. The
 * components of the two pay concepts are options: SSB's *månedslønn* (base, fixed, irregular,
 * bonus; overtime and benefits in kind excluded) and *avtalt månedslønn* (base, fixed).
 * @see ARP.md §5 DEF-PAY
 * @module
 */
import { isComparedSex } from './sexComparison.js';

/**
 * Whether a position percent allows the full-time-equivalent conversion (DEF-PAY): known and above 0.
 * @param missing - 1 when the percent of one of the person's active employments is missing, else 0
 * @param hundredths - the person's position percent × 100
 * @returns `true` when the person's pay can be turned into full-time-equivalent pay
 * @see ARP.md §5 DEF-PAY
 * @example
 * ```ts
 * hasPayPercent(0, 5000); // true
 * hasPayPercent(0, 0);    // false: never divided by zero
 * hasPayPercent(1, 5000); // false: a percent missing
 * ```
 */
export function hasPayPercent(missing: number, hundredths: number): boolean {
  return missing === 0 && hundredths !== 0;
}

/**
 * Whether a person of the population is in the pay figures (DEF-PAY): a known percent above 0, and
 * a woman or a man ({@link isComparedSex}).
 * @param missing - 1 when a position percent is missing, else 0
 * @param hundredths - the position percent × 100
 * @param sex - 0 female, 1 male, 2 other, 3 unknown
 * @returns `true` when pay-eligible
 * @see ARP.md §5 DEF-PAY
 * @example
 * ```ts
 * isPayEligible(0, 10_000, 0); // true
 * isPayEligible(0, 10_000, 3); // false: unknown sex
 * ```
 */
export function isPayEligible(missing: number, hundredths: number, sex: number): boolean {
  return hasPayPercent(missing, hundredths) && isComparedSex(sex);
}
