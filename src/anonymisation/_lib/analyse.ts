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
import { isUnknown, type Constraints } from './constraints.js';
import type { Highs } from 'highs';
import { LpSession, loadSolver, type LpResult } from './solver.js';
import {
  type Target,
  type TargetResult,
  EPS,
  type Witnesses,
  witnessesFrom,
  judge,
  unique,
  hashSeed,
  seenRange,
  see,
  exprRange,
  recordWitness,
  exprAt,
  fixedPart,
  divisorOf,
} from './witnesses.js';
import { neighbourhood, buildLp, objectiveOf, dualRows } from './lpBuild.js';
import { solvePoint, mipRange } from './domainSearch.js';
import { propagate } from './propagate.js';
import { chain, partition } from './partition.js';
import { witnessBatches, witnessEnds } from './witnessBatches.js';
import { decideWeeks } from './decideWeeks.js';

/** The second pass of `witnessBatches`: its neighbourhoods' radius and targets per batch. */
const WIDE_BATCHES = { radius: 4, size: 128 } as const;
/**
 * A large part gets a few tables in random directions (a programme over the whole part) only when it
 * has this many targets left open: then one table shows many of them safe at once. With fewer (in
 * `publish`'s later rounds, a few dozen targets new since the last), the witness batches around
 * them cost less: on the tests' 4 000-unit employer the second round's analysis took 0.7 s instead of
 * 1.4 s, with the same table published (at 200 to 4 000 units, byte for byte).
 */
const MANY_OPEN = 64;
/**
 * The neighbourhoods a target of a part larger than `WHOLE_PART` is decided in, one after the
 * other, before the whole part (those beyond radius 8 only while they hold less than half of it). In
 * a chain of nested units a witness moves figures many units up or down the chain: in a 500-unit
 * chain (before `WHOLE_PART`) 1 000 targets went from radius 8 to the whole part, and radius
 * 16 and 32 decided them all.
 */
const RADII = [2, 4, 8, 16, 32, 64, Infinity] as const;
/**
 * A target of a part up to this many columns that the tables seen leave open goes straight to the
 * whole part, whose programmes are kept for every such target (each solve warm-started from the
 * last), not through neighbourhoods built and solved from nothing for each: the audit of a chain of
 * 1 000 nested units (parts of 700 and 2 800 columns) took 47 s before, 18 s after.
 */
const WHOLE_PART = 3000;
/** Parts up to this many unknowns are solved whole, in one programme for all their targets. */
const SMALL_PART = 400;
/** A target's reader bounds from a programme's minimum and maximum (unbounded: infinite; a count's rounded inwards). */
function endsOf(t: Target, lo: LpResult, hi: LpResult): [number, number] {
  let olo = lo.status === 'optimal' ? lo.objective : -Infinity;
  let ohi = hi.status === 'optimal' ? hi.objective : Infinity;
  if (t.main.kind === 'count') {
    olo = Math.ceil(olo - EPS);
    ohi = Math.floor(ohi + EPS);
  }
  return [olo, ohi];
}

/**
 * A whole part's programmes, kept for every target that reaches it: the inner one (the outside at
 * the feasible table), solved as an LP and, in its own session, with integrality; the outer one.
 */
class WholePart {
  readonly #highs: Highs;
  readonly #outer: () => ReturnType<typeof buildLp>;
  #outerLp: ReturnType<typeof buildLp> | undefined;
  #inner: LpSession | undefined;
  #integer: LpSession | undefined;
  #outerSession: LpSession | undefined;

  constructor(
    highs: Highs,
    readonly inner: ReturnType<typeof buildLp>,
    outer: () => ReturnType<typeof buildLp>,
  ) {
    this.#highs = highs;
    this.#outer = outer;
  }

  outer(): ReturnType<typeof buildLp> {
    this.#outerLp ??= this.#outer();
    return this.#outerLp;
  }

  innerSession(): LpSession {
    this.#inner ??= new LpSession(this.#highs, this.inner.data);
    return this.#inner;
  }

  integerSession(): LpSession {
    this.#integer ??= new LpSession(this.#highs, this.inner.data);
    return this.#integer;
  }

  outerSession(): LpSession {
    this.#outerSession ??= new LpSession(this.#highs, this.outer().data);
    return this.#outerSession;
  }

  dispose(): void {
    this.#inner?.dispose();
    this.#integer?.dispose();
    this.#outerSession?.dispose();
  }
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
 * A target's expression and everything its judgement depends on (the ends of a small group's count
 * change with the published "none" and "all" figures, its derived percents with the counts beside
 * it): a result found safe for it holds in every later state of the table.
 */
function safeKey(t: Target): string {
  const derived = t.derived?.map((d) => `${d.p}:${d.q}:${d.s}:${d.r}:${d.unit}`).join(';') ?? '';
  // (its kind and variables name it as its path would: shorter keys, a quicker lookup each round)
  return `${t.kind}|${t.vars.join(',')}|${t.coefs.join(',')}|${t.persons}|${t.ends?.join(',') ?? ''}|${t.minWidth ?? ''}|${t.maxLow ?? ''}|${derived}`;
}

/**
 * Decides every target in a state. `point` is a feasible table when the caller knows one (publish:
 * the truth); `inner` carries witnesses from earlier states (still feasible: a later state only
 * hides more), and `safe` the results of the targets found safe in earlier states (still safe: a
 * reader of a table that hides more rules out no more tables), to which the safe ones found now are
 * added.
 * @internal
 */
export async function analyse(
  c: Constraints,
  targets: readonly Target[],
  options: { readonly point?: Float64Array; readonly inner?: Witnesses; readonly pointOnly?: boolean; readonly safe?: Map<string, TargetResult> } = {},
): Promise<Analysis> {
  const highs = await loadSolver();
  const { model, policy } = c.state;
  const nVars = model.vars.length;
  // only a feasible table wanted: the bounds as they are (propagation narrows, it never finds more tables)
  const propagated =
    options.pointOnly === true ? { lo: c.lower, hi: c.upper, loBy: new Int32Array(nVars).fill(-1), hiBy: new Int32Array(nVars).fill(-1) } : propagate(c);
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
    // each row once: a row of thousands of sibling units is shared by all of them
    const rowsSeen = new Set<number>();
    for (const id of own) {
      for (const ri of c.rowsOf[id] ?? []) {
        if (rowsSeen.has(ri)) continue;
        rowsSeen.add(ri);
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
  // each target's key in `safe`, made once (the targets found safe before are there already)
  const keys = new Map<Target, string>();
  for (const t of targets) {
    // safe in an earlier state of this table, which hid less, by the same criteria: safe now
    if (options.safe !== undefined) {
      const key = safeKey(t);
      const before = options.safe.get(key);
      if (before !== undefined) {
        // (named field by field: a spread with a field added gives each result a hidden class of its own)
        results.push({ target: t, disclosed: before.disclosed, criterion: before.criterion, lower: before.lower, upper: before.upper, via: before.via });
        continue;
      }
      keys.set(t, key);
    }
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
    if (!small && (cols.length < 24 || ts.length < MANY_OPEN)) continue;
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
  // the rest, in large parts: a few tables in random directions over the neighbourhood of a batch of
  // neighbouring targets (each moves every target of the batch at once), then, each target not yet
  // shown safe by the tables seen, on its own
  const rest = pending.filter((t) => !decided.has(t));
  /** A target the tables seen show safe (an average of weeks: the averages `averages` holds for it), as its result; else null. */
  const seenSafe = (t: Target, averages?: ReadonlyMap<Target, readonly [number, number]>): TargetResult | null => {
    const div = t.main.kind === 'weeks' ? 1 : divisorOf(t, point, outer);
    const [ilo, ihi] = t.main.kind === 'weeks' ? (averages?.get(t) ?? [NaN, NaN]) : t.vars.length === 1 ? seenRange(t, inner, null) : [NaN, NaN];
    if (Number.isNaN(ilo) || judge(t, ilo, ihi, div, policy) !== null) return null;
    return { target: t, disclosed: false, criterion: null, lower: ilo / div, upper: ihi / div, via: [] };
  };
  // (a batch's tables stop once every target of the batch is shown safe)
  const averages = witnessBatches(
    highs,
    c,
    rest.filter((t) => t.vars.length === 1),
    { point, outer, inner },
    unknown,
    fixed,
    undefined,
    (t) => seenSafe(t) === null,
  );
  const safeBySeen = (t: Target): TargetResult | null => seenSafe(t, averages);
  // the targets those tables left open: wider neighbourhoods of larger batches (tables moving values
  // across regions of units, which the ones of radius 2 cannot; measured on the tests' 1 000- and
  // 2 000-unit employers, this halves the audit)
  const open = rest.filter((t) => t.main.kind !== 'weeks' && t.vars.length === 1 && safeBySeen(t) === null);
  if (open.length > 1) witnessBatches(highs, c, open, { point, outer, inner }, unknown, fixed, WIDE_BATCHES, (t) => safeBySeen(t) === null);
  // what is still open: each target's own ends, in one programme per batch (where many values hang on
  // one published total, as a thousand sibling units' pay on their parent's, the random tables move
  // few of them: the audit of 2 000 such siblings took more than ten minutes, now a few seconds)
  const still = open.filter((t) => safeBySeen(t) === null);
  if (still.length > 0) witnessEnds(highs, c, still, { point, outer, inner }, unknown, fixed, (t) => safeBySeen(t) === null);
  // the programmes of a whole part, built once for all the targets that reach it (each solve
  // warm-started from the last): in a chain of 1 000 nested units, 450 targets solved a programme of
  // 2 800 columns from nothing each
  const wholeParts = new Map<number, WholePart>();
  try {
    for (const t of rest) results.push(safeBySeen(t) ?? decide(t));
  } finally {
    for (const w of wholeParts.values()) w.dispose();
  }
  results.sort((a, b) => (a.target.key < b.target.key ? -1 : a.target.key > b.target.key ? 1 : 0));
  if (options.safe !== undefined)
    for (const r of results) {
      const key = r.disclosed ? undefined : keys.get(r.target);
      if (key !== undefined) options.safe.set(key, r);
    }
  return { results, point, inconsistent: false, outer, inner };

  /** A target of a small part: the programme's minimum and maximum are the reader's exact LP bounds. */
  function decideInPart(t: Target, session: LpSession, cols: readonly number[], index: ReadonlyMap<number, number>, rowIds: readonly number[]): TargetResult {
    const div = divisorOf(t, point, outer);
    const objective = objectiveOf(t, index);
    const at = exprAt(t, point);
    const seen = { lo: at, hi: at };
    const end = (sense: 1 | -1): LpResult => {
      const res = session.solve(objective, sense);
      if (res.status === 'optimal' && recordWitness(c, cols, res.x, inner)) see(seen, res.objective);
      else if (res.status === 'unbounded' && t.coefs.every((a) => a > 0))
        for (const id of t.vars) (sense === 1 ? inner.lo : inner.hi)[id] = sense === 1 ? -Infinity : Infinity;
      return res;
    };
    // the maximum first: with the tables seen before, the table that raises the value most is often
    // enough to show it safe, and then the minimum is not solved (the tests' 200-unit employer: each
    // of the 281 targets of small parts left to a programme; with the minimum first, 10 of them)
    const hi = end(-1);
    if (hi.status === 'optimal' || hi.status === 'unbounded') {
      const [slo, shi] = seenRange(t, inner, seen);
      if (judge(t, slo, shi, div, policy) === null) return { target: t, disclosed: false, criterion: null, lower: slo / div, upper: shi / div, via: [] };
    }
    const lo = end(1);
    if (lo.status === 'infeasible' || hi.status === 'infeasible' || lo.status === 'failed' || hi.status === 'failed') {
      return { target: t, disclosed: true, criterion: 'undetermined', lower: NaN, upper: NaN, via: [] };
    }
    const [olo, ohi] = endsOf(t, lo, hi);
    const crit = judge(t, olo, ohi, div, policy);
    if (crit !== null)
      return {
        target: t,
        disclosed: true,
        criterion: crit,
        lower: olo / div,
        upper: ohi / div,
        via: unique([...dualRows(lo, rowIds), ...dualRows(hi, rowIds)]),
      };
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
    if (elo === null || ehi === null || elo === undefined || ehi === undefined)
      return { target: t, disclosed: true, criterion: 'undetermined', lower: olo / div, upper: ohi / div, via: [] };
    const crit2 = judge(t, elo, ehi, div, policy);
    return {
      target: t,
      disclosed: crit2 !== null,
      criterion: crit2,
      lower: elo / div,
      upper: ehi / div,
      via: crit2 === null ? [] : unique([...dualRows(lo, rowIds), ...dualRows(hi, rowIds)]),
    };
  }

  function decide(t: Target): TargetResult {
    const free = t.vars.filter((x) => unknown(x));
    const root = free.length > 0 ? find(free[0] ?? 0) : -1;
    const part = root >= 0 ? colsOf(root) : [];
    if (t.main.kind === 'weeks') return decideWeeks(highs, c, t, part, { point, outer }, fixed);
    const div = divisorOf(t, point, outer);
    const at = exprAt(t, point);
    const seen = { lo: at, hi: at };
    // widen the neighbourhood until inner or outer decides
    const radii = part.length <= WHOLE_PART ? [Infinity] : RADII;
    let lastOuter: readonly [number, number] = exprRange(t, outer);
    let via: number[] = [];
    for (const radius of radii) {
      const whole = radius === Infinity ? wholePartOf(root, part) : null;
      const cols = radius === Infinity ? part : neighbourhood(c, free, radius, fixed);
      // a neighbourhood beyond radius 8 that holds most of the part: the part itself
      if (radius > 8 && radius !== Infinity && cols.length * 2 > part.length) continue;
      // inner: the outside fixed at the feasible table, each count within its piece
      const inLp = whole?.inner ?? buildLp(c, cols, point, outer, 'inner', true);
      const objective = objectiveOf(t, inLp.index);
      const s1 = whole?.innerSession() ?? new LpSession(highs, inLp.data);
      try {
        // raised first, lowered only while the tables seen leave it open (as a small part's target;
        // the audit of the tests' 300-unit chain: 736 solves here instead of 1 386)
        for (const sense of [-1, 1] as const) {
          if (sense === 1 && judge(t, ...seenRange(t, inner, seen), div, policy) === null) break;
          const res = s1.solve(objective, sense);
          if (res.status === 'optimal' && recordWitness(c, cols, res.x, inner)) see(seen, res.objective + fixedPart(t, inLp.index, point));
          // unbounded: the value can be as large (small) as any bound: every table is a witness beyond it
          else if (res.status === 'unbounded' && t.coefs.every((a) => a > 0))
            for (const id of t.vars) (sense === 1 ? inner.lo : inner.hi)[id] = sense === 1 ? -Infinity : Infinity;
        }
      } finally {
        if (whole === null) s1.dispose();
      }
      const [ilo, ihi] = seenRange(t, inner, seen);
      if (judge(t, ilo, ihi, div, policy) === null) return { target: t, disclosed: false, criterion: null, lower: ilo / div, upper: ihi / div, via: [] };
      // outer: the outside relaxed to its outer bounds (exact when the neighbourhood is the whole part)
      const outLp = whole?.outer() ?? buildLp(c, cols, point, outer, 'outer');
      const s2 = whole?.outerSession() ?? new LpSession(highs, outLp.data);
      const o = outLp.index;
      try {
        const lo = s2.solve(objectiveOf(t, o), 1);
        const hi = s2.solve(objectiveOf(t, o), -1);
        if (lo.status === 'infeasible' || hi.status === 'infeasible')
          return { target: t, disclosed: true, criterion: 'undetermined', lower: NaN, upper: NaN, via: [] };
        const [olo, ohi] = endsOf(t, lo, hi);
        via = [...dualRows(lo, outLp.rowIds), ...dualRows(hi, outLp.rowIds)];
        lastOuter = [Math.max(olo, lastOuter[0]), Math.min(ohi, lastOuter[1])];
        const crit = judge(t, lastOuter[0], lastOuter[1], div, policy);
        if (crit !== null) return { target: t, disclosed: true, criterion: crit, lower: lastOuter[0] / div, upper: lastOuter[1] / div, via: unique(via) };
        if (radius === Infinity) {
          // the LP relaxation cannot pin it; integral (and in-domain) tables must confirm
          const sM = whole?.integerSession() ?? new LpSession(highs, inLp.data);
          try {
            for (const sense of [1, -1] as const) {
              const res = sM.solve(objectiveOf(t, inLp.index), sense, true);
              if (res.status === 'optimal' && recordWitness(c, cols, res.x, inner)) see(seen, res.objective + fixedPart(t, inLp.index, point));
            }
          } finally {
            if (whole === null) sM.dispose();
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
        if (whole === null) s2.dispose();
      }
    }
    return { target: t, disclosed: true, criterion: 'undetermined', lower: lastOuter[0] / div, upper: lastOuter[1] / div, via: unique(via) };
  }

  /** The programmes of a whole part (made when first asked for, disposed with the analysis). */
  function wholePartOf(root: number, part: readonly number[]): WholePart {
    let w = wholeParts.get(root);
    if (w === undefined) {
      w = new WholePart(highs, buildLp(c, part, point, outer, 'inner', true), () => buildLp(c, part, point, outer, 'outer'));
      wholeParts.set(root, w);
    }
    return w;
  }
}
