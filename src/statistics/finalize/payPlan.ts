/**
 * The pay plan of the finalization: the pay-eligible persons (flagged by the person pass, DEF-PAY)
 * in order with the index of their position percents, each measure's column of monthly øre and
 * its exact path (DEF-ROUND), and the breakdowns to order. Typed arrays and plain data only, so
 * that a worker thread can take it (structured clone).
 * @internal
 * @module
 */
import { PAY_COMPONENTS, type PayComponent } from '../../models/employee.js';
import type { PartialMapping } from '../accumulateMapping.js';
import { COMPONENT_MEASURES, type AmountColumn, type IdColumn } from '../_lib/personTable.js';
import { payPath, type PayPath } from '../_lib/payPath.js';
import type { PayConcept } from '../types.js';
import { sumOfColumns } from '../kernels/ordering.js';
import { eligibleLoop, renumberIds } from '../kernels/percents.js';
import type { Layout } from './cellLayout.js';

/** A pay measure: a pay concept or one component. @internal */
export type Measure = PayConcept | (typeof COMPONENT_MEASURES)[number];

/** Most (sex, cell, percent) sums an ordering keeps for the exact means (32 MiB of doubles). */
export const MAX_SUM_CELLS = 1 << 22;

/** Eligible person k → index into the distinct percents (@internal): one byte each while there are at most 256. */
export type PercentIds = Uint8Array | Int32Array;

/** The percents (hundredths) of the pay-eligible persons: distinct values, most frequent first, and each person's index into them. */
export interface PercentIndex {
  readonly values: Int32Array;
  /** eligible person k → index into `values` */
  readonly of: PercentIds;
}

/** Largest position percent (hundredths) for which the percents are numbered through a table indexed by the percent (4 bytes each), not a `Map`. */
const DIRECT_PERCENTS = 1 << 16;

/**
 * The pay-eligible persons (flag 2, `count` of them, counted by {@link personPass}) in order, and
 * the index of their percents (`pctSum`, at most `maxPct`), in one pass ({@link eligibleLoop}).
 */
export function eligibleWithPercents(
  flags: Uint8Array,
  n: number,
  count: number,
  pctSum: Int32Array,
  maxPct: number,
): { eligible: Int32Array; pcts: PercentIndex } {
  const eligible = new Int32Array(count);
  // percent → id + 1 (0: not seen yet): a table indexed by the percent while they are small
  const direct = maxPct <= DIRECT_PERCENTS ? new Int32Array(maxPct + 1) : null;
  const seen: number[] = [];
  const tally: number[] = [];
  const of = eligibleLoop(flags, n, pctSum, direct, new Map(), seen, tally, eligible, new Uint8Array(count));
  return { eligible, pcts: byFrequency(seen, tally, of, count) };
}

/**
 * The percents `seen` (numbered in order of appearance in `of`) renumbered most frequent first,
 * so that exactFte finds a value's fraction in few tries; `of` is renumbered in place. (Not in the
 * loop's function: code after a loop that runs once per call is compiled without type feedback.)
 */
function byFrequency(seen: readonly number[], tally: readonly number[], of: PercentIds, count: number): PercentIndex {
  const order = seen.map((p, id) => ({ p, id })).sort((x, y) => tally[y.id]! - tally[x.id]! || x.p - y.p);
  const renumber = new Int32Array(seen.length);
  order.forEach(({ id }, rank) => (renumber[id] = rank));
  renumberIds(of, renumber, count);
  return { values: Int32Array.from(order, ({ p }) => p), of };
}

/** One measure's column and exact path (see {@link payPath}). */
export interface PlanColumn extends PayPath {
  readonly measure: Measure;
  readonly components: readonly PayComponent[];
  /** The measure's monthly øre per person (rows of the person table). */
  readonly amount: AmountColumn;
}

/** One breakdown's ordering: the persons' dictionary ids, id + 1 → cell, the first cell and the number of cells. */
export interface OrderingPlan {
  readonly kind: OrderingKind;
  readonly ids: IdColumn;
  readonly lut: Int32Array;
  readonly base: number;
  readonly cells: number;
}

/** The breakdowns with pay orderings. @internal */
export type OrderingKind = 'level' | 'group' | 'unit';

/**
 * What the pay orderings read, only typed arrays and plain data, so that it can be copied to another
 * thread (structured clone): the pay-eligible persons, their percents, the measures' columns.
 * @internal
 */
export interface PayPlan {
  /** Pay-eligible persons: their rows, in order. */
  readonly eligible: Int32Array;
  readonly count: number;
  /** Person → flags with the sex ({@link personPass}). */
  readonly flags: Uint8Array;
  /** Person → position percent (hundredths). */
  readonly pctSum: Int32Array;
  /** The distinct percents of the eligible persons, most frequent first ({@link PercentIndex}). */
  readonly percentValues: Int32Array;
  /** Eligible person k → index into `percentValues`. */
  readonly percentOf: PercentIds;
  readonly maxPct: number;
  readonly columns: readonly PlanColumn[];
  readonly orderings: readonly OrderingPlan[];
  readonly unitParent: Int32Array;
  readonly unitSubtreeEnd: Int32Array;
  /** Cells of the layout. */
  readonly cells: number;
  /** Some measure or ordering needs øre and percents side by side (`A`, `P`), not only the codes. */
  readonly needsPairs: boolean;
}

/** The pay plan of a finalization (DEF-PAY: the pay-eligible persons; the measures' columns and paths; the orderings). @internal */
export function planPay(
  partial: PartialMapping,
  flags: Uint8Array,
  eligibleCount: number,
  levelLut: Int32Array,
  groupLut: Int32Array,
  unitLut: Int32Array,
  layout: Layout,
  minPct: number,
  maxPct: number,
): PayPlan {
  const o = partial.options;
  const t = partial.state.table;
  const n = t.size;
  const pctSum = t.pctSum;
  // pay-eligible persons: in the population, women or men, position percent > 0 (DEF-PAY, DEF-SEX)
  const count = eligibleCount;
  const { eligible, pcts } = eligibleWithPercents(flags, n, count, pctSum, maxPct);
  const D = pcts.values.length;
  const componentIndex = (c: PayComponent): number => PAY_COMPONENTS.indexOf(c);

  const measures: readonly [Measure, readonly PayComponent[]][] = [
    ['monthly', o.monthlyPayComponents],
    ['agreed', o.agreedPayComponents],
    ...COMPONENT_MEASURES.map((c): [Measure, readonly PayComponent[]] => [c, [c]]),
  ];
  // a measure's monthly øre per person: a component's own column, or the sum of its components
  const columns = measures.map(([measure, components]): PlanColumn => {
    const amount = sumOfColumns(
      components.map((c) => t.pay[componentIndex(c)]!),
      n,
    );
    return { measure, components, amount, ...payPath(amount, n, count, minPct, maxPct) };
  });
  const orderings: OrderingPlan[] = [
    { ids: t.level, lut: levelLut, base: layout.levelBase, cells: layout.levelKeys.length, kind: 'level' },
    { ids: t.group, lut: groupLut, base: layout.groupBase, cells: layout.groupKeys.length, kind: 'group' },
    { ids: t.unit, lut: unitLut, base: layout.unitBase, cells: layout.unitKeys.length, kind: 'unit' },
  ];
  const needsPairs = columns.some((c) => c.path !== 'code') || !sumsFit(Math.max(...orderings.map((x) => x.cells)), D);
  return {
    eligible,
    count,
    flags,
    pctSum,
    percentValues: pcts.values,
    percentOf: pcts.of,
    maxPct,
    columns,
    orderings,
    unitParent: layout.unitParent,
    unitSubtreeEnd: layout.unitSubtreeEnd,
    cells: layout.cells,
    needsPairs,
  };
}

/**
 * Sums per (sex, cell, percent) for an ordering only while they stay small (many units × many
 * distinct percents could otherwise ask for gigabytes); beyond, means by percent per range.
 */
export function sumsFit(cells: number, D: number): boolean {
  return 2 * cells * D <= MAX_SUM_CELLS;
}
