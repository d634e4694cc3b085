import { describe, expect, it } from 'vitest';
import { readerOf } from '../../../tests/anonymisation/_reader.js';
import { analyse } from './analyse.js';
import { constraintsOf, type HiddenRule } from './constraints.js';
import { targetsOf } from './targets.js';
import type { Target, TargetResult } from './witnesses.js';

// The attacker (ANON-7) over the states of one table, as `publish` runs it round by round: a target
// found safe in a state stays safe in a later state that hides more (a reader rules out no more
// tables), so its result is carried instead of decided again. The carried results must give the
// answers a fresh analysis gives, and a target judged by other criteria is decided afresh.
describe('analyse: the results carried from an earlier state of the table', async () => {
  const { model, hidden, c, point } = await readerOf(40);
  // the later state: every tenth published count of a unit hidden as well
  const more: (HiddenRule | null)[] = [...hidden];
  const extra = model.vars.filter((v) => v.kind === 'count' && !v.own && hidden[v.id] === null && v.path[0] === 'byUnit').filter((_, k) => k % 10 === 0);
  for (const v of extra) more[v.id] = 'unknown';
  const later = constraintsOf({ ...c.state, hidden: more, active: (o) => c.state.active(o) && o.owners.every((w) => more[w] === null) });

  const safe = new Map<string, TargetResult>();
  const earlier = await analyse(c, targetsOf(c, null), { point, safe });
  const targets = targetsOf(later, null);
  const carried = await analyse(later, targets, { point, safe });
  const fresh = await analyse(later, targets, { point });
  const verdicts = (a: { results: readonly TargetResult[] }): string[] => a.results.map((r) => `${r.target.key} ${r.disclosed ? (r.criterion ?? '') : 'safe'}`);

  it('is set up: the later state hides more, with targets found safe before and new ones', () => {
    expect(extra.length).toBeGreaterThan(20);
    expect(earlier.results.filter((r) => !r.disclosed).length).toBeGreaterThan(100);
    expect(targets.length).toBeGreaterThan(earlier.results.length);
  });

  it('gives every target the verdict a fresh analysis gives', () => {
    expect(verdicts(carried)).toEqual(verdicts(fresh));
  });

  it('carries nothing to a target judged by other criteria (a small group whose ends moved)', async () => {
    const small = earlier.results.find((r) => !r.disclosed && r.target.kind === 'value' && r.target.main.kind === 'count')?.target;
    expect(small).toBeDefined();
    if (small === undefined) return;
    // ends no table can reach: "all" told from "none" whatever the reader sees
    const moved: Target = { ...small, ends: [-1, small.main.upper + 1] };
    const again = await analyse(later, [moved], { point, safe });
    expect(again.results[0]?.disclosed).toBe(true);
    expect(again.results[0]?.criterion).toBe('all-or-none');
  });
});
