/**
 * Exact rationals over `bigint` for the attacker's linear algebra (ANON-3). Only small
 * integer coefficients (head counts) enter, so numerators and denominators stay small.
 * @internal
 */
export interface Fraction {
  readonly n: bigint;
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/** A normalised fraction n/d (d > 0, lowest terms). @internal */
export function frac(n: bigint, d: bigint = 1n): Fraction {
  if (d === 0n) throw new RangeError('division by zero');
  if (n === 0n) return ZERO;
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d);
  return { n: (sign * n) / g, d: (sign * d) / g };
}

/** 0. @internal */
export const ZERO: Fraction = { n: 0n, d: 1n };
/** 1. @internal */
export const ONE: Fraction = { n: 1n, d: 1n };

/** a + b. @internal */
export const add = (a: Fraction, b: Fraction): Fraction => frac(a.n * b.d + b.n * a.d, a.d * b.d);
/** a − b. @internal */
export const sub = (a: Fraction, b: Fraction): Fraction => frac(a.n * b.d - b.n * a.d, a.d * b.d);
/** a × b. @internal */
export const mul = (a: Fraction, b: Fraction): Fraction => frac(a.n * b.n, a.d * b.d);
/** a ÷ b. @internal */
export const div = (a: Fraction, b: Fraction): Fraction => frac(a.n * b.d, a.d * b.n);
/** Whether a is zero. @internal */
export const isZero = (a: Fraction): boolean => a.n === 0n;
