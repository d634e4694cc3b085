/**
 * The attacker (ANON-7) on a hidden average of parental-leave weeks: the weeks W over the persons P
 * (DEF-PL), judged over every head count P can be (each an integer: the range of W at each), in the
 * programme of the value's connected part of the table with the outside within its outer bounds.
 * @internal
 */
import type { Highs } from 'highs';
import type { Constraints } from './constraints.js';
import { buildLp, dualRows } from './lpBuild.js';
import { chain } from './partition.js';
import { LpSession } from './solver.js';
import { EPS, judge, unique, type Target, type TargetResult, type Witnesses } from './witnesses.js';

/** An average of weeks: W / P over the persons P can be (each P an integer: the range of W at each). @internal */
export function decideWeeks(
  highs: Highs,
  c: Constraints,
  t: Target,
  part: readonly number[],
  tables: { readonly point: Float64Array; readonly outer: Witnesses },
  fixed: (id: number) => boolean,
): TargetResult {
  const { point, outer } = tables;
  const { policy } = c.state;
  const w = t.vars[0] ?? -1;
  const p = t.main.personsVar ?? -1;
  const cols = part.length > 0 ? [...part] : [];
  if (!cols.includes(w) && !fixed(w)) cols.push(w);
  const pLo = Math.ceil((outer.lo[p] ?? 0) - EPS);
  const pHi = Math.floor((outer.hi[p] ?? 0) + EPS);
  if (t.kind !== 'value') {
    const n = t.persons;
    if (!(n > 0 && n < policy.parentalLeaveMinPersons)) return { target: t, disclosed: false, criterion: null, lower: NaN, upper: NaN, via: [] };
  }
  const values: number[] = [];
  if (pHi - pLo > 40) {
    // many possible head counts: judge the outer box
    const a = (outer.lo[w] ?? 0) / Math.max(pHi, 1);
    const b = (outer.hi[w] ?? Infinity) / Math.max(pLo, 1);
    const crit = judge(t, a, b, 1, policy);
    return { target: t, disclosed: crit !== null, criterion: crit, lower: a, upper: b, via: crit === null ? [] : chain(c, t, outer) };
  }
  const lpCols = cols.length > 0 ? cols : [w];
  // (with the persons outside the programme, only their one value is judged: none when it is 0)
  const personsIn = lpCols.includes(p);
  for (let k = Math.max(pLo, 1); k <= pHi; k++) if (personsIn || k === Math.round(outer.lo[p] ?? 0)) values.push(k);
  if (values.length === 0) return { target: t, disclosed: false, criterion: null, lower: NaN, upper: NaN, via: [] };
  const lp = buildLp(c, lpCols, point, outer, 'outer');
  const session = new LpSession(highs, lp.data);
  let a = Infinity;
  let b = -Infinity;
  const via: number[] = [];
  try {
    const pc = lp.index.get(p);
    const wc = lp.index.get(w);
    const objective = new Map<number, number>(wc === undefined ? [] : [[wc, 1]]);
    for (const k of values) {
      if (pc !== undefined) session.setBounds(pc, k, k);
      const lo = session.solve(objective, 1);
      const hi = session.solve(objective, -1);
      if (lo.status !== 'optimal' && lo.status !== 'unbounded') continue;
      a = Math.min(a, (lo.status === 'optimal' ? lo.objective : -Infinity) / k);
      b = Math.max(b, (hi.status === 'optimal' ? hi.objective : Infinity) / k);
      via.push(...dualRows(lo, lp.rowIds), ...dualRows(hi, lp.rowIds));
    }
  } finally {
    session.dispose();
  }
  if (!(a <= b)) return { target: t, disclosed: false, criterion: null, lower: NaN, upper: NaN, via: [] };
  const crit = judge(t, a, b, 1, policy);
  return { target: t, disclosed: crit !== null, criterion: crit, lower: a, upper: b, via: crit === null ? [] : unique(via) };
}
