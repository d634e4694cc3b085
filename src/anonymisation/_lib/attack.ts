/**
 * The attacker (ANON-3): exact Gaussian elimination over the rationals on the hidden variables of
 * each family. A hidden variable is recomputable exactly when its unit vector lies in the row space
 * of the relations restricted to the hidden variables (in reduced row-echelon form: a row with a
 * single hidden entry). The published values then give it as Σ β × published, and the rounding of
 * every published value bounds the error: |error| ≤ Σ |β| × half-unit × persons.
 * @internal
 */
import { Dec } from '../../_lib/money.js';
import { add, div, frac, isZero, mul, sub, type Fraction, ZERO } from './fraction.js';
import type { Model, Var } from './model.js';

/** A hidden variable the attacker recomputes. @internal */
export interface Recovery {
  readonly v: Var;
  /** For a combination: every variable of the union (v is the first); their sum is recomputed. */
  readonly union?: readonly Var[];
  /** Published variables used, with their coefficient on the sums. */
  readonly via: readonly Var[];
  /** The estimate of the value (count, mean, average), or null when its weight is unknown. */
  readonly estimate: Dec | null;
  /** Error bound of the estimate (same unit as the value). */
  readonly error: Dec | null;
}

type Row = { hid: Map<number, Fraction>; known: Map<number, Fraction> };

function sumValue(v: Var, override: ReadonlyMap<number, { value: Dec; error: Dec }>): { s: Dec; e: Dec } | null {
  const o = override.get(v.id);
  const value = o?.value ?? v.value;
  if (value === null) return null;
  if (v.kind === 'count') return { s: value, e: o?.error ?? new Dec(0) };
  if (v.n === null) return null;
  const e = (o?.error ?? v.half).times(v.n);
  return { s: value.times(v.n), e };
}

/**
 * Runs the attacker over every family of the model.
 * @param model - variables and relations
 * @param hidden - whether a variable is unknown to the attacker
 * @param override - values the attacker derived elsewhere (e.g. from a ratio), with their error
 * @internal
 */
export function attack(model: Model, hidden: (v: Var) => boolean, override: ReadonlyMap<number, { value: Dec; error: Dec }> = new Map()): Recovery[] {
  const byFamily = new Map<string, Row[]>();
  const isUnknown = (v: Var): boolean => hidden(v) && !override.has(v.id);
  for (const r of model.relations) {
    const row: Row = { hid: new Map(), known: new Map() };
    for (const [id, c] of r.terms) {
      const v = model.vars[id];
      if (v === undefined) continue;
      const f = frac(c);
      if (isUnknown(v)) {
        row.hid.set(id, add(row.hid.get(id) ?? ZERO, f));
      } else if (v.kind !== 'count' && v.n === 0) {
        // an empty cell: sum 0, exactly
      } else if (!v.own || override.has(id)) {
        row.known.set(id, add(row.known.get(id) ?? ZERO, f));
      } else {
        row.hid.set(id, add(row.hid.get(id) ?? ZERO, f));
      }
    }
    if (row.hid.size === 0) continue;
    const list = byFamily.get(r.family) ?? [];
    list.push(row);
    byFamily.set(r.family, list);
  }
  const out: Recovery[] = [];
  for (const rows of byFamily.values()) {
    const cols = [...new Set(rows.flatMap((r) => [...r.hid.keys()]))].sort((a, b) => a - b);
    const used = new Set<Row>();
    for (const col of cols) {
      const pivot = rows.find((r) => !used.has(r) && r.hid.has(col) && !isZero(r.hid.get(col) ?? ZERO));
      if (pivot === undefined) continue;
      used.add(pivot);
      const pv = pivot.hid.get(col) ?? ZERO;
      scale(pivot, div(frac(1n), pv));
      for (const r of rows) {
        if (r === pivot) continue;
        const f = r.hid.get(col);
        if (f === undefined || isZero(f)) continue;
        axpy(r, pivot, f);
      }
    }
    for (const r of used) {
      let union: Var[] | undefined;
      if (r.hid.size !== 1) {
        // Σ S over several hidden cells (all coefficients 1): the union's figure is recomputable
        const entries = [...r.hid.entries()];
        const first = entries[0]?.[1];
        if (first === undefined || !entries.every(([, c]) => c.n === first.n && c.d === first.d)) continue;
        const vs = entries.map(([id]) => model.vars[id]).filter((x): x is Var => x !== undefined);
        if (vs.some((x) => x.kind === 'count' || x.n === null)) continue;
        scale(r, div(frac(1n), first));
        union = vs.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
      }
      const v = union?.[0] ?? model.vars[[...r.hid.keys()][0] ?? -1];
      if (v === undefined) continue;
      // S(v) = − Σ known coef × S(known)
      let s = new Dec(0);
      let e = new Dec(0);
      let complete = true;
      const via: Var[] = [];
      for (const [kid, coef] of r.known) {
        if (isZero(coef)) continue;
        const k = model.vars[kid];
        if (k === undefined) continue;
        via.push(k);
        const kv = sumValue(k, override);
        if (kv === null) {
          complete = false;
          continue;
        }
        const c = new Dec(coef.n.toString()).dividedBy(coef.d.toString());
        s = s.minus(c.times(kv.s));
        e = e.plus(c.abs().times(kv.e));
      }
      let estimate: Dec | null = complete ? s : null;
      let error: Dec | null = complete ? e : null;
      const weight = union === undefined ? v.n : union.reduce((t, x) => t + (x.n ?? 0), 0);
      if (v.kind !== 'count') {
        if (weight === null || weight === 0) {
          estimate = null;
          error = null;
        } else if (estimate !== null && error !== null) {
          estimate = estimate.dividedBy(weight);
          error = error.dividedBy(weight);
        }
      }
      out.push({ v, ...(union !== undefined ? { union } : {}), via: via.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0)), estimate, error });
    }
  }
  return out.sort((a, b) => (a.v.sortKey < b.v.sortKey ? -1 : a.v.sortKey > b.v.sortKey ? 1 : 0));
}

function scale(r: Row, f: Fraction): void {
  for (const [k, v] of r.hid) r.hid.set(k, mul(v, f));
  for (const [k, v] of r.known) r.known.set(k, mul(v, f));
}

/** r ← r − f × p */
function axpy(r: Row, p: Row, f: Fraction): void {
  for (const [k, v] of p.hid) {
    const nv = sub(r.hid.get(k) ?? ZERO, mul(f, v));
    if (isZero(nv)) r.hid.delete(k);
    else r.hid.set(k, nv);
  }
  for (const [k, v] of p.known) {
    const nv = sub(r.known.get(k) ?? ZERO, mul(f, v));
    if (isZero(nv)) r.known.delete(k);
    else r.known.set(k, nv);
  }
}
