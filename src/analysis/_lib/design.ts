/**
 * The design of the adjusted-gap regression (EXP-2): which persons enter, ln(FTE pay), the
 * female indicator and the factors' columns, kept sparse (a categorical factor is one dummy index
 * per row). Floating point from here on: the regression is not a money figure.
 * @internal
 */
import { z } from 'zod';
import { dayNumber } from '../../statistics/_lib/days.js';
import { naturalCompare } from '../../statistics/_lib/naturalCompare.js';
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

function startDay(yyyymmdd: number): number {
  const y = Math.floor(yyyymmdd / 10_000);
  const m = Math.floor(yyyymmdd / 100) % 100;
  const d = yyyymmdd % 100;
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

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
  const kept: number[] = [];
  for (const k of candidates) {
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
    kept.push(k);
  }
  const rows = Int32Array.from(kept);
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
  for (const f of o.factors) {
    const name = factorName(f);
    const isCategorical = f === 'level' || f === 'group' || (typeof f === 'object' && f.type === 'categorical');
    if (!isCategorical) {
      const values = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const k = rows[i]!;
        let v: number;
        if (f === 'seniority' || f === 'senioritySquared') {
          const years = (refDay - startDay(persons.start[k]!)) / DAYS_PER_YEAR;
          v = f === 'seniority' ? years : years * years;
        } else if (f === 'partTime') v = persons.pct[k]! < ptBelow ? 1 : 0;
        else v = o.columns[(f as Exclude<Factor, string>).column]!.get(persons.key[k]!) as number;
        values[i] = v;
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
    // categorical: the category of each row
    const labels: (string | null)[] = new Array<string | null>(n);
    for (let i = 0; i < n; i++) {
      const k = rows[i]!;
      if (f === 'level') labels[i] = persons.level[k]! < 0 ? null : persons.levels[persons.level[k]!]!;
      else if (f === 'group') labels[i] = persons.group[k]! < 0 ? null : persons.groups[persons.group[k]!]!;
      else labels[i] = String(o.columns[(f as Exclude<Factor, string>).column]!.get(persons.key[k]!));
    }
    const counts = new Map<string | null, number>();
    for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
    const categories = [...counts.keys()].sort(compareCategory);
    let reference: string | null;
    // the caller's reference category; in a subset (one job group) without it, the default
    if (name in o.references && (subset === null || counts.has(o.references[name]!))) {
      reference = o.references[name]!;
      if (!counts.has(reference) && n > 0) {
        throw new z.ZodError([{ code: 'custom', path: ['references', name], message: `no person in the regression has the reference category of ${name}`, input: reference }]);
      }
    } else {
      // the most frequent category (ties: the first in the mapping's order)
      reference = categories[0] ?? null;
      for (const c of categories) if ((counts.get(c) ?? 0) > (counts.get(reference) ?? 0)) reference = c;
    }
    const columnOf = new Map<string | null, number>();
    for (const c of categories) {
      if (c === reference) continue;
      columnOf.set(c, terms.length);
      terms.push({ kind: 'dummy', factor: name, category: c });
    }
    const codes = new Int32Array(n);
    for (let i = 0; i < n; i++) codes[i] = columnOf.get(labels[i]!) ?? -1;
    categorical.push({ codes });
    factors.push({ name, type: 'categorical', reference, categories: categories.length });
  }
  return { rows, n, y, female, numeric, categorical, terms, factors, excluded: { missingValue, nonPositivePay } };
}
