/**
 * The assembly of the mapping: the counts per cell (STAT-A1…A4, B3, B4) and the pay figures per
 * measure and cell (STAT-B0…B2), presented once (DEF-ROUND) into the {@link Mapping}.
 * @internal
 * @module
 */
import { womenShareOfMen } from '../../rules/definitions/averages.js';
import { LEAVE_UNITS_PER_WEEK } from '../../rules/definitions/parentalLeave.js';
import { presentMoney } from '../../rules/definitions/rounding.js';
import { percentOfCount } from '../../rules/definitions/shares.js';
import { formatRatioOfIntegers } from '../../_lib/money.js';
import type { PartialMapping } from '../accumulateMapping.js';
import { exclusionCounts } from '../exclusions.js';
import type {
  AttributeFigure,
  InvoluntaryPartTimeFigure,
  KeyedPayCell,
  Mapping,
  ParentalLeaveFigure,
  PayCell,
  PaySection,
  PaySexFigure,
  SexCounts,
  UnitFigures,
} from '../types.js';
import type { Layout } from './cellLayout.js';
import type { CellCounts } from './counts.js';
import type { Measure } from './payPlan.js';
import type { PayStats, SexPay } from './orderings.js';
import type { Persons } from './personPass.js';

/**
 * The mapping from the counts and the pay figures (every ordering run, the employer's marks
 * replaced: see `endFinalize`).
 * @internal
 */
export function assembleMapping(partial: PartialMapping, persons: Persons, layout: Layout, counts: CellCounts, payStats: PayStats): Mapping {
  const o = partial.options;
  const pd = o.percentDecimals;
  const payUnit = BigInt(partial.state.table.payUnit);
  const { pop, temp, pt, invAns, invTrue, leavePersons, leaveUnits } = counts;
  const { unitParent, unitBase } = layout;
  const { merged, noPct, otherSex, above100, derived, inconsistent } = persons;
  const sexCounts = (c: number): SexCounts => {
    const w = pop[c * 4]!;
    const m = pop[c * 4 + 1]!;
    const ot = pop[c * 4 + 2]!;
    const u = pop[c * 4 + 3]!;
    return { women: w, men: m, other: ot, unknown: u, total: w + m + ot + u };
  };
  const attribute = (arr: Int32Array, c: number): AttributeFigure => {
    const all = sexCounts(c);
    const w = arr[c * 4]!;
    const m = arr[c * 4 + 1]!;
    const ou = arr[c * 4 + 2]! + arr[c * 4 + 3]!;
    return {
      women: { count: w, percentOfAll: percentOfCount(w, all.total, pd), percentOfSex: percentOfCount(w, all.women, pd) },
      men: { count: m, percentOfAll: percentOfCount(m, all.total, pd), percentOfSex: percentOfCount(m, all.men, pd) },
      otherOrUnknown: { count: ou },
      total: { count: w + m + ou, percentOfAll: percentOfCount(w + m + ou, all.total, pd) },
      womenShareOfCategory: percentOfCount(w, w + m, pd),
    };
  };
  const involuntary = (c: number): InvoluntaryPartTimeFigure => {
    const base = attribute(invTrue, c);
    const sexFig = (s: 0 | 1) => {
      const ptS = pt[c * 4 + s]!;
      const ans = invAns[c * 4 + s]!;
      return { ...(s === 0 ? base.women : base.men), partTimers: ptS, answered: ans, coverage: percentOfCount(ans, ptS, pd) };
    };
    const ptAll = pt[c * 4]! + pt[c * 4 + 1]! + pt[c * 4 + 2]! + pt[c * 4 + 3]!;
    const ansAll = invAns[c * 4]! + invAns[c * 4 + 1]! + invAns[c * 4 + 2]! + invAns[c * 4 + 3]!;
    return {
      ...base,
      women: sexFig(0),
      men: sexFig(1),
      total: { ...base.total, partTimers: ptAll, answered: ansAll, coverage: percentOfCount(ansAll, ptAll, pd) },
    };
  };
  const leaveFig = (c: number): ParentalLeaveFigure => {
    const one = (s: 0 | 1) => {
      const persons = leavePersons[c * 4 + s]!;
      return {
        persons,
        averageWeeks: persons === 0 ? null : formatRatioOfIntegers(leaveUnits[c * 4 + s]!, LEAVE_UNITS_PER_WEEK * persons, o.weeksDecimals),
      };
    };
    return { women: one(0), men: one(1) };
  };
  const payCell = (m: Measure, c: number): PayCell => {
    const stats = payStats.get(m)!;
    const w = stats[c * 2]!;
    const mm = stats[c * 2 + 1]!;
    const fig = (x: SexPay): PaySexFigure => ({ count: x.count, mean: presentMoney(x.mean, payUnit), median: presentMoney(x.median, payUnit) });
    return {
      population: sexCounts(c),
      women: fig(w),
      men: fig(mm),
      womenShareOfMen: { mean: womenShareOfMen(w.mean, mm.mean, pd), median: womenShareOfMen(w.median, mm.median, pd) },
    };
  };
  const section = (m: Measure): PaySection => ({
    measure: m,
    total: payCell(m, 0),
    byLevel: layout.levelKeys.map((key, i): KeyedPayCell => ({ key, ...payCell(m, layout.levelBase + i) })),
    byGroup: layout.groupKeys.map((key, i): KeyedPayCell => ({ key, ...payCell(m, layout.groupBase + i) })),
  });

  const byUnit: UnitFigures[] = layout.unitKeys.map((key, u) => {
    const c = unitBase + u;
    const parent = unitParent[u]!;
    return {
      key,
      depth: layout.unitDepth[u]!,
      parent: parent < 0 ? null : (layout.unitKeys[parent] ?? null),
      population: sexCounts(c),
      temporary: attribute(temp, c),
      partTime: attribute(pt, c),
      involuntaryPartTime: involuntary(c),
      parentalLeave: leaveFig(c),
      pay: payCell('monthly', c),
      agreedPay: payCell('agreed', c),
    };
  });

  const excluded = exclusionCounts(partial.recordExclusions, { merged, noPct, otherSex });

  return {
    year: o.year,
    referenceDate: o.referenceDate,
    population: sexCounts(0),
    temporary: attribute(temp, 0),
    partTime: attribute(pt, 0),
    involuntaryPartTime: involuntary(0),
    parentalLeave: leaveFig(0),
    pay: section('monthly'),
    agreedPay: section('agreed'),
    payComponents: {
      basePay: section('basePay'),
      fixedAllowances: section('fixedAllowances'),
      irregularAllowances: section('irregularAllowances'),
      bonus: section('bonus'),
    },
    byUnit,
    excluded,
    records: partial.records,
    warnings: {
      position_percent_zero_or_missing: noPct,
      position_percent_above_100: above100,
      sex_derived_from_national_id: derived,
      person_sex_inconsistent: inconsistent,
    },
    options: o,
  };
}
