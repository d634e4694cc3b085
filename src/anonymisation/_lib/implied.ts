/**
 * Figures that a published "none" or "all" already gives away (ANON-2 publishes a count of 0, and a
 * count equal to its group's head count): when nobody in a group has an attribute, nobody in any
 * part of it has it, and when everybody has it, everybody in every part has it; a group made only of
 * parts so determined is their sum; a count at most a published 0 is 0 (where nobody answered,
 * nobody is involuntarily part-time: involuntary ≤ answered ≤ part-timers, DEF-INV). The same for
 * a pay component that is 0 for every person of a sex. Such a figure protects nobody when hidden —
 * a reader knows it from the figures that imply it — so `publish` publishes it and keeps those
 * figures published, and the audit does not count it as below a threshold.
 * @internal
 */
import { baseOf } from './domains.js';
import { isStated, type HiddenRule } from './constraints.js';
import type { TableModel, TableVar } from './tableModel.js';
import { pathKey } from './tableModel.js';

/** A count the published "none" and "all" figures determine: its value. @internal */
export interface ImpliedValue {
  readonly value: number;
}

/** A count the published "none" and "all" figures determine, and the published counts it follows from. @internal */
export interface Implied extends ImpliedValue {
  readonly from: ReadonlySet<number>;
}

/**
 * Every count determined by published "none" and "all" figures and empty groups: a part of a group
 * with nobody (everybody) has nobody (everybody), a group whose parts are all determined is
 * their sum, and a count bounded by a 0 (involuntary ≤ answered ≤ part-timers) is 0 (an answered
 * count is listed only so determined, never by its own published 0: it has no threshold).
 * `published` gives a count's value when it is published (null when hidden or unknown), `known` a
 * count's base as the reader knows it (an involuntary part-time count's base is its part-time
 * count: when that is hidden, an "all" tells the reader nothing about the number).
 * With `sources: false` only the values, without the figures each follows from: for callers that
 * need only which counts are determined (it saves a set per count, a fifth of the work in a large table).
 * @internal
 */
export function impliedCounts(model: TableModel, published: (id: number) => number | null, known: (id: number) => number | null): Map<number, Implied>;
/** Every count determined by published "none" and "all" figures, without the figures it follows from. @internal */
export function impliedCounts(
  model: TableModel,
  published: (id: number) => number | null,
  known: (id: number) => number | null,
  options: { readonly sources: false },
): Map<number, ImpliedValue>;
/** (the implementation of both) @internal */
export function impliedCounts(
  model: TableModel,
  published: (id: number) => number | null,
  known: (id: number) => number | null,
  options: { readonly sources?: boolean } = {},
): Map<number, Implied> {
  const sources = options.sources !== false;
  const out = new Map<number, Implied>();
  const { counts, sums, orders } = countSumsOf(model);
  for (const v of counts) {
    const n = baseOf(v, known);
    if (v.upper === 0 || n === 0) {
      out.set(v.id, { value: 0, from: NONE });
      continue;
    }
    const x = published(v.id);
    if (x !== null && (x === 0 || x === n)) out.set(v.id, { value: x, from: sources ? new Set([v.id]) : NONE });
  }
  // (a count at most a published 0 is 0: its own 0 if a count, else the sources of the 0)
  const zeroOf = (id: number): Implied | undefined => {
    const implied = out.get(id);
    if (implied !== undefined) return implied.value === 0 ? implied : undefined;
    return published(id) === 0 ? { value: 0, from: sources ? new Set([id]) : NONE } : undefined;
  };
  let openOrders = orders;
  // each pass over the counts and sums not yet determined (in the order of the table)
  let open = counts.filter((v) => !out.has(v.id));
  let openSums = sums;
  for (let changed = true; changed;) {
    changed = false;
    const set = (id: number, imp: Implied): void => {
      if (out.has(id)) return;
      out.set(id, imp);
      changed = true;
    };
    for (const v of open) {
      if (out.has(v.id)) continue;
      for (const u of model.supersets[v.id] ?? []) {
        const iu = out.get(u);
        const uv = model.vars[u];
        if (iu === undefined || uv === undefined) continue;
        if (iu.value === 0) {
          set(v.id, { value: 0, from: iu.from });
          break;
        }
        const nu = baseOf(uv, known);
        const nv = baseOf(v, known);
        if (nu !== null && nv !== null && iu.value === nu) {
          set(v.id, { value: nv, from: iu.from });
          break;
        }
      }
    }
    for (const { whole, parts } of openSums) {
      if (out.has(whole)) continue;
      let value = 0;
      const from = sources ? new Set<number>() : null;
      let complete = true;
      for (const p of parts) {
        const ip = out.get(p);
        if (ip === undefined) {
          complete = false;
          break;
        }
        value += ip.value;
        if (from !== null) for (const id of ip.from) from.add(id);
      }
      if (complete) set(whole, { value, from: from ?? NONE });
    }
    // a count at most another that is 0 is 0 (involuntary ≤ answered ≤ part-timers)
    for (const { lower, upper } of openOrders) {
      const zero = zeroOf(upper);
      if (zero !== undefined) set(lower, zero);
    }
    open = open.filter((v) => !out.has(v.id));
    openSums = openSums.filter((x) => !out.has(x.whole));
    openOrders = openOrders.filter((x) => !out.has(x.lower));
  }
  return out;
}

/** The sources of a count no published figure determines (an empty group), and of every count without `sources`. */
const NONE: ReadonlySet<number> = new Set<number>();

/** The employer's pay figure of the same section and sex, or undefined. @internal */
export function employerPay(model: TableModel, v: TableVar): TableVar | undefined {
  if (v.kind !== 'pay' || v.own) return undefined;
  const id = model.byPath.get(pathKey([...v.family.split('.'), 'total', v.slot, 'mean']));
  return id === undefined ? undefined : model.vars[id];
}

/**
 * The figures that give a pay figure of 0 away, or null (ANON-2: published as 0.00 rather than
 * hidden; the audit does not count it below its threshold):
 * - the employer's figure of its section and sex, published as 0.00: the component is 0 for every
 *   person of that sex (hiding a cell's 0.00 would protect nobody and cost the employer's totals);
 * - the employer's women's share of men's pay of its section, which the table states undefined:
 *   every man has 0 (see {@link TableModel.zeroPay}). The share's absence is seen while both its
 *   figures are stated: published, or left out by choice (STAT-B0). (A cell's own share gives
 *   nothing away: hidden with the figure, it is listed as hidden too.)
 * @param hidden - each figure's rule, null when published
 * @returns the figures that give it away, or null
 * @internal
 */
export function impliedZeroPay(model: TableModel, v: TableVar, hidden: readonly (HiddenRule | null)[]): readonly number[] | null {
  const published = (id: number): boolean => hidden[id] === null;
  const stated = (id: number): boolean => isStated(hidden[id]);
  if (v.kind !== 'pay' || v.own || (v.value !== null && !v.value.isZero())) return null;
  const e = employerPay(model, v);
  if (e !== undefined && e !== v && published(e.id) && e.value !== null && e.value.isZero()) return [e.id];
  if (e === undefined || e === v || !model.zeroPay.has(e.id)) return null;
  const women = model.pairOf.get(e.id);
  return women !== undefined && stated(e.id) && stated(women) ? [e.id, women] : null;
}

/**
 * The range a count can have from the published "none" and "all" figures alone (and its head
 * count): a group of parts reaches at most the sum of its parts' maxima, at least the sum of their
 * minima. "All" and "none" of a small group are judged within this range (ANON-7): a published
 * "none" of one of its parts already rules out "all", and no suppression can change that.
 * @internal
 */
export function structuralRange(
  model: TableModel,
  implied: ReadonlyMap<number, ImpliedValue>,
  known: (id: number) => number | null,
): { lo: Float64Array; hi: Float64Array } {
  const n = model.vars.length;
  const lo = new Float64Array(n);
  const hi = new Float64Array(n);
  for (const v of model.vars) {
    const base = v.kind === 'count' ? (baseOf(v, known) ?? v.upper) : Infinity;
    const imp = implied.get(v.id);
    lo[v.id] = imp !== undefined ? imp.value : 0;
    hi[v.id] = imp !== undefined ? imp.value : base;
  }
  const sums: { whole: number; parts: number[] }[] = [];
  for (const r of model.rows) {
    if (r.kind !== 'unit-tree' && r.kind !== 'sexes') continue;
    if (model.vars[r.vars[0] ?? -1]?.kind !== 'count') continue;
    const pos = r.vars.filter((_, k) => (r.coefs[k] ?? 0) > 0);
    const neg = r.vars.filter((_, k) => (r.coefs[k] ?? 0) < 0);
    const [whole, parts] = r.kind === 'unit-tree' ? [pos, neg] : [neg, pos];
    if (whole.length === 1 && whole[0] !== undefined) sums.push({ whole: whole[0], parts });
  }
  for (let pass = 0, changed = true; changed && pass < 64; pass++) {
    changed = false;
    for (const { whole, parts } of sums) {
      let a = 0;
      let b = 0;
      for (const p of parts) {
        a += lo[p] ?? 0;
        b += hi[p] ?? 0;
      }
      if (b < (hi[whole] ?? 0)) {
        hi[whole] = b;
        changed = true;
      }
      if (a > (lo[whole] ?? 0)) {
        lo[whole] = a;
        changed = true;
      }
    }
  }
  return { lo, hi };
}

/** A model's counts that "none" and "all" apply to, and its sums whose whole is one term. */
interface CountSums {
  readonly counts: readonly TableVar[];
  readonly sums: readonly { readonly whole: number; readonly parts: readonly number[] }[];
  /** the model's orders `lower ≤ upper` between counts (involuntary ≤ answered ≤ part-timers) */
  readonly orders: readonly { readonly lower: number; readonly upper: number }[];
}
const countSums = new WeakMap<TableModel, CountSums>();

/**
 * The model's orders `lower ≤ upper` between counts (involuntary ≤ answered ≤ part-timers, DEF-INV),
 * made once with the model's other count relations.
 * @internal
 */
export function countOrdersOf(model: TableModel): CountSums['orders'] {
  return countSumsOf(model).orders;
}

/** {@link CountSums} of a model, made once (`publish` asks in every round). */
function countSumsOf(model: TableModel): CountSums {
  const cached = countSums.get(model);
  if (cached !== undefined) return cached;
  const isCount = (v: TableVar | undefined): v is TableVar => v !== undefined && v.kind === 'count' && v.countRule !== 'answered' && v.countRule !== null;
  const counts = model.vars.filter(isCount);
  // sums whose whole is one term: parent = Σ parts (unit tree), total = Σ sexes
  const sums: { whole: number; parts: number[] }[] = [];
  for (const r of model.rows) {
    if (r.kind !== 'unit-tree' && r.kind !== 'sexes') continue;
    if (!isCount(model.vars[r.vars[0] ?? -1])) continue;
    const pos = r.vars.filter((_, k) => (r.coefs[k] ?? 0) > 0);
    const neg = r.vars.filter((_, k) => (r.coefs[k] ?? 0) < 0);
    // the unit tree writes the parent with +1, the sexes row the total with −1
    const [whole, parts] = r.kind === 'unit-tree' ? [pos, neg] : [neg, pos];
    if (whole.length === 1 && whole[0] !== undefined) sums.push({ whole: whole[0], parts });
  }
  const orders: { lower: number; upper: number }[] = [];
  for (const r of model.rows) {
    if (r.kind !== 'order' || r.vars.length !== 2 || r.coefs[0] !== 1 || r.coefs[1] !== -1) continue;
    const [lower, upper] = r.vars;
    if (lower !== undefined && upper !== undefined) orders.push({ lower, upper });
  }
  const made = { counts, sums, orders };
  countSums.set(model, made);
  return made;
}
