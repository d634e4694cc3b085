/**
 * The loops of the pay orderings: the counting sort of the pay-eligible persons by (sex, cell) with
 * the sums per (sex, cell, percent), the sum of a measure's component columns, and the scatters of
 * the values into the ordering. Bit layouts from `flags.ts`; no rule decided here.
 * @internal
 * @module
 */
import { fitsInt32, type AmountColumn, type IdColumn } from '../_lib/personTable.js';
import type { PercentIds } from '../finalize/payPlan.js';
import { PERSON_SEX_SHIFT } from './flags.js';

/**
 * Orders the pay-eligible persons by (sex, cell) with a counting sort into `slot` (the position of
 * the k-th eligible person in that order): the persons of sex s in cell c are at
 * `start[s·cells + c] … start[s·cells + c + 1]`. In the same pass, for the measures whose doubles
 * order exactly (`sums[m]` not null), adds each person's øre to the sum of their (sex, cell,
 * percent) — the exact means come from those sums — and, for the measures with `zeros[m]` not
 * null, counts the persons of each (sex, cell) whose amount is 0. Returns `start`.
 */
export function groupBy(
  persons: Int32Array,
  count: number,
  flags: Uint8Array,
  ids: IdColumn,
  lut: Int32Array,
  base: number,
  cells: number,
  slot: Int32Array,
  pctOf: PercentIds,
  D: number,
  amounts: readonly AmountColumn[],
  sums: readonly (Float64Array | null)[],
  zeros: readonly (Int32Array | null)[],
): Int32Array {
  const sexShift = PERSON_SEX_SHIFT;
  const start = new Int32Array(2 * cells + 1);
  for (let k = 0; k < count; k++) {
    const p = persons[k]!;
    const bucket = (flags[p]! >> sexShift) * cells + lut[ids[p]! + 1]! - base;
    slot[k] = bucket; // kept for the second pass, which replaces it by the position
    start[bucket + 1]!++;
  }
  for (let c = 0; c < 2 * cells; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, 2 * cells);
  // the measures with sums or zero counts, densely, in six fixed locals (there are at most six
  // measures): no inner loop over them per person (measured 10–20 ms less at 1M than a loop)
  const live = amounts.flatMap((a, m) => (sums[m] != null || zeros[m] != null ? [{ a, s: sums[m] ?? null, z: zeros[m] ?? null }] : []));
  if (live.length > 6) throw new Error('likestilling: more than six pay measures');
  const none = { a: amounts[0] ?? new Int32Array(0), s: null, z: null };
  const [{ a: a0, s: s0, z: z0 } = none, { a: a1, s: s1, z: z1 } = none, { a: a2, s: s2, z: z2 } = none] = live;
  const [, , , { a: a3, s: s3, z: z3 } = none, { a: a4, s: s4, z: z4 } = none, { a: a5, s: s5, z: z5 } = none] = live;
  for (let k = 0; k < count; k++) {
    const p = persons[k]!;
    const bucket = slot[k]!;
    slot[k] = fill[bucket]!++;
    const at = bucket * D + pctOf[k]!;
    if (s0 !== null) s0[at]! += a0[p]!;
    if (z0 !== null && a0[p] === 0) z0[bucket]!++;
    if (s1 !== null) s1[at]! += a1[p]!;
    if (z1 !== null && a1[p] === 0) z1[bucket]!++;
    if (s2 !== null) s2[at]! += a2[p]!;
    if (z2 !== null && a2[p] === 0) z2[bucket]!++;
    if (s3 !== null) s3[at]! += a3[p]!;
    if (z3 !== null && a3[p] === 0) z3[bucket]!++;
    if (s4 !== null) s4[at]! += a4[p]!;
    if (z4 !== null && a4[p] === 0) z4[bucket]!++;
    if (s5 !== null) s5[at]! += a5[p]!;
    if (z5 !== null && a5[p] === 0) z5[bucket]!++;
  }
  return start;
}

/**
 * A single column, or the sum of the columns (a new column of the first `n` rows, added column by
 * column in sequential passes): 4-byte integers while every sum fits, else doubles (each row's
 * sum left to right, exact while below 2^53).
 */
export function sumOfColumns(cols: readonly AmountColumn[], n: number): AmountColumn {
  if (cols.length === 1) return cols[0]!;
  let sum: AmountColumn = cols[0]!.slice(0, n);
  for (let c = 1; c < cols.length; c++) {
    const col = cols[c]!;
    let i = 0;
    if (sum instanceof Int32Array) {
      const narrow = sum;
      for (; i < n; i++) {
        const a = narrow[i]! + col[i]!;
        if (!fitsInt32(a)) break;
        narrow[i] = a;
      }
      if (i < n) sum = Float64Array.from(narrow); // from row i on in doubles
    }
    for (; i < n; i++) sum[i] = sum[i]! + col[i]!;
  }
  return sum;
}

/** 'code' path: the doubles fl(10 000·a/p) of the pay-eligible persons at their positions `slot` of the ordering. */
export function scatterCodes(eligible: Int32Array, count: number, slot: Int32Array, amount: AmountColumn, pctSum: Int32Array, F: Float64Array): void {
  for (let k = 0; k < count; k++) {
    const i = eligible[k]!;
    F[slot[k]!] = (amount[i]! * 10_000) / pctSum[i]!;
  }
}

/** Other paths: øre and position percents of the pay-eligible persons at their positions `slot` of the ordering. */
export function scatterPairs(
  eligible: Int32Array,
  count: number,
  slot: Int32Array,
  amount: AmountColumn,
  pctSum: Int32Array,
  A: Float64Array,
  P: Float64Array,
): void {
  for (let k = 0; k < count; k++) {
    const i = eligible[k]!;
    A[slot[k]!] = amount[i]!;
    P[slot[k]!] = pctSum[i]!;
  }
}
