import { floatOrderIsExact, SAFE } from './exact.js';

/** How a measure's medians and means are computed exactly, see {@link payPath}. @internal */
export interface PayPath {
  readonly path: 'code' | 'cross' | 'big';
  /** Largest |øre| of a pay-eligible person. */
  readonly maxAbs: number;
  /** No amount below 0, and 0 for at least a quarter of the persons. */
  readonly manyZeros: boolean;
}

/**
 * Which exact path applies to the measure's amounts: 'code' (select on the doubles
 * fl(10 000·a/p), {@link floatOrderIsExact}), 'cross' (cross-multiplication in doubles) or 'big', for the
 * amounts of the persons `eligible[0 … count)`, whose percents are `pcts.values[pcts.of[k]]`. @internal
 */
export function payPath(amount: ArrayLike<number>, eligible: Int32Array, count: number, pcts: { readonly values: ArrayLike<number>; readonly of: ArrayLike<number> }, maxPct: number): PayPath {
  // the largest |øre| per percent: fl(fl(10 000·|a|) / p) never decreases as |a| grows (each
  // rounding is monotone), so the largest full-time value is one of a percent's largest |a| —
  // the same double as the largest over the persons, with one division per percent, not per person
  const of = pcts.of;
  const maxAbsAt = new Float64Array(pcts.values.length);
  let negatives = 0;
  let zeros = 0;
  for (let k = 0; k < count; k++) {
    const v = amount[eligible[k]!]!;
    if (v < 0) negatives++;
    else if (v === 0) zeros++;
    const abs = v < 0 ? -v : v;
    const d = of[k]!;
    if (abs > maxAbsAt[d]!) maxAbsAt[d] = abs;
  }
  let maxAbs = 0;
  let maxF = 0;
  for (let d = 0; d < maxAbsAt.length; d++) {
    const abs = maxAbsAt[d]!;
    if (abs > maxAbs) maxAbs = abs;
    const f = (abs * 10_000) / pcts.values[d]!;
    if (f > maxF) maxF = f;
  }
  // no negative amount, and 0 for at least a quarter of the persons: then zero medians are
  // likely, and worth counting zeros per cell for (a heuristic: it changes the work, not the figures)
  const manyZeros = negatives === 0 && zeros * 4 >= count;
  // products a·q and sums of øre stay exact in doubles (DEF-ROUND); otherwise the BigInt path
  if (!(Number.isSafeInteger(maxAbs) && maxAbs * Math.max(count, 1) < SAFE)) return { path: 'big', maxAbs, manyZeros };
  if (floatOrderIsExact(maxAbs, maxPct, maxF)) return { path: 'code', maxAbs, manyZeros };
  return { path: maxAbs * maxPct < SAFE ? 'cross' : 'big', maxAbs, manyZeros };
}
