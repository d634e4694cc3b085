/**
 * Exact ranks of fractions, the slow path's order codes of the pay-transparency population (amounts
 * too large for the doubles' exact order, DEF-ROUND).
 * @internal
 * @module
 */

/**
 * Exact ranks of the fractions a(j) / d(j), j < n (0 for the smallest; equal fractions, equal
 * ranks), by BigInt cross-multiplication: codes for the slow path that order and tie exactly like
 * the values.
 * @internal
 */
export function exactRanks(n: number, a: (j: number) => number, d: (j: number) => number): Float64Array {
  const A = Array.from({ length: n }, (_, j) => BigInt(a(j)));
  const D = Array.from({ length: n }, (_, j) => BigInt(d(j)));
  const idx = Array.from({ length: n }, (_, j) => j);
  const cmp = (x: number, y: number): number => {
    const l = A[x]! * D[y]!;
    const r = A[y]! * D[x]!;
    return l < r ? -1 : l > r ? 1 : 0;
  };
  idx.sort(cmp);
  const ranks = new Float64Array(n);
  let rank = 0;
  for (let k = 0; k < n; k++) {
    if (k > 0 && cmp(idx[k - 1]!, idx[k]!) !== 0) rank++;
    ranks[idx[k]!] = rank;
  }
  return ranks;
}
