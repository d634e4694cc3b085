import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { payrollArb } from './_arbitraries.js';
import { EmployeeSchema } from '../../src/models/employee.js';
import { computeMapping, type Mapping } from '../../src/statistics/index.js';
import { auditPublication, publish, PublicationPolicySchema, type PublicationPolicyInput, type PublishedMapping } from '../../src/anonymisation/index.js';
import { getPath, setPath } from '../../src/anonymisation/_lib/paths.js';

// Random payrolls of 1–60 records over a three-level unit tree, four levels, two groups, a fifth
// of them without a level, group or unit, some of other sex, some without position percent.
const mappingArb = payrollArb(1, 60).map((rows) =>
  computeMapping(
    rows.map((r) => EmployeeSchema.parse(r)),
    { year: 2025 },
  ),
);

const policyArb: fc.Arbitrary<PublicationPolicyInput> = fc.constantFrom(
  {},
  { payMinPersons: 3 },
  { ratiosOnly: true },
  { attributeMinCount: 4, attributeMinRest: 2, parentalLeaveMinPersons: 3 },
  { mergeSmallLevels: true },
  { mergeSmallLevels: true, levelOrder: 'sorted-key' },
);

const json = (p: PublishedMapping): unknown => JSON.parse(JSON.stringify(p));

type Cell = {
  population: { women: number; men: number };
  women: { count: number; mean: string | null; median: string | null };
  men: { count: number; mean: string | null; median: string | null };
  womenShareOfMen: { mean: string | null; median: string | null };
};

function payCells(p: PublishedMapping): Cell[] {
  const sections = [p.pay, p.agreedPay, ...Object.values(p.payComponents)];
  return [...sections.flatMap((s) => [s.total, ...s.byLevel, ...s.byGroup]), ...p.byUnit.flatMap((u) => [u.pay, u.agreedPay])];
}

describe('anonymisation properties (ANON-2, ANON-3, ANON-6, ANON-7)', () => {
  it('after publish, the audit finds nothing (any policy)', async () => {
    await fc.assert(
      fc.asyncProperty(mappingArb, policyArb, async (m, policy) => {
        const p = await publish(m, policy);
        const a = await auditPublication(json(p));
        expect(a.readable).toBe(true);
        expect(a.findings).toEqual([]);
      }),
      { numRuns: 120, endOnFailure: true },
    );
  });

  it('every published pay figure has at least the threshold behind it (or is a component nobody of that sex has)', async () => {
    await fc.assert(
      fc.asyncProperty(mappingArb, policyArb, async (m, policy) => {
        const p = await publish(m, policy);
        const pol = PublicationPolicySchema.parse(policy);
        const sections = [p.pay, p.agreedPay, ...Object.values(p.payComponents)];
        for (const section of sections) {
          for (const c of [section.total, ...section.byLevel, ...section.byGroup]) {
            for (const sex of ['women', 'men'] as const) {
              const f = c[sex];
              const zero = f.mean === '0.00' && section.total[sex].mean === '0.00';
              if ((f.mean !== null || f.median !== null) && !zero) expect(f.count).toBeGreaterThanOrEqual(pol.payMinPersons);
            }
          }
        }
        if (pol.ratiosOnly) for (const c of payCells(p)) expect([c.women.mean, c.men.mean, c.women.median, c.men.median]).toEqual([null, null, null, null]);
      }),
      { numRuns: 80, endOnFailure: true },
    );
  });

  it('a reason never states a hidden count: the attribute rule reads the same on both sides (ANON-6)', async () => {
    await fc.assert(
      fc.asyncProperty(mappingArb, policyArb, async (m, policy) => {
        const p = await publish(m, policy);
        const primaryCounts = p.suppressed.filter((s) => s.rule === 'primary' && s.path[s.path.length - 1] === 'count' && !s.path.includes('parentalLeave'));
        expect(new Set(primaryCounts.map((s) => JSON.stringify(s.reason))).size).toBeLessThanOrEqual(1);
        for (const s of p.suppressed) {
          expect(s).not.toHaveProperty('count');
          const hidden = getPath(m, s.path);
          if (typeof hidden === 'number' && hidden > 0) {
            const numbers = `${s.reason.nb} ${s.reason.nn} ${s.reason.en}`.replace(/ANON-\d|STAT-\w+|\["[^"]*"\]/g, '').match(/\d+/g) ?? [];
            // only thresholds appear (they are the policy's, published)
            for (const n of numbers)
              expect([
                0,
                pol(policy).payMinPersons,
                pol(policy).attributeMinCount,
                pol(policy).attributeMinRest,
                pol(policy).parentalLeaveMinPersons,
              ]).toContain(Number(n));
          }
        }
      }),
      { numRuns: 60, endOnFailure: true },
    );
  });

  it('putting a value hidden by its threshold back makes the audit report it', async () => {
    let planted = 0;
    await fc.assert(
      fc.asyncProperty(mappingArb, fc.nat(), async (m: Mapping, pick) => {
        const p = await publish(m);
        const candidates = p.suppressed.filter(
          (s) =>
            s.rule === 'primary' && (s.path[s.path.length - 1] === 'mean' || s.path[s.path.length - 1] === 'count') && !s.path.includes('involuntaryPartTime'),
        );
        const s = candidates[pick % Math.max(1, candidates.length)];
        // a ratio of a zero mean does not exist: putting back its null changes nothing
        if (s === undefined || getPath(m, s.path) === null) return;
        const copy = json(p);
        setPath(copy, s.path, getPath(m, s.path));
        const a = await auditPublication(copy);
        planted++;
        expect(a.findings.map((f) => JSON.stringify(f.path))).toContain(JSON.stringify(s.path));
      }),
      { numRuns: 80, endOnFailure: true },
    );
    expect(planted).toBeGreaterThan(40);
  });

  it('publish is deterministic and leaves the mapping untouched', async () => {
    await fc.assert(
      fc.asyncProperty(mappingArb, async (m) => {
        const before = JSON.stringify(m);
        const a = await publish(m);
        expect(JSON.stringify(m)).toBe(before);
        expect(await publish(m)).toEqual(a);
      }),
      { numRuns: 30 },
    );
  });
});

const pol = (policy: PublicationPolicyInput) => PublicationPolicySchema.parse(policy);
