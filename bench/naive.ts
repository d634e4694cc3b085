/**
 * The "naive decimal loop": the same part-1 figures as the library, written the obvious way — a
 * `Decimal` object (decimal.js, used directly) for every arithmetic operation, rows collected per
 * cell, full sorts for medians. It is the reference point for speed (the library must be
 * ≥ 100× faster) and, written independently from the CSV text, a second opinion on correctness.
 *
 * Rules: DEF-POP (population: active on the reference date, kinds ordinary/maritime), DEF-SEX,
 * DEF-TMP, DEF-PT, DEF-INV, DEF-PL (weeks given directly), DEF-PAY (FTE = amount × 100 / position
 * percent; percent 0 or missing → out of pay), DEF-AVG (mean, median; even count = mean of the two
 * middle values), DEF-ROUND (no intermediate rounding; money half-up to øre, percent half-up to one
 * decimal), DEF-SHARE, DEF-GRP (a unit includes its sub-units).
 */
import Decimal from 'decimal.js';
import type {
  AttributeFigure,
  InvoluntaryPartTimeFigure,
  KeyedPayCell,
  ParentalLeaveFigure,
  PayCell,
  SexCounts,
  UnitFigures,
} from '../src/statistics/types.js';
import type { Conventions, MeasureComponents } from './_lib/conventions.js';
import { paySections, unitPrefixes } from './_lib/conventions.js';
import type { CsvRow } from './_lib/rows.js';

/** decimal.js used directly (60 significant digits, half-up): one object per operation. */
const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
type D = InstanceType<typeof D>;

/** The part of the library's `Mapping` the references compute. */
export interface ReferenceMapping {
  readonly year: number;
  readonly referenceDate: string;
  readonly population: SexCounts;
  readonly temporary: AttributeFigure;
  readonly partTime: AttributeFigure;
  readonly involuntaryPartTime: InvoluntaryPartTimeFigure;
  readonly parentalLeave: ParentalLeaveFigure;
  readonly records: number;
  readonly excluded: Readonly<Record<string, number>>;
  readonly warnings: Readonly<Record<string, number>>;
  readonly [section: string]: unknown;
  readonly byUnit: readonly UnitFigures[];
}

function pct(count: D | number, denominator: D | number, decimals: number): string | null {
  const den = new D(denominator);
  if (den.isZero()) return null;
  return new D(count).times(100).dividedBy(den).toDecimalPlaces(decimals, D.ROUND_HALF_UP).toFixed(decimals);
}

function isActive(r: CsvRow, ref: string): boolean {
  return r.startDate <= ref && (r.endDate === '' || r.endDate >= ref);
}

const partTimeMemo = new WeakMap<CsvRow, boolean>();
function isPartTime(r: CsvRow, c: Conventions): boolean {
  let v = partTimeMemo.get(r);
  if (v === undefined) partTimeMemo.set(r, (v = r.positionPercent !== '' && new D(r.positionPercent).lessThan(c.partTimeBelow)));
  return v;
}

function sexCounts(rows: readonly CsvRow[]): SexCounts {
  let women = 0;
  let men = 0;
  let other = 0;
  let unknown = 0;
  for (const r of rows) {
    if (r.gender === 'female') women++;
    else if (r.gender === 'male') men++;
    else if (r.gender === 'other') other++;
    else unknown++;
  }
  return { women, men, other, unknown, total: rows.length };
}

function attribute(rows: readonly CsvRow[], has: (r: CsvRow) => boolean, dec: number): AttributeFigure {
  const pop = sexCounts(rows);
  const withIt = rows.filter(has);
  const w = withIt.filter((r) => r.gender === 'female').length;
  const m = withIt.filter((r) => r.gender === 'male').length;
  return {
    women: { count: w, percentOfAll: pct(w, pop.total, dec), percentOfSex: pct(w, pop.women, dec) },
    men: { count: m, percentOfAll: pct(m, pop.total, dec), percentOfSex: pct(m, pop.men, dec) },
    otherOrUnknown: { count: withIt.length - w - m },
    total: { count: withIt.length, percentOfAll: pct(withIt.length, pop.total, dec) },
    womenShareOfCategory: pct(w, w + m, dec),
  };
}

function involuntary(rows: readonly CsvRow[], c: Conventions): InvoluntaryPartTimeFigure {
  const dec = c.percentDecimals;
  const base = attribute(rows, (r) => isPartTime(r, c) && r.involuntaryPartTime === 'true', dec);
  const part = (sex: string): { partTimers: number; answered: number } => {
    const pts = rows.filter((r) => isPartTime(r, c) && (sex === '' || r.gender === sex));
    return { partTimers: pts.length, answered: pts.filter((r) => r.involuntaryPartTime !== '').length };
  };
  const w = part('female');
  const m = part('male');
  const all = part('');
  return {
    ...base,
    women: { ...base.women, ...w, coverage: pct(w.answered, w.partTimers, dec) },
    men: { ...base.men, ...m, coverage: pct(m.answered, m.partTimers, dec) },
    total: { ...base.total, ...all, coverage: pct(all.answered, all.partTimers, dec) },
  };
}

function parentalLeave(rows: readonly CsvRow[], decimals: number): ParentalLeaveFigure {
  const sex = (g: string): { persons: number; averageWeeks: string | null } => {
    const weeks = rows.filter((r) => r.gender === g && r.parentalLeaveWeeks !== '' && new D(r.parentalLeaveWeeks).greaterThan(0));
    let sum = new D(0);
    for (const r of weeks) sum = sum.plus(new D(r.parentalLeaveWeeks));
    return {
      persons: weeks.length,
      averageWeeks: weeks.length === 0 ? null : sum.dividedBy(weeks.length).toDecimalPlaces(decimals, D.ROUND_HALF_UP).toFixed(decimals),
    };
  };
  return { women: sex('female'), men: sex('male') };
}

/** Monthly full-time-equivalent pay of a row for the components, or null when no position percent (DEF-PAY). */
// A record's FTE pay is computed once per measure (not once per cell it falls in).
const fteMemo = new WeakMap<CsvRow, Map<string, D | null>>();
function ftePay(r: CsvRow, components: MeasureComponents): D | null {
  let memo = fteMemo.get(r);
  if (memo === undefined) fteMemo.set(r, (memo = new Map()));
  const key = components.join();
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  let v: D | null = null;
  if (r.positionPercent !== '' && !new D(r.positionPercent).isZero()) {
    let sum = new D(0);
    for (const k of components) sum = sum.plus(new D(r[k] === '' ? '0' : r[k]));
    v = sum.times(100).dividedBy(new D(r.positionPercent));
  }
  memo.set(key, v);
  return v;
}

function payCell(rows: readonly CsvRow[], components: MeasureComponents, dec: number): PayCell {
  const stats = (g: string): { count: number; mean: D | null; median: D | null } => {
    const values: D[] = [];
    for (const r of rows) {
      if (r.gender !== g) continue;
      const v = ftePay(r, components);
      if (v !== null) values.push(v);
    }
    if (values.length === 0) return { count: 0, mean: null, median: null };
    let sum = new D(0);
    for (const v of values) sum = sum.plus(v);
    const sorted = [...values].sort((a, b) => a.comparedTo(b));
    const n = sorted.length;
    const mid = Math.floor(n / 2);
    const median = n % 2 === 1 ? (sorted[mid] as D) : (sorted[mid - 1] as D).plus(sorted[mid] as D).dividedBy(2);
    return { count: n, mean: sum.dividedBy(n), median };
  };
  const money = (v: D | null): string | null => (v === null ? null : v.toDecimalPlaces(2, D.ROUND_HALF_UP).toFixed(2));
  const share = (w: D | null, m: D | null): string | null => (w === null || m === null ? null : pct(w, m, dec));
  const w = stats('female');
  const m = stats('male');
  return {
    population: sexCounts(rows),
    women: { count: w.count, mean: money(w.mean), median: money(w.median) },
    men: { count: m.count, mean: money(m.mean), median: money(m.median) },
    womenShareOfMen: { mean: share(w.mean, m.mean), median: share(w.median, m.median) },
  };
}

function groupBy(rows: readonly CsvRow[], key: (r: CsvRow) => readonly (string | null)[]): Map<string | null, CsvRow[]> {
  const out = new Map<string | null, CsvRow[]>();
  for (const r of rows) {
    for (const k of key(r)) {
      const list = out.get(k);
      if (list === undefined) out.set(k, [r]);
      else list.push(r);
    }
  }
  return out;
}

function keyed(groups: Map<string | null, CsvRow[]>, components: MeasureComponents, dec: number): KeyedPayCell[] {
  return [...groups].map(([key, rows]) => ({ key, ...payCell(rows, components, dec) }));
}

/**
 * Computes the reference figures from CSV rows (text), naively.
 *
 * @param rows - rows of the canonical CSV, as text
 * @param c - conventions (taken from the library's stated options)
 * @returns the figures, shaped like the library's `Mapping`
 */
export function naiveMapping(rows: readonly CsvRow[], c: Conventions): ReferenceMapping {
  const dec = c.percentDecimals;
  const kinds = new Set(c.includeKinds);
  const included = (r: CsvRow): boolean => kinds.has(r.employmentKind === '' ? 'ordinary' : r.employmentKind);
  const population = rows.filter((r) => isActive(r, c.referenceDate) && included(r));
  // DEF-REF / DEF-PL: parental leave is a flow over the financial year.
  const leavePopulation =
    c.parentalLeavePopulation === 'reference-date'
      ? population
      : rows.filter((r) => included(r) && r.startDate <= c.fiscalYearLast && (r.endDate === '' || r.endDate >= c.fiscalYearStart));
  const result: Record<string, unknown> = {
    year: c.year,
    referenceDate: c.referenceDate,
    population: sexCounts(population),
    temporary: attribute(population, (r) => r.contract === 'temporary', dec),
    partTime: attribute(population, (r) => isPartTime(r, c), dec),
    involuntaryPartTime: involuntary(population, c),
    parentalLeave: parentalLeave(leavePopulation, c.weeksDecimals),
    records: rows.length,
    // Exclusions, with the library's counting rules: records of an excluded kind; records of an
    // included kind not active on the reference date; further employments of one person (ids are
    // unique in generated data, so none); persons of the population without a position percent
    // (out of pay, DEF-PAY) or of other/unknown sex (out of women/men comparisons, DEF-SEX).
    excluded: {
      'not-active-on-reference-date': rows.filter((r) => included(r) && !isActive(r, c.referenceDate)).length,
      'employment-kind-excluded': rows.filter((r) => !included(r)).length,
      'merged-into-person': population.length - new Set(population.map((r) => r.employeeId)).size,
      'no-position-percent': population.filter((r) => r.positionPercent === '' || new D(r.positionPercent).isZero()).length,
      'sex-not-female-or-male': population.filter((r) => r.gender !== 'female' && r.gender !== 'male').length,
      'invalid-record': 0,
    },
    warnings: { position_percent_zero_or_missing: population.filter((r) => r.positionPercent === '' || new D(r.positionPercent).isZero()).length },
  };
  const byLevel = groupBy(population, (r) => [r.jobLevel === '' ? null : r.jobLevel]);
  const byGroup = groupBy(population, (r) => [r.jobGroup === '' ? null : r.jobGroup]);
  const sections: Record<string, unknown> = {};
  for (const s of paySections(c)) {
    sections[s.path] = {
      measure: s.measure,
      total: payCell(population, s.components, dec),
      byLevel: keyed(byLevel, s.components, dec),
      byGroup: keyed(byGroup, s.components, dec),
    };
  }
  result['pay'] = sections['pay'];
  result['agreedPay'] = sections['agreedPay'];
  result['payComponents'] = {
    basePay: sections['payComponents.basePay'],
    fixedAllowances: sections['payComponents.fixedAllowances'],
    irregularAllowances: sections['payComponents.irregularAllowances'],
    bonus: sections['payComponents.bonus'],
  };
  const unitKeys = (r: CsvRow): (string | null)[] => (r.unit === '' ? [null] : unitPrefixes(r.unit));
  const units = groupBy(population, unitKeys);
  const unitsLeave = groupBy(leavePopulation, unitKeys);
  const [monthly, agreed] = paySections(c);
  result['byUnit'] = [...units].map(([key, unitRows]): UnitFigures => {
    const depth = key === null ? 0 : key.split('/').length;
    return {
      key,
      depth,
      parent: key === null || depth === 1 ? null : key.slice(0, key.lastIndexOf('/')),
      population: sexCounts(unitRows),
      temporary: attribute(unitRows, (r) => r.contract === 'temporary', dec),
      partTime: attribute(unitRows, (r) => isPartTime(r, c), dec),
      involuntaryPartTime: involuntary(unitRows, c),
      parentalLeave: parentalLeave(unitsLeave.get(key) ?? [], c.weeksDecimals),
      pay: payCell(unitRows, monthly?.components ?? [], dec),
      agreedPay: payCell(unitRows, agreed?.components ?? [], dec),
    };
  });
  return result as ReferenceMapping;
}
