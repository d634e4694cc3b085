/**
 * DEF-ROUND — no intermediate rounding: a person's full-time-equivalent pay, sums, means, medians
 * and shares stay exact, and each published value is rounded once — money half-up to whole øre,
 * percents half-up to `percentDecimals` (default one decimal).
 * @see ARP.md §5 DEF-ROUND
 * @module
 */
import { formatRatio } from '../../_lib/money.js';
import type { Rational } from '../../_lib/exact.js';

/**
 * An exact amount in 1/`unit` øre as NOK, rounded once, half-up, to whole øre (DEF-ROUND: the one
 * rounding of money; `unit` is 1 on the CSV path, the pay unit of a-melding averages otherwise).
 * @param value - the exact amount in 1/`unit` øre, or `null`
 * @param unit - the pay unit (øre per unit of `value` is 1/unit)
 * @returns NOK with two decimals, or `null`
 * @see ARP.md §5 DEF-ROUND
 * @example
 * ```ts
 * presentMoney({ num: 1_000_001n, den: 2n }, 1n); // '5000.01' (500 000.5 øre, half-up)
 * ```
 */
export function presentMoney(value: Rational | null, unit: bigint): string | null {
  return value === null ? null : formatRatio(value.num, value.den * 100n * unit, 2);
}
