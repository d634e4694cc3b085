/**
 * Integral tables within the counts' domains (ANON-7): a feasible table, and a value's exact range as mixed-integer programmes. @internal
 */
import type { Constraints } from './constraints.js';
import { LpSession, type LpRow, type loadSolver } from './solver.js';
import { type Target, type Witnesses, integralWhereNeeded } from './witnesses.js';
import { buildLp, choosePiece, objectiveOf } from './lpBuild.js';

/** A feasible, integral, in-domain table of one part (null when the part's figures contradict each other). */
export function solvePoint(highs: Awaited<ReturnType<typeof loadSolver>>, c: Constraints, cols: readonly number[], outer: Witnesses): Float64Array | null {
  const zero = new Float64Array(cols.length);
  const lp = buildLp(c, cols, zero, outer, 'outer', true);
  // a small part often holds at its least values, where the simplex would start and stop: no programme
  // (a unit's own staff beside published counts; 1 000 units: two in three of these parts)
  if (cols.length <= SMALL_POINT) {
    const least = Float64Array.from(lp.data.colLower);
    if (least.every(Number.isFinite) && lp.data.rows.every((r) => holdsAt(r, least)) && integralWhereNeeded(c, cols, least)) return least;
  }
  const s = new LpSession(highs, lp.data);
  try {
    let res = s.solve(new Float64Array(cols.length), 1);
    if (res.status === 'infeasible') return null;
    if (res.status === 'optimal' && integralWhereNeeded(c, cols, res.x)) return res.x;
    res = s.solve(new Float64Array(cols.length), 1, true);
    if (res.status === 'optimal' && integralWhereNeeded(c, cols, res.x)) return res.x;
    if (res.status === 'infeasible') return null;
  } finally {
    s.dispose();
  }
  const d = withDomains(highs, c, cols, outer, null, 1);
  return d === null ? null : d.x;
}

/** The most columns of a part {@link solvePoint} first tries at its least values. */
const SMALL_POINT = 8;

/** Whether a row holds at `x` (to the solver's feasibility tolerance, 1e-7). */
function holdsAt(r: LpRow, x: Float64Array): boolean {
  let sum = 0;
  for (let k = 0; k < r.cols.length; k++) sum += (r.coefs[k] ?? 0) * (x[r.cols[k] ?? 0] ?? 0);
  return sum >= r.lower - 1e-7 && sum <= r.upper + 1e-7;
}

/** The exact range of a target over integral, in-domain tables of its part (a MIP with a binary per piece of a count's domain). */
export function mipRange(
  highs: Awaited<ReturnType<typeof loadSolver>>,
  c: Constraints,
  cols: readonly number[],
  t: Target,
  outer: Witnesses,
): [number, number] | null {
  const lo = withDomains(highs, c, cols, outer, t, 1);
  const hi = withDomains(highs, c, cols, outer, t, -1);
  if (lo === null || hi === null) return null;
  return [lo.objective, hi.objective];
}

/** A feasible integral table with every count within its rule's domain (a binary per piece), minimising or maximising a target when one is given; null when there is none. @internal */
export function withDomains(
  highs: Awaited<ReturnType<typeof loadSolver>>,
  c: Constraints,
  cols: readonly number[],
  outer: Witnesses,
  t: Target | null,
  sense: 1 | -1,
): { x: Float64Array; objective: number } | null {
  const base = buildLp(c, cols, new Float64Array(c.state.model.vars.length), outer, 'outer', true);
  const colLower = [...base.data.colLower];
  const colUpper = [...base.data.colUpper];
  const integer = [...base.data.integer];
  const rows = [...base.data.rows];
  cols.forEach((id, k) => {
    const d = c.domain[id];
    if (d === null || d === undefined || d.length < 2) return;
    choosePiece({ colLower, colUpper, integer, rows }, k, d);
  });
  const s = new LpSession(highs, { colLower, colUpper, integer, rows });
  try {
    const objective = t === null ? new Map<number, number>() : objectiveOf(t, base.index);
    const res = s.solve(objective, sense, true);
    if (res.status === 'unbounded') return { x: new Float64Array(cols.length), objective: sense === 1 ? -Infinity : Infinity };
    if (res.status !== 'optimal') return null;
    return { x: res.x.slice(0, cols.length), objective: res.objective };
  } finally {
    s.dispose();
  }
}
