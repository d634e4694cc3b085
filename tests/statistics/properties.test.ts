import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EmployeeSchema, type Employee } from '../../src/models/employee.js';
import {
  accumulateMapping,
  computeMapping,
  createMappingAccumulator,
  finalizeMapping,
  mergePartialMappings,
  type Mapping,
} from '../../src/statistics/index.js';
import { payroll } from './_arbitraries.js';

const OPTIONS = { year: 2025 } as const;

describe('properties of computeMapping', () => {
  it('is invariant under permutation of the records', () => {
    fc.assert(
      fc.property(
        payroll(50).chain((rs) => fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length }))),
        ([records, shuffled]) => {
          expect(computeMapping(shuffled, OPTIONS)).toEqual(computeMapping(records, OPTIONS));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('an accumulator fed in batches of any sizes (one person across batches too) = computing the whole', () => {
    fc.assert(
      fc.property(
        payroll(60, { persons: 15 }),
        fc.array(fc.integer({ min: 0, max: 25 }), { maxLength: 8 }),
        fc.nat({ max: 100 }),
        (records, sizes, expected) => {
          const acc = createMappingAccumulator(OPTIONS, expected); // a wrong size hint only costs growth
          let at = 0;
          for (const size of sizes) {
            acc.add(records.slice(at, at + size));
            at += size;
          }
          acc.add(records.slice(at));
          expect(acc.records).toBe(records.length);
          expect(finalizeMapping(acc.partial())).toEqual(computeMapping(records, OPTIONS));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('an accumulator ends at partial(): a later add or partial throws', () => {
    const acc = createMappingAccumulator(OPTIONS);
    acc.add([]);
    const partial = acc.partial();
    expect(partial.records).toBe(0);
    expect(() => acc.add([])).toThrow(/after partial/);
    expect(() => acc.partial()).toThrow(/twice/);
  });

  it('split anywhere + merge (in either order, nested) = computing the whole (DEF-POP across parts)', () => {
    fc.assert(
      fc.property(payroll(60, { persons: 15 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (records, i, j) => {
        const [x, y] = [Math.min(i, j, records.length), Math.min(Math.max(i, j), records.length)];
        const parts = [records.slice(0, x), records.slice(x, y), records.slice(y)].map((p) => accumulateMapping(p, OPTIONS));
        const whole = computeMapping(records, OPTIONS);
        const left = finalizeMapping(mergePartialMappings(mergePartialMappings(parts[0]!, parts[1]!), parts[2]!));
        const right = finalizeMapping(mergePartialMappings(parts[2]!, mergePartialMappings(parts[1]!, parts[0]!)));
        expect(left).toEqual(whole);
        expect(right).toEqual(whole);
      }),
      { numRuns: 150 },
    );
  });

  it("a unit's counts equal its own persons plus its sub-units'; breakdowns add up to the total", () => {
    fc.assert(
      fc.property(payroll(60), (records) => {
        const m = computeMapping(records, OPTIONS);
        const children = (key: string | null) => m.byUnit.filter((u) => u.parent === key && key !== null);
        // own persons of a unit: count directly with mergePersons off is not comparable, so check the tree
        // property: parent ≥ Σ children, and top-level units + null unit = employer total
        for (const u of m.byUnit) {
          const kids = children(u.key);
          for (const field of ['women', 'men', 'other', 'unknown', 'total'] as const) {
            expect(u.population[field]).toBeGreaterThanOrEqual(kids.reduce((s, k) => s + k.population[field], 0));
          }
          expect(u.depth).toBe(u.key === null ? 0 : u.key.split('/').length);
        }
        const tops = m.byUnit.filter((u) => u.depth <= 1);
        for (const field of ['women', 'men', 'other', 'unknown', 'total'] as const) {
          expect(tops.reduce((s, u) => s + u.population[field], 0)).toBe(m.population[field]);
          expect(m.pay.byLevel.reduce((s, c) => s + c.population[field], 0)).toBe(m.population[field]);
          expect(m.pay.byGroup.reduce((s, c) => s + c.population[field], 0)).toBe(m.population[field]);
        }
        const pay = (cells: readonly { women: { count: number }; men: { count: number } }[]) => cells.reduce((s, c) => s + c.women.count + c.men.count, 0);
        expect(pay(m.pay.byLevel)).toBe(m.pay.total.women.count + m.pay.total.men.count);
        expect(pay(m.pay.byGroup)).toBe(m.pay.total.women.count + m.pay.total.men.count);
      }),
      { numRuns: 150 },
    );
  });

  it("a unit's own persons: unit counts = records whose main unit is it or below (one employment per person)", () => {
    fc.assert(
      fc.property(payroll(60, { persons: 10_000 }), (records) => {
        const m = computeMapping(records, { ...OPTIONS, mergePersons: false });
        const active = records.filter(
          (r) => r.employmentKind !== 'freelance' && r.startDate <= '2025-12-31' && (r.endDate === null || r.endDate >= '2025-12-31'),
        );
        for (const u of m.byUnit) {
          if (u.key === null) continue;
          const inside = active.filter((r) => r.unit !== null && (r.unit === u.key || r.unit.startsWith(u.key + '/')));
          expect(u.population.total).toBe(inside.length);
          expect(u.temporary.total.count).toBe(inside.filter((r) => r.contract === 'temporary').length);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('shares of a sex: counts of women, men and other/unknown add up; women + men shares of a category = 100', () => {
    fc.assert(
      fc.property(payroll(60), (records) => {
        const m = computeMapping(records, { ...OPTIONS, percentDecimals: 6 });
        for (const fig of [m.temporary, m.partTime, m.involuntaryPartTime]) {
          expect(fig.women.count + fig.men.count + fig.otherOrUnknown.count).toBe(fig.total.count);
          const w = fig.womenShareOfCategory;
          if (fig.women.count + fig.men.count === 0) expect(w).toBeNull();
          else {
            const menShare = (fig.men.count / (fig.women.count + fig.men.count)) * 100;
            expect(Number(w) + menShare).toBeCloseTo(100, 5);
          }
          // percent of all: each sex's share sums to the total's share (rounded to 6 decimals each)
          if (m.population.total > 0) {
            const ou = (fig.otherOrUnknown.count / m.population.total) * 100;
            expect(Number(fig.women.percentOfAll) + Number(fig.men.percentOfAll) + ou).toBeCloseTo(Number(fig.total.percentOfAll), 4);
          }
        }
        const p = m.population;
        expect(p.women + p.men + p.other + p.unknown).toBe(p.total);
      }),
      { numRuns: 150 },
    );
  });

  it('never emits NaN, Infinity or a float-looking money value', () => {
    fc.assert(
      fc.property(payroll(40), (records) => {
        const text = JSON.stringify(computeMapping(records, OPTIONS));
        expect(text).not.toMatch(/NaN|Infinity|e[+-]\d/);
        // money: the mean/median of a PaySexFigure (those following a count)
        for (const match of text.matchAll(/"count":\d+,"mean":("[^"]*"|null),"median":("[^"]*"|null)/g)) {
          for (const v of [match[1]!, match[2]!]) if (v !== 'null') expect(v).toMatch(/^"-?\d+\.\d{2}"$/);
        }
        for (const match of text.matchAll(/"(percentOfAll|percentOfSex|coverage|womenShareOfCategory)":("[^"]*"|null)/g)) {
          if (match[2] !== 'null') expect(match[2]).toMatch(/^"-?\d+\.\d"$/);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('level, group and unit texts that are also property names or indices', () => {
  it('each text is its own key, counted like any other (the id cache is a prototype-less object)', () => {
    const texts = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '0', '1', '01', '4294967295', 'valueOf', ' 0 '];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...texts), fc.constantFrom(...texts), fc.constantFrom(...texts)), { minLength: 1, maxLength: 40 }),
        (rows) => {
          const records = rows.map(([level, group, unit], i) =>
            EmployeeSchema.parse({
              employeeId: `t${i}`,
              gender: 'female',
              positionPercent: 100,
              startDate: '2020-01-01',
              jobLevel: level,
              jobGroup: group,
              unit,
              pay: { basePay: '1000.00' },
            }),
          );
          const m = computeMapping(records, { year: 2025 });
          const count = (key: (r: Employee) => string | null): Map<string | null, number> => {
            const c = new Map<string | null, number>();
            for (const r of records) c.set(key(r), (c.get(key(r)) ?? 0) + 1);
            return c;
          };
          const trimmed = (x: string | null): string | null => (x === null || x.trim() === '' ? null : x.trim());
          expect(new Map(m.pay.byLevel.map((c) => [c.key, c.population.total]))).toEqual(count((r) => trimmed(r.jobLevel)));
          expect(new Map(m.pay.byGroup.map((c) => [c.key, c.population.total]))).toEqual(count((r) => trimmed(r.jobGroup)));
          expect(new Map(m.byUnit.map((u) => [u.key, u.population.total]))).toEqual(count((r) => trimmed(r.unit)));
        },
      ),
      { numRuns: 100 },
    );
  });
});

// ---- a slow, independent reference: BigInt fractions, full sort ----
interface Frac {
  n: bigint;
  d: bigint;
}
const fte = (r: Employee, component: (r: Employee) => number): Frac => ({
  n: BigInt(component(r)) * 10_000n,
  d: BigInt(Math.round(r.positionPercent! * 100)),
});
const add = (a: Frac, b: Frac): Frac => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
const cmp = (a: Frac, b: Frac): number => (a.n * b.d < b.n * a.d ? -1 : a.n * b.d > b.n * a.d ? 1 : 0);
function roundNok(f: Frac): string {
  // øre fraction → NOK with 2 decimals, half-up (away from zero), by integer arithmetic
  const neg = f.n < 0n !== f.d < 0n;
  const n = f.n < 0n ? -f.n : f.n;
  const d = f.d < 0n ? -f.d : f.d;
  const ore = (2n * n + d) / (2n * d);
  const s = `${ore / 100n}.${(ore % 100n).toString().padStart(2, '0')}`;
  return neg && ore !== 0n ? '-' + s : s;
}
function reference(values: Frac[]): { mean: string | null; median: string | null } {
  if (values.length === 0) return { mean: null, median: null };
  const sum = values.reduce(add, { n: 0n, d: 1n });
  const sorted = [...values].sort(cmp);
  const k = (sorted.length - 1) >> 1;
  const med =
    sorted.length % 2 === 1
      ? sorted[k]!
      : (() => {
          const s = add(sorted[k]!, sorted[k + 1]!);
          return { n: s.n, d: s.d * 2n };
        })();
  return { mean: roundNok({ n: sum.n, d: sum.d * BigInt(values.length) }), median: roundNok(med) };
}

describe('exact mean and median against a slow BigInt reference', () => {
  const simpleRecord = fc
    .record({
      gender: fc.constantFrom('female', 'male'),
      pct: fc.oneof(
        fc.integer({ min: 1, max: 20_000 }).map((h) => h / 100),
        fc.constantFrom(100, 33.33, 66.67, 50),
      ),
      ore: fc.oneof(fc.integer({ min: 0, max: 20_000_000 }), fc.constantFrom(1, 5_000_000, 5_000_001)),
      level: fc.constantFrom('A', 'B'),
    })
    .map((r): Employee =>
      EmployeeSchema.parse({
        employeeId: 'x',
        gender: r.gender,
        positionPercent: r.pct,
        startDate: '2020-01-01',
        jobLevel: r.level,
        pay: { basePay: r.ore / 100, bonus: (r.ore % 997) / 100 },
      }),
    );

  it('every cell, both sexes, monthly and agreed', () => {
    fc.assert(
      fc.property(fc.array(simpleRecord, { minLength: 1, maxLength: 80 }), (rows) => {
        const records = rows.map((r, i) => ({ ...r, employeeId: `e${i}` }));
        const m = computeMapping(records, { year: 2025 });
        const cells: [Mapping['pay']['total'], Employee[]][] = [
          [m.pay.total, records],
          ...m.pay.byLevel.map((c): [Mapping['pay']['total'], Employee[]] => [c, records.filter((r) => r.jobLevel === c.key)]),
        ];
        for (const [cell, rs] of cells) {
          for (const sex of ['female', 'male'] as const) {
            const of = rs.filter((r) => r.gender === sex);
            const monthly = reference(of.map((r) => fte(r, (x) => x.pay.basePay + x.pay.bonus)));
            const got = sex === 'female' ? cell.women : cell.men;
            expect({ mean: got.mean, median: got.median }).toEqual(monthly);
          }
        }
        const agreed = reference(records.filter((r) => r.gender === 'female').map((r) => fte(r, (x) => x.pay.basePay)));
        expect({ mean: m.agreedPay.total.women.mean, median: m.agreedPay.total.women.median }).toEqual(agreed);
      }),
      { numRuns: 300 },
    );
  });

  it('pay components that most persons lack (median 0 in some cells, not in others): every level, group and the employer', () => {
    // DEF-AVG: a cell whose middle values are 0 takes its median without selection (zeroMedian);
    // the figures must equal the slow reference whether a cell's median is 0 or not
    const row = fc.record({
      gender: fc.constantFrom('female', 'male'),
      pct: fc.constantFrom(100, 50, 33.33, 80, 12.5),
      bonus: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 2_000_000 })),
      fixed: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 500_000 })),
      level: fc.constantFrom('A', 'B', 'C'),
      group: fc.constantFrom('G1', 'G2'),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 80 }), (rows) => {
        const records = rows.map((r, i) =>
          EmployeeSchema.parse({
            employeeId: `z${i}`,
            gender: r.gender,
            positionPercent: r.pct,
            startDate: '2020-01-01',
            jobLevel: r.level,
            jobGroup: r.group,
            pay: { basePay: '30000.00', fixedAllowances: r.fixed / 100, bonus: r.bonus / 100 },
          }),
        );
        const m = computeMapping(records, { year: 2025 });
        for (const [measure, component] of [
          ['bonus', (x: Employee) => x.pay.bonus],
          ['fixedAllowances', (x: Employee) => x.pay.fixedAllowances],
        ] as const) {
          const section = m.payComponents[measure];
          const cells: [Mapping['pay']['total'], Employee[]][] = [
            [section.total, records],
            ...section.byLevel.map((c): [Mapping['pay']['total'], Employee[]] => [c, records.filter((r) => r.jobLevel === c.key)]),
            ...section.byGroup.map((c): [Mapping['pay']['total'], Employee[]] => [c, records.filter((r) => r.jobGroup === c.key)]),
          ];
          for (const [cell, rs] of cells) {
            for (const sex of ['female', 'male'] as const) {
              const got = sex === 'female' ? cell.women : cell.men;
              const want = reference(rs.filter((r) => r.gender === sex).map((r) => fte(r, component)));
              expect({ mean: got.mean, median: got.median }).toEqual(want);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('every unit (a unit with all persons, a unit with only one sub-unit, with or without its own persons): monthly and agreed', () => {
    // a unit with the same persons as the employer or as its only sub-unit takes their figures
    const row = fc.record({
      gender: fc.constantFrom('female', 'male'),
      pct: fc.constantFrom(100, 50, 33.33, 80),
      ore: fc.integer({ min: 0, max: 9_000_000 }),
      fixed: fc.integer({ min: 0, max: 400_000 }),
      unit: fc.constantFrom('T/A', 'T/A/1', 'T/B/2', 'T/B/2/x', 'T/B/2/x', 'T/C/3/y'),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), fc.boolean(), (rows, someWithoutUnit) => {
        const records = rows.map((r, i) =>
          EmployeeSchema.parse({
            employeeId: `w${i}`,
            gender: r.gender,
            positionPercent: r.pct,
            startDate: '2020-01-01',
            unit: someWithoutUnit && i % 5 === 4 ? null : r.unit,
            pay: { basePay: r.ore / 100, fixedAllowances: r.fixed / 100, bonus: (r.ore % 101) / 100 },
          }),
        );
        const m = computeMapping(records, { year: 2025 });
        for (const u of m.byUnit) {
          const inUnit = records.filter((r) => (u.key === null ? r.unit === null : r.unit !== null && (r.unit === u.key || r.unit.startsWith(u.key + '/'))));
          for (const sex of ['female', 'male'] as const) {
            const of = inUnit.filter((r) => r.gender === sex);
            const monthly = reference(of.map((r) => fte(r, (x) => x.pay.basePay + x.pay.fixedAllowances + x.pay.bonus)));
            const agreed = reference(of.map((r) => fte(r, (x) => x.pay.basePay + x.pay.fixedAllowances)));
            const pay = sex === 'female' ? u.pay.women : u.pay.men;
            const agreedPay = sex === 'female' ? u.agreedPay.women : u.agreedPay.men;
            expect({ unit: u.key, mean: pay.mean, median: pay.median, count: pay.count }).toEqual({ unit: u.key, ...monthly, count: of.length });
            expect({ unit: u.key, mean: agreedPay.mean, median: agreedPay.median }).toEqual({ unit: u.key, ...agreed });
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('compares fractions by cross-multiplication when a tiny position makes full-time values too large to code as doubles', () => {
    // 0.01 % and 200 % positions with 100 000 NOK: full-time values up to 10^11 øre, percents up to
    // 20 000 hundredths — beyond floatOrderIsExact, within the cross-multiplication bound
    const rows = [
      { gender: 'female', pay: '100000.00', pct: 0.01 },
      { gender: 'female', pay: '99999.99', pct: 200 },
      { gender: 'female', pay: '50000.00', pct: 0.01 },
      { gender: 'female', pay: '3.33', pct: 33.33 },
      { gender: 'male', pay: '1.00', pct: 100 },
    ].map((r, i) => EmployeeSchema.parse({ employeeId: `c${i}`, gender: r.gender, positionPercent: r.pct, startDate: '2020-01-01', pay: { basePay: r.pay } }));
    const m = computeMapping(rows, { year: 2025 });
    const expected = reference(rows.filter((r) => r.gender === 'female').map((r) => fte(r, (x) => x.pay.basePay)));
    expect({ mean: m.pay.total.women.mean, median: m.pay.total.women.median }).toEqual(expected);
    // by hand: full-time values 9.99…, 49 999.995, 500 000 000, 1 000 000 000 NOK; the median is
    // (49 999.995 + 500 000 000) / 2 = 250 024 999.9975 → 250 025 000.00
    expect(m.pay.total.women.median).toBe('250025000.00');
  });

  it('stays exact with thousands of units × distinct percents (means by percent per range instead of per-cell sums)', () => {
    // 2 100 units and 1 050 distinct position percents: 2 · 2 100 · 1 050 > 2^22 sums, so the unit
    // ordering computes its means range by range; the figures must not change
    const rows = Array.from({ length: 2_100 }, (_, i) =>
      EmployeeSchema.parse({
        employeeId: `u${i}`,
        gender: i % 3 === 0 ? 'male' : 'female',
        positionPercent: 20 + (i % 1_050) / 20,
        startDate: '2020-01-01',
        unit: `Top/U${i % 2_100}`,
        pay: { basePay: String(30_000 + ((i * 7919) % 20_000)) + '.' + String(i % 100).padStart(2, '0') },
      }),
    );
    const m = computeMapping(rows, { year: 2025 });
    for (const sex of ['female', 'male'] as const) {
      const expected = reference(rows.filter((r) => r.gender === sex).map((r) => fte(r, (x) => x.pay.basePay)));
      const top = m.byUnit.find((u) => u.key === 'Top')!;
      const got = sex === 'female' ? top.agreedPay.women : top.agreedPay.men;
      expect({ mean: got.mean, median: got.median }).toEqual(expected);
      const total = sex === 'female' ? m.pay.total.women : m.pay.total.men;
      expect({ mean: total.mean, median: total.median }).toEqual(expected);
    }
    const one = m.byUnit.find((u) => u.key === 'Top/U7')!;
    expect(one.pay.women).toEqual({ count: 1, ...reference([fte(rows[7]!, (x) => x.pay.basePay)]) });
  });

  it('numbers percents through a Map when the position percents of a merged person sum past 655.36 % (by hand)', () => {
    // one woman with four employments of 200 % (800 % in all, base pay 4 × 10 000 NOK: 5 000 NOK
    // full-time), three women at 100 % with 40 000, 50 000 and 60 000 NOK
    const rows = [
      ...Array.from({ length: 4 }, () => ({ employeeId: 'many', positionPercent: 200, pay: { basePay: '10000' } })),
      { employeeId: 'a', positionPercent: 100, pay: { basePay: '40000' } },
      { employeeId: 'b', positionPercent: 100, pay: { basePay: '50000' } },
      { employeeId: 'c', positionPercent: 100, pay: { basePay: '60000' } },
    ].map(({ employeeId, positionPercent, pay }) => EmployeeSchema.parse({ employeeId, gender: 'female', positionPercent, startDate: '2020-01-01', pay }));
    const m = computeMapping(rows, { year: 2025 });
    expect(m.excluded['merged-into-person']).toBe(3);
    expect(m.pay.total.women).toEqual({ count: 4, mean: '38750.00', median: '45000.00' });
    expect(m.agreedPay.total.women).toEqual({ count: 4, mean: '38750.00', median: '45000.00' });
  });

  it('takes the BigInt path for amounts too large for exact doubles and stays exact', () => {
    const rows = [
      { gender: 'female', pay: '9000000000000.01', pct: 33.33 },
      { gender: 'female', pay: '9000000000000.02', pct: 66.67 },
      { gender: 'male', pay: '1.00', pct: 100 },
    ].map((r, i) => EmployeeSchema.parse({ employeeId: `b${i}`, gender: r.gender, positionPercent: r.pct, startDate: '2020-01-01', pay: { basePay: r.pay } }));
    const m = computeMapping(rows, { year: 2025 });
    const expected = reference(rows.filter((r) => r.gender === 'female').map((r) => fte(r, (x) => x.pay.basePay)));
    expect({ mean: m.pay.total.women.mean, median: m.pay.total.women.median }).toEqual(expected);
  });
});
