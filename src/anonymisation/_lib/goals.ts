/**
 * The goals of a protection (ANON-3): what a witness must reach for a target to be safe — a count
 * moved to the next value its rule allows (up, or else down), far enough that each percent hidden
 * with it reaches a second published figure (ANON-7); an amount moved by three
 * times the tolerance (ANON-6); both ends of a small group's count.
 * @internal
 */
import { baseOf, countDomain, type Piece } from './domains.js';
import type { ProtectionState } from './protectionState.js';
import { derivedKnown, exprRange, judge, NEAR_ZERO, type Target } from './witnesses.js';

/** One requirement on a target's expression: reach `≥ up` or `≤ down` (or exactly a value). @internal */
export interface Goal {
  readonly lower: number;
  readonly upper: number;
  /** Alternative, if the first cannot be reached. */
  readonly alternative?: { readonly lower: number; readonly upper: number } | undefined;
  readonly met: () => boolean;
}

/** The goals of a target in a state, the first to try first (none when its rule leaves no other value). @internal */
export function goalsOf(s: ProtectionState, t: Target): Goal[] {
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
    // the next value up (or down) that takes every percent hidden with the count to a second
    // published figure (ANON-7); with none, the next value
    const wide = (lo: number, hi: number): boolean => (t.derived ?? []).every((d) => !derivedKnown(d, lo, hi));
    const ends: Goal[] = [];
    if (t.ends !== undefined) {
      const [a, b] = t.ends;
      ends.push(
        { lower: a, upper: a, met: () => t.vars.length === 1 && inner()[0] <= a + 0.5 },
        { lower: b, upper: b, met: () => t.vars.length === 1 && inner()[1] >= b - 0.5 },
      );
      // both ends reached, the percents hidden with it move far enough too
      if (wide(a, b)) return ends;
    }
    const reach = (dir: 1 | -1): number | null => {
      let x = nextInDomain(domain, truth + dir, dir);
      while (x !== null && !(dir === 1 ? wide(truth, x) : wide(x, truth))) x = nextInDomain(domain, x + dir, dir);
      return x;
    };
    const up = reach(1);
    const down = reach(-1);
    const met = (): boolean => {
      if (t.vars.length !== 1) return false;
      const [lo, hi] = inner();
      return hi - lo >= 0.5 && judge(t, lo, hi, 1, policy) === null;
    };
    if (up !== null && down !== null) return [...ends, { lower: up, upper: up, alternative: { lower: down, upper: down }, met }];
    if (up !== null) return [...ends, { lower: up, upper: up, met }];
    if (down !== null) return [...ends, { lower: down, upper: down, met }];
    // neither way far enough alone: a value on each side, widened in turn until the percents move
    const both = t.derived === undefined ? null : eitherSide(domain, truth, wide);
    if (both !== null) return [...ends, { lower: both[1], upper: both[1], met }, { lower: both[0], upper: both[0], met }];
    // (no allowed values widen the percents: only when the reader also knows the rules of the
    // suppression list, whose allowed values can be fewer than the structure leaves) the next value
    const one = nextInDomain(domain, truth + 1, 1) ?? nextInDomain(domain, truth - 1, -1);
    return one === null ? ends : [...ends, { lower: one, upper: one, met }];
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
  // (fields named, not spread: a spread with fields added gives each goal a hidden class of its own)
  const alternative = truth - step >= 0 ? { lower: -Infinity, upper: truth - step } : undefined;
  return [{ lower: truth + step, upper: Infinity, alternative, met }];
}

/** A value below and one above `truth`, each the next allowed one in turn, until `wide` holds for the two; null when the domain ends first. */
function eitherSide(domain: readonly Piece[], truth: number, wide: (lo: number, hi: number) => boolean): [number, number] | null {
  let lo = truth;
  let hi = truth;
  for (let turn = 0; ; turn++) {
    const nextLo = nextInDomain(domain, lo - 1, -1);
    const nextHi = nextInDomain(domain, hi + 1, 1);
    if (nextLo === null && nextHi === null) return null;
    if (nextHi !== null && (turn % 2 === 0 || nextLo === null)) hi = nextHi;
    else if (nextLo !== null) lo = nextLo;
    if (wide(lo, hi)) return lo < truth && hi > truth ? [lo, hi] : null;
  }
}

/** The first allowed value from `from` in direction `dir`, or null. */
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

/** A target's expression at a table. */
function exprValue(t: Target, x: Float64Array): number {
  let sum = 0;
  t.vars.forEach((id, k) => (sum += (t.coefs[k] ?? 0) * (x[id] ?? 0)));
  return sum;
}
