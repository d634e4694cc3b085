/**
 * The main employment of a merged person: "the largest position's level/group kept" (a part of
 * the population rule, `population.ts`).
 * @see ARP.md §5, the population
 * @module
 */

/**
 * The attributes deciding which employment is a person's main one.
 * @example
 * ```ts
 * const a: MainCandidate = { active: 1, pct: 6000, start: 20200101, temporary: 0, unit: null, level: '1', group: null };
 * ```
 */
export interface MainCandidate {
  /** 1 when active on the reference date, else 0. */
  readonly active: number;
  /** The position percent × 100 (-1: missing). */
  readonly pct: number;
  /** The start date, a `DateKey` (yyyymmdd, `src/_lib/dates.ts`: it orders like the date). */
  readonly start: number;
  /** 1 when temporary (`temporary.ts`), else 0. */
  readonly temporary: number;
  readonly unit: string | null;
  readonly level: string | null;
  readonly group: string | null;
}

function cmpNullable(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/**
 * The main employment of a merged person (the population rule): > 0 when `a` should be the main employment
 * rather than `b`. A total order, so the choice does not depend on the order employments are seen
 * in: active on the reference date first, then the larger position percent, the earlier start, and
 * last the attributes themselves (ties on all of them give the same figures whichever wins).
 * @param a - one employment
 * @param b - the other
 * @returns > 0 when `a` wins, < 0 when `b` wins, 0 when they are alike
 * @see ARP.md §5, the population
 * @example
 * ```ts
 * const base = { active: 1, start: 20200101, temporary: 0, unit: null, level: null, group: null };
 * mainCompare({ ...base, pct: 8000 }, { ...base, pct: 2000 }) > 0; // true: the larger position
 * ```
 */
export function mainCompare(a: MainCandidate, b: MainCandidate): number {
  if (a.active !== b.active) return a.active - b.active;
  if (a.pct !== b.pct) return a.pct - b.pct;
  if (a.start !== b.start) return a.start < b.start ? 1 : -1;
  if (a.temporary !== b.temporary) return a.temporary - b.temporary;
  return -(cmpNullable(a.unit, b.unit) || cmpNullable(a.level, b.level) || cmpNullable(a.group, b.group));
}
