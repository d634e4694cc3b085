/**
 * DEF-PT — part-time (*deltid*): an agreed position percent below 100 (SSB's definition; the bound
 * is the option `partTimeBelow`). A person whose percent is unknown is not counted as part-time.
 * @see ARP.md §5 DEF-PT
 * @module
 */

/**
 * The option `partTimeBelow` (a percent, default 100) in hundredths of a percent, the unit of
 * the person table.
 * @param partTimeBelow - the option, e.g. 100
 * @returns the bound × 100, rounded to an integer
 * @example
 * ```ts
 * partTimeBoundHundredths(100); // 10_000
 * ```
 */
export function partTimeBoundHundredths(partTimeBelow: number): number {
  return Math.round(partTimeBelow * 100);
}

/**
 * Whether a person is part-time (DEF-PT), as 0 or 1 (branch-free in the person pass).
 * @param missing - 1 when a position percent of the person is missing, else 0
 * @param hundredths - the position percent × 100
 * @param boundHundredths - {@link partTimeBoundHundredths} of the option
 * @returns 1 when the percent is known and below the bound, else 0
 * @see ARP.md §5 DEF-PT
 * @example
 * ```ts
 * partTimeOf(0, 8000, 10_000);  // 1
 * partTimeOf(1, 0, 10_000);     // 0: unknown percent, not part-time
 * ```
 */
export function partTimeOf(missing: number, hundredths: number, boundHundredths: number): number {
  return (missing ^ 1) & +(hundredths < boundHundredths);
}
