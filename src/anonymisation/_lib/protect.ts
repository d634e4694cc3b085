/**
 * Secondary suppression (ANON-3) as `publish` does it: for a value the reader could pin down, find
 * another table — as close to the true one as possible — that publishes the same figures except a
 * few, and in which the value is different (by at least one person for a count; by three times the
 * tolerance for an amount; 0 and all for a group smaller than the threshold). Hiding those few
 * figures makes both tables consistent with what is published, so the reader cannot tell them
 * apart: the value is protected, with the other table as the proof (a witness).
 *
 * The table is found by a linear programme (the "protection LP" of Fischetti and Salazar, as in
 * τ-Argus's optimal method and sdcTable's): each published figure may be violated at a cost (more
 * persons behind it cost more; the employer's women and men cost most), and the figures violated
 * are hidden. It is solved over the value's neighbourhood (the cells sharing a relation with it, and
 * theirs; everything else stays at the true table), widened when that is not enough. Counts must
 * stay integers and within the values their rule allows (a hidden count's rule is published).
 * @internal
 */
import type { PublicationPolicy } from '../policy.js';
import { exprRange, judge, NEAR_ZERO, type Target, type Witnesses } from './witnesses.js';
import { baseOf, countDomain, pieceOf, type Piece } from './domains.js';
import type { HiddenRule } from './constraints.js';
import { LpSession, type LpRow } from './solver.js';
import type { Observation, TableModel, TableRow, TableVar } from './tableModel.js';
import type { JsonPath } from '../types.js';
import type { Highs } from 'highs';

/** What `publish` keeps between protections. @internal */
export interface ProtectionState {
  readonly model: TableModel;
  readonly policy: PublicationPolicy;
  /** The rule of each hidden variable (mutated: protections hide more). */
  readonly hidden: (HiddenRule | null)[];
  /** For a variable hidden to protect another, the path of the value it protects. */
  readonly protects: Map<number, JsonPath>;
  /** The true table (counts exact; sums a table consistent with every true rounded figure). */
  readonly truth: Float64Array;
  readonly inner: Witnesses;
  /** Structural rows of each variable. */
  readonly structRowsOf: readonly (readonly number[])[];
  /** Observations of each variable (those it owns or appears in). */
  readonly obsOf: readonly (readonly number[])[];
  /** Variables that stay published (a "none" or "all" that gives away smaller groups' figures). */
  readonly keep: Set<number>;
  /** Figures published because others give them away (failing a threshold themselves), with the figures that do. */
  readonly impliedBy: Map<number, ReadonlySet<number>>;
  /** The averages of weeks of each persons variable. */
  readonly weeksOf: ReadonlyMap<number, readonly number[]>;
  /** The variables of each variable's cell and family (women, men, other/unknown and total of one figure). */
  readonly partnersOf: readonly (readonly number[])[];
  /** Whether witnesses must respect the rules of the suppression list (see `TableState.ruleAware`). */
  readonly ruleAware: boolean;
}

/** Builds the indexes of a protection state. @internal */
export function protectionIndexes(model: TableModel): { structRowsOf: number[][]; obsOf: number[][]; weeksOf: Map<number, number[]>; partnersOf: number[][] } {
  const structRowsOf: number[][] = Array.from({ length: model.vars.length }, () => []);
  model.rows.forEach((r, i) => {
    for (const id of r.vars) structRowsOf[id]?.push(i);
  });
  const obsOf: number[][] = Array.from({ length: model.vars.length }, () => []);
  model.observations.forEach((o, i) => {
    const ids = new Set<number>(o.owners);
    if (o.bound !== undefined) ids.add(o.bound.varId);
    if (o.row !== undefined) for (const id of o.row.vars) ids.add(id);
    for (const id of ids) obsOf[id]?.push(i);
  });
  const weeksOf = new Map<number, number[]>();
  for (const v of model.vars) {
    if (v.kind !== 'weeks' || v.own || v.personsVar === null) continue;
    const list = weeksOf.get(v.personsVar);
    if (list === undefined) weeksOf.set(v.personsVar, [v.id]);
    else list.push(v.id);
  }
  const groups = new Map<string, number[]>();
  const partnersOf: number[][] = model.vars.map((v) => {
    const key = `${cellKey(v)}|${v.family}|${v.own ? 'own' : ''}`;
    let g = groups.get(key);
    if (g === undefined) groups.set(key, (g = []));
    g.push(v.id);
    return g;
  });
  return { structRowsOf, obsOf, weeksOf, partnersOf };
}

const EPS = 1e-6;

const cellKeys = new WeakMap<TableVar, string>();
/** A variable's cell as a key (cached). */
function cellKey(v: TableVar): string {
  let k = cellKeys.get(v);
  if (k === undefined) {
    k = v.cell.join('/');
    cellKeys.set(v, k);
  }
  return k;
}

/** How reluctantly a variable is hidden: more persons cost more, the employer's figures most, a cell with hidden figures less. */
function costOf(s: ProtectionState, v: TableVar, cellsWithHidden: ReadonlySet<string>): number {
  const persons = v.kind === 'weeks' ? 1 : (v.persons ?? 1);
  const resort = v.lastResort === 2 ? 1e6 : v.lastResort === 1 ? 1e3 : 1;
  const row = cellsWithHidden.has(cellKey(v)) ? 0.5 : 1;
  // an amount's violation is measured in NOK: scale it to one person's pay so that counts and sums compare
  const scale = v.kind === 'pay' ? 1 / Math.max(1, (s.truth[v.id] ?? 0) / Math.max(1, v.persons ?? 1)) : v.kind === 'weeks' ? 1 / 10 : 1;
  return (1 + persons) * resort * row * scale;
}

/**
 * The first, cheap step of secondary suppression: a relation (a sum of cells) in which exactly one
 * value is hidden gives it back by subtraction, so one more of its cells is hidden — the cheapest:
 * fewest persons, a cell already partly hidden, the employer's figures last. Repeated until no
 * relation has a single hidden value; the analysis then finds what combinations of relations give
 * back, and {@link protectTarget} handles those.
 * @internal
 */
export function hideSingletons(s: ProtectionState): void {
  const { model } = s;
  const rows = model.rows.filter((r) => r.kind === 'sexes' || r.kind === 'unit-tree' || r.kind === 'breakdown' || r.kind === 'components');
  const rowsOf: number[][] = Array.from({ length: model.vars.length }, () => []);
  rows.forEach((r, i) => {
    for (const id of r.vars) rowsOf[id]?.push(i);
  });
  const cellsWithHidden = new Set<string>();
  for (const v of model.vars) if (s.hidden[v.id] !== null) cellsWithHidden.add(cellKey(v));
  const unknown = (id: number): boolean => s.hidden[id] !== null || model.vars[id]?.own === true;
  const empty = (id: number): boolean => {
    const v = model.vars[id];
    return v === undefined || v.upper === 0 || (v.kind === 'pay' && (v.persons ?? 0) === 0);
  };
  const queue: number[] = rows.map((_, i) => i);
  const queued = new Uint8Array(rows.length).fill(1);
  for (let q = 0; q < queue.length; q++) {
    const ri = queue[q] ?? 0;
    queued[ri] = 0;
    const r = rows[ri];
    if (r === undefined) continue;
    const hiddenTerms = r.vars.filter((id) => unknown(id) && !empty(id));
    if (hiddenTerms.length !== 1) continue;
    const lone = model.vars[hiddenTerms[0] ?? -1];
    // a unit's own staff alone in its relation is only a problem when it is a small group (the analysis decides)
    if (lone === undefined || lone.own) continue;
    const candidates = r.vars
      .filter((id) => !unknown(id) && !empty(id) && !s.keep.has(id))
      .map((id) => model.vars[id])
      .filter((v): v is TableVar => v !== undefined);
    if (candidates.length === 0) continue;
    candidates.sort((a, b) => costOf(s, a, cellsWithHidden) - costOf(s, b, cellsWithHidden) || a.id - b.id);
    const pick = candidates[0];
    if (pick === undefined) continue;
    s.hidden[pick.id] = 'secondary';
    s.protects.set(pick.id, lone.path);
    cellsWithHidden.add(cellKey(pick));
    for (const other of rowsOf[pick.id] ?? []) {
      if (queued[other] === 0) {
        queued[other] = 1;
        queue.push(other);
      }
    }
  }
}

/**
 * Protects one target: hides what a witness needs and records the witness. Returns the variables
 * hidden (empty when the target was protected already or cannot be).
 * @internal
 */
export function protectTarget(highs: Highs, s: ProtectionState, t: Target): number[] {
  const goals = goalsOf(s, t);
  const hiddenNow: number[] = [];
  for (const goal of goals) {
    // already met by a witness found earlier?
    if (goal.met()) continue;
    // first within the pieces of the counts' allowed values that hold the true table (an LP), then,
    // where the rules leave no room there, letting counts move to other allowed values (a MIP)
    // (radius, jump, release): the figures kept published (a "none"/"all" and what it gives away)
    // are released in a neighbourhood before the whole family is solved: in large tables a target
    // that no radius-4 neighbourhood can move without them is not moved by the whole family either
    // (measured on 1 000- and 2 000-unit employers: never), and the whole family costs seconds
    const attempts: [number, boolean, boolean][] = s.ruleAware
      ? [
          [2, false, false],
          [4, false, false],
          [8, false, false],
          [Infinity, false, false],
          [4, true, false],
          [Infinity, true, false],
        ]
      : [
          [1, false, false],
          [2, false, false],
          [3, false, false],
          [4, false, false],
          [4, false, true],
          [Infinity, false, false],
        ];
    let done = false;
    // a witness that needs the employer's figures is taken only if the wider neighbourhoods need them too
    let employers: Plan | null = null;
    const items = [{ t, goal }];
    for (const [radius, jump, release] of attempts) {
      const plan = planGoals(highs, s, items, radius, jump, false, release);
      if (plan === null) continue;
      const needsEmployer = [...plan.hide].some((id) => (s.model.vars[id]?.lastResort ?? 0) > 0);
      if (needsEmployer && radius !== Infinity) {
        employers ??= plan;
        continue;
      }
      applyPlan(s, plan, items);
      for (const id of plan.hide) hiddenNow.push(id);
      done = true;
      break;
    }
    if (!done && employers !== null) {
      applyPlan(s, employers, items);
      for (const id of employers.hide) hiddenNow.push(id);
      done = true;
    }
    // the figures kept published (a "none"/"all" and what it gives away) left no room: hide some of
    // them after all, and the figures they gave away go back to being hidden by their threshold
    if (!done) {
      const found = solveGoals(highs, s, [{ t, goal }], Infinity, false, false, true);
      if (found !== null) for (const id of found) hiddenNow.push(id);
    }
  }
  return hiddenNow;
}

/**
 * Protects several targets of one family with one witness that moves them all (in the direction
 * each has room for); falls back to one target at a time where that table does not exist. Much
 * faster than one programme per target in a table with many small cells, at the price of sometimes
 * hiding a little more.
 * @internal
 */
export function protectTogether(highs: Highs, s: ProtectionState, targets: readonly Target[]): void {
  const byFamily = new Map<string, Target[]>();
  for (const t of targets) {
    const key =
      t.main.kind === 'pay'
        ? `pay:${t.main.slot}`
        : t.main.kind === 'weeks'
          ? `weeks:${t.main.slot}`
          : t.main.family === 'temporary'
            ? 'temporary'
            : t.main.family === 'parentalLeave'
              ? `persons:${t.main.slot}`
              : 'partTime';
    const list = byFamily.get(key);
    if (list === undefined) byFamily.set(key, [t]);
    else list.push(t);
  }
  for (const group of byFamily.values()) {
    // in batches of neighbours (the table's variables are numbered cell by cell, unit by unit): a
    // witness for a few dozen targets is a small programme, one for thousands a slow one
    group.sort((a, b) => a.main.id - b.main.id);
    for (let from = 0; from < group.length; from += TOGETHER) {
      const items: { t: Target; goal: Goal }[] = [];
      for (const t of group.slice(from, from + TOGETHER)) {
        const goals = goalsOf(s, t).filter((g) => !g.met());
        const goal = goals[goals.length - 1];
        if (goal !== undefined) items.push({ t, goal });
      }
      // goals may be missed (at a high price): the targets whose goal the witness meets are protected
      const missed = items.length > 1 ? solveGoals(highs, s, items, 2, false, true) : null;
      const rest = missed === null ? items : items.filter((i) => missed.has(i.t));
      for (const { t } of rest) protectTarget(highs, s, t);
    }
  }
}

/** Targets protected by one witness at most. */
const TOGETHER = 32;

/** One requirement on a target's expression: reach `≥ up` or `≤ down` (or exactly a value). */
interface Goal {
  readonly lower: number;
  readonly upper: number;
  /** Alternative, if the first cannot be reached. */
  readonly alternative?: { readonly lower: number; readonly upper: number };
  readonly met: () => boolean;
}

function goalsOf(s: ProtectionState, t: Target): Goal[] {
  const { policy } = s;
  const truth = exprValue(t, s.truth);
  const v = t.main;
  // a sum of several cells: its extremes over the witnesses are unknown (each cell's come from other tables)
  const inner = (): [number, number] => (t.vars.length === 1 ? exprRange(t, s.inner) : [NaN, NaN]);
  if (v.kind === 'count') {
    const domain =
      t.kind === 'value' && s.ruleAware
        ? countDomain(
            v,
            s.hidden[v.id] === 'primary' ? 'primary' : 'secondary',
            policy,
            baseOf(v, (id) => s.truth[id] ?? null),
          )
        : [[v.lower, v.upper] as Piece];
    if (t.ends !== undefined) {
      const [a, b] = t.ends;
      return [
        { lower: a, upper: a, met: () => t.vars.length === 1 && inner()[0] <= a + 0.5 },
        { lower: b, upper: b, met: () => t.vars.length === 1 && inner()[1] >= b - 0.5 },
      ];
    }
    const up = nextInDomain(domain, truth + 1, 1);
    const down = nextInDomain(domain, truth - 1, -1);
    const met = (): boolean => {
      if (t.vars.length !== 1) return false;
      const [lo, hi] = inner();
      return hi - lo >= 0.5;
    };
    if (up !== null && down !== null) return [{ lower: up, upper: up, alternative: { lower: down, upper: down }, met }];
    if (up !== null) return [{ lower: up, upper: up, met }];
    if (down !== null) return [{ lower: down, upper: down, met }];
    return [];
  }
  // amounts: move by three times the tolerance (and well clear of "about nothing")
  const divisor = v.kind === 'pay' ? t.persons : Math.max(1, s.truth[v.personsVar ?? -1] ?? 1);
  const mean = truth / Math.max(divisor, 1);
  const floor = v.kind === 'pay' ? NEAR_ZERO.pay : NEAR_ZERO.weeks;
  const step =
    Math.max(3 * (policy.recoveryTolerancePercent / 100) * Math.abs(mean), 2 * floor + (v.kind === 'pay' ? 0.05 : 0.2), 1.5 * (t.minWidth ?? 0)) * divisor;
  const met = (): boolean => {
    if (t.vars.length !== 1) return false;
    const [lo, hi] = inner();
    return judge(t, lo, hi, divisor, policy) === null;
  };
  const upGoal = { lower: truth + step, upper: Infinity };
  const downGoal = truth - step >= 0 ? { lower: -Infinity, upper: truth - step } : undefined;
  return [{ ...upGoal, ...(downGoal !== undefined ? { alternative: downGoal } : {}), met }];
}

function nextInDomain(domain: readonly Piece[], from: number, dir: 1 | -1): number | null {
  if (dir === 1) {
    for (const [a, b] of domain) if (b >= from) return Math.max(a, from);
  } else {
    for (let i = domain.length - 1; i >= 0; i--) {
      const p = domain[i];
      if (p !== undefined && p[0] <= from) return Math.min(p[1], from);
    }
  }
  return null;
}

function exprValue(t: Target, x: Float64Array): number {
  let sum = 0;
  t.vars.forEach((id, k) => (sum += (t.coefs[k] ?? 0) * (x[id] ?? 0)));
  return sum;
}

/** The neighbourhood of a target over the structural rows (published variables too), at most 64 per row beyond the first step. */
function neighbourhood(s: ProtectionState, start: readonly number[], radius: number, fanout = 6): number[] {
  const seen = new Set<number>(start);
  let frontier = [...start];
  const rows = s.model.rows;
  // in a wide relation (a region's forty units), the hidden cells first (free to move), then the cheapest
  const rank = (id: number): number => (s.hidden[id] !== null || s.model.vars[id]?.own === true ? 0 : (s.model.vars[id]?.persons ?? 0) + 1);
  for (let r = 0; r < radius && frontier.length > 0; r++) {
    const next: number[] = [];
    for (const id of frontier) {
      for (const ri of s.structRowsOf[id] ?? []) {
        const row = rows[ri];
        if (row === undefined) continue;
        const others = row.vars.filter((o) => !seen.has(o));
        if (others.length > fanout) others.sort((a, b) => rank(a) - rank(b) || a - b);
        // with its partners: a sibling's women, men and total move together, whichever row picked it
        // (not the employer's: its figures are the last resort)
        for (const picked of others.slice(0, fanout)) {
          for (const other of (s.model.vars[picked]?.lastResort ?? 0) > 0 ? [picked] : (s.partnersOf[picked] ?? [picked])) {
            if (seen.has(other)) continue;
            seen.add(other);
            next.push(other);
          }
        }
      }
    }
    frontier = next;
  }
  return [...seen];
}

/**
 * Solves one goal in a neighbourhood. Returns the variables to hide (possibly none), or null when
 * the goal cannot be reached there.
 */
function solveGoals(
  highs: Highs,
  s: ProtectionState,
  items: readonly { readonly t: Target; readonly goal: Goal }[],
  radius: number,
  jump: boolean,
  elastic?: false,
  release?: boolean,
): number[] | null;
function solveGoals(
  highs: Highs,
  s: ProtectionState,
  items: readonly { readonly t: Target; readonly goal: Goal }[],
  radius: number,
  jump: boolean,
  elastic: true,
): Set<Target> | null;
function solveGoals(
  highs: Highs,
  s: ProtectionState,
  items: readonly { readonly t: Target; readonly goal: Goal }[],
  radius: number,
  jump: boolean,
  elastic = false,
  release = false,
): number[] | Set<Target> | null {
  const plan = planGoals(highs, s, items, radius, jump, elastic, release);
  if (plan === null) return null;
  applyPlan(s, plan, items);
  return elastic ? plan.missed : [...plan.hide];
}

/** What a witness needs hidden, the witness itself and the targets it misses. */
interface Plan {
  readonly hide: ReadonlySet<number>;
  readonly missed: Set<Target>;
  readonly cols: readonly number[];
  readonly x: Float64Array;
}

/** Hides what a plan needs (the secondary suppressions) and records its witness. */
function applyPlan(s: ProtectionState, plan: Plan, items: readonly { readonly t: Target }[]): void {
  const { model } = s;
  for (const id of plan.hide) {
    s.hidden[id] = 'secondary';
    s.protects.set(
      id,
      protectedBy(
        s,
        id,
        items.map((i) => i.t),
      ).main.path,
    );
    if (s.keep.delete(id)) {
      // what it gave away is no longer given away: hidden by its threshold again
      for (const [v, from] of s.impliedBy) {
        if (!from.has(id)) continue;
        s.impliedBy.delete(v);
        s.keep.delete(v);
        if (s.hidden[v] === null) s.hidden[v] = 'primary';
      }
    }
  }
  // the solution is a witness: every variable's value in it is possible
  plan.cols.forEach((id, k) => {
    const v = model.vars[id];
    let value = plan.x[k] ?? 0;
    if (v?.integer === true) value = Math.round(value);
    if (value < (s.inner.lo[id] ?? 0)) s.inner.lo[id] = value;
    if (value > (s.inner.hi[id] ?? 0)) s.inner.hi[id] = value;
  });
}

/** The witness of some goals in a neighbourhood and what it needs hidden; null when there is none. */
function planGoals(
  highs: Highs,
  s: ProtectionState,
  items: readonly { readonly t: Target; readonly goal: Goal }[],
  radius: number,
  jump: boolean,
  elastic: boolean,
  release: boolean,
): Plan | null {
  const kept = (w: number): boolean => !release && s.keep.has(w);
  const { model } = s;
  const start: number[] = [];
  const valueTargets = new Set<number>();
  const weeksPersons = new Set<number>();
  for (const { t } of items) {
    start.push(...t.vars);
    if (t.kind === 'value') valueTargets.add(t.main.id);
    if (t.main.kind === 'weeks' && t.main.personsVar !== null) {
      start.push(t.main.personsVar);
      weeksPersons.add(t.main.personsVar);
    }
  }
  const first = items[0];
  if (first === undefined) return { hide: new Set(), missed: new Set(), cols: [], x: new Float64Array(0) };
  const cols = radius === Infinity ? familyOf(s, start) : neighbourhood(s, start, radius);
  const index = new Map<number, number>();
  cols.forEach((id, k) => index.set(id, k));
  const colLower: number[] = [];
  const colUpper: number[] = [];
  const integer: boolean[] = [];
  const cost: number[] = [];
  const cellsWithHidden = new Set<string>();
  for (const id of cols) {
    const v = model.vars[id];
    if (v !== undefined && s.hidden[id] !== null) cellsWithHidden.add(cellKey(v));
  }
  const pieceCols: { col: number; domain: readonly Piece[] }[] = [];
  const weeksOf = s.weeksOf;
  for (const id of cols) {
    const v = model.vars[id];
    if (v === undefined) continue;
    let lo = v.lower;
    let hi = v.upper;
    const x0 = s.truth[id] ?? 0;
    if (v.kind === 'count' && !v.own) {
      // hidden: within the piece of its rule's values holding the truth; published: within the values a secondary suppression allows
      const rule = s.hidden[id];
      const domain = s.ruleAware
        ? countDomain(
            v,
            rule === 'primary' ? 'primary' : 'secondary',
            s.policy,
            baseOf(v, (b) => s.truth[b] ?? null),
          )
        : [[v.lower, v.upper] as Piece];
      const isTarget = valueTargets.has(id);
      if (isTarget) {
        const first = domain[0];
        const last = domain[domain.length - 1];
        if (first !== undefined && last !== undefined) {
          lo = Math.max(lo, first[0]);
          hi = Math.min(hi, last[1]);
        }
        if (domain.length > 1) pieceCols.push({ col: colLower.length, domain });
      } else if (jump) {
        const first = domain[0];
        const last = domain[domain.length - 1];
        if (first !== undefined && last !== undefined) {
          lo = Math.max(lo, first[0]);
          hi = Math.min(hi, last[1]);
        }
        if (domain.length > 1) pieceCols.push({ col: colLower.length, domain });
      } else if (rule !== 'by-choice') {
        const piece = pieceOf(domain, Math.round(x0));
        if (piece !== null) {
          lo = Math.max(lo, piece[0]);
          hi = Math.min(hi, piece[1]);
        } else {
          lo = x0;
          hi = x0;
        }
      }
    }
    if (weeksPersons.has(id)) {
      lo = x0;
      hi = x0;
    }
    // the persons behind an average of weeks: 1 … min − 1 when the average is hidden by its threshold, else at least min (ANON-6)
    for (const w of s.ruleAware ? (weeksOf.get(id) ?? []) : []) {
      const rule = s.hidden[w];
      if (rule === 'primary') {
        lo = Math.max(lo, 1);
        hi = Math.min(hi, s.policy.parentalLeaveMinPersons - 1);
      } else if (x0 >= s.policy.parentalLeaveMinPersons) {
        lo = Math.max(lo, s.policy.parentalLeaveMinPersons);
      }
    }
    colLower.push(lo);
    colUpper.push(Math.max(lo, hi));
    integer.push(v.integer);
    cost.push(0);
  }
  const rows: LpRow[] = [];
  const fixedOutside = (row: Pick<TableRow, 'vars' | 'coefs' | 'lower' | 'upper'>): LpRow | null => {
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
      } else {
        lo -= a * (s.truth[vid] ?? 0);
        hi -= a * (s.truth[vid] ?? 0);
      }
    });
    return rc.length === 0 ? null : { cols: rc, coefs: rv, lower: lo, upper: hi };
  };
  const seenRows = new Set<number>();
  for (const id of cols) {
    for (const ri of s.structRowsOf[id] ?? []) {
      if (seenRows.has(ri)) continue;
      seenRows.add(ri);
      const row = model.rows[ri];
      const lp = row === undefined ? null : fixedOutside(row);
      if (lp !== null) rows.push(lp);
    }
  }
  // published observations touching the neighbourhood: each may be violated at its owner's cost
  const slackOf: { obs: Observation; cols: number[] }[] = [];
  const deferred: { obs: Observation; row: LpRow }[] = [];
  const seenObs = new Set<number>();
  for (const id of cols) {
    for (const oi of s.obsOf[id] ?? []) {
      if (seenObs.has(oi)) continue;
      seenObs.add(oi);
      const o = model.observations[oi];
      if (
        o === undefined ||
        o.owners.some((w) => {
          const r = s.hidden[w];
          return r !== null && !((r === 'secondary' || r === 'by-choice') && o.keptWith?.includes(r) === true);
        })
      )
        continue;
      // hiding any owner inside the neighbourhood drops the observation; with none inside it holds as a hard row
      const owners = o.owners
        .filter((w) => index.has(w) && !kept(w))
        .map((w) => model.vars[w])
        .filter((w): w is TableVar => w !== undefined);
      const c = owners.length > 0 ? Math.min(...owners.map((w) => costOf(s, w, cellsWithHidden) * (s.keep.has(w.id) ? 1000 : 1))) : Infinity;
      const row: Pick<TableRow, 'vars' | 'coefs' | 'lower' | 'upper'> | undefined =
        o.bound !== undefined ? { vars: [o.bound.varId], coefs: [1], lower: o.bound.lower, upper: o.bound.upper } : o.row;
      if (row === undefined) continue;
      const lp = fixedOutside(row);
      if (lp === null) continue;
      // a median's bound stays published when its mean is hidden to protect another, a share when amounts go by choice: it holds
      const stays =
        o.keptWith?.includes('secondary') === true || (o.keptWith?.includes('by-choice') === true && o.owners.some((w) => s.hidden[w] === 'by-choice'));
      if (!Number.isFinite(c) || stays) {
        rows.push(lp);
        continue;
      }
      // a relation of several figures (a share, a ratio, an average × persons) is hidden with its
      // owners: it is checked on the solution instead (its fractional coefficients would make the
      // programme's solutions fractional)
      if (o.row !== undefined) {
        deferred.push({ obs: o, row: lp });
        continue;
      }
      // lower − s⁻ ≤ Σ a·x ≤ upper + s⁺
      const sm = colLower.length;
      const sp = sm + 1;
      for (let k = 0; k < 2; k++) {
        colLower.push(0);
        colUpper.push(Infinity);
        integer.push(false);
        cost.push(c);
      }
      rows.push({ cols: [...lp.cols, sm], coefs: [...lp.coefs, 1], lower: lp.lower, upper: Infinity });
      rows.push({ cols: [...lp.cols, sp], coefs: [...lp.coefs, -1], lower: -Infinity, upper: lp.upper });
      slackOf.push({ obs: o, cols: [sm, sp] });
    }
  }
  const goalRows: LpRow[] = [];
  const missCols: { t: Target; cols: number[] }[] = [];
  for (const { t, goal } of items) {
    const targetCols: number[] = [];
    const targetCoefs: number[] = [];
    t.vars.forEach((id, k) => {
      const col = index.get(id);
      if (col !== undefined) {
        targetCols.push(col);
        targetCoefs.push(t.coefs[k] ?? 0);
      }
    });
    if (targetCols.length === 0) {
      if (elastic) continue;
      return null;
    }
    if (elastic) {
      // lower − miss⁻ ≤ Σ a·x ≤ upper + miss⁺, a miss costing more than any figure
      const sm = colLower.length;
      for (let k = 0; k < 2; k++) {
        colLower.push(0);
        colUpper.push(Infinity);
        integer.push(false);
        cost.push(1e9);
      }
      missCols.push({ t, cols: [sm, sm + 1] });
      goalRows.push({ cols: [...targetCols, sm], coefs: [...targetCoefs, 1], lower: goal.lower, upper: Infinity });
      goalRows.push({ cols: [...targetCols, sm + 1], coefs: [...targetCoefs, -1], lower: -Infinity, upper: goal.upper });
      continue;
    }
    goalRows.push({ cols: targetCols, coefs: targetCoefs, lower: goal.lower, upper: goal.upper });
  }
  // a count with several pieces of allowed values: x = a value of one piece (a binary per piece)
  let mip = false;
  for (const { col, domain } of pieceCols) {
    if (!jump) continue;
    const zs: number[] = [];
    for (let k = 0; k < domain.length; k++) {
      zs.push(colLower.length);
      colLower.push(0);
      colUpper.push(1);
      integer.push(true);
      cost.push(0);
    }
    rows.push({ cols: zs, coefs: zs.map(() => 1), lower: 1, upper: 1 });
    rows.push({ cols: [col, ...zs], coefs: [1, ...domain.map((p) => -p[0])], lower: 0, upper: Infinity });
    rows.push({ cols: [col, ...zs], coefs: [1, ...domain.map((p) => -(Number.isFinite(p[1]) ? p[1] : 1e9))], lower: -Infinity, upper: 0 });
    mip = true;
  }
  // one target: its other direction too, if the first cannot be reached or costs more
  const alternative = items.length === 1 ? first.goal.alternative : undefined;
  const attempts = alternative === undefined ? [first.goal] : [first.goal, alternative];
  let best: { x: Float64Array; objective: number } | null = null;
  const goalRow = rows.length;
  const session = new LpSession(highs, { colLower, colUpper, integer, rows: [...rows, ...goalRows] });
  try {
    const costs = Float64Array.from(cost);
    for (const g of attempts) {
      if (items.length === 1) session.setRowBounds(goalRow, g.lower, g.upper);
      // any integral table will do as a witness: the MIP stops at its first solution
      let res = session.solve(costs, 1, mip, mip);
      if (res.status === 'optimal' && !mip && !integral(model, cols, res.x)) res = session.solve(costs, 1, true, true);
      if (res.status === 'optimal' && (best === null || res.objective < best.objective - EPS)) best = { x: res.x, objective: res.objective };
      // the first direction at no cost is as good as it gets
      if (best !== null && best.objective <= EPS) break;
    }
  } finally {
    session.dispose();
  }
  if (best === null) return null;
  const x = best.x;
  const missed = new Set<Target>();
  for (const { t, cols: mc } of missCols) if (mc.some((k) => (x[k] ?? 0) > 1e-6)) missed.add(t);
  // the observations violated: hide their cheapest owner
  const hide = new Set<number>();
  for (const { obs, cols: sc } of slackOf) {
    const violated = sc.some((k) => (x[k] ?? 0) > 1e-7 * Math.max(1, Math.abs(x[k] ?? 0)));
    if (!violated) continue;
    if (obs.owners.some((w) => hide.has(w) || s.hidden[w] !== null)) continue;
    const owners = obs.owners
      .filter((w) => index.has(w) && !kept(w))
      .map((w) => model.vars[w])
      .filter((w): w is TableVar => w !== undefined);
    owners.sort((a, b) => costOf(s, a, cellsWithHidden) - costOf(s, b, cellsWithHidden) || a.id - b.id);
    const pick = owners[0];
    if (pick !== undefined) hide.add(pick.id);
  }
  // the relations left out: where the solution breaks one, its cheapest owner is hidden too
  for (const { obs, row } of deferred) {
    if (obs.owners.some((w) => hide.has(w))) continue;
    let a = 0;
    row.cols.forEach((col, k) => (a += (row.coefs[k] ?? 0) * (x[col] ?? 0)));
    const tol = 1e-7 * Math.max(1, Math.abs(a));
    if (a >= row.lower - tol && a <= row.upper + tol) continue;
    const owners = obs.owners
      .filter((w) => index.has(w) && !kept(w))
      .map((w) => model.vars[w])
      .filter((w): w is TableVar => w !== undefined);
    owners.sort((p, q) => costOf(s, p, cellsWithHidden) - costOf(s, q, cellsWithHidden) || p.id - q.id);
    const pick = owners[0];
    if (pick === undefined) return null;
    hide.add(pick.id);
  }
  return { hide, missed, cols, x };
}

function integral(model: TableModel, cols: readonly number[], x: Float64Array): boolean {
  for (let k = 0; k < cols.length; k++) {
    if (model.vars[cols[k] ?? 0]?.integer !== true) continue;
    const value = x[k] ?? 0;
    if (Math.abs(value - Math.round(value)) > EPS) return false;
  }
  return true;
}

/** The target a hidden cell protects: one sharing a relation with it, else the first. */
function protectedBy(s: ProtectionState, id: number, targets: readonly Target[]): Target {
  if (targets.length > 1) {
    const near = new Set<number>();
    for (const ri of s.structRowsOf[id] ?? []) for (const other of s.model.rows[ri]?.vars ?? []) near.add(other);
    for (const t of targets) if (t.vars.some((v) => near.has(v))) return t;
  }
  return targets[0] as Target;
}

/** Every variable connected to the start by structural rows. */
function familyOf(s: ProtectionState, start: readonly number[]): number[] {
  return neighbourhood(s, start, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
}
