/**
 * Conditions that must hold on every table a reader cannot rule out (ANON-3, ANON-7): used by `publish` for shares the published figures determine. @internal
 */
import type { Constraints } from './constraints.js';
import { LpSession, loadSolver } from './solver.js';
import { type Target, type Witnesses, EPS, hashSeed } from './witnesses.js';
import { buildLp, neighbourhood, objectiveOf } from './lpBuild.js';
import type { Highs } from 'highs';
import { propagate } from './propagate.js';
import { partition } from './partition.js';

/**
 * A condition on every table the constraints allow: `Σ coefs × vars ≥ bound` (`sense` 1) or `≤ bound`
 * (−1).
 * @internal
 */
export interface TableCondition {
  readonly vars: readonly number[];
  readonly coefs: readonly number[];
  readonly sense: 1 | -1;
  readonly bound: number;
}

/**
 * Whether each check (all of its conditions) holds on every table of the LP relaxation (an integer
 * expression's end rounded inward). One programme per connected part of the table, shared by its
 * checks; a few tables in random directions refute most checks before any condition is solved on
 * its own, and a check stops at its first failing condition. With `point` (a possible table), the
 * checks in a part of more than `nearbyPart` columns (default 2 000) are first tried in small
 * programmes around their figures, with the same answers: batches of neighbouring checks of counts
 * broken together (`refuteNearby`), then each check left on its own (`decideNearby`). With `seen`
 * (the ends of the tables seen so far: possible tables), a check one of them breaks is refuted first.
 * @internal
 */
export async function holdsOnEveryTable(
  c: Constraints,
  checks: readonly (readonly TableCondition[])[],
  options: { readonly point?: Float64Array; readonly nearbyPart?: number; readonly seen?: Witnesses } = {},
): Promise<boolean[]> {
  const { point, nearbyPart = NEARBY_PART, seen } = options;
  const out = checks.map(() => true);
  if (checks.length === 0) return out;
  const highs = await loadSolver();
  const { model } = c.state;
  const n = model.vars.length;
  const fixed = (id: number): boolean => (c.upper[id] ?? 0) - (c.lower[id] ?? 0) <= 0;
  const parts = partition(c, n, (id) => !fixed(id));
  // the propagated bounds: implied by the rows, they keep the random tables finite
  const outer = propagate(c);
  if (outer === null) return checks.map(() => false);
  const holds = (cond: TableCondition, value: number): boolean => {
    const integer = cond.vars.every((id) => model.vars[id]?.integer === true);
    const v = integer ? (cond.sense === 1 ? Math.ceil(value - EPS) : Math.floor(value + EPS)) : value;
    return cond.sense === 1 ? v >= cond.bound - EPS : v <= cond.bound + EPS;
  };
  // a check some table seen breaks: refuted without a programme (in the tests' 1 000-unit employer,
  // 650 of the 727 checks `publish` asks about its shares)
  if (seen !== undefined)
    checks.forEach((check, k) => {
      if (check.some((cond) => brokenBySeen(cond, seen, outer, holds))) out[k] = false;
    });
  // the checks of each set of parts (a check over several parts: their union)
  const byParts = new Map<string, number[]>();
  checks.forEach((check, k) => {
    if (!out[k]) return;
    const roots = new Set<number>();
    for (const cond of check) for (const id of cond.vars) if (!fixed(id)) roots.add(parts.find(id));
    if (roots.size === 0) {
      out[k] = check.every((cond) =>
        holds(
          cond,
          cond.vars.reduce((sum, id, j) => sum + (cond.coefs[j] ?? 0) * (c.lower[id] ?? 0), 0),
        ),
      );
      return;
    }
    const key = [...roots].sort((a, b) => a - b).join(',');
    const list = byParts.get(key);
    if (list === undefined) byParts.set(key, [k]);
    else list.push(k);
  });
  for (const [key, all] of byParts) {
    const cols = key.split(',').flatMap((r) => parts.members.get(Number(r)) ?? []);
    // in a large part, tables around batches of neighbouring checks first (each table breaks many
    // of them at once), then a small programme around each check left
    const large = point !== undefined && cols.length > nearbyPart;
    const refuted = large ? refuteNearby(highs, c, checks, all, point, outer, holds, fixed) : new Set<number>();
    for (const k of refuted) out[k] = false;
    const ks = !large
      ? all
      : all.filter((k) => {
          if (refuted.has(k)) return false;
          const answer = decideNearby(highs, c, checks[k] ?? [], point, outer, holds, fixed);
          if (answer !== null) out[k] = answer;
          return answer === null;
        });
    if (ks.length === 0) continue;
    const lp = buildLp(c, cols, new Float64Array(n), outer, 'outer', true);
    const session = new LpSession(highs, lp.data);
    const valueAt = (cond: TableCondition, x: Float64Array | null): number =>
      cond.vars.reduce((sum, id, j) => {
        const col = lp.index.get(id);
        return sum + (cond.coefs[j] ?? 0) * (col === undefined || x === null ? (c.lower[id] ?? 0) : (x[col] ?? 0));
      }, 0);
    try {
      const open = new Set(ks);
      // every table the programme returns refutes the open checks it breaks
      const refute = (x: Float64Array): void => {
        for (const k of open) {
          if (!(checks[k] ?? []).every((cond) => holds(cond, valueAt(cond, x)))) {
            out[k] = false;
            open.delete(k);
          }
        }
      };
      if (open.size >= 4 && cols.length >= 8) {
        // random tables: one moving every figure, then two moving the amounts alone
        let seed = hashSeed(cols[0] ?? 0);
        for (let round = 0; round < 3 && open.size > 0; round++) {
          const cost = new Float64Array(cols.length);
          for (let j = 0; j < cols.length; j++) {
            seed = (seed * 1103515245 + 12345) >>> 0;
            const v = model.vars[cols[j] ?? 0];
            const scale = v === undefined || v.kind === 'count' ? (round === 0 ? 1 : 0) : 1 / Math.max(1, v.persons ?? 1) / 1000;
            cost[j] = (seed & 0x10000 ? 1 : -1) * scale;
          }
          const res = session.solve(cost, 1);
          if (res.status === 'optimal') refute(res.x);
        }
        // then tables towards breaking every open check's condition at each position at once (as
        // `refuteNearby` does): in the tests' 200-unit employer, 27 solves for a part's 126 checks instead of 35
        const positions = positionsOf(checks, open);
        for (let q = 0; q < positions * NEARBY_ROUNDS && open.size >= 4; q++) {
          const cost = breakingCost(checks, open, q % positions, lp.index, cols.length);
          if (cost === null) continue;
          const res = session.solve(cost, 1);
          if (res.status === 'optimal') refute(res.x);
        }
      }
      for (const k of ks) {
        if (!open.has(k)) continue;
        for (const cond of checks[k] ?? []) {
          const res = session.solve(objectiveOf({ vars: cond.vars, coefs: cond.coefs } as Target, lp.index), cond.sense);
          if (res.status !== 'optimal' || !holds(cond, res.objective + fixedPart(c, cond, lp.index))) {
            out[k] = false;
            open.delete(k);
          }
          if (res.status === 'optimal') refute(res.x);
          if (!open.has(k)) break;
        }
        open.delete(k);
      }
    } finally {
      session.dispose();
    }
  }
  return out;
}

/**
 * Whether a table seen breaks a condition. For each of its figures, the table that gave the figure's
 * lowest (or highest) value seen: its other figures are somewhere within their outer bounds (every
 * table is), so when the condition fails even with them at the ends most favourable to it, it fails
 * on that table, a table of the relaxation (a table seen is possible: an analysis' or a protection's
 * witness).
 */
function brokenBySeen(cond: TableCondition, seen: Witnesses, outer: Witnesses, holds: (cond: TableCondition, value: number) => boolean): boolean {
  const n = cond.vars.length;
  for (let j = 0; j < n; j++) {
    // the condition's value at that table, at its most favourable to the condition
    let value = 0;
    for (let i = 0; i < n; i++) {
      const a = cond.coefs[i] ?? 0;
      const id = cond.vars[i] ?? 0;
      // (the side that favours the condition: high for a positive coefficient of a lower bound)
      const favourHigh = a >= 0 === (cond.sense === 1);
      const x = i === j ? (favourHigh ? seen.lo[id] : seen.hi[id]) : favourHigh ? outer.hi[id] : outer.lo[id];
      value += a * (x ?? NaN);
    }
    if (Number.isFinite(value) && !holds(cond, value)) return true;
  }
  return false;
}

/** The neighbourhood of a batch of checks' figures that `refuteNearby` solves over (rows away from them). */
const NEARBY_RADIUS = 2;
/**
 * The neighbourhoods of a check's figures that `decideNearby` solves over, one after the other. On
 * the tests' 4 000-unit employer three checks of its shares were left open within radius 2, and each
 * took its whole part's programme (16 600 columns, 0.6 s in all); within radius 4 (2 600 columns)
 * each is decided.
 */
const NEARBY_RADII = [2, 4] as const;
/** Parts of more columns than this are worked on around each check first (a programme of the whole part costs more per check). */
const NEARBY_PART = 2000;

/** Checks of counts that `refuteNearby` breaks together, and how many times it tries each condition. */
const NEARBY_BATCH = 64;
const NEARBY_ROUNDS = 2;

/**
 * The checks of counts (of `ks`) that tables around batches of neighbouring checks break: one
 * programme over the union of a batch's neighbourhoods (radius `NEARBY_RADIUS`), the figures outside
 * at `point` and every column within its outer bounds, solved for each condition position in turn
 * (twice over) in the direction that breaks that condition of every open check of the batch at
 * once. Each solution is a table of the whole part's relaxation, so a check it breaks is one the
 * whole part's programme would refute too: the answers are those of `decideNearby` and the whole
 * part's programme, reached with one programme per batch instead of two per check. (On the tests'
 * 4 000-unit employer it breaks 1 302 of 1 564 checks, in a third of a second.) Checks of amounts
 * (a pay ratio) are left to `decideNearby`: on that employer the solver called their batch's
 * programme (sums of pay beside counts) infeasible, a numerical failure that only cost time.
 */
function refuteNearby(
  highs: Highs,
  c: Constraints,
  checks: readonly (readonly TableCondition[])[],
  ks: readonly number[],
  point: Float64Array,
  outer: Witnesses,
  holds: (cond: TableCondition, value: number) => boolean,
  fixed: (id: number) => boolean,
): Set<number> {
  const refuted = new Set<number>();
  const { vars } = c.state.model;
  // neighbours first: the table's variables are numbered cell by cell, unit by unit
  const order = ks
    .map((k) => ({ k, free: [...new Set((checks[k] ?? []).flatMap((cond) => cond.vars.filter((id) => !fixed(id))))] }))
    .filter((e) => e.free.length > 0 && (checks[e.k] ?? []).every((cond) => cond.vars.every((id) => vars[id]?.integer === true)))
    .sort((a, b) => Math.min(...a.free) - Math.min(...b.free) || a.k - b.k);
  for (let from = 0; from < order.length; from += NEARBY_BATCH) {
    const batch = order.slice(from, from + NEARBY_BATCH);
    const cols = neighbourhood(c, [...new Set(batch.flatMap((e) => e.free))], NEARBY_RADIUS, fixed);
    const lp = buildLp(c, cols, point, outer, 'inner', true);
    // within the outer bounds too: with the outside at `point` (a table, so within them), a table of the whole part's relaxation
    const colLower = lp.data.colLower.map((lo, j) => Math.max(lo, outer.lo[cols[j] ?? 0] ?? -Infinity));
    const colUpper = lp.data.colUpper.map((hi, j) => Math.max(colLower[j] ?? 0, Math.min(hi, outer.hi[cols[j] ?? 0] ?? Infinity)));
    const session = new LpSession(highs, { ...lp.data, colLower, colUpper });
    // (every figure of a check is a column: the neighbourhood starts from them)
    const valueAt = (cond: TableCondition, x: Float64Array): number =>
      cond.vars.reduce((sum, id, j) => sum + (cond.coefs[j] ?? 0) * (x[lp.index.get(id) ?? -1] ?? c.lower[id] ?? 0), 0);
    try {
      const positions = positionsOf(
        checks,
        batch.map((e) => e.k),
      );
      for (let q = 0; q < positions * NEARBY_ROUNDS; q++) {
        const open = batch.filter((e) => !refuted.has(e.k)).map((e) => e.k);
        const cost = breakingCost(checks, open, q % positions, lp.index, cols.length);
        if (cost === null) continue;
        const res = session.solve(cost, 1);
        if (res.status !== 'optimal') continue;
        for (const k of open) if (!(checks[k] ?? []).every((cond) => holds(cond, valueAt(cond, res.x)))) refuted.add(k);
      }
    } finally {
      session.dispose();
    }
  }
  return refuted;
}

/** The most conditions of one of the checks `ks`. */
function positionsOf(checks: readonly (readonly TableCondition[])[], ks: Iterable<number>): number {
  let most = 0;
  for (const k of ks) most = Math.max(most, (checks[k] ?? []).length);
  return most;
}

/**
 * An objective towards breaking, at once, the condition at position `p` of each of the checks
 * `ks`: down for "at least", up for "at most", each condition weighted alike (its largest
 * coefficient 1). Null when none of them has such a condition over the programme's columns.
 */
function breakingCost(
  checks: readonly (readonly TableCondition[])[],
  ks: Iterable<number>,
  p: number,
  index: ReadonlyMap<number, number>,
  numCols: number,
): Float64Array | null {
  const cost = new Float64Array(numCols);
  let any = false;
  for (const k of ks) {
    const cond = checks[k]?.[p];
    if (cond === undefined) continue;
    const scale = Math.max(1e-12, ...cond.coefs.map((a) => Math.abs(a)));
    for (let j = 0; j < cond.vars.length; j++) {
      const col = index.get(cond.vars[j] ?? -1);
      if (col === undefined) continue;
      cost[col] = (cost[col] ?? 0) + (cond.sense * (cond.coefs[j] ?? 0)) / scale;
      any = true;
    }
  }
  return any ? cost : null;
}

/**
 * Decides a check with a small programme around its figures when it can, before it is solved over
 * its whole part of the table: a table found with the figures outside the neighbourhood at `point`
 * (a possible table) that breaks a condition refutes the check (false); every condition holding
 * with the outside relaxed to its outer bounds (a relaxation of the whole) proves it (true). Either
 * way the answer is the whole part's; null when neither decides within any of `NEARBY_RADII`.
 */
function decideNearby(
  highs: Highs,
  c: Constraints,
  check: readonly TableCondition[],
  point: Float64Array,
  outer: Witnesses,
  holds: (cond: TableCondition, value: number) => boolean,
  fixed: (id: number) => boolean,
): boolean | null {
  const start = [...new Set(check.flatMap((cond) => cond.vars.filter((id) => !fixed(id))))];
  // each condition at its worst end (its columns' part plus the fixed figures' at their value), until
  // one decides: a possible table (inner) that breaks one refutes the check; the relaxation (outer)
  // proves it only when every condition holds at its end
  const anyEnd = (cols: readonly number[], mode: 'inner' | 'outer', stop: (cond: TableCondition, end: number | null) => boolean): boolean => {
    const lp = buildLp(c, cols, point, outer, mode, true);
    const session = new LpSession(highs, lp.data);
    try {
      return check.some((cond) => {
        const res = session.solve(objectiveOf({ vars: cond.vars, coefs: cond.coefs } as Target, lp.index), cond.sense);
        return stop(cond, res.status === 'optimal' ? res.objective + fixedPart(c, cond, lp.index) : null);
      });
    } finally {
      session.dispose();
    }
  };
  for (const radius of NEARBY_RADII) {
    const cols = neighbourhood(c, start, radius, fixed);
    if (anyEnd(cols, 'inner', (cond, end) => end !== null && !holds(cond, end))) return false;
    if (!anyEnd(cols, 'outer', (cond, end) => end === null || !holds(cond, end))) return true;
  }
  return null;
}

/** A condition's part over the figures outside a programme's columns: fixed, so a constant (at their value). */
function fixedPart(c: Constraints, cond: TableCondition, index: ReadonlyMap<number, number>): number {
  return cond.vars.reduce((sum, id, j) => sum + (index.has(id) ? 0 : (cond.coefs[j] ?? 0) * (c.lower[id] ?? 0)), 0);
}
