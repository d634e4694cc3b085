/**
 * What a reader learns from a value's rule (ANON-6): the suppression list says whether a hidden
 * count was hidden by a threshold (`primary`) or to protect another value (`secondary`), so a
 * sound audit restricts the count to the values that rule allows, and a witness (another table
 * that publishes the same figures) must respect it too. Here: those sets as sorted intervals.
 * @internal
 */
import type { PublicationPolicy } from '../policy.js';
import type { TableVar } from './tableModel.js';

/** A closed integer interval. @internal */
export type Piece = readonly [number, number];

/**
 * The base of a count's rule: the persons of its slot in the cell, or for an involuntary part-time
 * count its part-time count (DEF-INV), read with `valueOf` (null when unknown).
 * @internal
 */
export function baseOf(v: TableVar, valueOf: (id: number) => number | null): number | null {
  return v.baseVar === null ? v.persons : valueOf(v.baseVar);
}

/**
 * Whether a count fails ANON-2 (publish only 0 or at least `attributeMinCount`, and the rest of the
 * cell 0 or at least `attributeMinRest`). `answered` counts have no threshold of their own.
 * @internal
 */
export function countFails(v: TableVar, x: number, policy: PublicationPolicy, n: number): boolean {
  if (v.countRule === 'answered' || v.countRule === null) return false;
  // ANON-2: a count of persons with an attribute is 0 or ≥ attributeMinCount …
  if (x > 0 && x < policy.attributeMinCount) return true;
  // … and so is the rest of the cell (persons of the sex without the attribute)
  const rest = n - x;
  return rest > 0 && rest < policy.attributeMinRest;
}

/**
 * The values a count can take given its rule, as disjoint sorted pieces within its bounds:
 * `primary` → the failing values, `secondary` → the passing ones, otherwise (or with the base `n`
 * unknown) every value.
 * @internal
 */
export function countDomain(v: TableVar, rule: 'primary' | 'secondary' | null, policy: PublicationPolicy, n: number | null): Piece[] {
  const lo = v.lower;
  const hi = v.upper;
  if (rule === null || n === null || v.countRule === 'answered' || v.countRule === null) return [[lo, hi]];
  const failing: Piece[] = [];
  // 1 … attributeMinCount − 1, and n − attributeMinRest + 1 … n − 1
  const a: Piece = [Math.max(lo, 1), Math.min(hi, policy.attributeMinCount - 1)];
  const b: Piece = [Math.max(lo, n - policy.attributeMinRest + 1, 0), Math.min(hi, n - 1)];
  for (const p of [a, b].sort((x, y) => x[0] - y[0])) {
    if (p[0] > p[1]) continue;
    const last = failing[failing.length - 1];
    if (last !== undefined && p[0] <= last[1] + 1) failing[failing.length - 1] = [last[0], Math.max(last[1], p[1])];
    else failing.push(p);
  }
  if (rule === 'primary') return failing;
  const out: Piece[] = [];
  let from = lo;
  for (const [s, e] of failing) {
    if (s > from) out.push([from, s - 1]);
    from = e + 1;
  }
  if (from <= hi) out.push([from, hi]);
  return out;
}

/** The piece holding `x`, or null. @internal */
export function pieceOf(domain: readonly Piece[], x: number): Piece | null {
  for (const p of domain) if (x >= p[0] && x <= p[1]) return p;
  return null;
}

/** Narrows an interval to the domain: the smallest domain value ≥ lo and the largest ≤ hi (null when none). @internal */
export function clampToDomain(domain: readonly Piece[], lo: number, hi: number): Piece | null {
  let a = Infinity;
  let b = -Infinity;
  for (const [s, e] of domain) {
    const s2 = Math.max(s, lo);
    const e2 = Math.min(e, hi);
    if (s2 > e2) continue;
    a = Math.min(a, s2);
    b = Math.max(b, e2);
  }
  return a <= b ? [a, b] : null;
}
