/**
 * The person table keeps its columns narrow (4-byte øre and leave units, 2-byte ids, 1-byte
 * counts) and widens them when a value does not fit. Whatever the data, the figures must be those
 * of exact arithmetic, and must not depend on when (or in which part) the columns widened.
 */
import { describe, expect, it } from 'vitest';
import { EmployeeSchema, type Employee, type EmployeeInput } from '../../src/models/employee.js';
import {
  accumulateMapping,
  computeMapping,
  deserializePartialMapping,
  finalizeMapping,
  mergePartialMappings,
  serializePartialMapping,
  type Mapping,
} from '../../src/statistics/index.js';
import { partialFromTransfer, partialToTransfer } from '../../src/statistics/_lib/transfer.js';

const OPTIONS = { year: 2025 } as const;
const INT32_MAX = 2 ** 31 - 1;

const record = (over: Partial<EmployeeInput> & { employeeId: string }): Employee =>
  EmployeeSchema.parse({ gender: 'female', positionPercent: 100, startDate: '2020-01-01', jobLevel: 'L1', unit: 'A', ...over });

/** The mapping as text: deep equality of large mappings, fast. */
const text = (m: Mapping): string => JSON.stringify(m);

/**
 * Every way of getting the mapping of `records` that must agree: whole, reversed, split at `cuts`
 * (every position of a small payroll) and merged (both orders), serialised, moved between threads. Returns the whole mapping.
 */
function everyWay(
  records: readonly Employee[],
  cuts = records.length <= 30 ? records.map((_, i) => i) : [1, records.length >> 1, records.length - 1],
): Mapping {
  const whole = computeMapping(records, OPTIONS);
  const expected = text(whole);
  expect(text(computeMapping([...records].reverse(), OPTIONS))).toBe(expected);
  for (const cut of cuts) {
    const a = accumulateMapping(records.slice(0, cut), OPTIONS);
    const b = accumulateMapping(records.slice(cut), OPTIONS);
    expect(text(finalizeMapping(mergePartialMappings(a, b)))).toBe(expected);
    if (records.length < 1000) expect(text(finalizeMapping(mergePartialMappings(b, a)))).toBe(expected);
  }
  const partial = accumulateMapping(records, OPTIONS);
  expect(text(finalizeMapping(deserializePartialMapping(JSON.parse(JSON.stringify(serializePartialMapping(partial))))))).toBe(expected);
  const { message, transfer } = partialToTransfer(accumulateMapping(records, OPTIONS));
  expect(text(finalizeMapping(partialFromTransfer(structuredClone(message, { transfer }))))).toBe(expected);
  return whole;
}

describe('narrow columns widen when a value does not fit', () => {
  it('monthly øre past 4 bytes (one record, or a person’s merged employments): exact means and medians', () => {
    const ore = 3_000_000_000; // 30 000 000 NOK a month: > 2^31 − 1 øre
    expect(ore).toBeGreaterThan(INT32_MAX);
    const records = [
      ...Array.from({ length: 20 }, (_, i) => record({ employeeId: `s${i}`, pay: { basePay: 40_000 + i * 1000 } })),
      record({ employeeId: 'big', pay: { basePay: ore / 100, bonus: '0.50' } }),
      // one person, two employments of 1.5e9 øre each: the sum passes 2^31 (also when only the merge adds them)
      record({ employeeId: 'm1', personId: 'M', positionPercent: 50, pay: { basePay: 15_000_000 } }),
      record({ employeeId: 'm2', personId: 'M', positionPercent: 50, pay: { basePay: 15_000_000 } }),
      record({ employeeId: 'man', gender: 'male', pay: { basePay: 50_000 } }),
    ];
    expect(everyWay(records.slice(-3)).pay.total.women.mean).toBe('30000000.00');
    // components that each fit 4 bytes, whose sum (monthly and agreed pay) does not
    const sum = [
      record({ employeeId: 'c1', pay: { basePay: 15_000_000, fixedAllowances: 15_000_000 } }),
      record({ employeeId: 'c2', gender: 'male', pay: { basePay: 100 } }),
    ];
    const ms = everyWay(sum);
    expect([ms.pay.total.women.mean, ms.agreedPay.total.women.median, ms.payComponents.basePay.total.women.mean]).toEqual([
      '30000000.00',
      '30000000.00',
      '15000000.00',
    ]);
    const m = everyWay(records);
    // 22 women: 20 at 40 000 … 59 000 NOK, two at 30 000 000 (one with 0.50 bonus in the monthly pay)
    // monthly: (99 000 000 + 3 000 000 050 + 3 000 000 000) øre / 22 = 277 227 275 øre
    expect(m.pay.total.women.count).toBe(22);
    expect(m.pay.total.women.mean).toBe('2772272.75');
    expect(m.pay.total.women.median).toBe('50500.00'); // the 11th and 12th of 22: 50 000 and 51 000
    // agreed (base + fixed): 6 099 000 000 / 22 = 277 227 272.73 øre
    expect(m.agreedPay.total.women.mean).toBe('2772272.73');
    expect(m.payComponents.basePay.total.women.mean).toBe(m.agreedPay.total.women.mean);
    expect(m.pay.total.men.mean).toBe('50000.00');
  });

  it('more than 32 767 distinct levels widen the id columns, also when only the merged parts need it', () => {
    const n = 33_000;
    const records = Array.from({ length: n }, (_, i) =>
      record({ employeeId: `e${i}`, jobLevel: `L${i}`, unit: `U${i % 40}`, jobGroup: `G${i % 33}`, pay: { basePay: 1000 + (i % 7) } }),
    );
    const m = everyWay(records, [20_000]);
    expect(m.pay.byLevel).toHaveLength(n);
    expect(m.pay.byLevel.every((c) => c.population.total === 1)).toBe(true);
    expect(m.byUnit.map((u) => u.population.total)).toEqual(Array.from({ length: 40 }, () => n / 40));
    // each half alone has fewer than 32 768 levels: only the merged table needs wide ids
    const a = accumulateMapping(records.slice(0, 20_000), OPTIONS);
    const b = accumulateMapping(records.slice(20_000), OPTIONS);
    expect([a.state.table.widths.ids, b.state.table.widths.ids, mergePartialMappings(a, b).state.table.widths.ids]).toEqual([false, false, true]);
  });

  it('ids past 32 767 that only merging persons across the parts brings (the main employment moves to a new level)', () => {
    // part a: persons P0 … P19 999 at levels L…; part b: P0 … P12 999 again, full time at new levels M…
    const a = Array.from({ length: 20_000 }, (_, i) =>
      record({ employeeId: `a${i}`, personId: `P${i}`, positionPercent: 40, jobLevel: `L${i}`, pay: { basePay: 400 } }),
    );
    const b = Array.from({ length: 13_000 }, (_, i) =>
      record({ employeeId: `b${i}`, personId: `P${i}`, positionPercent: 60, jobLevel: `M${i}`, pay: { basePay: 600 } }),
    );
    const whole = computeMapping([...a, ...b], OPTIONS);
    const pa = accumulateMapping(a, OPTIONS);
    const pb = accumulateMapping(b, OPTIONS);
    const merged = mergePartialMappings(pa, pb);
    expect([pa.state.table.widths.ids, pb.state.table.widths.ids, merged.state.table.widths.ids]).toEqual([false, false, true]);
    expect(text(finalizeMapping(merged))).toBe(text(whole));
    expect(whole.population.total).toBe(20_000);
    expect(whole.pay.byLevel).toHaveLength(20_000); // 13 000 at M levels (their main employment), 7 000 at L levels
    expect(whole.pay.byLevel.filter((c) => c.key!.startsWith('M')).length).toBe(13_000);
    expect(whole.pay.total.women.mean).toBe('1000.00');
  });

  it('a person with more than 255 active employments widens the counts', () => {
    const records = Array.from({ length: 300 }, (_, i) => record({ employeeId: `j${i}`, personId: 'P', positionPercent: 0.5, pay: { basePay: 100 } }));
    const m = everyWay(records);
    expect(m.population.total).toBe(1);
    expect(m.excluded['merged-into-person']).toBe(299);
    // 300 × 0.5 % = 150 %, 300 × 100 NOK: full-time 20 000 NOK
    expect(m.pay.total.women.mean).toBe('20000.00');
    expect(m.warnings['position_percent_above_100']).toBe(1);
  });

  it('parental leave summed past 4 bytes of units (7 000 000 a week) widens the leave column', () => {
    const records = Array.from({ length: 10 }, (_, i) => record({ employeeId: `l${i}`, personId: 'L', positionPercent: 10, parentalLeaveWeeks: 50 }));
    expect(10 * 50 * 7_000_000).toBeGreaterThan(INT32_MAX);
    const m = everyWay(records);
    expect(m.parentalLeave.women).toEqual({ persons: 1, averageWeeks: '500.0' });
    // one record alone can pass it: leave periods are not checked for overlaps (7 × the whole year)
    const year = { startDate: '2025-01-01', endDate: '2025-12-31', percent: 100 };
    const one = [record({ employeeId: 'p', parentalLeavePeriods: Array.from({ length: 7 }, () => year) }), record({ employeeId: 'q', parentalLeaveWeeks: 1 })];
    expect(everyWay(one).parentalLeave.women).toEqual({ persons: 2, averageWeeks: '183.0' }); // (365 + 1) / 2
  });

  it('stores only the pay components a measure uses (overtime and benefits in kind only when the options sum them)', () => {
    const records = [record({ employeeId: 'o', pay: { basePay: 1000, overtime: 500, benefitsInKind: 7 } })];
    expect(accumulateMapping(records, OPTIONS).state.table.pay.map((c) => c !== null)).toEqual([true, true, true, true, false, false]);
    const withOvertime = { ...OPTIONS, monthlyPayComponents: ['basePay', 'overtime'] as ('basePay' | 'overtime')[] };
    expect(accumulateMapping(records, withOvertime).state.table.pay.map((c) => c !== null)).toEqual([true, true, true, true, true, false]);
    expect(computeMapping(records, withOvertime).pay.total.women.mean).toBe('1500.00');
  });
});
