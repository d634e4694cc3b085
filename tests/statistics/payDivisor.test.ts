/**
 * DEF-ROUND, issue 16 item 3: records whose amounts are in 1/payDivisor øre (the a-melding's exact
 * averages) reach every pay figure exactly — against an independent rational reference — however
 * the payroll is split, merged or serialised, and whatever other divisors the table already holds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EmployeeSchema, type Employee } from '../../src/models/employee.js';
import {
  accumulateMapping,
  computeMapping,
  deserializePartialMapping,
  finalizeMapping,
  mergePartialMappings,
  serializePartialMapping,
} from '../../src/statistics/index.js';

/** a / b as reduced BigInt rationals. */
interface Q {
  readonly n: bigint;
  readonly d: bigint;
}
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
const q = (n: bigint, d: bigint): Q => {
  const g = gcd(n, d) || 1n;
  return d < 0n ? { n: -n / g, d: -d / g } : { n: n / g, d: d / g };
};
const add = (a: Q, b: Q): Q => q(a.n * b.d + b.n * a.d, a.d * b.d);
const cmp = (a: Q, b: Q): number => (a.n * b.d < b.n * a.d ? -1 : a.n * b.d > b.n * a.d ? 1 : 0);
/** øre → NOK with two decimals, half-up (the one rounding, DEF-ROUND). */
function nok(x: Q): string {
  const cents = (2n * x.n + x.d) / (2n * x.d); // floor(x + ½) for x ≥ 0
  return `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
}

/** The reference: women's and men's mean and median of the monthly pay per full-time equivalent, by exact rationals. */
function reference(records: readonly Employee[]): Record<'women' | 'men', { count: number; mean: string | null; median: string | null }> {
  const persons = new Map<string, { sex: string; pay: Q; pct: number; missing: boolean }>();
  for (const r of records) {
    if (r.endDate !== null && r.endDate < '2025-12-31') continue;
    const key = r.personId ?? r.employeeId;
    const d = BigInt(r.payDivisor ?? 1);
    const monthly = q(BigInt(r.pay.basePay + r.pay.fixedAllowances + r.pay.irregularAllowances + r.pay.bonus), d);
    const p = persons.get(key);
    const pct = r.positionPercent === null ? 0 : Math.round(r.positionPercent * 100);
    if (p === undefined) persons.set(key, { sex: r.gender, pay: monthly, pct, missing: r.positionPercent === null });
    else
      persons.set(key, {
        sex: p.sex === r.gender ? p.sex : 'mixed',
        pay: add(p.pay, monthly),
        pct: p.pct + pct,
        missing: p.missing || r.positionPercent === null,
      });
  }
  const figure = (sex: string) => {
    const values = [...persons.values()].filter((p) => p.sex === sex && !p.missing && p.pct > 0).map((p) => q(p.pay.n * 10_000n, p.pay.d * BigInt(p.pct)));
    if (values.length === 0) return { count: 0, mean: null, median: null };
    values.sort(cmp);
    const sum = values.reduce(add, q(0n, 1n));
    const mean = q(sum.n, sum.d * BigInt(values.length));
    const mid = values.length >> 1;
    const median = values.length % 2 === 1 ? values[mid]! : (({ n, d }) => q(n, d * 2n))(add(values[mid - 1]!, values[mid]!));
    return { count: values.length, mean: nok(mean), median: nok(median) };
  };
  return { women: figure('female'), men: figure('male') };
}

const record = fc
  .record({
    person: fc.integer({ min: 0, max: 25 }),
    sub: fc.integer({ min: 0, max: 2 }),
    gender: fc.constantFrom('female', 'male'),
    pct: fc.constantFrom(100, 80, 33.33, 50, 66.67, 120),
    divisor: fc.constantFrom(undefined, undefined, 2, 3, 5, 7, 11, 12),
    base: fc.integer({ min: 0, max: 9_000_000 }),
    fixed: fc.integer({ min: 0, max: 300_000 }),
    irregular: fc.integer({ min: 0, max: 300_000 }),
    bonus: fc.integer({ min: 0, max: 800_000 }),
    level: fc.constantFrom('L1', 'L2', null),
  })
  .map((r): Employee =>
    EmployeeSchema.parse({
      employeeId: `E${r.person}-${r.sub}`,
      personId: `P${r.person}`,
      gender: r.gender,
      positionPercent: r.pct,
      startDate: '2020-01-01',
      jobLevel: r.level,
      ...(r.divisor === undefined ? {} : { payDivisor: r.divisor }),
      // given in NOK as the schema reads it: øre / 100
      pay: { basePay: r.base / 100, fixedAllowances: r.fixed / 100, irregularAllowances: r.irregular / 100, bonus: r.bonus / 100 },
    }),
  );

describe('payDivisor: amounts in 1/d øre reach the figures exactly (DEF-ROUND)', () => {
  it('a golden case where rounding each record to whole øre first would change the published mean', () => {
    const woman = (id: string, payDivisor: number, basePay: number, bonus: number) =>
      EmployeeSchema.parse({ employeeId: id, gender: 'female', positionPercent: 100, startDate: '2020-01-01', payDivisor, pay: { basePay, bonus } });
    const records = [
      woman('a', 5, 500, 0.02), // 10 000 + 2/5 øre (amounts in 1/5 øre: 50 000 and 2)
      woman('b', 5, 500, 0.02), // 10 000 + 2/5 øre
      woman('c', 10, 1000, 0.07), // 10 000 + 7/10 øre
      EmployeeSchema.parse({ employeeId: 'd', gender: 'male', positionPercent: 100, startDate: '2020-01-01', pay: { basePay: 100.01 } }),
    ];
    const m = computeMapping(records, { year: 2025 });
    // exact: (0.4 + 0.4 + 0.7) / 3 = 0.5 øre above 100 NOK → 100.005 → 100.01 (half-up, once); rounding
    // each record first (0, 0, 1 øre) would give 100 NOK + ⅓ øre → 100.00
    expect(m.pay.total.women).toEqual({ count: 3, mean: '100.01', median: '100.00' });
    // the bonus alone: mean ½ øre → 0.01; median 0.4 øre → 0.00
    expect(m.payComponents.bonus.total.women).toEqual({ count: 3, mean: '0.01', median: '0.00' });
    // women's mean 10 000.5 / men's 10 001 øre = 99.995 % → 100.0 (from the unrounded means)
    expect(m.pay.total.womenShareOfMen.mean).toBe('100.0');
  });

  it('equals the rational reference for random payrolls with mixed divisors, persons merged across divisors', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 60 }), (records) => {
        const m = computeMapping(records, { year: 2025 });
        const ref = reference(records);
        expect(m.pay.total.women).toEqual(ref.women);
        expect(m.pay.total.men).toEqual(ref.men);
      }),
      { numRuns: 150 },
    );
  });

  it('is the same however the payroll is split and merged, and through serialisation', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 2, maxLength: 50 }), fc.nat(), (records, cut) => {
        const at = cut % records.length;
        const whole = computeMapping(records, { year: 2025 });
        const a = accumulateMapping(records.slice(0, at), { year: 2025 });
        const b = accumulateMapping(records.slice(at), { year: 2025 });
        expect(finalizeMapping(mergePartialMappings(a, b))).toEqual(whole);
        expect(
          finalizeMapping(mergePartialMappings(accumulateMapping(records.slice(at), { year: 2025 }), accumulateMapping(records.slice(0, at), { year: 2025 }))),
        ).toEqual(whole);
        const text = JSON.parse(JSON.stringify(serializePartialMapping(accumulateMapping(records, { year: 2025 })))) as unknown;
        expect(finalizeMapping(deserializePartialMapping(text as never))).toEqual(whole);
      }),
      { numRuns: 80 },
    );
  });

  it('records without a divisor give the same mapping as before (whole øre), and the serialised form has no payUnit', () => {
    const records = [1, 2, 3].map((i) =>
      EmployeeSchema.parse({
        employeeId: `e${i}`,
        gender: i === 2 ? 'male' : 'female',
        positionPercent: 100,
        startDate: '2020-01-01',
        pay: { basePay: 1000 + i },
      }),
    );
    expect(serializePartialMapping(accumulateMapping(records, { year: 2025 }))).not.toHaveProperty('payUnit');
    const withOne = records.map((r) => ({ ...r, payDivisor: 1 }));
    expect(computeMapping(withOne, { year: 2025 })).toEqual(computeMapping(records, { year: 2025 }));
  });

  it('a divisor outside 1–12 makes an invalid record (the schema refuses it; the engine counts it)', () => {
    expect(EmployeeSchema.safeParse({ employeeId: 'a', gender: 'female', startDate: '2020-01-01', payDivisor: 13 }).success).toBe(false);
    const ok = EmployeeSchema.parse({ employeeId: 'a', gender: 'female', positionPercent: 100, startDate: '2020-01-01' });
    const m = computeMapping([ok, { ...ok, employeeId: 'b', payDivisor: 0 }, { ...ok, employeeId: 'c', payDivisor: 2.5 }], { year: 2025 });
    expect(m.excluded['invalid-record']).toBe(2);
    expect(m.population.total).toBe(1);
  });
});
