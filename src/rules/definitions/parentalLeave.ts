/**
 * DEF-PL — parental-leave weeks (*foreldrepermisjon*): for each person, Σ over parental-leave
 * periods of (days of the period inside the financial year × leave percent / 100) / 7; a record may
 * give weeks directly instead of periods. The average is over the persons of that sex with at
 * least one such day (by the unit of their main employment); their number is given too.
 *
 * Exact: the leave is kept in integer units of 1/7 000 000 week (a day at a percent with two
 * decimals is a whole number of them).
 * @see ARP.md §5 DEF-PL
 * @module
 */

/**
 * Leave units per week: 7 days × 10 000 (the leave percent in hundredths) × 100 (six decimals of a
 * week for weeks given directly).
 * @example
 * ```ts
 * LEAVE_UNITS_PER_WEEK / 7; // 1_000_000 units: a day at 100 %
 * ```
 */
export const LEAVE_UNITS_PER_WEEK = 7_000_000;

/**
 * Whether a person counts for parental leave (DEF-PL): at least one day of leave in the financial year.
 * @param units - the person's leave units in the financial year
 * @returns `true` when above 0
 * @see ARP.md §5 DEF-PL
 * @example
 * ```ts
 * hasParentalLeave(LEAVE_UNITS_PER_WEEK); // true
 * hasParentalLeave(0);                    // false
 * ```
 */
export function hasParentalLeave(units: number): boolean {
  return units > 0;
}
