import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { bigEmployer } from '../../../tests/anonymisation/_big.js';
import { EmployeeSchema } from '../../models/employee.js';
import { computeMapping } from '../../statistics/index.js';
import { PublicationPolicySchema } from '../policy.js';
import type { AuditInput } from '../types.js';
import { buildTableModel } from './buildTableModel.js';
import { constraintsOf, type HiddenRule } from './constraints.js';
import { isPercentPath, targetsOf } from './targets.js';

// The model's objects are read in every loop of `publish` and the audit. V8 reads a field fast only
// where the objects it sees share a few hidden classes (at most four); a variable made by spreading
// an object and adding a field got a class of its own (5 382 classes for 5 390 variables of a
// 200-unit employer), and `publish` took about 40 % longer. `%HaveSameMap` is V8's own test.
setFlagsFromString('--allow-natives-syntax');
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- V8's natives syntax is parsed only in a function made after the flag
const sameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;

/** The number of hidden classes among `objects`, counted up to `limit` + 1. */
function classes(objects: readonly object[], limit = 8): number {
  const seen: object[] = [];
  for (const o of objects) {
    if (!seen.some((s) => sameMap(s, o))) seen.push(o);
    if (seen.length > limit) break;
  }
  return seen.length;
}

describe('buildTableModel: one hidden class per kind of object', () => {
  const records = bigEmployer(40).map((r) => EmployeeSchema.parse(r));
  const model = buildTableModel(computeMapping(records, { year: 2025 }) as unknown as AuditInput);
  // a state with a third of the unit's counts hidden, as a round of `publish` has
  const hidden = model.vars.map((v, k): HiddenRule | null => (!v.own && k % 3 === 0 ? 'primary' : null));
  const truth = Float64Array.from(model.vars, (v) => v.value?.toNumber() ?? 0);
  const c = constraintsOf({
    model,
    policy: PublicationPolicySchema.parse({}),
    hidden,
    active: (o) => o.owners.every((w) => hidden[w] === null),
    known: (id) => truth[id] ?? null,
    ruleAware: false,
  });
  const targets = targetsOf(c, truth);

  it('is set up: a model of thousands of figures, with targets and their percents', () => {
    expect(model.vars.length).toBeGreaterThan(1000);
    expect(model.observations.length).toBeGreaterThan(1000);
    expect(targets.length).toBeGreaterThan(100);
    expect(targets.some((t) => t.derived !== undefined)).toBe(true);
    // the test can fail: objects of different fields have different classes
    expect(classes([{ a: 1 }, { b: 1 }, { a: 1, b: 2 }])).toBe(3);
  });

  it('the variables, observations and targets share at most four classes each (V8 reads them fast)', () => {
    expect(classes(model.vars)).toBeLessThanOrEqual(4);
    expect(classes(model.observations)).toBeLessThanOrEqual(4);
    expect(classes(targets)).toBeLessThanOrEqual(4);
    expect(classes(targets.flatMap((t) => t.derived ?? []))).toBeLessThanOrEqual(4);
  });
});

describe('buildTableModel: a percent and the observations that publish it share one path', () => {
  // targets.ts finds a percent's observations by its path array itself, not by a key of it
  const records = bigEmployer(40).map((r) => EmployeeSchema.parse(r));
  const model = buildTableModel(computeMapping(records, { year: 2025 }) as unknown as AuditInput);
  const derivedPaths = new Set(model.derived.map((d) => d.path));
  const percentObservations = model.observations.filter((o) => isPercentPath(o.path));

  it('is set up: the table publishes percents, shares and coverages', () => {
    const kinds = new Set(percentObservations.map((o) => o.path[o.path.length - 1]));
    expect([...kinds].sort()).toEqual(['coverage', 'percentOfAll', 'percentOfSex', 'womenShareOfCategory']);
  });

  it("every observation of a percent has the path array of the model's derived figure", () => {
    const stray = percentObservations.filter((o) => !derivedPaths.has(o.path)).map((o) => o.path.join('/'));
    expect(stray).toEqual([]);
  });
});
