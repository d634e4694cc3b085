/**
 * The pay orderings of the finalization: for each breakdown (levels with the employer, groups,
 * units), the pay-eligible persons ordered by (sex, cell), and per measure the count, the exact
 * mean and the exact median of each (cell, sex) (DEF-AVG, DEF-ROUND). Each task reads only the
 * {@link PayPlan} and writes only its own cells, so the tasks can run in any order and thread.
 * @internal
 * @module
 */
import { meanAndMedianBig, meanOfPercentSums, median, medianOfCodes, PercentScratch, SAFE, zeroMedian, type Rational } from '../_lib/exact.js';
import { groupBy, scatterCodes, scatterPairs } from '../kernels/ordering.js';
import { sumsFit, type Measure, type OrderingKind, type PayPlan } from './payPlan.js';

/** Count, exact mean and exact median of one (cell, sex). @internal */
export interface SexPay {
  readonly count: number;
  readonly mean: Rational | null;
  readonly median: Rational | null;
}

/** The pay figures per measure: per cell (see {@link Layout}), women then men. @internal */
export type PayStats = Map<Measure, SexPay[]>;

/**
 * Marks a unit's figures as the employer's (`count` of a {@link SexPay}): a unit with the same
 * persons as the employer has the same figures. Written by the unit ordering, replaced by
 * {@link endFinalize} (so that no ordering reads another's figures: they can run in any thread).
 * @internal
 */
export const SAME_AS_EMPLOYER = -1;

const EMPLOYER_MARK: SexPay = { count: SAME_AS_EMPLOYER, mean: null, median: null };

/**
 * One ordering to run: a breakdown, and the measures (null: every measure the breakdown has; the
 * employer's figures come with the level ordering).
 * @internal
 */
export interface OrderingTask {
  readonly kind: OrderingKind;
  readonly measures: readonly Measure[] | null;
}

/** The orderings of a finalization, each breakdown whole. @internal */
export function orderingTasks(plan: PayPlan): OrderingTask[] {
  return plan.orderings.map((ord) => ({ kind: ord.kind, measures: null }));
}

/** The measures a breakdown has: units both pay concepts, levels and groups every measure. @internal */
export function measuresOf(plan: PayPlan, kind: OrderingKind): Measure[] {
  return plan.columns.filter((c) => kind !== 'unit' || c.measure === 'monthly' || c.measure === 'agreed').map((c) => c.measure);
}

/** The entries of a measure's stats that an ordering of `kind` writes: `[from, to)`. @internal */
export function writtenRange(plan: PayPlan, kind: OrderingKind): readonly [number, number] {
  const ord = plan.orderings.find((x) => x.kind === kind)!;
  return [kind === 'level' ? 0 : ord.base * 2, (ord.base + ord.cells) * 2];
}

/** Empty figures for every measure and cell. @internal */
export function emptyStats(plan: PayPlan): PayStats {
  const result: PayStats = new Map();
  for (const { measure } of plan.columns) {
    const stats = new Array<SexPay>(plan.cells * 2);
    stats.fill({ count: 0, mean: null, median: null });
    result.set(measure, stats);
  }
  return result;
}

/** The figures one ordering task wrote: entries `[from, from + stats.length)` of each measure's stats. @internal */
export interface OrderingResult {
  readonly from: number;
  readonly stats: readonly (readonly [Measure, readonly SexPay[]])[];
}

/**
 * The part of `plan` that `tasks` read: only their breakdowns and measures (less to copy to
 * another thread).
 * @internal
 */
export function planForTasks(plan: PayPlan, tasks: readonly OrderingTask[]): PayPlan {
  const measures = new Set(tasks.flatMap((t) => t.measures ?? measuresOf(plan, t.kind)));
  return {
    ...plan,
    columns: plan.columns.filter((c) => measures.has(c.measure)),
    orderings: plan.orderings.filter((o) => tasks.some((t) => t.kind === o.kind)),
  };
}

/**
 * Runs `tasks` over `plan` into figures of their own and returns what each wrote, in the order of
 * the tasks (the side of a thread that runs orderings for another; see {@link mergeOrderingResults}).
 * @internal
 */
export function runOrderingTasks(plan: PayPlan, tasks: readonly OrderingTask[]): OrderingResult[] {
  const stats = emptyStats(plan);
  const buffers = orderingBuffers(plan);
  return tasks.map((task): OrderingResult => {
    runOrdering(plan, task, stats, buffers);
    const [from, to] = writtenRange(plan, task.kind);
    return { from, stats: (task.measures ?? measuresOf(plan, task.kind)).map((m) => [m, stats.get(m)!.slice(from, to)] as const) };
  });
}

/** Copies the figures of {@link runOrderingTasks} into `stats`. @internal */
export function mergeOrderingResults(stats: PayStats, results: readonly OrderingResult[]): void {
  for (const { from, stats: written } of results) {
    for (const [measure, values] of written) {
      const into = stats.get(measure)!;
      for (let i = 0; i < values.length; i++) into[from + i] = values[i]!;
    }
  }
}

/** Working buffers of the orderings (reused from one ordering to the next). @internal */
export interface OrderingBuffers {
  /** Eligible person k → its position in the ordering. */
  readonly slot: Int32Array;
  /** 'code' path: the doubles fl(10 000·a/p), in cell order. */
  readonly F: Float64Array;
  /** Other paths: øre at the actual position … */
  readonly A: Float64Array;
  /** … and position percents, in cell order. */
  readonly P: Float64Array;
  readonly scratch: PercentScratch | null;
}

/**
 * Working buffers for the orderings of `plan`. Few, large, reused allocations keep the garbage
 * collector out of the way at national scale.
 * @internal
 */
export function orderingBuffers(plan: PayPlan): OrderingBuffers {
  const { count, needsPairs } = plan;
  const F = new Float64Array(count);
  return {
    slot: new Int32Array(count),
    F,
    A: needsPairs ? new Float64Array(count) : F,
    P: needsPairs ? new Float64Array(count) : F,
    scratch: needsPairs ? new PercentScratch(plan.maxPct, count) : null,
  };
}

/**
 * Runs one ordering of the pay figures ({@link OrderingTask}): orders the pay-eligible persons by
 * (sex, cell) of the breakdown and computes, for each measure of the task, the count, the exact
 * mean and the exact median of every (cell, sex) into `stats` (the level ordering also the
 * employer's). Reads only `plan`; writes only its own cells of `stats` ({@link writtenRange}).
 * @internal
 */
export function runOrdering(plan: PayPlan, task: OrderingTask, stats: PayStats, buffers: OrderingBuffers = orderingBuffers(plan)): void {
  const { eligible, count, flags, pctSum, percentValues, unitParent, unitSubtreeEnd } = plan;
  const D = percentValues.length;
  const { slot, F, A, P, scratch } = buffers;
  const ord = plan.orderings.find((x) => x.kind === task.kind)!;
  const wanted = task.measures ?? measuresOf(plan, ord.kind);
  const used = plan.columns.filter((c) => wanted.includes(c.measure)).map((c) => ({ ...c, stats: stats.get(c.measure)! }));

  // Statistics of one (cell, sex) over [from, to) of the ordering. Selection reorders only inside
  // the range, so nested ranges stay valid when inner ranges are done before outer ones. `zeros`:
  // how many amounts of the range are 0 when none is negative (the median may then be known
  // without selecting, {@link zeroMedian}), else -1.
  const cellStats = (
    col: (typeof used)[number],
    sums: Float64Array | null,
    bucket: number,
    from: number,
    to: number,
    cell: number,
    s: number,
    zeros = -1,
  ): void => {
    const len = to - from;
    if (len === 0) return;
    if (col.path === 'code') {
      const at = bucket * D;
      const mean =
        sums !== null ? meanOfPercentSums(percentValues, D, (k) => sums[at + k]!, len) : scratch!.mean(A.subarray(from, to), P.subarray(from, to), len);
      const med = (zeros >= 0 ? zeroMedian(len, zeros, percentValues, col.maxAbs) : null) ?? medianOfCodes(F, from, to, percentValues, col.maxAbs);
      col.stats[cell * 2 + s] = { count: len, mean, median: med };
    } else if (col.path === 'cross') {
      const a = A.subarray(from, to);
      const p = P.subarray(from, to);
      col.stats[cell * 2 + s] = { count: len, mean: scratch!.mean(a, p, len), median: median(a, p, len) };
    } else {
      const pairs: [bigint, bigint][] = [];
      for (let k = from; k < to; k++) pairs.push([BigInt(A[k]!), BigInt(P[k]!)]);
      const big = meanAndMedianBig(pairs);
      col.stats[cell * 2 + s] = { count: len, mean: big.mean, median: big.median };
    }
  };

  const K = ord.cells;
  // exact sums of øre per (sex, cell, percent) for the means of the 'code' path
  const sums = used.map((c) => (c.path === 'code' && sumsFit(K, D) ? new Float64Array(2 * K * D) : null));
  // zeros per (sex, cell) where a zero median can spare the selection (levels and groups; a unit's
  // range holds its sub-units', whose counts are not summed up)
  const zeros = used.map((c) => (c.path === 'code' && c.manyZeros && ord.kind !== 'unit' ? new Int32Array(2 * K) : null));
  // A measure that is a sum of components which are measures here too takes its sums as the sum
  // of theirs, not from another pass over the persons. Same doubles: each component's sums are
  // exact integers (|a| ≤ maxAbs, count · maxAbs < 2^53, payPath), and when Σ maxAbs over the
  // components · count < 2^53 as well, every partial sum of them is an exact integer too, so the
  // result is the exact Σ of the measure's øre over the (sex, cell, percent) — what adding the
  // measure's own amounts gives (exact by its own bound).
  const partsOf = used.map((c, m): number[] | null => {
    if (sums[m] === null || c.components.length < 2) return null;
    const parts = c.components.map((component) =>
      used.findIndex((x) => x.components.length === 1 && x.components[0] === component && sums[used.indexOf(x)] !== null),
    );
    if (parts.includes(-1)) return null;
    const bound = parts.reduce((b, q) => b + used[q]!.maxAbs, 0) * Math.max(count, 1);
    return bound < SAFE ? parts : null;
  });
  const direct = sums.map((x, m) => (partsOf[m] === null ? x : null));
  const start = groupBy(
    eligible,
    count,
    flags,
    ord.ids,
    ord.lut,
    ord.base,
    K,
    slot,
    plan.percentOf,
    D,
    used.map((c) => c.amount),
    direct,
    zeros,
  );
  partsOf.forEach((parts, m) => {
    if (parts === null) return;
    const total = sums[m]!;
    for (const q of parts) {
      const part = sums[q]!;
      for (let x = 0; x < total.length; x++) total[x]! += part[x]!;
    }
  });
  if (ord.kind === 'unit') {
    // a unit includes its sub-units: add each unit's sums into its parent's, children first
    // (reverse DFS pre-order)
    for (const s of sums) {
      if (s === null) continue;
      for (let u = K - 1; u >= 0; u--) {
        const parent = unitParent[u]!;
        if (parent < 0) continue;
        for (let x = 0; x < 2; x++) {
          const from = (x * K + u) * D;
          const to = (x * K + parent) * D;
          for (let d = 0; d < D; d++) s[to + d]! += s[from + d]!;
        }
      }
    }
  }
  let employer: Float64Array | null = null; // the employer's sums per (sex, percent): Σ over levels
  used.forEach((col, m) => {
    const colSums = sums[m] ?? null;
    const colZeros = zeros[m] ?? null;
    const amount = col.amount;
    // zeros of the employer per sex (the sum over the levels), and whether any cell — or the
    // employer — needs the coded values at all (not when every median is a known 0)
    const employerZeros = [0, 0];
    let select = colZeros === null;
    if (colZeros !== null) {
      for (let s = 0; s < 2; s++) {
        for (let c = 0; c < K; c++) {
          const b = s * K + c;
          employerZeros[s]! += colZeros[b]!;
          const len = start[b + 1]! - start[b]!;
          if (len > 0 && zeroMedian(len, colZeros[b]!, percentValues, col.maxAbs) === null) select = true;
        }
        const len = start[s * K + K]! - start[s * K]!;
        if (ord.kind === 'level' && len > 0 && zeroMedian(len, employerZeros[s]!, percentValues, col.maxAbs) === null) select = true;
      }
    }
    // scatter in person order: reads are sequential, and the writes of each cell (stable
    // counting sort) are too — much cheaper than a gather at 1M
    if (col.path === 'code' && select) scatterCodes(eligible, count, slot, amount, pctSum, F);
    if (col.path !== 'code' || colSums === null) scatterPairs(eligible, count, slot, amount, pctSum, A, P);
    for (let s = 0; s < 2; s++) {
      if (ord.kind === 'unit') {
        // reverse DFS pre-order: every sub-unit before its parent; a subtree is contiguous. A unit
        // with the same persons as the employer (all of the sex), or as its first sub-unit (none
        // of its own, none in its other sub-units), has the same figures: marked
        // (SAME_AS_EMPLOYER: every eligible person of the sex is in one level cell, so the
        // employer's count is `all`) or taken, not recomputed.
        const all = start[s * K + K]! - start[s * K]!;
        for (let u = K - 1; u >= 0; u--) {
          const end = unitSubtreeEnd[u]!;
          const from = start[s * K + u]!;
          const to = start[s * K + end]!;
          const cell = (ord.base + u) * 2 + s;
          if (to > from && to - from === all) col.stats[cell] = EMPLOYER_MARK;
          else if (to > from && u + 1 < end && start[s * K + u + 1] === from && start[s * K + unitSubtreeEnd[u + 1]!] === to)
            col.stats[cell] = col.stats[cell + 2]!;
          else cellStats(col, colSums, s * K + u, from, to, ord.base + u, s);
        }
      } else {
        for (let c = 0; c < K; c++)
          cellStats(col, colSums, s * K + c, start[s * K + c]!, start[s * K + c + 1]!, ord.base + c, s, colZeros === null ? -1 : colZeros[s * K + c]!);
        if (ord.kind === 'level') {
          // the employer, after its parts
          if (colSums !== null) {
            employer ??= new Float64Array(2 * D);
            employer.fill(0);
            for (let c = 0; c < K; c++) for (let d = 0; d < D; d++) employer[s * D + d]! += colSums[(s * K + c) * D + d]!;
            cellStats(col, employer, s, start[s * K]!, start[s * K + K]!, 0, s, colZeros === null ? -1 : employerZeros[s]!);
          } else cellStats(col, null, s, start[s * K]!, start[s * K + K]!, 0, s, colZeros === null ? -1 : employerZeros[s]!);
        }
      }
    }
  });
}
