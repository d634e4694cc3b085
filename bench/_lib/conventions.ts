/**
 * The conventions the reference implementations (naive, DuckDB) follow. They are read from the
 * library's own result (`Mapping.options`, which states every convention used), so the references
 * compute the same definitions; the few the options do not state are fixed here, with the rule IDs
 * of ARP.md they come from.
 */
import type { PayComponent } from '../../src/models/employee.js';
import type { ResolvedStatisticsOptions } from '../../src/statistics/types.js';

/** Components summed by one pay measure. */
export type MeasureComponents = readonly PayComponent[];

/** What the references need to know. */
export interface Conventions {
  readonly year: number;
  /** DEF-REF: active on this date = start ≤ date ≤ end (ISO). */
  readonly referenceDate: string;
  /** First and last day of the financial year (ISO): the window of flow measures (DEF-REF). */
  readonly fiscalYearStart: string;
  readonly fiscalYearLast: string;
  /**
   * DEF-REF / DEF-PL: who counts for parental leave — `financial-year`: every employment of an
   * included kind overlapping the financial year; `reference-date`: the stock population only.
   */
  readonly parentalLeavePopulation: 'financial-year' | 'reference-date';
  /** Decimals of average parental-leave weeks (half-up). */
  readonly weeksDecimals: number;
  /** DEF-POP: employment kinds in the population (empty kind = ordinary). */
  readonly includeKinds: readonly string[];
  /** DEF-PT: part-time when the position percent is below this. */
  readonly partTimeBelow: number;
  /** DEF-PAY: components of *månedslønn* and *avtalt månedslønn*. */
  readonly monthlyPayComponents: MeasureComponents;
  readonly agreedPayComponents: MeasureComponents;
  /** Percent decimals at presentation (DEF-AVG, half-up). */
  readonly percentDecimals: number;
}

/** ARP.md defaults (used until the library's result says otherwise). */
export const DEFAULT_CONVENTIONS: Conventions = {
  year: 2025,
  referenceDate: '2025-12-31',
  fiscalYearStart: '2025-01-01',
  fiscalYearLast: '2025-12-31',
  parentalLeavePopulation: 'financial-year',
  weeksDecimals: 1,
  includeKinds: ['ordinary', 'maritime'],
  partTimeBelow: 100,
  monthlyPayComponents: ['basePay', 'fixedAllowances', 'irregularAllowances', 'bonus'],
  agreedPayComponents: ['basePay', 'fixedAllowances'],
  percentDecimals: 1,
};

/** The conventions the library states it used (`Mapping.options`). */
export function conventionsFrom(o: ResolvedStatisticsOptions): Conventions {
  return {
    year: o.year,
    referenceDate: o.referenceDate,
    fiscalYearStart: o.fiscalYearStart,
    fiscalYearLast: o.fiscalYearLast,
    parentalLeavePopulation: o.parentalLeavePopulation,
    weeksDecimals: o.weeksDecimals,
    includeKinds: o.includeKinds,
    partTimeBelow: o.partTimeBelow,
    monthlyPayComponents: o.monthlyPayComponents,
    agreedPayComponents: o.agreedPayComponents,
    percentDecimals: o.percentDecimals,
  };
}

/** The pay sections of the mapping and the components each sums. */
export function paySections(c: Conventions): readonly { readonly path: string; readonly measure: string; readonly components: MeasureComponents }[] {
  return [
    { path: 'pay', measure: 'monthly', components: c.monthlyPayComponents },
    { path: 'agreedPay', measure: 'agreed', components: c.agreedPayComponents },
    { path: 'payComponents.basePay', measure: 'basePay', components: ['basePay'] },
    { path: 'payComponents.fixedAllowances', measure: 'fixedAllowances', components: ['fixedAllowances'] },
    { path: 'payComponents.irregularAllowances', measure: 'irregularAllowances', components: ['irregularAllowances'] },
    { path: 'payComponents.bonus', measure: 'bonus', components: ['bonus'] },
  ];
}

/** Unit path prefixes of a unit path: `a/b/c` → `a`, `a/b`, `a/b/c` (DEF-GRP: a unit includes its sub-units). */
export function unitPrefixes(unit: string): string[] {
  if (unit === '') return [];
  const parts = unit.split('/');
  const out: string[] = [];
  for (let i = 1; i <= parts.length; i++) out.push(parts.slice(0, i).join('/'));
  return out;
}
