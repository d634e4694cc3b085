import { describe, expect, it } from 'vitest';
import { readerOf } from '../../../tests/anonymisation/_reader.js';
import { targetsOf } from './targets.js';
import { buildLp, objectiveOf } from './lpBuild.js';
import { propagate } from './propagate.js';
import { LpSession, loadSolver } from './solver.js';
import { witnessBatches, witnessEnds } from './witnessBatches.js';
import { witnessesFrom } from './witnesses.js';

/** The reader of a 40-unit table: its constraints, a feasible table, outer bounds, and which figures are fixed or unknown. */
async function readerSetUp() {
  const { model, c, point } = await readerOf(40);
  const outer = propagate(c);
  if (outer === null) throw new Error('inconsistent');
  const fixed = (id: number): boolean => (c.upper[id] ?? 0) - (c.lower[id] ?? 0) <= 0;
  const unknown = (id: number): boolean => !fixed(id) && (model.vars[id]?.own === true || c.state.hidden[id] !== null);
  return { model, c, point, outer, fixed, unknown };
}

// The attacker's witnesses in bulk (ANON-7): a hidden value is shown safe by the tables kept as
// witnesses, so every value a batch keeps must be one a reader cannot rule out — within the
// reader's exact bounds (the programme of every unknown figure), never outside them.
describe('witnessBatches and witnessEnds: every value they keep is possible', async () => {
  const { model, c, point, outer, fixed, unknown } = await readerSetUp();
  const highs = await loadSolver();
  const targets = targetsOf(c, null).filter((t) => t.vars.length === 1);
  const inner = witnessesFrom(point);
  const first = witnessBatches(highs, c, targets, { point, outer, inner }, unknown, fixed);
  witnessBatches(highs, c, targets, { point, outer, inner }, unknown, fixed, { radius: 4, size: 128 });
  const afterBatches = { lo: Float64Array.from(inner.lo), hi: Float64Array.from(inner.hi) };
  // each target's own ends over its batch's neighbourhood (every target open)
  witnessEnds(
    highs,
    c,
    targets.filter((t) => t.main.kind !== 'weeks'),
    { point, outer, inner },
    unknown,
    fixed,
    () => true,
  );
  // the reader's exact (LP) bounds of each target, from one programme of every figure not fixed
  const cols = model.vars.map((v) => v.id).filter((id) => !fixed(id));
  const lp = buildLp(c, cols, point, outer, 'outer');
  const session = new LpSession(highs, lp.data);
  const sample = targets.filter((t) => t.main.kind !== 'weeks').slice(0, 80);
  const bounds = sample.map((t) => {
    const lo = session.solve(objectiveOf(t, lp.index), 1);
    const hi = session.solve(objectiveOf(t, lp.index), -1);
    return [lo.objective, hi.objective] as const;
  });
  session.dispose();

  it('is set up: targets of every kind, some moved by the batches', () => {
    expect(targets.length).toBeGreaterThan(100);
    expect(sample.some((t) => (inner.hi[t.main.id] ?? 0) > (inner.lo[t.main.id] ?? 0))).toBe(true);
  });

  it('witnessEnds moves targets further than the random directions did', () => {
    const widened = targets.filter(
      (t) => (inner.lo[t.main.id] ?? 0) < (afterBatches.lo[t.main.id] ?? 0) || (inner.hi[t.main.id] ?? 0) > (afterBatches.hi[t.main.id] ?? 0),
    );
    expect(widened.length).toBeGreaterThan(0);
  });

  it('keeps only values within the reader’s bounds (counts whole)', () => {
    sample.forEach((t, k) => {
      const [lo, hi] = bounds[k] ?? [NaN, NaN];
      const id = t.main.id;
      const tol = 1e-6 * Math.max(1, Math.abs(hi));
      expect(inner.lo[id]).toBeGreaterThanOrEqual(lo - tol);
      expect(inner.hi[id]).toBeLessThanOrEqual(hi + tol);
      if (t.main.kind === 'count') expect([inner.lo[id], inner.hi[id]].every((x) => Number.isInteger(x))).toBe(true);
    });
  });

  it('reports averages of weeks only from tables with persons, within 0 … 53 weeks a person', () => {
    expect(first.size).toBeGreaterThan(0);
    for (const [t, [a, b]] of first) {
      expect(t.main.kind).toBe('weeks');
      expect(a).toBeGreaterThanOrEqual(0);
      expect(b).toBeLessThanOrEqual(53 + 1e-9);
      expect(a).toBeLessThanOrEqual(b);
    }
  });
});

// The tables of a batch are there to show its targets safe: with `open` (whether the tables seen
// leave a target open) a batch none of whose targets is open builds no programme, and a batch's
// directions stop once none is. Open every time, the tables are the same as without it.
describe('witnessBatches with open: tables only while a target of the batch is open', async () => {
  const { c, point, outer, fixed, unknown } = await readerSetUp();
  const real = await loadSolver();
  const targets = targetsOf(c, null).filter((t) => t.vars.length === 1 && t.main.kind !== 'weeks');
  /** A solver that counts its runs (each solve of a programme is one). */
  const counting = (): { highs: typeof real; runs: () => number } => {
    let runs = 0;
    const createModel: typeof real.createModel = (...args) =>
      new Proxy(real.createModel(...args), {
        get(target, prop) {
          if (prop === 'run')
            return () => {
              runs++;
              return target.run();
            };
          const value: unknown = Reflect.get(target, prop);
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
    return { highs: Object.assign(Object.create(real) as typeof real, { createModel }), runs: () => runs };
  };
  const run = (open?: (t: (typeof targets)[number], inner: ReturnType<typeof witnessesFrom>) => boolean) => {
    const solver = counting();
    const inner = witnessesFrom(point);
    witnessBatches(solver.highs, c, targets, { point, outer, inner }, unknown, fixed, undefined, open === undefined ? undefined : (t) => open(t, inner));
    return { inner, runs: solver.runs() };
  };
  const always = run();

  it('open every time: the same tables as without it', () => {
    const same = run(() => true);
    expect(always.runs).toBeGreaterThan(0);
    expect(same.runs).toBe(always.runs);
    expect([...same.inner.lo]).toEqual([...always.inner.lo]);
    expect([...same.inner.hi]).toEqual([...always.inner.hi]);
  });

  it('nothing open: no programme', () => {
    const none = run(() => false);
    expect(none.runs).toBe(0);
    expect([...none.inner.lo]).toEqual([...point]);
  });

  it('stops a batch once its targets have moved', () => {
    // open until a table moved the target from the feasible table
    const moved = run((t, inner) => (inner.lo[t.main.id] ?? 0) === (inner.hi[t.main.id] ?? 0));
    expect(moved.runs).toBeGreaterThan(0);
    expect(moved.runs).toBeLessThan(always.runs);
  });
});
