/**
 * The value ranges of the records: position percent and money. One place for the bounds that the
 * schema ({@link likestilling!PositionPercentSchema}), the CSV and a-melding readers and the
 * statistics' own shape check share.
 * @see ARP.md §5 DEF-PAY, DEF-PT
 * @module
 */

/**
 * Smallest position percent (*stillingsprosent*) a record may carry: 0 (kept, but left out of pay,
 * DEF-PAY).
 * @example
 * ```ts
 * POSITION_PERCENT_MIN; // 0
 * ```
 */
export const POSITION_PERCENT_MIN = 0;

/**
 * Largest position percent a record may carry: 200 (two full positions; above 100 is accepted with
 * the `position_percent_above_100` warning).
 * @example
 * ```ts
 * POSITION_PERCENT_MAX; // 200
 * ```
 */
export const POSITION_PERCENT_MAX = 200;

/**
 * The position percent of a full position, in hundredths of a percent (the unit of the readers and
 * the person table): 10 000. Above it, the `position_percent_above_100` warning.
 * @example
 * ```ts
 * FULL_POSITION_HUNDREDTHS / 100; // 100
 * ```
 */
export const FULL_POSITION_HUNDREDTHS = 10_000;

/**
 * {@link POSITION_PERCENT_MAX} in hundredths of a percent: 20 000.
 * @example
 * ```ts
 * POSITION_PERCENT_MAX_HUNDREDTHS; // 20_000
 * ```
 */
export const POSITION_PERCENT_MAX_HUNDREDTHS = POSITION_PERCENT_MAX * 100;

/**
 * Whether a position percent is in the range 0–200 (the number of decimals is checked apart).
 * @param percent - a position percent, e.g. 33.33
 * @returns `true` for 0 ≤ percent ≤ 200 (false for NaN)
 * @see ARP.md §5 DEF-PT
 * @example
 * ```ts
 * isPositionPercentInRange(120); // true
 * isPositionPercentInRange(201); // false
 * ```
 */
export function isPositionPercentInRange(percent: number): boolean {
  return percent >= POSITION_PERCENT_MIN && percent <= POSITION_PERCENT_MAX;
}

/**
 * Whether a position percent in hundredths is in the range 0–20 000 (the readers' integer form).
 * @param hundredths - a position percent × 100, an integer
 * @returns `true` for 0 ≤ hundredths ≤ 20 000
 * @example
 * ```ts
 * isPositionPercentHundredthsInRange(3333);  // true
 * isPositionPercentHundredthsInRange(20001); // false
 * ```
 */
export function isPositionPercentHundredthsInRange(hundredths: number): boolean {
  return hundredths >= POSITION_PERCENT_MIN && hundredths <= POSITION_PERCENT_MAX_HUNDREDTHS;
}

/**
 * Decimals of a NOK amount a record may carry: 2 (whole øre). More are refused, never rounded.
 * @example
 * ```ts
 * NOK_DECIMALS; // 2
 * ```
 */
export const NOK_DECIMALS = 2;

/**
 * Whether an amount of øre is in the exact money range: an integer no larger in magnitude than
 * 2^53 − 1.
 * @param ore - an amount in øre (or in 1/`payDivisor` øre)
 * @returns `true` when the amount is a safe integer
 * @see ARP.md §5 (exact money: `rounding.ts`)
 * @example
 * ```ts
 * isOreInRange(5_528_050); // true
 * isOreInRange(0.5);       // false
 * ```
 */
export function isOreInRange(ore: unknown): ore is number {
  return Number.isSafeInteger(ore);
}
