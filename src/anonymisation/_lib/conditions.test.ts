import { describe, expect, it } from 'vitest';
import { readerOf } from '../../../tests/anonymisation/_reader.js';
import { analyse } from './analyse.js';
import { holdsOnEveryTable, type TableCondition } from './conditions.js';
import { targetsOf } from './targets.js';
import { witnessesFrom } from './witnesses.js';

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

  // conditions on two figures, as `publish` asks of a pay ratio: their sum at most its value at a
  // feasible table, or their difference at least its value there
  const pairs: TableCondition[][] = counts.map((v, k) => {
    const w = counts[(k + 3) % counts.length] ?? v;
    return k % 2 === 0
      ? [{ vars: [v.id, w.id], coefs: [1, 1], sense: -1, bound: at(v.id) + at(w.id) }]
      : [{ vars: [v.id, w.id], coefs: [1, -1], sense: 1, bound: at(v.id) - at(w.id) }];
  });

  it('answers the same with the tables an analysis saw, which refute checks without a programme', async () => {
    const all = [...checks, ...pairs];
    const whole = await holdsOnEveryTable(c, all);
    const seen = (await analyse(c, targetsOf(c, point), { point })).inner;
    expect(await holdsOnEveryTable(c, all, { point, seen })).toEqual(whole);
    expect(await holdsOnEveryTable(c, all, { seen })).toEqual(whole);
    expect(whole.slice(checks.length).filter((x) => !x).length).toBeGreaterThan(0);
  });

  it('takes a table seen as possible: one that breaks a condition refutes its check', async () => {
    // at least its lower bound holds on every table; a table seen below it (never one an analysis
    // gives) refutes it, with the other figure of the pair anywhere within its bounds
    const v = counts[0];
    const w = counts[1];
    if (v === undefined || w === undefined) throw new Error('no counts');
    const check: TableCondition[] = [{ vars: [v.id, w.id], coefs: [1, 1], sense: 1, bound: c.lower[v.id]! + c.lower[w.id]! }];
    expect(await holdsOnEveryTable(c, [check])).toEqual([true]);
    const seen = witnessesFrom(point);
    seen.lo[v.id] = c.lower[v.id]! - 1 - (c.upper[w.id]! - c.lower[w.id]!);
    expect(await holdsOnEveryTable(c, [check], { seen })).toEqual([false]);
  });
});
