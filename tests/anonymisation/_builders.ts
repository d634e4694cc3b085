/**
 * A small, independent builder of consistent `Mapping` objects from a list of persons, for the
 * anonymisation tests (not the statistics engine: exact sums in øre, means and medians by hand).
 */
import { Dec, formatNok, formatPercent } from '../../src/_lib/money.js';
import type {
  AttributeFigure,
  InvoluntaryPartTimeFigure,
  KeyedPayCell,
  Mapping,
  ParentalLeaveFigure,
  PayCell,
  PaySection,
  SexCounts,
  UnitFigures,
} from '../../src/statistics/types.js';

export interface P {
  readonly sex: 'female' | 'male' | 'other';
  readonly level?: string | null;
  readonly group?: string | null;
  readonly unit?: string | null;
  /** Monthly FTE pay in øre. */
  readonly pay?: number;
  readonly temporary?: boolean;
  readonly partTime?: boolean;
  readonly involuntary?: boolean | null;
  /** Parental-leave weeks (> 0 = had leave). */
  readonly leave?: number;
}

const pct = (a: number, b: number): string | null => (b === 0 ? null : formatPercent(new Dec(a).times(100).dividedBy(b)));

function pop(ps: readonly P[]): SexCounts {
  const women = ps.filter((p) => p.sex === 'female').length;
  const men = ps.filter((p) => p.sex === 'male').length;
  const other = ps.filter((p) => p.sex === 'other').length;
  return { women, men, other, unknown: 0, total: ps.length };
}

function attribute(ps: readonly P[], has: (p: P) => boolean): AttributeFigure {
  const c = pop(ps);
  const w = ps.filter((p) => p.sex === 'female' && has(p)).length;
  const m = ps.filter((p) => p.sex === 'male' && has(p)).length;
  const o = ps.filter((p) => p.sex === 'other' && has(p)).length;
  return {
    women: { count: w, percentOfAll: pct(w, c.total), percentOfSex: pct(w, c.women) },
    men: { count: m, percentOfAll: pct(m, c.total), percentOfSex: pct(m, c.men) },
    otherOrUnknown: { count: o },
    total: { count: w + m + o, percentOfAll: pct(w + m + o, c.total) },
    womenShareOfCategory: pct(w, w + m),
  };
}

function involuntary(ps: readonly P[]): InvoluntaryPartTimeFigure {
  const base = attribute(ps, (p) => p.partTime === true && p.involuntary === true);
  const sexFig = (sex: 'female' | 'male', f: AttributeFigure['women']) => {
    const pts = ps.filter((p) => p.sex === sex && p.partTime === true);
    const answered = pts.filter((p) => p.involuntary !== undefined && p.involuntary !== null).length;
    return { ...f, partTimers: pts.length, answered, coverage: pct(answered, pts.length) };
  };
  const women = sexFig('female', base.women);
  const men = sexFig('male', base.men);
  const pts = ps.filter((p) => p.partTime === true);
  const answered = pts.filter((p) => p.involuntary !== undefined && p.involuntary !== null).length;
  return { ...base, women, men, total: { ...base.total, partTimers: pts.length, answered, coverage: pct(answered, pts.length) } };
}

function leave(ps: readonly P[]): ParentalLeaveFigure {
  const f = (sex: 'female' | 'male') => {
    const l = ps.filter((p) => p.sex === sex && (p.leave ?? 0) > 0);
    const sum = l.reduce((s, p) => s.plus(p.leave ?? 0), new Dec(0));
    return { persons: l.length, averageWeeks: l.length === 0 ? null : sum.dividedBy(l.length).toDecimalPlaces(1, Dec.ROUND_HALF_UP).toFixed(1) };
  };
  return { women: f('female'), men: f('male') };
}

function payCell(ps: readonly P[], amount: (p: P) => number): PayCell {
  const fig = (sex: 'female' | 'male') => {
    const xs = ps
      .filter((p) => p.sex === sex && p.pay !== undefined)
      .map(amount)
      .sort((a, b) => a - b);
    if (xs.length === 0) return { count: 0, mean: null, median: null, m: null, md: null };
    const m = xs
      .reduce((s, x) => s.plus(x), new Dec(0))
      .dividedBy(xs.length)
      .dividedBy(100);
    const mid = xs.length >> 1;
    const md = (xs.length % 2 === 1 ? new Dec(xs[mid] ?? 0) : new Dec(xs[mid - 1] ?? 0).plus(xs[mid] ?? 0).dividedBy(2)).dividedBy(100);
    return { count: xs.length, mean: formatNok(m), median: formatNok(md), m, md };
  };
  const w = fig('female');
  const m = fig('male');
  const share = (a: Dec | null, b: Dec | null) => (a === null || b === null || b.isZero() ? null : formatPercent(a.times(100).dividedBy(b)));
  return {
    population: pop(ps),
    women: { count: w.count, mean: w.mean, median: w.median },
    men: { count: m.count, mean: m.mean, median: m.median },
    womenShareOfMen: { mean: share(w.m, m.m), median: share(w.md, m.md) },
  };
}

function keyed(ps: readonly P[], key: (p: P) => string | null, amount: (p: P) => number): KeyedPayCell[] {
  const keys = [...new Set(ps.map(key).filter((k): k is string => k !== null))];
  const cells: KeyedPayCell[] = keys.map((k) => ({
    key: k,
    ...payCell(
      ps.filter((p) => key(p) === k),
      amount,
    ),
  }));
  const rest = ps.filter((p) => key(p) === null);
  if (rest.length > 0) cells.push({ key: null, ...payCell(rest, amount) });
  return cells;
}

function section(ps: readonly P[], measure: PaySection['measure'], amount: (p: P) => number): PaySection {
  return {
    measure,
    total: payCell(ps, amount),
    byLevel: keyed(ps, (p) => p.level ?? null, amount),
    byGroup: keyed(ps, (p) => p.group ?? null, amount),
  };
}

/** Builds a consistent mapping (year 2025) from persons. */
export function buildMapping(ps: readonly P[]): Mapping {
  const monthly = (p: P) => p.pay ?? 0;
  const base = (p: P) => Math.floor((p.pay ?? 0) * 0.8);
  const fixed = (p: P) => (p.pay ?? 0) - Math.floor((p.pay ?? 0) * 0.8);
  const zero = () => 0;
  const unitKeys = new Set<string>();
  for (const p of ps) {
    if (p.unit === undefined || p.unit === null) continue;
    const parts = p.unit.split('/');
    for (let i = 1; i <= parts.length; i++) unitKeys.add(parts.slice(0, i).join('/'));
  }
  const inUnit = (k: string) => ps.filter((p) => p.unit !== undefined && p.unit !== null && (p.unit === k || p.unit.startsWith(k + '/')));
  const unitFig = (key: string | null, members: readonly P[]): UnitFigures => {
    const depth = key === null ? 0 : key.split('/').length;
    const parent = key === null || depth === 1 ? null : key.split('/').slice(0, -1).join('/');
    return {
      key,
      depth,
      parent,
      population: pop(members),
      temporary: attribute(members, (p) => p.temporary === true),
      partTime: attribute(members, (p) => p.partTime === true),
      involuntaryPartTime: involuntary(members),
      parentalLeave: leave(members),
      pay: payCell(members, monthly),
      agreedPay: payCell(members, monthly),
    };
  };
  // parents before children: sort by depth then key
  const sortedKeys = [...unitKeys].sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1));
  const byUnit = sortedKeys.map((k) => unitFig(k, inUnit(k)));
  const noUnit = ps.filter((p) => p.unit === undefined || p.unit === null);
  if (unitKeys.size > 0 && noUnit.length > 0) byUnit.push(unitFig(null, noUnit));
  return {
    year: 2025,
    referenceDate: '2025-12-31',
    population: pop(ps),
    temporary: attribute(ps, (p) => p.temporary === true),
    partTime: attribute(ps, (p) => p.partTime === true),
    involuntaryPartTime: involuntary(ps),
    parentalLeave: leave(ps),
    pay: section(ps, 'monthly', monthly),
    agreedPay: section(ps, 'agreed', monthly),
    payComponents: {
      basePay: section(ps, 'basePay', base),
      fixedAllowances: section(ps, 'fixedAllowances', fixed),
      irregularAllowances: section(ps, 'irregularAllowances', zero),
      bonus: section(ps, 'bonus', zero),
    },
    byUnit,
    excluded: {
      'not-active-on-reference-date': 0,
      'employment-kind-excluded': 0,
      'merged-into-person': 0,
      'no-position-percent': 0,
      'sex-not-female-or-male': ps.filter((p) => p.sex === 'other').length,
      'invalid-record': 0,
    },
    records: ps.length,
    warnings: {},
    options: {
      year: 2025,
      fiscalYearEnd: '12-31',
      fiscalYearStart: '2025-01-01',
      fiscalYearLast: '2025-12-31',
      referenceDate: '2025-12-31',
      includeKinds: ['ordinary', 'maritime'],
      mergePersons: true,
      partTimeBelow: 100,
      monthlyPayComponents: ['basePay', 'fixedAllowances', 'irregularAllowances', 'bonus'],
      agreedPayComponents: ['basePay', 'fixedAllowances'],
      percentDecimals: 1,
      rounding: 'half-up',
      parentalLeavePopulation: 'financial-year',
      weeksDecimals: 1,
    },
  };
}

/** n persons of a sex with the same fields, pays spread from `pay` in steps of 1 000 NOK. */
export function many(n: number, p: P & { pay: number }): P[] {
  return Array.from({ length: n }, (_, i) => ({ ...p, pay: p.pay + i * 100_000 }));
}
