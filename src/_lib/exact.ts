/**
 * Exact arithmetic shared by every module: the rational number type and the greatest common
 * divisors. (Rounding and formatting of exact values: `money.ts`; the statistics' exact means and
 * medians: `statistics/_lib/exact.ts`, built on these.) DEF-ROUND: nothing here rounds.
 * @internal
 * @module
 */

/**
 * An exact rational number `num / den`, `den > 0`.
 * @internal
 * @example
 * ```ts
 * const third: Rational = { num: 1n, den: 3n };
 * ```
 */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

/**
 * Greatest common divisor of two non-negative integers given as numbers (exact while they are safe integers).
 * @internal
 * @example
 * ```ts
 * gcd(12, 18); // 6
 * ```
 */
export function gcd(a: number, b: number): number {
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/**
 * Greatest common divisor of two integers (the first may be negative), as bigints.
 * @internal
 * @example
 * ```ts
 * gcdBig(-12n, 18n); // 6n
 * ```
 */
export function gcdBig(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}
