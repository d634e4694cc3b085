/**
 * The primary thresholds of ANON-2 / ANON-4, shared by `publish` and `auditPublication`.
 * @internal
 */
import type { Dec } from '../../_lib/money.js';
import type { PublicationPolicy } from '../policy.js';
import type { Var } from './model.js';

/** Why a value fails a threshold. @internal */
export interface Failure {
  /** `persons`: too few persons behind a figure; `count`: attribute count 1…min−1; `rest`: the rest of the cell 1…min−1. */
  readonly which: 'persons' | 'count' | 'rest';
  readonly count: number;
  readonly threshold: number;
}

/**
 * The threshold a variable fails, or null. `value` overrides the variable's own value (the
 * attacker's estimate of a remainder).
 * @internal
 */
export function primaryFailure(v: Var, policy: PublicationPolicy, value: Dec | null = v.value): Failure | null {
  if (v.kind === 'pay') {
    // ANON-2, ANON-4: a pay figure of a sex in a cell needs payMinPersons persons of that sex
    return v.n !== null && v.n > 0 && v.n < policy.payMinPersons ? { which: 'persons', count: v.n, threshold: policy.payMinPersons } : null;
  }
  if (v.kind === 'weeks') {
    // ANON-2: an average of parental-leave weeks needs parentalLeaveMinPersons persons
    return v.n !== null && v.n > 0 && v.n < policy.parentalLeaveMinPersons ? { which: 'persons', count: v.n, threshold: policy.parentalLeaveMinPersons } : null;
  }
  if (value === null) return null;
  const c = value.toNumber();
  // ANON-2: a count of persons with an attribute is 0 or ≥ attributeMinCount …
  if (c > 0 && c < policy.attributeMinCount) return { which: 'count', count: c, threshold: policy.attributeMinCount };
  // … and so is the rest of the cell (persons of the sex without the attribute)
  if (v.n !== null) {
    const rest = v.n - c;
    if (rest > 0 && rest < policy.attributeMinRest) return { which: 'rest', count: rest, threshold: policy.attributeMinRest };
  }
  return null;
}

/**
 * The threshold a recomputable union of hidden cells fails (pay and parental-leave averages): the
 * union is a group of Σ n persons whose figure is known (ANON-3).
 * @internal
 */
export function unionFailure(union: readonly Var[], policy: PublicationPolicy): Failure | null {
  const first = union[0];
  if (first === undefined) return null;
  const n = union.reduce((t, v) => t + (v.n ?? 0), 0);
  const threshold = first.kind === 'pay' ? policy.payMinPersons : policy.parentalLeaveMinPersons;
  return n > 0 && n < threshold ? { which: 'persons', count: n, threshold } : null;
}
