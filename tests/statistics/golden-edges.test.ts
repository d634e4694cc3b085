import { describe, expect, it } from 'vitest';
import { LikestillingInputError } from '../../src/_lib/input.js';
import { EmployeeSchema, type Employee, type EmployeeInput } from '../../src/models/employee.js';
import { accumulateMapping, computeMapping, finalizeMapping, mergePartialMappings } from '../../src/statistics/index.js';

const parse = (rows: EmployeeInput[]) => rows.map((r) => EmployeeSchema.parse(r));
const base = { startDate: '2020-01-01', positionPercent: 100 } as const;

describe('golden: rounding and exactness (DEF-ROUND, DEF-AVG)', () => {
  it('a mean of exactly x.xx5 øre rounds half-up', () => {
    const m = computeMapping(
      parse([
        { ...base, employeeId: 'a', gender: 'female', pay: { basePay: '10000.00' } },
        { ...base, employeeId: 'b', gender: 'female', pay: { basePay: '10000.01' } },
        { ...base, employeeId: 'c', gender: 'male', pay: { basePay: '20000.00' } },
      ]),
      { year: 2025 },
    );
    // (10 000.00 + 10 000.01) / 2 = 10 000.005 → 10 000.01; even count median likewise
    expect(m.pay.total.women).toEqual({ count: 2, mean: '10000.01', median: '10000.01' });
    // share from the unrounded mean: 10 000.005 / 20 000 = 50.000025 % → 50.0
    expect(m.pay.total.womenShareOfMen.mean).toBe('50.0');
  });

  it('FTE pay of a non-terminating fraction stays exact until output (50 000 @ 33.33 %)', () => {
    const m = computeMapping(
      parse([
        { ...base, employeeId: 'a', gender: 'female', positionPercent: 33.33, pay: { basePay: 50000 } },
        { ...base, employeeId: 'b', gender: 'female', positionPercent: 66.67, pay: { basePay: 100000 } },
        { ...base, employeeId: 'c', gender: 'male', positionPercent: 33.33, pay: { basePay: 50000 } },
      ]),
      { year: 2025 },
    );
    // 5 000 000 000 / 33.33 = 150 015.0015… ; 10 000 000 000 / 66.67 = 149 992.5004…
    // mean = (150 015.00150015 + 149 992.50037498) / 2 = 150 003.75093757 → 150 003.75
    expect(m.pay.total.women).toEqual({ count: 2, mean: '150003.75', median: '150003.75' });
    expect(m.pay.total.men.mean).toBe('150015.00');
    // 150 003.750937 / 150 015.0015 = 99.99249… → 100.0
    expect(m.pay.total.womenShareOfMen.mean).toBe('100.0');
  });

  it('three equal sums at one third each: the percent shares are exact, not 99.9', () => {
    const m = computeMapping(
      parse([
        { ...base, employeeId: 'a', gender: 'female', contract: 'temporary' },
        { ...base, employeeId: 'b', gender: 'male' },
        { ...base, employeeId: 'c', gender: 'male', contract: 'temporary' },
      ]),
      { year: 2025, percentDecimals: 2 },
    );
    expect(m.temporary.women.percentOfAll).toBe('33.33');
    expect(m.temporary.total.percentOfAll).toBe('66.67');
    expect(m.options.percentDecimals).toBe(2);
  });

  it('ties and an even-count median: mean of the two middle values', () => {
    const men = [40000, 40000, 40000, 50000].map((pay, i): EmployeeInput => ({ ...base, employeeId: `m${i}`, gender: 'male', pay: { basePay: pay } }));
    const women = [30000, 30000, 45000, 47000, 47000].map((pay, i): EmployeeInput => ({
      ...base,
      employeeId: `w${i}`,
      gender: 'female',
      pay: { basePay: pay },
    }));
    const m = computeMapping(parse([...men, ...women]), { year: 2025 });
    expect(m.pay.total.men).toEqual({ count: 4, mean: '42500.00', median: '40000.00' });
    expect(m.pay.total.women).toEqual({ count: 5, mean: '39800.00', median: '45000.00' });
    expect(m.pay.total.womenShareOfMen).toEqual({ mean: '93.6', median: '112.5' });
  });

  it('position percent above 100 converts down to one FTE and is flagged', () => {
    const m = computeMapping(
      parse([
        { ...base, employeeId: 'a', gender: 'female', positionPercent: 120, pay: { basePay: 60000 } },
        { ...base, employeeId: 'b', gender: 'male', positionPercent: 150, pay: { basePay: 90000 } },
      ]),
      { year: 2025 },
    );
    expect(m.pay.total.women.mean).toBe('50000.00');
    expect(m.pay.total.men.mean).toBe('60000.00');
    expect(m.partTime.total.count).toBe(0);
    expect(m.warnings['position_percent_above_100']).toBe(2);
  });

  it('a level with only one sex: shares null, never NaN', () => {
    const m = computeMapping(
      parse([
        { ...base, employeeId: 'a', gender: 'female', jobLevel: 'Top', pay: { basePay: 90000 } },
        { ...base, employeeId: 'b', gender: 'male', jobLevel: 'Base', pay: { basePay: 40000 } },
      ]),
      { year: 2025 },
    );
    const top = m.pay.byLevel.find((c) => c.key === 'Top')!;
    expect(top.men).toEqual({ count: 0, mean: null, median: null });
    expect(top.womenShareOfMen).toEqual({ mean: null, median: null });
    expect(m.pay.byLevel.map((c) => c.key)).toEqual(['Base', 'Top']);
    expect(top.population.men).toBe(0);
    expect(m.temporary.womenShareOfCategory).toBeNull(); // 0 / (0 + 0)
  });

  it('an employer with no records gives zero counts and null shares', () => {
    const m = computeMapping([], { year: 2025 });
    expect(m.population).toEqual({ women: 0, men: 0, other: 0, unknown: 0, total: 0 });
    expect(m.temporary.women.percentOfAll).toBeNull();
    expect(m.pay.total.womenShareOfMen).toEqual({ mean: null, median: null });
    expect(m.pay.byLevel).toEqual([]);
    expect(m.byUnit).toEqual([]);
    expect(m.parentalLeave.women).toEqual({ persons: 0, averageWeeks: null });
  });
});

describe('golden: persons, population and exclusions (DEF-POP, DEF-REF, DEF-SEX)', () => {
  const rows: EmployeeInput[] = [
    // one woman, two employments: 60 % in L1/A (main) and 40 % in L2/B → one person at 100 %
    { employeeId: 'p1-a', personId: 'p1', gender: 'female', positionPercent: 60, startDate: '2020-01-01', jobLevel: 'L1', unit: 'A', pay: { basePay: 30000 } },
    {
      employeeId: 'p1-b',
      personId: 'p1',
      gender: 'female',
      positionPercent: 40,
      startDate: '2021-01-01',
      jobLevel: 'L2',
      unit: 'B',
      pay: { basePay: 20000 },
      contract: 'temporary',
    },
    // a man with an ended and an ongoing employment: only the ongoing one counts for the stock
    {
      employeeId: 'p2-old',
      personId: 'p2',
      gender: 'male',
      positionPercent: 100,
      startDate: '2019-01-01',
      endDate: '2025-03-31',
      jobLevel: 'L2',
      unit: 'B',
      pay: { basePay: 99999 },
    },
    { employeeId: 'p2-new', personId: 'p2', gender: 'male', positionPercent: 100, startDate: '2025-04-01', jobLevel: 'L1', unit: 'A', pay: { basePay: 40000 } },
    // a person whose records disagree on sex: counted once, as unknown, and flagged
    { employeeId: 'p3-a', personId: 'p3', gender: 'female', positionPercent: 50, startDate: '2020-01-01', jobLevel: 'L1', pay: { basePay: 20000 } },
    { employeeId: 'p3-b', personId: 'p3', gender: 'male', positionPercent: 50, startDate: '2020-01-01', jobLevel: 'L1', pay: { basePay: 20000 } },
    // missing position percent: in the headcount, out of pay, not counted as part-time
    { employeeId: 'p4', gender: 'male', startDate: '2020-01-01', jobLevel: 'L1', pay: { basePay: 40000 } },
    // maritime counts; a freelancer does not
    { employeeId: 'p5', gender: 'male', employmentKind: 'maritime', positionPercent: 100, startDate: '2020-01-01', jobLevel: 'L2', pay: { basePay: 60000 } },
    { employeeId: 'p6', gender: 'female', employmentKind: 'freelance', positionPercent: 100, startDate: '2020-01-01', pay: { basePay: 60000 } },
    // sex derived from a national id (flagged fallback)
    {
      employeeId: 'p7',
      gender: 'female',
      genderDerivedFromNationalId: true,
      positionPercent: 100,
      startDate: '2020-01-01',
      jobLevel: 'L2',
      pay: { basePay: 50000 },
    },
  ];
  const records = parse(rows);
  const m = computeMapping(records, { year: 2025 });

  it('merges the employments of one person: percents and pay summed, main employment kept', () => {
    expect(m.population).toEqual({ women: 2, men: 3, other: 0, unknown: 1, total: 6 });
    const l1 = m.pay.byLevel.find((c) => c.key === 'L1')!;
    // p1 at 60 + 40 = 100 %, 30 000 + 20 000 = 50 000, level L1 (the larger position), contract permanent
    expect(l1.women).toEqual({ count: 1, mean: '50000.00', median: '50000.00' });
    expect(m.temporary.total.count).toBe(0);
    expect(m.partTime.women.count).toBe(0);
    // p2: only the employment active on the reference date (40 000 in L1)
    expect(l1.men).toEqual({ count: 1, mean: '40000.00', median: '40000.00' });
    expect(l1.population).toEqual({ women: 1, men: 2, other: 0, unknown: 1, total: 4 });
    expect(m.byUnit.find((u) => u.key === 'A')!.population.total).toBe(2);
  });

  it('counts every exclusion and warning', () => {
    expect(m.excluded).toEqual({
      'not-active-on-reference-date': 1, // p2-old
      'employment-kind-excluded': 1, // p6
      'merged-into-person': 2, // p1-b, p3-b
      'no-position-percent': 1, // p4
      'sex-not-female-or-male': 1, // p3
      'invalid-record': 0,
    });
    expect(m.warnings).toEqual({
      position_percent_zero_or_missing: 1,
      position_percent_above_100: 0,
      sex_derived_from_national_id: 1,
      person_sex_inconsistent: 1,
    });
    expect(m.pay.total.men.count).toBe(2); // p2, p5 (p4 has no percent)
  });

  it('mergePersons: false counts every employment as a person', () => {
    const r = computeMapping(records, { year: 2025, mergePersons: false });
    expect(r.population.total).toBe(8);
    expect(r.excluded['merged-into-person']).toBe(0);
    expect(r.options.mergePersons).toBe(false);
  });

  it('includeKinds: freelancers can be included on request', () => {
    const r = computeMapping(records, { year: 2025, includeKinds: ['freelance', 'ordinary', 'maritime'] });
    expect(r.population.women).toBe(3);
    expect(r.options.includeKinds).toEqual(['ordinary', 'maritime', 'freelance']);
  });

  it('a record that is malformed at run time is counted as invalid, not used', () => {
    const bad = { ...records[0]!, employeeId: 'bad', startDate: 'soon' };
    const r = computeMapping([...records, bad], { year: 2025 });
    expect(r.excluded['invalid-record']).toBe(1);
    expect(r.population).toEqual(m.population);
    const broken = [{ employeeId: 'x', gender: 'male', startDate: '2020-01-01' }, null] as unknown as Employee[];
    const r2 = computeMapping([...records, ...broken], { year: 2025 });
    expect(r2.excluded['invalid-record']).toBe(2);
    expect(r2.records).toBe(records.length + 2);
    // a sex outside SEXES, or an end date of the wrong shape, is invalid too (DEF-SEX is never guessed)
    const odd = [
      { ...records[0]!, employeeId: 'odd1', gender: 'F' },
      { ...records[0]!, employeeId: 'odd2', endDate: '31.12.2025' },
    ] as unknown as Employee[];
    const r3 = computeMapping([...records, ...odd], { year: 2025 });
    expect(r3.excluded['invalid-record']).toBe(2);
    expect(r3.population).toEqual(m.population);
    // dates of the right length and dashes, but a character that is not a digit (below or above '0'–'9')
    const digits = [
      { ...records[0]!, employeeId: 'odd3', startDate: '2O25-01-01' },
      { ...records[0]!, employeeId: 'odd4', endDate: '2025-12-3/' },
      { ...records[0]!, employeeId: 'odd5', startDate: '2025-01-0:' },
    ] as unknown as Employee[];
    const r4 = computeMapping([...records, ...digits], { year: 2025 });
    expect(r4.excluded['invalid-record']).toBe(3);
    expect(r4.population).toEqual(m.population);
  });
});

describe('golden: financial year, reference date and parental leave (DEF-REF, DEF-PL)', () => {
  it('a financial year ending 30 June clips leave periods to the year; percent is weighted', () => {
    const rows: EmployeeInput[] = [
      // 2024-06-20 … 2024-07-10 at 50 %: 10 days inside 2024-07-01 … 2025-06-30 → 5 days = 0.714 weeks
      { ...base, employeeId: 'a', gender: 'female', parentalLeavePeriods: [{ startDate: '2024-06-20', endDate: '2024-07-10', percent: 50 }] },
      // 2025-06-01 … 2025-07-31 at 100 %: 30 days inside → 4.286 weeks; weeks given directly are ignored when periods exist
      { ...base, employeeId: 'b', gender: 'female', parentalLeaveWeeks: 40, parentalLeavePeriods: [{ startDate: '2025-06-01', endDate: '2025-07-31' }] },
      // a period wholly outside the year: no leave day, not a leave person
      { ...base, employeeId: 'c', gender: 'male', parentalLeavePeriods: [{ startDate: '2025-07-01', endDate: '2025-08-01' }] },
    ];
    const m = computeMapping(parse(rows), { year: 2025, fiscalYearEnd: '06-30', weeksDecimals: 3 });
    expect(m.options.fiscalYearStart).toBe('2024-07-01');
    expect(m.referenceDate).toBe('2025-06-30');
    // (5 + 30) / 7 / 2 = 2.5 weeks
    expect(m.parentalLeave.women).toEqual({ persons: 2, averageWeeks: '2.500' });
    expect(m.parentalLeave.men).toEqual({ persons: 0, averageWeeks: null });
  });

  it('an explicit reference date: starters after it and leavers before it are not in the stock', () => {
    const rows: EmployeeInput[] = [
      { ...base, employeeId: 'a', gender: 'female', startDate: '2025-10-01' },
      { ...base, employeeId: 'b', gender: 'male', endDate: '2025-05-31', parentalLeaveWeeks: 8 },
      { ...base, employeeId: 'c', gender: 'male', endDate: '2025-06-30' }, // active on the date itself
    ];
    const m = computeMapping(parse(rows), { year: 2025, referenceDate: '2025-06-30' });
    expect(m.population).toEqual({ women: 0, men: 1, other: 0, unknown: 0, total: 1 });
    expect(m.excluded['not-active-on-reference-date']).toBe(2);
    expect(m.parentalLeave.men).toEqual({ persons: 1, averageWeeks: '8.0' }); // b's leave is a flow
    // leave-only persons are in units (here: the null unit) but not in level/group pay cells
    expect(m.pay.byLevel.map((c) => c.key)).toEqual([null]);
    expect(m.byUnit.map((u) => u.key)).toEqual([null]);
  });

  it('leave weeks given directly keep their decimals', () => {
    const rows: EmployeeInput[] = [
      { ...base, employeeId: 'a', gender: 'male', parentalLeaveWeeks: 12.5 },
      { ...base, employeeId: 'b', gender: 'male', parentalLeaveWeeks: 0.25 },
      { ...base, employeeId: 'c', gender: 'male', parentalLeaveWeeks: 0 },
    ];
    const m = computeMapping(parse(rows), { year: 2025, weeksDecimals: 3 });
    expect(m.parentalLeave.men).toEqual({ persons: 2, averageWeeks: '6.375' });
  });
});

describe('options: pay concepts and part-time threshold', () => {
  it('custom pay components and partTimeBelow are used and echoed', () => {
    const rows = parse([
      { ...base, employeeId: 'a', gender: 'female', positionPercent: 90, pay: { basePay: 45000, overtime: 9000 } },
      { ...base, employeeId: 'b', gender: 'male', pay: { basePay: 50000, overtime: 0 } },
    ]);
    const m = computeMapping(rows, { year: 2025, monthlyPayComponents: ['overtime', 'basePay'], partTimeBelow: 90 });
    expect(m.options.monthlyPayComponents).toEqual(['basePay', 'overtime']);
    expect(m.pay.total.women.mean).toBe('60000.00'); // (45 000 + 9 000) / 0.9
    expect(m.partTime.total.count).toBe(0); // 90 is not below 90
  });

  it('invalid options are refused with the input error', () => {
    expect(() => computeMapping([], { year: 2025, fiscalYearEnd: '13-01' })).toThrow(/MM-DD/);
    expect(() => computeMapping([], { year: 2025, includeKinds: [] })).toThrow();
    // no options at all (a JavaScript caller): the schema's error, not a TypeError from inside
    for (const missing of [undefined, null, 2025]) {
      expect(() => computeMapping([], missing as never)).toThrow(LikestillingInputError);
    }
  });
});

describe('merge', () => {
  it('refuses partial mappings computed with different options', () => {
    const a = accumulateMapping([], { year: 2025 });
    const b = accumulateMapping([], { year: 2024 });
    expect(() => mergePartialMappings(a, b)).toThrow(/different options/);
  });

  it('merges one person split across two parts (DEF-POP)', () => {
    const rows = parse([
      { ...base, employeeId: 'x1', personId: 'x', gender: 'female', positionPercent: 50, pay: { basePay: 25000 }, jobLevel: 'L1' },
      { ...base, employeeId: 'x2', personId: 'x', gender: 'female', positionPercent: 30, pay: { basePay: 12000 }, jobLevel: 'L2' },
    ]);
    const whole = computeMapping(rows, { year: 2025 });
    const merged = finalizeMapping(mergePartialMappings(accumulateMapping(rows.slice(1), { year: 2025 }), accumulateMapping(rows.slice(0, 1), { year: 2025 })));
    expect(merged).toEqual(whole);
    expect(whole.pay.total.women.mean).toBe('46250.00'); // 37 000 / 0.8
    expect(whole.pay.byLevel.map((c) => c.key)).toEqual(['L1']);
  });
});
