/**
 * A published table as a linear model (ANON-7): every protectable figure is a variable, every
 * published figure an observation (an interval of its rounding), and every relation the table
 * implies a row. This one model serves the audit (values read from a published table, `null` =
 * hidden) and `publish` (values from the internal mapping, hidden by the protection).
 *
 * Variables measure sums, so every relation is linear: a count of persons (integer), the sum of
 * the persons' full-time-equivalent pay in a cell (mean × persons, NOK), the sum of parental-leave
 * weeks (average × persons). A unit's own staff outside its sub-units is never published: it
 * enters as an `own` variable.
 *
 * Relations: women + men + other/unknown = total (each attribute, each cell); a unit = its sub-units
 * + its own staff, the employer = its top units (+ the `null` unit) for every count and sum; levels,
 * groups and the total partition the same persons (pay sums of every section); a pay cell = its
 * components (`options.monthlyPayComponents`, `options.agreedPayComponents`); involuntary ≤
 * answered ≤ part-timers; part-timers = the part-time count. Observations: a count; a percent of
 * a published base; women's share of a category; coverage; a mean × its published persons; a
 * women's share of men's mean pay; an average of weeks × persons; a median of one or two persons
 * (= their mean). Bounds: counts 0 … the cell's head count of that sex, sums ≥ 0, weeks ≤ 53 per person.
 *
 * This file holds the model's types; buildTableModel.ts builds it (unitTree.ts, modelBuilder.ts and
 * one file per section: attributeCounts.ts, parentalLeave.ts, payModel.ts).
 * @internal
 */
import { Dec } from '../../_lib/money.js';
import type { Expected } from '../../_lib/input.js';
import type { JsonPath } from '../types.js';

/** What a variable measures. @internal */
export type VarKind = 'count' | 'pay' | 'weeks';
/** Which primary rule applies to a count (ANON-2). @internal */
export type CountRule = 'attribute' | 'parental-persons' | 'answered';

/** One protectable quantity. @internal */
export interface TableVar {
  readonly id: number;
  readonly kind: VarKind;
  /** The figure's family: `temporary`, `partTime`, `involuntaryPartTime`, `answered`, `parentalLeave`, or a pay section (`pay`, `agreedPay`, `payComponents.bonus` …). */
  readonly family: string;
  /** `women`, `men`, `otherOrUnknown` or `total`. */
  readonly slot: string;
  /** The published path of the value (for `own`: the cell's path, `'(own)'`, then the figure). */
  readonly path: JsonPath;
  /** The path as one string ({@link pathKey}), made once: the targets of every analysis are named by it. */
  readonly key: string;
  /** The cell: `[]` employer, `['byUnit', i]`, `['pay', 'byLevel', i]` … */
  readonly cell: JsonPath;
  readonly own: boolean;
  readonly integer: boolean;
  /** Structural bounds of the quantity. */
  readonly lower: number;
  readonly upper: number;
  /** Count: persons of the slot in the cell (its base); pay: persons with a pay figure; weeks: null. */
  readonly persons: number | null;
  /** Weeks: the persons variable of the same cell and sex. */
  readonly personsVar: number | null;
  /** An involuntary part-time count: the part-time count that is its base (DEF-INV), instead of `persons`. */
  readonly baseVar: number | null;
  readonly countRule: CountRule | null;
  /** 0: a cell below the employer; 1: the employer's figures the statement does not require by sex; 2: the employer's women and men. */
  readonly lastResort: 0 | 1 | 2;
  /** The value as the table gives it: a count, a sum (mean × persons), or null (hidden or absent). */
  readonly value: Dec | null;
  /** Half the rounding unit of the value's text (0 for counts), in the quantity's unit. */
  readonly half: Dec;
}

/** A row: `lower ≤ Σ coef × var ≤ upper`. @internal */
export interface TableRow {
  readonly vars: readonly number[];
  readonly coefs: readonly number[];
  readonly lower: number;
  readonly upper: number;
  /** What the relation is, for the audit's explanation. */
  readonly kind: RowKind;
  /** The cell the relation is about. */
  readonly cell: JsonPath;
  /** The published paths this row depends on (an observation's figure), empty for structure. */
  readonly sources: readonly JsonPath[];
}

/** Kinds of row. @internal */
export type RowKind =
  'sexes' | 'unit-tree' | 'breakdown' | 'components' | 'order' | 'weeks-per-person' | 'percent' | 'share' | 'coverage' | 'ratio' | 'average' | 'published';

/**
 * A published figure that bounds a variable (or, with `row`, several): active while its `path`
 * is published. `owners` are the variables whose hiding hides it too (publish).
 * @internal
 */
export interface Observation {
  readonly path: JsonPath;
  readonly owners: readonly number[];
  /** A bound on one variable … */
  readonly bound?: { readonly varId: number; readonly lower: number; readonly upper: number } | undefined;
  /** … or a row. */
  readonly row?: TableRow | undefined;
  /**
   * The rules under which the figure stays published although an owner is hidden: a median with a
   * mean hidden to protect another (ANON-4 hides medians only with a threshold or by choice), a
   * women's share of men's pay with amounts left out by choice (ratios only, STAT-B0).
   */
  readonly keptWith?: readonly ('secondary' | 'by-choice')[] | undefined;
  /**
   * The figure is observed by its absence: an undefined women's share of men's pay, neither shown
   * nor hidden (see {@link TableModel.zeroPay}). Its path holds `null` in a published table.
   */
  readonly absent?: true | undefined;
}

/** A derived figure (a percent, a share, a ratio, a median): hidden with its owners, judged from their intervals. @internal */
export interface DerivedFigure {
  readonly path: JsonPath;
  readonly kind: 'percent' | 'share-of-category' | 'coverage' | 'pay-ratio' | 'median' | 'median-ratio' | 'parts';
  readonly owners: readonly number[];
  /** percent: the published base; median: persons. */
  readonly base: number | null;
}

/** The model of one table. @internal */
export interface TableModel {
  readonly vars: readonly TableVar[];
  readonly rows: readonly TableRow[];
  readonly observations: readonly Observation[];
  readonly derived: readonly DerivedFigure[];
  /** Variable by its main path key. */
  readonly byPath: ReadonlyMap<string, number>;
  /** For a count: the counts of the groups that contain its group (the parent unit's, the cell's total). */
  readonly supersets: readonly (readonly number[])[];
  /** A pay variable's counterpart of the other sex in the same cell and section. */
  readonly pairOf: ReadonlyMap<number, number>;
  /**
   * The men's pay figures the table states to be exactly 0: their cell publishes the women's figure
   * and leaves the women's share of men's pay undefined, neither shown nor hidden (STAT-B1: a share of
   * men's pay 0 has no value). Every man of the cell then has 0.
   */
  readonly zeroPay: ReadonlySet<number>;
  /** Decimals of the published percents (`options.percentDecimals`, default 1). */
  readonly percentDecimals: number;
  /** Problems that make the table unreadable (cycles, negative means …). */
  readonly problems: readonly { readonly path: JsonPath; readonly expected: Expected }[];
}

/** A stable key of a JSON path (numbers zero-padded so keys sort like paths). @internal */
export function pathKey(path: JsonPath): string {
  return path.map((p) => (typeof p === 'number' ? String(p).padStart(6, '0') : p)).join('/');
}

/** Half a unit of each number of decimals, made once (decimal.js values are immutable). */
const HALF_UNITS: Dec[] = [];

/** Half a unit of the last decimal of a decimal string ("88.2" → 0.05). @internal */
export function halfUnit(text: string): Dec {
  const dot = text.indexOf('.');
  const decimals = dot < 0 ? 0 : text.length - dot - 1;
  return (HALF_UNITS[decimals] ??= new Dec(5).times(new Dec(10).pow(-decimals - 1)));
}

/** Weeks of parental leave one person can have in a financial year (DEF-PL: at most 366 days × 100 % / 7, and 53 given directly). */
export const MAX_WEEKS_PER_PERSON = 53;
