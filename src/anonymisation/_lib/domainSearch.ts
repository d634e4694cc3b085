/**
 * Integral tables within the counts' domains (ANON-7): a feasible table, and a value's exact range as mixed-integer programmes. @internal
 */
import type { Constraints } from './constraints.js';
import { LpSession, type loadSolver } from './solver.js';
import { type Target, type Witnesses, integralWhereNeeded } from './witnesses.js';
import { buildLp, choosePiece, objectiveOf } from './lpBuild.js';

/** A feasible, integral, in-domain table of one part (null when the part's figures contradict each other). */
export function solvePoint(highs: Awaited<ReturnType<typeof loadSolver>>, c: Constraints, cols: readonly number[], outer: Witnesses): Float64Array | null {
  const zero = new Float64Array(cols.length);
  const lp = buildLp(c, cols, zero, outer, 'outer');
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
  const base = buildLp(c, cols, new Float64Array(c.state.model.vars.length), outer, 'outer');
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
