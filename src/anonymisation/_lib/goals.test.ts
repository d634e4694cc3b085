import { describe, expect, it } from 'vitest';
import { PublicationPolicySchema } from '../policy.js';
import { goalsOf } from './goals.js';
import type { ProtectionState } from './protectionState.js';
import { countTarget, countVar, percentOfBase } from '../../../tests/anonymisation/_counts.js';
import { witnessesFrom } from './witnesses.js';

// A hidden count's goal (ANON-3): the value a witness must reach. With a percent hidden with it
// (ANON-7), far enough that the percent reaches a second published figure (its ends read 0.005
// units inside, so a value on the rounding boundary does not count).
const stateAt = (truth: number): ProtectionState =>
  ({
    policy: PublicationPolicySchema.parse({}),
    truth: Float64Array.of(truth),
    inner: witnessesFrom(Float64Array.of(truth)),
    ruleAware: false,
    hidden: ['secondary'],
  }) as unknown as ProtectionState;
const ends = (goals: ReturnType<typeof goalsOf>): (readonly [number, number, number | undefined])[] =>
  goals.map((g) => [g.lower, g.upper, g.alternative?.lower] as const);

describe('goalsOf: a count hidden with its percents', () => {
  it('without percents: the next value up, or else down', () => {
    expect(ends(goalsOf(stateAt(46), countTarget(countVar(150))))).toEqual([[47, 47, 45]]);
  });
  it('whole percents of a base of 150: two persons up, or else one down', () => {
    // 46 is 30.67 % ("31"): 47 is 31.33 % ("31"), 48 is 32.00 % ("32"); 45 is 30.00 % ("30")
    expect(ends(goalsOf(stateAt(46), countTarget(countVar(150), [percentOfBase(150, 1)])))).toEqual([[48, 48, 45]]);
  });
  it('at the top of its range: only down', () => {
    // 150 of 150 is "100", 149 is 99.33 % ("99")
    expect(ends(goalsOf(stateAt(150), countTarget(countVar(150), [percentOfBase(150, 1)])))).toEqual([[149, 149, undefined]]);
  });
  it('when neither way alone is far enough for every percent: a value on each side', () => {
    // 0 … 6 persons, from 3: of a base of 400 (0.75 %, "1") only down reaches "0" (1: 0.25 %);
    // of a base of 1 000 (0.3 %, "0") only up reaches "1" (6: 0.6 %; 5 is 0.5 %, on the boundary);
    // widened in turn, 1 … 6 is the first interval that moves both
    expect(ends(goalsOf(stateAt(3), countTarget(countVar(6), [percentOfBase(400, 1), percentOfBase(1000, 1)])))).toEqual([
      [6, 6, undefined],
      [1, 1, undefined],
    ]);
  });
  it('a small group: both ends, and further where the ends leave a percent known', () => {
    const small = { ...countTarget(countVar(6), [percentOfBase(400, 1)]), ends: [0, 2] as const };
    // 0 … 2 of 400 is 0 % … 0.5 %, "0" (0.5 is on the boundary): from 1, up to 3 (0.75 %, "1")
    expect(ends(goalsOf(stateAt(1), small))).toEqual([
      [0, 0, undefined],
      [2, 2, undefined],
      [3, 3, undefined],
    ]);
    // the ends alone when they are wide enough (one decimal: 0.5 is five units)
    expect(ends(goalsOf(stateAt(1), { ...small, derived: [percentOfBase(400, 0.1)] }))).toEqual([
      [0, 0, undefined],
      [2, 2, undefined],
    ]);
  });
  it('a goal is met once the witnesses seen reach it', () => {
    const s = stateAt(46);
    const [goal] = goalsOf(s, countTarget(countVar(150), [percentOfBase(150, 1)]));
    expect(goal?.met()).toBe(false);
    s.inner.hi[0] = 47;
    expect(goal?.met()).toBe(false);
    s.inner.hi[0] = 48;
    expect(goal?.met()).toBe(true);
  });
});
