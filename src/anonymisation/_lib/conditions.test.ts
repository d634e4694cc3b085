import { describe, expect, it } from 'vitest';
import { readerOf } from '../../../tests/anonymisation/_reader.js';
import { holdsOnEveryTable, type TableCondition } from './conditions.js';

// The determined shares of `publish` (ANON-3, ANON-7): whether conditions hold on every table a
// reader cannot rule out. In a large part of the table the checks of counts are first broken by
// tables around batches of neighbouring checks, and each check left is tried in a small programme
// around its figures; every answer must be the whole part's, both ways.
describe('holdsOnEveryTable: the small programme around a check answers as the whole part does', async () => {
  const { model, hidden, c, point } = await readerOf(40);
  // checks on hidden counts: at most / at least their value at a feasible table, at least their lower
  // bound (always true), and pairs of these
  const counts = model.vars.filter((v) => v.kind === 'count' && !v.own && hidden[v.id] !== null).slice(0, 60);
  const at = (id: number): number => point[id] ?? 0;
  const atMost = (id: number, x: number): TableCondition => ({ vars: [id], coefs: [1], sense: -1, bound: x });
  const atLeast = (id: number, x: number): TableCondition => ({ vars: [id], coefs: [1], sense: 1, bound: x });
  const checks: TableCondition[][] = counts.flatMap((v, k) => {
    const w = counts[(k + 1) % counts.length] ?? v;
    return [[atMost(v.id, at(v.id))], [atLeast(v.id, at(v.id))], [atLeast(v.id, v.lower)], [atLeast(v.id, v.lower), atMost(w.id, at(w.id))]];
  });

  it('is set up: hidden counts to check', () => {
    expect(counts.length).toBeGreaterThan(20);
  });

  it('gives the same answer for every check, some holding and some not', async () => {
    const whole = await holdsOnEveryTable(c, checks);
    const nearby = await holdsOnEveryTable(c, checks, { point, nearbyPart: 0 });
    expect(nearby).toEqual(whole);
    expect(whole.filter(Boolean).length).toBeGreaterThan(0);
    expect(whole.filter((x) => !x).length).toBeGreaterThan(0);
  });
});
