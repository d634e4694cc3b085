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
 *
 * This file holds the drivers (one target, several together) and what a plan's hiding does; the
 * state is in protectionState.ts, the singleton pass in hideSingletons.ts, the goals in goals.ts and
 * the programme in protectionLp.ts.
 * @internal
 */
import type { Highs } from 'highs';
import { goalsOf, type Goal } from './goals.js';
import { planGoals, type Plan } from './protectionLp.js';
import type { ProtectionState } from './protectionState.js';
import type { Target } from './witnesses.js';

/**
 * Protects one target: hides what a witness needs and records the witness. Returns the variables
 * hidden (empty when the target was protected already or cannot be), or null when `widest` is
 * finite and no neighbourhood of at most that radius holds a witness for one of its goals: that goal
 * is left to a wider programme (a witness that needs the employer's figures, kept in case no
 * neighbourhood does better, is dropped with it; what earlier goals hid stays hidden).
 * @internal
 */
export function protectTarget(highs: Highs, s: ProtectionState, t: Target, widest = Infinity): number[] | null {
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
          // (a chain of nested units: a witness moves figures many units up or down; in a 700-unit
          // chain 42 targets went from radius 4 to the whole family, 5 600 columns each, and radius 8
          // to 32 protect them all, with one figure more hidden in all)
          [8, false, false],
          [16, false, false],
          [32, false, false],
          [Infinity, false, false],
        ];
    let done = false;
    // a witness that needs the employer's figures is taken only if the wider neighbourhoods need them too
    let employers: Plan | null = null;
    const items = [{ t, goal }];
    for (const [radius, jump, release] of attempts) {
      if (radius > widest) return null;
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
 *
 * The targets that no radius-2 neighbourhood protects (in a large table, mostly a sparse count:
 * an other/unknown sex's part-timers in one unit, whose witness has to move a unit in another
 * region) are then protected together within radius 3 (an other/unknown sex's count skips this),
 * what those witnesses miss together once more by one witness over their wide neighbourhoods, and
 * only the ones it misses one at a time.
 * On the tests' 4 000-unit employer that is 4 programmes within radius 3 and 2 wide ones (about
 * 20 000 table columns each), where one target at a time took 98 programmes within radius 3 and
 * then series of 6 000 to 36 000 columns for each target left.
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
    const far: Target[] = [];
    const wide: Target[] = [];
    // in batches of neighbours (the table's variables are numbered cell by cell, unit by unit): a
    // witness for a few dozen targets is a small programme, one for thousands a slow one
    group.sort((a, b) => a.main.id - b.main.id);
    // radius 2 together; what that misses, alone within radius 2
    protectInBatches(highs, s, group, NEAR, (t) => {
      if (protectTarget(highs, s, t, NEAR) === null) far.push(t);
    });
    // what no radius-2 neighbourhood protects, together within radius 3; a batch of one, alone (as far
    // as radius 3). An other/unknown sex's count goes straight to the wide programme: its witness
    // moves such a person to another unit that has one, seldom a sibling (they are few), and a
    // radius-3 neighbourhood of a large employer's unit is nearly as large as the wide one (on the
    // tests' 4 000-unit employer 1.1 s of radius-3 programmes for them, where the wide one took 0.2 s more)
    for (const t of far) if (t.main.slot === 'otherOrUnknown') wide.push(t);
    const narrow = far.filter((t) => t.main.slot !== 'otherOrUnknown');
    protectInBatches(highs, s, narrow, NARROW, (t, alone) => {
      if (!alone || protectTarget(highs, s, t, NARROW) === null) wide.push(t);
    });
    // the rest together, over their wide neighbourhoods with the figures kept published released
    // (as the last of one target's neighbourhoods is); then what that witness misses, one by one
    const items = openGoals(s, wide);
    const plan = items.length > 0 ? planGoals(highs, s, items, WIDE, false, true, true) : null;
    if (plan !== null) applyPlan(s, plan, items);
    for (const { t } of plan === null ? items : items.filter((i) => plan.missed.has(i.t))) protectTarget(highs, s, t);
  }
}

/**
 * Protects `targets` in batches of `TOGETHER` neighbours, one witness for each batch within
 * `radius`; the targets a batch's witness misses (goals may be missed, at a high price) go to
 * `missed`, with `alone` true for a batch of one target (not tried yet).
 */
function protectInBatches(highs: Highs, s: ProtectionState, targets: readonly Target[], radius: number, missed: (t: Target, alone: boolean) => void): void {
  for (let from = 0; from < targets.length; from += TOGETHER) {
    const items = openGoals(s, targets.slice(from, from + TOGETHER));
    const alone = items.length === 1;
    const miss = alone ? null : solveGoals(highs, s, items, radius, false, true);
    for (const { t } of miss === null ? items : items.filter((i) => miss.has(i.t))) missed(t, alone);
  }
}

/** Each target with the last of its goals that no witness meets yet (those met dropped). */
function openGoals(s: ProtectionState, targets: readonly Target[]): { t: Target; goal: Goal }[] {
  const items: { t: Target; goal: Goal }[] = [];
  for (const t of targets) {
    const goals = goalsOf(s, t).filter((g) => !g.met());
    const goal = goals[goals.length - 1];
    if (goal !== undefined) items.push({ t, goal });
  }
  return items;
}

/** Targets protected by one witness at most. */
const TOGETHER = 32;

/**
 * The neighbourhoods a target is tried in: together and then alone within `NEAR`, together within
 * `NARROW`, together within `WIDE` (with the figures kept published released) and, for what is
 * left, alone in ever wider ones. Measured on the tests' 1 000- and 4 000-unit employers:
 * - the targets left after radius 2 tried alone within radius 3 (98 programmes of 2 500 table
 *   columns on 4 000 units, 38 ms each, 59 of them found) took 3.7 s, together (4 programmes) 2.2 s,
 *   with 1 000 units hiding 8 figures more and 4 000 units 1;
 * - sent straight to the wide witness instead, 1 000 units hid 67 figures more (0.2 %), and the
 *   wide programme took longer than the radius-3 ones saved.
 */
const NEAR = 2;
const NARROW = 3;
const WIDE = 4;

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

/** The target a hidden cell protects: one sharing a relation with it, else the first. */
function protectedBy(s: ProtectionState, id: number, targets: readonly Target[]): Target {
  if (targets.length > 1) {
    const near = new Set<number>();
    for (const ri of s.structRowsOf[id] ?? []) for (const other of s.model.rows[ri]?.vars ?? []) near.add(other);
    for (const t of targets) if (t.vars.some((v) => near.has(v))) return t;
  }
  return targets[0] as Target;
}
