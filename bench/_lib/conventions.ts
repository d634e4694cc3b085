/**
 * The conventions the reference implementations (naive, DuckDB) follow. They are read from the
 * library's own result (`Mapping.options`, which states every convention used), so the references
 * compute the same definitions; the few the options do not state are fixed here, with the rule IDs
 * of ARP.md they come from.
 */
import type { PayComponent } from '../../src/models/employee.js';

/** Components summed by one pay measure. */
export type MeasureComponents = readonly PayComponent[];

/** What the references need to know. */
export interface Conventions {
  readonly year: number;
  /** DEF-REF: active on this date = start ≤ date ≤ end (ISO). */
  readonly referenceDate: string;
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
  includeKinds: ['ordinary', 'maritime'],
  partTimeBelow: 100,
  monthlyPayComponents: ['basePay', 'fixedAllowances', 'irregularAllowances', 'bonus'],
  agreedPayComponents: ['basePay', 'fixedAllowances'],
  percentDecimals: 1,
};

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
