/**
 * Bound propagation over the rows of the table (ANON-7): the outer bounds a reader proves without a solver. @internal
 */
import type { Constraints } from './constraints.js';
import { clampToDomain } from './domains.js';
import { EPS, type Witnesses } from './witnesses.js';

/**
 * Outer bounds of every variable by propagation over the rows (each row bounds each of its
 * variables by the others' bounds), integer-rounded and narrowed to each count's domain; null when
 * the bounds cross (the published figures contradict each other). Tracks which row set each bound.
 */
export function propagate(c: Constraints): (Witnesses & { readonly loBy: Int32Array; readonly hiBy: Int32Array }) | null {
  const n = c.state.model.vars.length;
  const lo = Float64Array.from(c.lower);
  const hi = Float64Array.from(c.upper);
  const loBy = new Int32Array(n).fill(-1);
  const hiBy = new Int32Array(n).fill(-1);
  const vars = c.state.model.vars;
  const queue: number[] = [];
  const queued = new Uint8Array(c.rows.length);
  for (let i = 0; i < c.rows.length; i++) {
    queue.push(i);
    queued[i] = 1;
  }
  const visits = new Uint16Array(c.rows.length);
  for (let q = 0; q < queue.length; q++) {
    const ri = queue[q] ?? 0;
    queued[ri] = 0;
    if ((visits[ri] = (visits[ri] ?? 0) + 1) > 30) continue;
    const row = c.rows[ri];
    if (row === undefined) continue;
    // min and max of Σ a·x, with the number of infinite contributions
    let minSum = 0;
    let maxSum = 0;
    let minInf = 0;
    let maxInf = 0;
    row.vars.forEach((id, k) => {
      const a = row.coefs[k] ?? 0;
      const l = lo[id] ?? -Infinity;
      const h = hi[id] ?? Infinity;
      const mn = a >= 0 ? a * l : a * h;
      const mx = a >= 0 ? a * h : a * l;
      if (Number.isFinite(mn)) minSum += mn;
      else minInf++;
      if (Number.isFinite(mx)) maxSum += mx;
      else maxInf++;
    });
    row.vars.forEach((id, k) => {
      const a = row.coefs[k] ?? 0;
      if (a === 0) return;
      const l = lo[id] ?? -Infinity;
      const h = hi[id] ?? Infinity;
      const mn = a >= 0 ? a * l : a * h;
      const mx = a >= 0 ? a * h : a * l;
      // others' min and max
      const oMinInf = minInf - (Number.isFinite(mn) ? 0 : 1);
      const oMaxInf = maxInf - (Number.isFinite(mx) ? 0 : 1);
      const oMin = oMinInf > 0 ? -Infinity : minSum - (Number.isFinite(mn) ? mn : 0);
      const oMax = oMaxInf > 0 ? Infinity : maxSum - (Number.isFinite(mx) ? mx : 0);
      // lower ≤ a·x + others ≤ upper
      let axLo = row.lower - oMax;
      let axHi = row.upper - oMin;
      if (Number.isNaN(axLo)) axLo = -Infinity;
      if (Number.isNaN(axHi)) axHi = Infinity;
      let nl = a > 0 ? axLo / a : axHi / a;
      let nh = a > 0 ? axHi / a : axLo / a;
      const v = vars[id];
      if (v?.integer === true) {
        nl = Math.ceil(nl - EPS);
        nh = Math.floor(nh + EPS);
      }
      let changed = false;
      // a tolerance relative to a finite end only: an infinite end's would be ∞, and ∞ − ∞ (NaN)
      // compares false, so an unbounded figure was never bounded
      const tolLo = Number.isFinite(l) ? Math.max(1e-9, Math.abs(l) * 1e-12) : 0;
      if (nl > l + tolLo) {
        lo[id] = nl;
        loBy[id] = ri;
        changed = true;
      }
      const tolHi = Number.isFinite(h) ? Math.max(1e-9, Math.abs(h) * 1e-12) : 0;
      if (nh < h - tolHi) {
        hi[id] = nh;
        hiBy[id] = ri;
        changed = true;
      }
      if (changed) {
        const d = c.domain[id];
        if (d !== null && d !== undefined) {
          const clamped = clampToDomain(d, lo[id] ?? 0, hi[id] ?? 0);
          if (clamped === null) {
            lo[id] = 1;
            hi[id] = 0;
          } else {
            lo[id] = clamped[0];
            hi[id] = clamped[1];
          }
        }
        if ((lo[id] ?? 0) > (hi[id] ?? 0) + 1e-6 * Math.max(1, Math.abs(hi[id] ?? 0))) return;
        for (const other of c.rowsOf[id] ?? []) {
          if (other !== ri && queued[other] === 0) {
            queued[other] = 1;
            queue.push(other);
          }
        }
      }
    });
    for (const id of row.vars) if ((lo[id] ?? 0) > (hi[id] ?? 0) + 1e-6 * Math.max(1, Math.abs(hi[id] ?? 0))) return null;
    if (queue.length > 4_000_000) break;
  }
  return { lo, hi, loBy, hiBy };
}
