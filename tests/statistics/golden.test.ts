import { describe, expect, it } from 'vitest';
import { EmployeeSchema } from '../../src/models/employee.js';
import { computeMapping } from '../../src/statistics/index.js';
import { small } from '../fixtures/statistics/small.js';

const records = small.map((r) => EmployeeSchema.parse(r));
const m = computeMapping(records, { year: 2025 });

describe('golden: the small employer (worked by hand from ARP.md §5)', () => {
  it('STAT-A1 / DEF-POP / DEF-SEX: headcount by sex on the reference date', () => {
    // stock: w1 w2 w3 z1 | m1 m2 m3 | o1 | u1 — l1 left 30 June, s1 starts 2026, f1 is a freelancer
    expect(m.year).toBe(2025);
    expect(m.referenceDate).toBe('2025-12-31');
    expect(m.population).toEqual({ women: 4, men: 3, other: 1, unknown: 1, total: 9 });
    expect(m.records).toBe(12);
  });

  it('STAT-A2 / DEF-TMP / DEF-SHARE: temporary employees', () => {
    expect(m.temporary).toEqual({
      women: { count: 1, percentOfAll: '11.1', percentOfSex: '25.0' },
      men: { count: 1, percentOfAll: '11.1', percentOfSex: '33.3' },
      otherOrUnknown: { count: 1 },
      total: { count: 3, percentOfAll: '33.3' },
      womenShareOfCategory: '50.0',
    });
  });

  it('STAT-A3 / DEF-PT: part-time is a position percent below 100 (0 included)', () => {
    // w2 50, w3 80, z1 0 | m3 60 | u1 40
    expect(m.partTime).toEqual({
      women: { count: 3, percentOfAll: '33.3', percentOfSex: '75.0' },
      men: { count: 1, percentOfAll: '11.1', percentOfSex: '33.3' },
      otherOrUnknown: { count: 1 },
      total: { count: 5, percentOfAll: '55.6' },
      womenShareOfCategory: '75.0',
    });
  });

  it('STAT-B4 / DEF-INV: involuntary part-time with the coverage of the answers', () => {
    // women part-timers w2 (true), w3 (false), z1 (no answer); men m3 (no answer); unknown u1 (true)
    expect(m.involuntaryPartTime.women).toEqual({
      count: 1,
      percentOfAll: '11.1',
      percentOfSex: '25.0',
      partTimers: 3,
      answered: 2,
      coverage: '66.7',
    });
    expect(m.involuntaryPartTime.men).toEqual({
      count: 0,
      percentOfAll: '0.0',
      percentOfSex: '0.0',
      partTimers: 1,
      answered: 0,
      coverage: '0.0',
    });
    expect(m.involuntaryPartTime.otherOrUnknown).toEqual({ count: 1 });
    expect(m.involuntaryPartTime.total).toEqual({ count: 2, percentOfAll: '22.2', partTimers: 5, answered: 3, coverage: '60.0' });
    expect(m.involuntaryPartTime.womenShareOfCategory).toBe('100.0');
  });

  it('STAT-A4 / DEF-PL / DEF-REF: parental leave over the whole financial year, leavers included', () => {
    // women: w2 28 days = 4 weeks, w3 10 weeks given, l1 (left in June) 1 Jan–11 Feb = 42 days = 6 weeks
    // → 3 persons, (4 + 10 + 6) / 3 = 6.67; men: m1 6 weeks
    expect(m.parentalLeave).toEqual({
      women: { persons: 3, averageWeeks: '6.7' },
      men: { persons: 1, averageWeeks: '6.0' },
    });
  });

  it('STAT-A4 with parentalLeavePopulation "reference-date": only the stock population', () => {
    const r = computeMapping(records, { year: 2025, parentalLeavePopulation: 'reference-date' });
    expect(r.parentalLeave).toEqual({ women: { persons: 2, averageWeeks: '7.0' }, men: { persons: 1, averageWeeks: '6.0' } });
    expect(r.options.parentalLeavePopulation).toBe('reference-date');
  });

  it('STAT-B2 / DEF-PAY / DEF-AVG: monthly pay per FTE for the employer (overtime and benefits out)', () => {
    // women: w1 51 500 @100, w2 25 000 @50 → 50 000, w3 40 000 @80 → 50 000 (z1 0 % out)
    // men: m1 63 000, m2 45 000, m3 30 000 @60 → 50 000
    expect(m.pay.measure).toBe('monthly');
    expect(m.pay.total.population).toEqual(m.population);
    expect(m.pay.total.women).toEqual({ count: 3, mean: '50500.00', median: '50000.00' });
    expect(m.pay.total.men).toEqual({ count: 3, mean: '52666.67', median: '50000.00' });
    // 151 500 / 158 000 × 100 = 95.886…
    expect(m.pay.total.womenShareOfMen).toEqual({ mean: '95.9', median: '100.0' });
  });

  it('DEF-PAY: agreed monthly pay (base + fixed) and single components', () => {
    expect(m.agreedPay.measure).toBe('agreed');
    expect(m.agreedPay.total.women).toEqual({ count: 3, mean: '50333.33', median: '50000.00' });
    expect(m.agreedPay.total.men).toEqual({ count: 3, mean: '52333.33', median: '50000.00' });
    expect(m.agreedPay.total.womenShareOfMen.mean).toBe('96.2'); // 151 000 / 157 000
    expect(m.payComponents.bonus.total.men).toEqual({ count: 3, mean: '333.33', median: '0.00' });
    expect(m.payComponents.bonus.total.womenShareOfMen).toEqual({ mean: '0.0', median: null });
    expect(m.payComponents.irregularAllowances.total.women.mean).toBe('166.67');
    expect(m.payComponents.basePay.measure).toBe('basePay');
    expect(m.payComponents.fixedAllowances.total.women.median).toBe('0.00');
  });

  it('STAT-B0 / STAT-B1 / STAT-B3: by job level, keys in order, sex distribution per level', () => {
    expect(m.pay.byLevel.map((c) => c.key)).toEqual(['L1', 'L2']);
    const [l1, l2] = m.pay.byLevel;
    expect(l1!.population).toEqual({ women: 2, men: 1, other: 1, unknown: 0, total: 4 });
    // women 51 500 and 50 000: even count → mean of the two middle values
    expect(l1!.women).toEqual({ count: 2, mean: '50750.00', median: '50750.00' });
    expect(l1!.men).toEqual({ count: 1, mean: '63000.00', median: '63000.00' });
    expect(l1!.womenShareOfMen).toEqual({ mean: '80.6', median: '80.6' });
    expect(l2!.population).toEqual({ women: 2, men: 2, other: 0, unknown: 1, total: 5 });
    expect(l2!.women).toEqual({ count: 1, mean: '50000.00', median: '50000.00' });
    expect(l2!.men).toEqual({ count: 2, mean: '47500.00', median: '47500.00' });
    expect(l2!.womenShareOfMen).toEqual({ mean: '105.3', median: '105.3' });
  });

  it('by job group: a group without pay figures, and the null group last so cells add up', () => {
    expect(m.pay.byGroup.map((c) => c.key)).toEqual(['G1', 'G2', null]);
    const g2 = m.pay.byGroup[1]!;
    expect(g2.population).toEqual({ women: 1, men: 0, other: 0, unknown: 0, total: 1 });
    expect(g2.women).toEqual({ count: 0, mean: null, median: null });
    expect(g2.womenShareOfMen).toEqual({ mean: null, median: null });
    const none = m.pay.byGroup[2]!;
    expect(none.population).toEqual({ women: 1, men: 1, other: 0, unknown: 1, total: 3 });
    expect(none.womenShareOfMen).toEqual({ mean: '100.0', median: '100.0' });
    const sum = m.pay.byGroup.reduce((s, c) => s + c.population.total, 0);
    expect(sum).toBe(m.population.total);
  });

  it('DEF-GRP: units at every depth include their sub-units; parents before children', () => {
    expect(m.byUnit.map((u) => [u.key, u.depth, u.parent])).toEqual([
      ['A', 1, null],
      ['A/X', 2, 'A'],
      ['A/Y', 2, 'A'],
      ['B', 1, null],
    ]);
    const [a, ax, ay, b] = m.byUnit;
    expect(a!.population).toEqual({ women: 4, men: 2, other: 0, unknown: 0, total: 6 });
    expect(ax!.population.total + ay!.population.total).toBe(a!.population.total);
    expect(b!.population).toEqual({ women: 0, men: 1, other: 1, unknown: 1, total: 3 });
    expect(a!.parentalLeave).toEqual({ women: { persons: 3, averageWeeks: '6.7' }, men: { persons: 1, averageWeeks: '6.0' } });
    expect(ax!.parentalLeave.women).toEqual({ persons: 2, averageWeeks: '5.0' }); // w2 4, l1 6
    expect(ay!.parentalLeave.women).toEqual({ persons: 1, averageWeeks: '10.0' });
    expect(ax!.pay.women).toEqual({ count: 2, mean: '50750.00', median: '50750.00' });
    expect(b!.pay.women.count).toBe(0);
    expect(b!.pay.womenShareOfMen.mean).toBeNull();
    expect(ay!.temporary.men.count).toBe(1);
    expect(b!.involuntaryPartTime.total).toEqual({ count: 1, percentOfAll: '33.3', partTimers: 2, answered: 1, coverage: '50.0' });
    expect(a!.agreedPay.men.mean).toBe('53500.00'); // m1 62 000, m2 45 000
  });

  it('every exclusion is counted with its reason', () => {
    expect(m.excluded).toEqual({
      'not-active-on-reference-date': 2, // l1, s1
      'employment-kind-excluded': 1, // f1
      'merged-into-person': 0,
      'no-position-percent': 1, // z1
      'sex-not-female-or-male': 2, // o1, u1
      'invalid-record': 0,
    });
    expect(m.warnings['position_percent_zero_or_missing']).toBe(1);
    expect(m.warnings['position_percent_above_100']).toBe(0);
  });

  it('echoes every convention used', () => {
    expect(m.options).toEqual({
      year: 2025,
      fiscalYearEnd: '12-31',
      fiscalYearStart: '2025-01-01',
      fiscalYearLast: '2025-12-31',
      referenceDate: '2025-12-31',
      includeKinds: ['ordinary', 'maritime'],
      mergePersons: true,
      partTimeBelow: 100,
      monthlyPayComponents: ['basePay', 'fixedAllowances', 'irregularAllowances', 'bonus'],
      agreedPayComponents: ['basePay', 'fixedAllowances'],
      percentDecimals: 1,
      rounding: 'half-up',
      parentalLeavePopulation: 'financial-year',
      weeksDecimals: 1,
    });
  });

  it('is JSON-safe: no NaN, no Infinity, no undefined', () => {
    const text = JSON.stringify(m);
    expect(text).not.toMatch(/NaN|Infinity/);
    expect(JSON.parse(text)).toEqual(m);
  });
});
