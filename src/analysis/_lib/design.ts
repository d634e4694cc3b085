/**
 * The design of the adjusted-gap regression (EXP-2): which persons enter, ln(FTE pay), the
 * female indicator and the factors' columns, kept sparse (a categorical factor is one dummy index
 * per row). Floating point from here on: the regression is not a money figure.
 * @internal
 */
import { z } from 'zod';
import { dayNumber, dayNumberOfKey } from '../../_lib/dates.js';
import { naturalCompare } from '../../statistics/internal.js';
import { factorName, type Factor } from '../AnalysisOptionsSchema.js';
import type { FactorUsed } from '../schema.js';
import type { Persons } from './persons.js';

/** A column of the design. @internal */
export interface Term {
  readonly kind: 'intercept' | 'female' | 'numeric' | 'dummy';
  readonly factor: string;
  /** The dummy's category (null: the `null` category). */
  readonly category?: string | null;
}

/** A categorical factor in the design: per row the design column of its dummy, -1 for the reference. @internal */
export interface CategoricalColumn {
  readonly codes: Int32Array;
}

/** A numeric factor in the design: per row its value, centred on the mean (the intercept takes the mean). @internal */
export interface NumericColumn {
  readonly column: number;
  readonly values: Float64Array;
  readonly mean: number;
}

/** The regression's design. @internal */
export interface Design {
  /** Rows: persons k (indices into the persons' columns). */
  readonly rows: Int32Array;
  readonly n: number;
  /** ln(FTE pay in NOK) per row. */
  readonly y: Float64Array;
  /** 1 woman, 0 man, per row (design column 1). */
  readonly female: Uint8Array;
  readonly numeric: readonly NumericColumn[];
  readonly categorical: readonly CategoricalColumn[];
  /** Every column: 0 intercept, 1 female, then the factors' columns. */
  readonly terms: readonly Term[];
  readonly factors: readonly FactorUsed[];
  readonly excluded: { readonly missingValue: Readonly<Record<string, number>>; readonly nonPositivePay: number };
}

/** Options the design needs. @internal */
export interface DesignOptions {
  readonly factors: readonly Factor[];
  readonly columns: Readonly<Record<string, ReadonlyMap<string, number | string | null>>>;
  readonly references: Readonly<Record<string, string | null>>;
  readonly referenceDate: string;
  /** DEF-PT: part-time below this percent. */
  readonly partTimeBelow: number;
}

const DAYS_PER_YEAR = 365.25;

function compareCategory(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return naturalCompare(a, b);
}

/**
 * The design over the persons `subset` (indices into `persons`; all when null). A caller's column
 * missing a value for a person (absent, or null) leaves the person out, counted per column; a
 * person with FTE pay 0 or below (no logarithm) likewise. @internal
 */
export function buildDesign(persons: Persons, subset: Int32Array | null, o: DesignOptions): Design {
  const candidates = subset ?? Int32Array.from({ length: persons.count }, (_, k) => k);
  const missingValue: Record<string, number> = {};
  let nonPositivePay = 0;
  const columnFactors = o.factors.filter((f): f is Exclude<Factor, string> => typeof f !== 'string');
  for (const f of columnFactors) missingValue[f.column] = 0;
  const kept = new Int32Array(candidates.length);
  let count = 0;
  for (let c = 0; c < candidates.length; c++) {
    const k = candidates[c]!;
    let ok = true;
    for (const f of columnFactors) {
      const v = o.columns[f.column]?.get(persons.key[k]!);
      if (v === undefined || v === null) {
        missingValue[f.column]! += 1;
        ok = false;
        break; // counted once, under the first column it lacks
      }
    }
    if (!ok) continue;
    if (persons.ore[k]! <= 0) {
      nonPositivePay++;
      continue;
    }
    kept[count++] = k;
  }
  const rows = kept.subarray(0, count);
  const n = rows.length;
  const y = new Float64Array(n);
  const female = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const k = rows[i]!;
    // FTE NOK = øre × 10 000 / pct(hundredths) / 100
    y[i] = Math.log((persons.ore[k]! * 100) / persons.pct[k]!);
    female[i] = persons.female[k]!;
  }
  const terms: Term[] = [
    { kind: 'intercept', factor: '(intercept)' },
    { kind: 'female', factor: 'female' },
  ];
  const numeric: NumericColumn[] = [];
  const categorical: CategoricalColumn[] = [];
  const factors: FactorUsed[] = [];
  const refDay = dayNumber(o.referenceDate);
  const ptBelow = Math.round(o.partTimeBelow * 100);
  // seniority in years, once for both seniority factors
  let years: Float64Array | null = null;
  const yearsOf = (): Float64Array => {
    if (years !== null) return years;
    years = new Float64Array(n);
    for (let i = 0; i < n; i++) years[i] = (refDay - dayNumberOfKey(persons.start[rows[i]!]!)) / DAYS_PER_YEAR;
    return years;
  };
  for (const f of o.factors) {
    const name = factorName(f);
    const isCategorical = f === 'level' || f === 'group' || (typeof f === 'object' && f.type === 'categorical');
    if (!isCategorical) {
      const values = new Float64Array(n);
      if (f === 'seniority') values.set(yearsOf());
      else if (f === 'senioritySquared') {
        const y = yearsOf();
        for (let i = 0; i < n; i++) values[i] = y[i]! * y[i]!;
      } else if (f === 'partTime') for (let i = 0; i < n; i++) values[i] = persons.pct[rows[i]!]! < ptBelow ? 1 : 0;
      else {
        const column = o.columns[f.column]!;
        for (let i = 0; i < n; i++) values[i] = column.get(persons.key[rows[i]!]!) as number;
      }
      let mean = 0;
      for (let i = 0; i < n; i++) mean += values[i]!;
      mean = n > 0 ? mean / n : 0;
      for (let i = 0; i < n; i++) values[i]! -= mean;
      numeric.push({ column: terms.length, values, mean });
      terms.push({ kind: 'numeric', factor: name });
      factors.push({ name, type: 'numeric' });
      continue;
    }
    // categorical: each row's category, as an id into `values` (-1: the null category)
    let ids: Int32Array;
    let values: readonly string[];
    if (f === 'level' || f === 'group') {
      const source = f === 'level' ? persons.level : persons.group;
      values = f === 'level' ? persons.levels : persons.groups;
      ids = new Int32Array(n);
      for (let i = 0; i < n; i++) ids[i] = source[rows[i]!]!;
    } else {
      const column = o.columns[f.column]!;
      const index = new Map<string, number>();
      const own: string[] = [];
      ids = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        const label = String(column.get(persons.key[rows[i]!]!));
        let id = index.get(label);
        if (id === undefined) {
          id = own.length;
          own.push(label);
          index.set(label, id);
        }
        ids[i] = id;
      }
      values = own;
    }
    const tally = new Int32Array(values.length + 1); // by id + 1
    for (let i = 0; i < n; i++) tally[ids[i]! + 1]!++;
    const present: number[] = [];
    for (let id = -1; id < values.length; id++) if (tally[id + 1]! > 0) present.push(id);
    const label = (id: number): string | null => (id < 0 ? null : values[id]!);
    present.sort((a, b) => compareCategory(label(a), label(b)));
    let reference: number;
    const wanted = o.references[name];
    const wantedId = wanted === undefined ? undefined : present.find((id) => label(id) === wanted);
    // the caller's reference category; in a subset (one job group) without it, the default
    if (wanted !== undefined && (subset === null || wantedId !== undefined)) {
      if (wantedId === undefined && n > 0) {
        throw new z.ZodError([
          { code: 'custom', path: ['references', name], message: `no person in the regression has the reference category of ${name}`, input: wanted },
        ]);
      }
      reference = wantedId ?? -1;
    } else {
      // the most frequent category (ties: the first in the mapping's order)
      reference = present[0] ?? -1;
      for (const id of present) if (tally[id + 1]! > tally[reference + 1]!) reference = id;
    }
    const lut = new Int32Array(values.length + 1).fill(-1);
    for (const id of present) {
      if (id === reference) continue;
      lut[id + 1] = terms.length;
      terms.push({ kind: 'dummy', factor: name, category: label(id) });
    }
    const codes = new Int32Array(n);
    for (let i = 0; i < n; i++) codes[i] = lut[ids[i]! + 1]!;
    categorical.push({ codes });
    factors.push({ name, type: 'categorical', reference: label(reference), categories: present.length });
  }
  return { rows, n, y, female, numeric, categorical, terms, factors, excluded: { missingValue, nonPositivePay } };
}
