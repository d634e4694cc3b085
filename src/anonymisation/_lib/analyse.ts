/**
 * The attacker (ANON-7): for every hidden value, the interval a reader can narrow it to from
 * everything published — each figure an interval of its rounding, counts integers within 0 … the
 * cell's head count and within the values their rule allows, every relation of the table — and
 * whether that interval discloses it.
 *
 * Two bounds meet in the middle, so most values are decided without solving for them one by one:
 * - outer (what the reader can prove): bound propagation over the rows, then linear programmes
 *   (HiGHS) over the value's part of the table; an outer interval that is a single value, or
 *   narrower than the tolerance, is a disclosure;
 * - inner (what the reader cannot rule out): feasible tables — the true one when `publish` asks,
 *   otherwise one solved for — and the solutions of linear programmes in random and in the value's
 *   own directions, kept only when they are integral where counts are; an inner interval wide
 *   enough proves the value safe.
 * Where neither decides, the value's whole connected part of the table is solved as a mixed-integer
 * programme. Every table is split into connected parts first, and large parts are worked on in
 * neighbourhoods of the value (a neighbourhood with everything outside fixed at a feasible table
 * gives inner bounds, one with the outside relaxed to its outer bounds gives outer bounds).
 * @internal
 */
import type { PublicationPolicy } from '../policy.js';
import { countFails, pieceOf } from './domains.js';
import { isUnknown, type Constraints } from './constraints.js';
import { LpSession, loadSolver, type LpData, type LpResult, type LpRow } from './solver.js';
import type { TableVar } from './tableModel.js';

/** A linear expression that must not be disclosed: a hidden value, a unit's own staff, or the sum of several hidden cells. @internal */
export interface Target {
  readonly key: string;
  readonly kind: 'value' | 'remainder' | 'combination';
  /** The value (or the first cell of a combination). */
  readonly main: TableVar;
  readonly vars: readonly number[];
  readonly coefs: readonly number[];
  /** Persons behind the expression (pay: Σ persons with pay; counts: the base). */
  readonly persons: number;
  /** A count of a group smaller than the threshold: the least and most it can be from the published "none"/"all" figures alone. */
  readonly ends?: readonly [number, number];
  /**
   * A mean whose women's share of men's pay is hidden with it: the width (in NOK) its interval needs
   * so that the share is not known to its published decimal either.
   */
  readonly minWidth?: number;
}

/** How a value is disclosed. @internal */
export type Criterion = 'exact' | 'within-tolerance' | 'all-or-none' | 'undetermined';

/** The verdict on one target. @internal */
export interface TargetResult {
  readonly target: Target;
  readonly disclosed: boolean;
  readonly criterion: Criterion | null;
  /** The reader's interval of the value (count, mean or average), when disclosed. */
  readonly lower: number;
  readonly upper: number;
  /** Rows (indexes into the constraints' rows) that bound it, when disclosed. */
  readonly via: readonly number[];
}

/** Amounts near zero: an interval inside ± this many NOK (pay) or weeks is a disclosure ("about nothing"). @internal */
export const NEAR_ZERO = { pay: 0.5, weeks: 0.5 } as const;

const EPS = 1e-6;
/** Parts up to this many unknowns are solved whole, in one programme for all their targets. */
const SMALL_PART = 400;
const isIntegral = (x: number): boolean => Math.abs(x - Math.round(x)) <= EPS;

/** Inner intervals of every variable: the range seen over feasible tables (witnesses). @internal */
export interface Witnesses {
  readonly lo: Float64Array;
  readonly hi: Float64Array;
}

/** A fresh set of witnesses from one feasible table. @internal */
export function witnessesFrom(point: Float64Array): Witnesses {
  return { lo: Float64Array.from(point), hi: Float64Array.from(point) };
}

/**
 * Judges an interval of a target's expression: the criterion it fails, or null when safe.
 * `lo`/`hi` are in the expression's unit (a count, a sum of pay, a sum of weeks); `divisor` turns
 * a sum into a mean.
 * @internal
 */
export function judge(t: Target, lo: number, hi: number, divisor: number, policy: PublicationPolicy): Criterion | null {
  const v = t.main;
  if (v.kind === 'count') {
    const single = hi - lo < 0.5;
    if (t.kind === 'value') {
      if (single) return 'exact';
      // a small group (fewer persons than the threshold): the reader must not tell all from none
      if (t.ends !== undefined && !(lo <= t.ends[0] + 0.5 && hi >= t.ends[1] - 0.5)) return 'all-or-none';
      return null;
    }
    // a unit's own staff: disclosed when pinned and small (ANON-2's rule on the remainder)
    return single && countFails(v, Math.round(lo), policy, t.persons) ? 'exact' : null;
  }
  const threshold = v.kind === 'pay' ? policy.payMinPersons : policy.parentalLeaveMinPersons;
  if (t.kind !== 'value' && !(t.persons > 0 && t.persons < threshold)) return null;
  if (!(divisor > 0)) return null;
  const a = lo / divisor;
  const b = hi / divisor;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  const unit = v.kind === 'pay' ? 0.01 : 0.1;
  // an interval one published unit wide holds one published value (its ends are the rounding's closure)
  if (b - a <= unit * (1 + 1e-6)) return 'exact';
  const mid = (a + b) / 2;
  const tol = policy.recoveryTolerancePercent / 100;
  if ((b - a) / 2 <= tol * Math.abs(mid)) return 'within-tolerance';
  const floor = v.kind === 'pay' ? NEAR_ZERO.pay : NEAR_ZERO.weeks;
  if (Math.max(Math.abs(a), Math.abs(b)) <= floor) return 'within-tolerance';
  // the hidden women's share of men's pay would follow to its published decimal
  if (t.minWidth !== undefined && b - a <= t.minWidth) return 'within-tolerance';
  return null;
}

/** The divisor of a target's sum: persons with pay, or the persons of a weeks sum (its point value). */
function divisorOf(t: Target, point: Float64Array | null, outer: Witnesses): number {
  if (t.main.kind === 'pay') return t.persons;
  if (t.main.kind === 'weeks') {
    const p = t.main.personsVar;
    if (p === null) return 0;
    const lo = outer.lo[p] ?? 0;
    const hi = outer.hi[p] ?? 0;
    if (hi - lo < 0.5) return Math.round(lo);
    return point === null ? Math.round(lo) : (point[p] ?? 0);
  }
  return 1;
}

/** The analysis of one state of a table. @internal */
export interface Analysis {
  readonly results: readonly TargetResult[];
  /** A feasible table (the given one, or one solved for); null when the published figures contradict each other. */
  readonly point: Float64Array | null;
  /** Rows that contradict each other when the table is inconsistent. */
  readonly inconsistent: boolean;
  /** Outer intervals of every variable. */
  readonly outer: Witnesses;
  /** Inner intervals of every variable. */
  readonly inner: Witnesses;
}

/**
 * Decides every target in a state. `point` is a feasible table when the caller knows one (publish:
 * the truth); `inner` carries witnesses from earlier states (still feasible: a later state only
 * hides more). `only` limits the work to the targets listed.
 * @internal
 */
export async function analyse(c: Constraints, targets: readonly Target[], options: { readonly point?: Float64Array; readonly inner?: Witnesses; readonly pointOnly?: boolean } = {}): Promise<Analysis> {
  const highs = await loadSolver();
  const { model, policy } = c.state;
  const nVars = model.vars.length;
  // only a feasible table wanted: the bounds as they are (propagation narrows, it never finds more tables)
  const propagated = options.pointOnly === true ? { lo: c.lower, hi: c.upper, loBy: new Int32Array(nVars).fill(-1), hiBy: new Int32Array(nVars).fill(-1) } : propagate(c);
  if (propagated === null) return { results: [], point: null, inconsistent: true, outer: { lo: c.lower, hi: c.upper }, inner: { lo: c.lower, hi: c.upper } };
  const outer: NonNullable<typeof propagated> = propagated;

  // ---- connected parts -----------------------------------------------------------------------
  // A published amount is an interval of its rounding: the parts are connected through the values a
  // reader does not know (hidden, own staff), and each part's programme takes the published amounts
  // around it as columns within their intervals. A feasible table needs every relation at once: its
  // parts are connected through every figure that is not fixed.
  const fixed = (id: number): boolean => (c.upper[id] ?? 0) - (c.lower[id] ?? 0) <= 0;
  const unknown = (id: number): boolean => {
    const v = model.vars[id];
    return v !== undefined && !fixed(id) && isUnknown(c.state, v);
  };
  const feasibility = partition(c, nVars, (id) => !fixed(id));
  const parts = partition(c, nVars, unknown);
  const find = parts.find;
  const members = parts.members;
  /** A part's columns: its unknowns and the published amounts that share a relation with them. */
  const colsCache = new Map<number, number[]>();
  const colsOf = (root: number): number[] => {
    const cached = colsCache.get(root);
    if (cached !== undefined) return cached;
    const own = members.get(root) ?? [];
    const out = [...own];
    const seen = new Set(own);
    for (const id of own) {
      for (const ri of c.rowsOf[id] ?? []) {
        for (const other of c.rows[ri]?.vars ?? []) {
          if (seen.has(other) || fixed(other)) continue;
          seen.add(other);
          out.push(other);
        }
      }
    }
    colsCache.set(root, out);
    return out;
  };

  // ---- a feasible table ----------------------------------------------------------------------
  let point: Float64Array;
  if (options.point !== undefined) point = options.point;
  else {
    point = new Float64Array(nVars);
    for (let i = 0; i < nVars; i++) point[i] = c.lower[i] ?? 0;
    // every part: an inconsistent table is unreadable
    for (const root of feasibility.members.keys()) {
      const cols = feasibility.members.get(root) ?? [];
      const found = solvePoint(highs, c, cols, outer);
      if (found === null) return { results: [], point: null, inconsistent: true, outer, inner: outer };
      cols.forEach((id, k) => (point[id] = found[k] ?? 0));
    }
  }
  const inner = options.inner ?? witnessesFrom(point);


  // ---- decide each target ----------------------------------------------------------------------
  const results: TargetResult[] = [];
  const pending: Target[] = [];
  for (const t of targets) {
    const div = divisorOf(t, point, outer);
    const [olo, ohi] = exprRange(t, outer);
    const oc = judge(t, olo, ohi, div, policy);
    if (oc !== null && t.main.kind !== 'weeks') {
      results.push({ target: t, disclosed: true, criterion: oc, lower: olo / div, upper: ohi / div, via: chain(c, t, outer) });
      continue;
    }
    const [ilo, ihi] = seenRange(t, inner, null);
    if (t.vars.length === 1 && judge(t, ilo, ihi, div, policy) === null && t.main.kind !== 'weeks') {
      results.push({ target: t, disclosed: false, criterion: null, lower: ilo / div, upper: ihi / div, via: [] });
      continue;
    }
    pending.push(t);
  }

  // random directions over the large parts: one solve moves many values at once
  const byPart = new Map<number, Target[]>();
  for (const t of pending) {
    const id = t.vars.find((x) => unknown(x));
    if (id === undefined) continue;
    const r = find(id);
    const list = byPart.get(r);
    if (list === undefined) byPart.set(r, [t]);
    else list.push(t);
  }
  // each part: a few solves in random directions first (each moves many values at once), then each
  // target not yet shown safe by the tables seen; small parts in one programme for all their targets
  const decided = new Set<Target>();
  for (const [root, ts] of byPart) {
    const cols = colsOf(root);
    const small = cols.length <= SMALL_PART;
    if (!small && (cols.length < 24 || ts.length < 8)) continue;
    const lp = buildLp(c, cols, point, outer, small ? 'outer' : 'inner');
    const session = new LpSession(highs, lp.data);
    try {
      if (ts.length >= 4 && cols.length >= 8) {
        let seed = hashSeed(root);
        for (let k = 0; k < 3; k++) {
          const cost = new Float64Array(cols.length);
          for (let j = 0; j < cols.length; j++) {
            seed = (seed * 1103515245 + 12345) >>> 0;
            const v = model.vars[cols[j] ?? 0];
            const scale = v === undefined || v.kind === 'count' ? 1 : 1 / Math.max(1, v.persons ?? 1) / 1000;
            cost[j] = (seed & 0x10000 ? 1 : -1) * scale;
          }
          const res = session.solve(cost, 1);
          if (res.status === 'optimal') recordWitness(c, cols, res.x, inner);
        }
      }
      if (!small) continue;
      for (const t of ts) {
        if (t.main.kind === 'weeks') continue;
        decided.add(t);
        const div = divisorOf(t, point, outer);
        const [ilo, ihi] = seenRange(t, inner, null);
        if (t.vars.length === 1 && judge(t, ilo, ihi, div, policy) === null) {
          results.push({ target: t, disclosed: false, criterion: null, lower: ilo / div, upper: ihi / div, via: [] });
          continue;
        }
        results.push(decideInPart(t, session, cols, lp.index, lp.rowIds));
      }
    } finally {
      session.dispose();
    }
  }
  for (const t of pending) if (!decided.has(t)) results.push(decide(t));
  results.sort((a, b) => (a.target.key < b.target.key ? -1 : a.target.key > b.target.key ? 1 : 0));
  return { results, point, inconsistent: false, outer, inner };

  /** A target of a small part: the programme's minimum and maximum are the reader's exact LP bounds. */
  function decideInPart(t: Target, session: LpSession, cols: readonly number[], index: ReadonlyMap<number, number>, rowIds: readonly number[]): TargetResult {
    const div = divisorOf(t, point, outer);
    const objective = objectiveOf(t, index);
    const ends: LpResult[] = [];
    const at = exprAt(t, point);
    const seen = { lo: at, hi: at };
    for (const sense of [1, -1] as const) {
      const res = session.solve(objective, sense);
      ends.push(res);
      if (res.status === 'optimal' && recordWitness(c, cols, res.x, inner)) see(seen, res.objective);
      else if (res.status === 'unbounded' && t.coefs.every((a) => a > 0)) for (const id of t.vars) (sense === 1 ? inner.lo : inner.hi)[id] = sense === 1 ? -Infinity : Infinity;
    }
    const [lo, hi] = ends;
    if (lo === undefined || hi === undefined || lo.status === 'infeasible' || hi.status === 'infeasible' || lo.status === 'failed' || hi.status === 'failed') {
      return { target: t, disclosed: true, criterion: 'undetermined', lower: NaN, upper: NaN, via: [] };
    }
    let olo = lo.status === 'optimal' ? lo.objective : -Infinity;
    let ohi = hi.status === 'optimal' ? hi.objective : Infinity;
    if (t.main.kind === 'count') {
      olo = Math.ceil(olo - EPS);
      ohi = Math.floor(ohi + EPS);
    }
    const crit = judge(t, olo, ohi, div, policy);
    if (crit !== null) return { target: t, disclosed: true, criterion: crit, lower: olo / div, upper: ohi / div, via: unique([...dualRows(lo, rowIds), ...dualRows(hi, rowIds)]) };
    const [ilo, ihi] = seenRange(t, inner, seen);
    if (judge(t, ilo, ihi, div, policy) === null) return { target: t, disclosed: false, criterion: null, lower: ilo / div, upper: ihi / div, via: [] };
    // the LP's ends are not integral: the integer programme decides
    const exact: (number | null)[] = [];
    for (const sense of [1, -1] as const) {
      const res = session.solve(objective, sense, true);
      if (res.status === 'optimal') {
        recordWitness(c, cols, res.x, inner);
        exact.push(res.objective);
      } else exact.push(res.status === 'unbounded' ? (sense === 1 ? -Infinity : Infinity) : null);
    }
    const [elo, ehi] = exact;
    if (elo === null || ehi === null || elo === undefined || ehi === undefined) return { target: t, disclosed: true, criterion: 'undetermined', lower: olo / div, upper: ohi / div, via: [] };
    const crit2 = judge(t, elo, ehi, div, policy);
    return { target: t, disclosed: crit2 !== null, criterion: crit2, lower: elo / div, upper: ehi / div, via: crit2 === null ? [] : unique([...dualRows(lo, rowIds), ...dualRows(hi, rowIds)]) };
  }

  function decide(t: Target): TargetResult {
    const free = t.vars.filter((x) => unknown(x));
    const root = free.length > 0 ? find(free[0] ?? 0) : -1;
    const part = root >= 0 ? colsOf(root) : [];
    if (t.main.kind === 'weeks') return decideWeeks(t, part);
    const div = divisorOf(t, point, outer);
    const at = exprAt(t, point);
    const seen = { lo: at, hi: at };
    // widen the neighbourhood until inner or outer decides
    const radii = part.length <= SMALL_PART ? [Infinity] : [2, 4, 8, Infinity];
    let lastOuter: readonly [number, number] = exprRange(t, outer);
    let via: number[] = [];
    for (const radius of radii) {
      const cols = radius === Infinity ? part : neighbourhood(c, free, radius, fixed);
      // inner: the outside fixed at the feasible table, each count within its piece
      const inLp = buildLp(c, cols, point, outer, 'inner');
      const objective = objectiveOf(t, inLp.index);
      const s1 = new LpSession(highs, inLp.data);
      try {
        for (const sense of [1, -1] as const) {
          const res = s1.solve(objective, sense);
          if (res.status === 'optimal' && recordWitness(c, cols, res.x, inner)) see(seen, res.objective + fixedPart(t, inLp.index, point));
          // unbounded: the value can be as large (small) as any bound: every table is a witness beyond it
          else if (res.status === 'unbounded' && t.coefs.every((a) => a > 0)) for (const id of t.vars) (sense === 1 ? inner.lo : inner.hi)[id] = sense === 1 ? -Infinity : Infinity;
        }
      } finally {
        s1.dispose();
      }
      const [ilo, ihi] = seenRange(t, inner, seen);
      if (judge(t, ilo, ihi, div, policy) === null) return { target: t, disclosed: false, criterion: null, lower: ilo / div, upper: ihi / div, via: [] };
      // outer: the outside relaxed to its outer bounds (exact when the neighbourhood is the whole part)
      const outLp = buildLp(c, cols, point, outer, 'outer');
      const s2 = new LpSession(highs, outLp.data);
      const o = outLp.index;
      try {
        const lo = s2.solve(objectiveOf(t, o), 1);
        const hi = s2.solve(objectiveOf(t, o), -1);
        if (lo.status === 'infeasible' || hi.status === 'infeasible') return { target: t, disclosed: true, criterion: 'undetermined', lower: NaN, upper: NaN, via: [] };
        let olo = lo.status === 'optimal' ? lo.objective : -Infinity;
        let ohi = hi.status === 'optimal' ? hi.objective : Infinity;
        if (t.main.kind === 'count') {
          olo = Math.ceil(olo - EPS);
          ohi = Math.floor(ohi + EPS);
        }
        via = [...dualRows(lo, outLp.rowIds), ...dualRows(hi, outLp.rowIds)];
        lastOuter = [Math.max(olo, lastOuter[0]), Math.min(ohi, lastOuter[1])];
        const crit = judge(t, lastOuter[0], lastOuter[1], div, policy);
        if (crit !== null) return { target: t, disclosed: true, criterion: crit, lower: lastOuter[0] / div, upper: lastOuter[1] / div, via: unique(via) };
        if (radius === Infinity) {
          // the LP relaxation cannot pin it; integral (and in-domain) tables must confirm
          const sM = new LpSession(highs, inLp.data);
          try {
            for (const sense of [1, -1] as const) {
              const res = sM.solve(objectiveOf(t, inLp.index), sense, true);
              if (res.status === 'optimal' && recordWitness(c, cols, res.x, inner)) see(seen, res.objective + fixedPart(t, inLp.index, point));
            }
          } finally {
            sM.dispose();
          }
          const [jlo, jhi] = seenRange(t, inner, seen);
          if (judge(t, jlo, jhi, div, policy) === null) return { target: t, disclosed: false, criterion: null, lower: jlo / div, upper: jhi / div, via: [] };
          // the counts' pieces held the integral tables near the feasible one: try the whole domain
          const exact = mipRange(highs, c, cols, t, outer);
          if (exact !== null) {
            const crit2 = judge(t, exact[0], exact[1], div, policy);
            return crit2 === null
              ? { target: t, disclosed: false, criterion: null, lower: exact[0] / div, upper: exact[1] / div, via: [] }
              : { target: t, disclosed: true, criterion: crit2, lower: exact[0] / div, upper: exact[1] / div, via: unique(via) };
          }
          return { target: t, disclosed: true, criterion: 'undetermined', lower: lastOuter[0] / div, upper: lastOuter[1] / div, via: unique(via) };
        }
      } finally {
        s2.dispose();
      }
    }
    return { target: t, disclosed: true, criterion: 'undetermined', lower: lastOuter[0] / div, upper: lastOuter[1] / div, via: unique(via) };
  }

  /** An average of weeks: W / P over the persons P can be (each P an integer: the range of W at each). */
  function decideWeeks(t: Target, part: readonly number[]): TargetResult {
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
    for (let k = Math.max(pLo, 1); k <= pHi; k++) values.push(k);
    if (values.length === 0) return { target: t, disclosed: false, criterion: null, lower: NaN, upper: NaN, via: [] };
    const lp = buildLp(c, cols.length > 0 ? cols : [w], point, outer, 'outer');
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
        else if (k !== Math.round(outer.lo[p] ?? 0)) continue;
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
}

function unique(xs: readonly number[]): number[] {
  return [...new Set(xs)].sort((a, b) => a - b);
}

function hashSeed(x: number): number {
  return (x * 2654435761) >>> 0;
}

/**
 * The range of a target's expression over the tables seen: for one variable its interval over all
 * witnesses; for a sum of several, only the values of whole tables count (each variable's extremes
 * come from different tables), so `seen` carries them.
 */
function seenRange(t: Target, inner: Witnesses, seen: { lo: number; hi: number } | null): [number, number] {
  if (t.vars.length === 1) {
    const [a, b] = exprRange(t, inner);
    return seen === null ? [a, b] : [Math.min(a, seen.lo), Math.max(b, seen.hi)];
  }
  return seen === null ? [NaN, NaN] : [seen.lo, seen.hi];
}

/** Notes the value of a target's expression in a table (a valid solution). */
function see(seen: { lo: number; hi: number }, value: number): void {
  if (value < seen.lo) seen.lo = value;
  if (value > seen.hi) seen.hi = value;
}

/** Range of a linear expression over per-variable intervals. */
export function exprRange(t: Pick<Target, 'vars' | 'coefs'>, w: Witnesses): [number, number] {
  let lo = 0;
  let hi = 0;
  t.vars.forEach((id, k) => {
    const a = t.coefs[k] ?? 0;
    const l = w.lo[id] ?? 0;
    const h = w.hi[id] ?? 0;
    if (a >= 0) {
      lo += a * l;
      hi += a * h;
    } else {
      lo += a * h;
      hi += a * l;
    }
  });
  return [lo, hi];
}

/** Keeps a solution's values as witnesses (it is a feasible table: the outside stayed at a feasible one). */
function recordWitness(c: Constraints, cols: readonly number[], x: Float64Array, w: Witnesses): boolean {
  if (!integralWhereNeeded(c, cols, x)) return false;
  cols.forEach((id, k) => {
    const v = c.state.model.vars[id];
    let value = x[k] ?? 0;
    if (v?.integer === true) value = Math.round(value);
    if (value < (w.lo[id] ?? 0)) w.lo[id] = value;
    if (value > (w.hi[id] ?? 0)) w.hi[id] = value;
  });
  return true;
}

/** A target's expression at a table. */
function exprAt(t: Pick<Target, 'vars' | 'coefs'>, x: Float64Array): number {
  let sum = 0;
  t.vars.forEach((id, k) => (sum += (t.coefs[k] ?? 0) * (x[id] ?? 0)));
  return sum;
}

/** The part of a target's expression outside a programme's columns (fixed at the table). */
function fixedPart(t: Pick<Target, 'vars' | 'coefs'>, index: ReadonlyMap<number, number>, x: Float64Array): number {
  let sum = 0;
  t.vars.forEach((id, k) => {
    if (!index.has(id)) sum += (t.coefs[k] ?? 0) * (x[id] ?? 0);
  });
  return sum;
}

function integralWhereNeeded(c: Constraints, cols: readonly number[], x: Float64Array): boolean {
  for (let k = 0; k < cols.length; k++) {
    const v = c.state.model.vars[cols[k] ?? 0];
    if (v?.integer !== true) continue;
    const value = x[k] ?? 0;
    if (!isIntegral(value)) return false;
    const d = c.domain[v.id];
    if (d !== null && d !== undefined && pieceOf(d, Math.round(value)) === null) return false;
  }
  return true;
}

/** Variables within `radius` rows of the start (through unknown variables; at most 64 per row beyond the first step). */
function neighbourhood(c: Constraints, start: readonly number[], radius: number, fixed: (id: number) => boolean): number[] {
  const seen = new Set<number>(start);
  let frontier = [...start];
  for (let r = 0; r < radius && frontier.length > 0; r++) {
    const next: number[] = [];
    for (const id of frontier) {
      for (const ri of c.rowsOf[id] ?? []) {
        const row = c.rows[ri];
        if (row === undefined) continue;
        let taken = 0;
        for (const other of row.vars) {
          if (seen.has(other) || fixed(other)) continue;
          if (r > 0 && taken >= 64) break;
          seen.add(other);
          next.push(other);
          taken++;
        }
      }
    }
    frontier = next;
  }
  return [...seen].filter((id) => !fixed(id));
}

/** A linear programme over some variables: the rest fixed at a feasible table (`inner`) or relaxed to their outer bounds (`outer`). */
export function buildLp(c: Constraints, cols: readonly number[], point: Float64Array, outer: Witnesses, mode: 'inner' | 'outer'): { data: LpData; index: Map<number, number>; rowIds: number[] } {
  const index = new Map<number, number>();
  cols.forEach((id, k) => index.set(id, k));
  const colLower: number[] = [];
  const colUpper: number[] = [];
  const integer: boolean[] = [];
  for (const id of cols) {
    const v = c.state.model.vars[id];
    let lo = c.lower[id] ?? -Infinity;
    let hi = c.upper[id] ?? Infinity;
    if (mode === 'outer') {
      lo = Math.max(lo, outer.lo[id] ?? -Infinity);
      hi = Math.min(hi, outer.hi[id] ?? Infinity);
    }
    const d = c.domain[id];
    if (mode === 'inner' && d !== null && d !== undefined) {
      const piece = pieceOf(d, Math.round(point[id] ?? 0));
      if (piece !== null) {
        lo = Math.max(lo, piece[0]);
        hi = Math.min(hi, piece[1]);
      }
    }
    colLower.push(lo);
    colUpper.push(Math.max(lo, hi));
    integer.push(v?.integer === true);
  }
  const rows: LpRow[] = [];
  const rowIds: number[] = [];
  const seen = new Set<number>();
  for (const id of cols) {
    for (const ri of c.rowsOf[id] ?? []) {
      if (seen.has(ri)) continue;
      seen.add(ri);
      const row = c.rows[ri];
      if (row === undefined) continue;
      const rc: number[] = [];
      const rv: number[] = [];
      let lo = row.lower;
      let hi = row.upper;
      row.vars.forEach((vid, k) => {
        const a = row.coefs[k] ?? 0;
        const col = index.get(vid);
        if (col !== undefined) {
          rc.push(col);
          rv.push(a);
          return;
        }
        if (mode === 'inner' || (c.upper[vid] ?? 0) - (c.lower[vid] ?? 0) <= 0) {
          const x = (c.upper[vid] ?? 0) - (c.lower[vid] ?? 0) <= 0 ? (c.lower[vid] ?? 0) : (point[vid] ?? 0);
          lo -= a * x;
          hi -= a * x;
        } else {
          const l = outer.lo[vid] ?? -Infinity;
          const h = outer.hi[vid] ?? Infinity;
          // lo − max(a·x) … hi − min(a·x)
          const amax = a >= 0 ? a * h : a * l;
          const amin = a >= 0 ? a * l : a * h;
          lo -= amax;
          hi -= amin;
        }
      });
      if (rc.length === 0) continue;
      rows.push({ cols: rc, coefs: rv, lower: Number.isNaN(lo) ? -Infinity : lo, upper: Number.isNaN(hi) ? Infinity : hi });
      rowIds.push(ri);
    }
  }
  return { data: { colLower, colUpper, integer, rows }, index, rowIds };
}

function objectiveOf(t: Target, index: ReadonlyMap<number, number>): Map<number, number> {
  const m = new Map<number, number>();
  t.vars.forEach((id, k) => {
    const col = index.get(id);
    if (col !== undefined) m.set(col, (m.get(col) ?? 0) + (t.coefs[k] ?? 0));
  });
  return m;
}

function dualRows(res: { readonly status: string; readonly rowDual: Float64Array }, rowIds: readonly number[]): number[] {
  if (res.status !== 'optimal') return [];
  const out: number[] = [];
  res.rowDual.forEach((d, k) => {
    if (Math.abs(d) > 1e-9) out.push(rowIds[k] ?? -1);
  });
  return out.filter((x) => x >= 0);
}

/** A feasible, integral, in-domain table of one part (null when the part's figures contradict each other). */
function solvePoint(highs: Awaited<ReturnType<typeof loadSolver>>, c: Constraints, cols: readonly number[], outer: Witnesses): Float64Array | null {
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
function mipRange(highs: Awaited<ReturnType<typeof loadSolver>>, c: Constraints, cols: readonly number[], t: Target, outer: Witnesses): [number, number] | null {
  const lo = withDomains(highs, c, cols, outer, t, 1);
  const hi = withDomains(highs, c, cols, outer, t, -1);
  if (lo === null || hi === null) return null;
  return [lo.objective, hi.objective];
}

function withDomains(highs: Awaited<ReturnType<typeof loadSolver>>, c: Constraints, cols: readonly number[], outer: Witnesses, t: Target | null, sense: 1 | -1): { x: Float64Array; objective: number } | null {
  const base = buildLp(c, cols, new Float64Array(c.state.model.vars.length), outer, 'outer');
  const colLower = [...base.data.colLower];
  const colUpper = [...base.data.colUpper];
  const integer = [...base.data.integer];
  const rows = [...base.data.rows];
  cols.forEach((id, k) => {
    const d = c.domain[id];
    if (d === null || d === undefined || d.length < 2) return;
    // x = Σ z_p·value within piece p, Σ z_p = 1: x − Σ z_p·start ≥ 0, x − Σ z_p·end ≤ 0
    const zs: number[] = [];
    for (let p = 0; p < d.length; p++) {
      zs.push(colLower.length);
      colLower.push(0);
      colUpper.push(1);
      integer.push(true);
    }
    rows.push({ cols: zs, coefs: zs.map(() => 1), lower: 1, upper: 1 });
    rows.push({ cols: [k, ...zs], coefs: [1, ...d.map((p) => -p[0])], lower: 0, upper: Infinity });
    rows.push({ cols: [k, ...zs], coefs: [1, ...d.map((p) => -(Number.isFinite(p[1]) ? p[1] : 1e9))], lower: -Infinity, upper: 0 });
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

/**
 * Outer bounds of every variable by propagation over the rows (each row bounds each of its
 * variables by the others' bounds), integer-rounded and narrowed to each count's domain; null when
 * the bounds cross (the published figures contradict each other). Tracks which row set each bound.
 */
function propagate(c: Constraints): (Witnesses & { readonly loBy: Int32Array; readonly hiBy: Int32Array }) | null {
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
      const tolLo = Math.max(1e-9, Math.abs(l) * 1e-12);
      if (nl > l + tolLo) {
        lo[id] = nl;
        loBy[id] = ri;
        changed = true;
      }
      const tolHi = Math.max(1e-9, Math.abs(h) * 1e-12);
      if (nh < h - tolHi) {
        hi[id] = nh;
        hiBy[id] = ri;
        changed = true;
      }
      if (changed) {
        const d = c.domain[id];
        if (d !== null && d !== undefined) {
          const clamped = clamp(d, lo[id] ?? 0, hi[id] ?? 0);
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

function clamp(d: readonly (readonly [number, number])[], lo: number, hi: number): [number, number] | null {
  let a = Infinity;
  let b = -Infinity;
  for (const [s, e] of d) {
    const s2 = Math.max(s, lo);
    const e2 = Math.min(e, hi);
    if (s2 > e2) continue;
    a = Math.min(a, s2);
    b = Math.max(b, e2);
  }
  return a <= b ? [a, b] : null;
}

/** The rows that set a target's outer bounds by propagation, and the rows that set those (at most 24). */
function chain(c: Constraints, t: Target, outer: Witnesses): number[] {
  const by = outer as Partial<{ loBy: Int32Array; hiBy: Int32Array }>;
  if (by.loBy === undefined || by.hiBy === undefined) return [];
  const out = new Set<number>();
  const queue = [...t.vars];
  const seen = new Set<number>(queue);
  for (let q = 0; q < queue.length && out.size < 24; q++) {
    const id = queue[q] ?? 0;
    for (const ri of [by.loBy[id] ?? -1, by.hiBy[id] ?? -1]) {
      if (ri < 0 || out.has(ri)) continue;
      out.add(ri);
      for (const other of c.rows[ri]?.vars ?? []) {
        if (!seen.has(other)) {
          seen.add(other);
          queue.push(other);
        }
      }
    }
  }
  return [...out].sort((a, b) => a - b);
}

/** Connected parts of the variables that pass `include`, through the rows (union-find). */
function partition(c: Constraints, n: number, include: (id: number) => boolean): { find: (x: number) => number; members: Map<number, number[]> } {
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (x: number): number => {
    let r = x;
    while ((parent[r] ?? r) !== r) r = parent[r] ?? r;
    let y = x;
    while ((parent[y] ?? y) !== r) {
      const next = parent[y] ?? r;
      parent[y] = r;
      y = next;
    }
    return r;
  };
  for (const row of c.rows) {
    let first = -1;
    for (const id of row.vars) {
      if (!include(id)) continue;
      if (first < 0) first = id;
      else {
        const a = find(first);
        const b = find(id);
        if (a !== b) parent[b] = a;
      }
    }
  }
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    if (!include(i)) continue;
    const r = find(i);
    const list = members.get(r);
    if (list === undefined) members.set(r, [i]);
    else list.push(i);
  }
  return { find, members };
}

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
 * its own, and a check stops at its first failing condition.
 * @internal
 */
export async function holdsOnEveryTable(c: Constraints, checks: readonly (readonly TableCondition[])[]): Promise<boolean[]> {
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
  // the checks of each set of parts (a check over several parts: their union)
  const byParts = new Map<string, number[]>();
  checks.forEach((check, k) => {
    const roots = new Set<number>();
    for (const cond of check) for (const id of cond.vars) if (!fixed(id)) roots.add(parts.find(id));
    if (roots.size === 0) {
      out[k] = check.every((cond) => holds(cond, cond.vars.reduce((sum, id, j) => sum + (cond.coefs[j] ?? 0) * (c.lower[id] ?? 0), 0)));
      return;
    }
    const key = [...roots].sort((a, b) => a - b).join(',');
    const list = byParts.get(key);
    if (list === undefined) byParts.set(key, [k]);
    else list.push(k);
  });
  for (const [key, ks] of byParts) {
    const cols = key.split(',').flatMap((r) => parts.members.get(Number(r)) ?? []);
    const lp = buildLp(c, cols, new Float64Array(n), outer, 'outer');
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
      }
      for (const k of ks) {
        if (!open.has(k)) continue;
        for (const cond of checks[k] ?? []) {
          const res = session.solve(objectiveOf({ vars: cond.vars, coefs: cond.coefs } as Target, lp.index), cond.sense);
          // the columns outside the programme are fixed: their part is a constant
          const constant = cond.vars.reduce((sum, id, j) => sum + (lp.index.has(id) ? 0 : (cond.coefs[j] ?? 0) * (c.lower[id] ?? 0)), 0);
          if (res.status !== 'optimal' || !holds(cond, res.objective + constant)) {
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
