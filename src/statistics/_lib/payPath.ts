import { floatOrderIsExact, SAFE } from './exact.js';

/** How a measure's medians and means are computed exactly, see {@link payPath}. @internal */
export interface PayPath {
  readonly path: 'code' | 'cross' | 'big';
  /** Largest |øre| of the measure's column: a bound on every pay-eligible person's |øre|. */
  readonly maxAbs: number;
  /** No amount below 0 in the column, and 0 in at least a quarter of its rows. */
  readonly manyZeros: boolean;
}

/**
 * Which exact path applies to a measure's amounts: 'code' (select on the doubles fl(10 000·a/p),
 * {@link floatOrderIsExact}), 'cross' (cross-multiplication in doubles) or 'big'. Read from the
 * whole column, rows `0 … n)`, in one sequential pass, not per pay-eligible person: the largest
 * |øre| of the column bounds every eligible person's, and fl(10 000·maxAbs / minPct) bounds every
 * full-time value fl(10 000·|a| / p) of theirs (each rounding is monotone), where `minPct` and
 * `maxPct` bound their position percents (hundredths) from below and above. Looser bounds can only
 * choose a slower exact path, never a wrong figure; `count` is the number of eligible persons (the
 * sums of øre of a cell stay exact while count · maxAbs < 2^53). @internal
 */
export function payPath(amount: ArrayLike<number>, n: number, count: number, minPct: number, maxPct: number): PayPath {
  let negatives = 0;
  let zeros = 0;
  let maxAbs = 0;
  for (let i = 0; i < n; i++) {
    const v = amount[i]!;
    if (v < 0) {
      negatives++;
      if (-v > maxAbs) maxAbs = -v;
    } else if (v > maxAbs) maxAbs = v;
    else if (v === 0) zeros++;
  }
  const maxF = (maxAbs * 10_000) / minPct;
  // no negative amount, and 0 in at least a quarter of the rows: then zero medians are likely, and
  // worth counting zeros per cell for (a heuristic: it changes the work, not the figures)
  const manyZeros = negatives === 0 && zeros * 4 >= n;
  // products a·q and sums of øre stay exact in doubles (DEF-ROUND); otherwise the BigInt path
  if (!(Number.isSafeInteger(maxAbs) && maxAbs * Math.max(count, 1) < SAFE)) return { path: 'big', maxAbs, manyZeros };
  if (floatOrderIsExact(maxAbs, maxPct, maxF)) return { path: 'code', maxAbs, manyZeros };
  return { path: maxAbs * maxPct < SAFE ? 'cross' : 'big', maxAbs, manyZeros };
}
