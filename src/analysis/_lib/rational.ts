/**
 * Exact arithmetic on the statistics engine's {@link Rational} (`num / den`, BigInt, `den > 0`)
 * for the decomposition (EXP-1, DEF-ROUND): a handful of operations, each result in lowest
 * terms, and the presentation through the library's one rounding ({@link formatRatio}, half-up
 * once). No float touches a money value here.
 * @internal
 */
import { gcdBig } from '../../_lib/exact.js';
import { formatRatio } from '../../_lib/money.js';
import type { Rational } from '../../statistics/internal.js';

export type { Rational };

/** 0 as a rational. @internal */
export const ZERO: Rational = { num: 0n, den: 1n };

/** `num / den` in lowest terms with a positive denominator (`den` must not be 0). @internal */
export function ratio(num: bigint, den: bigint): Rational {
  if (den === 0n) throw new RangeError('likestilling: internal error: a rational with denominator 0');
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const g = gcdBig(num, den);
  return g <= 1n ? { num, den } : { num: num / g, den: den / g };
}

/** An integer as a rational. @internal */
export function integer(n: number | bigint): Rational {
  return { num: BigInt(n), den: 1n };
}

/**
 * a + b over the least common denominator, not reduced further: a sum of many terms keeps the
 * lcm of their denominators, and saves a gcd of its (long) numerator per term. @internal
 */
export function add(a: Rational, b: Rational): Rational {
  if (a.den === b.den) return { num: a.num + b.num, den: a.den };
  if (a.num === 0n) return b;
  if (b.num === 0n) return a;
  const g = gcdBig(a.den, b.den);
  return { num: a.num * (b.den / g) + b.num * (a.den / g), den: (a.den / g) * b.den };
}

/** a − b. @internal */
export function sub(a: Rational, b: Rational): Rational {
  return add(a, { num: -b.num, den: b.den });
}

/** a × b. @internal */
export function mul(a: Rational, b: Rational): Rational {
  return ratio(a.num * b.num, a.den * b.den);
}

/** a ÷ b (b ≠ 0). @internal */
export function div(a: Rational, b: Rational): Rational {
  return ratio(a.num * b.den, a.den * b.num);
}

/** a × n / d for integers n, d (d ≠ 0). @internal */
export function scale(a: Rational, n: number | bigint, d: number | bigint): Rational {
  return ratio(a.num * BigInt(n), a.den * BigInt(d));
}

/** Whether a = b. @internal */
export function equals(a: Rational, b: Rational): boolean {
  return a.num * b.den === b.num * a.den;
}

/** Σ of the rationals (exact). @internal */
export function sum(values: Iterable<Rational>): Rational {
  let s = ZERO;
  for (const v of values) s = add(s, v);
  return s;
}

/** An amount of øre as NOK rounded half-up to whole øre (`"1234.57"`), DEF-ROUND. @internal */
export function formatOreAsNok(ore: Rational): string {
  return formatRatio(ore.num, ore.den * 100n, 2)!;
}

/** `part / whole × 100`, rounded half-up to `decimals`; null when `whole` is 0. @internal */
export function formatPercentOf(part: Rational, whole: Rational, decimals: number): string | null {
  if (whole.num === 0n) return null;
  return formatRatio(part.num * whole.den * 100n, part.den * whole.num, decimals);
}
