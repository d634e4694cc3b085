/**
 * Golden cases for the pay-transparency indicators (ARP.md §8, TRN-1…TRN-5), worked by hand.
 *
 * With 37.5 full-time weekly hours, 12 months and 52 weeks, a full-time year is 1 950 hours, so a
 * monthly 16 250 NOK at 100 % is 12 × 16 250 / 1 950 = 100.00 NOK an hour (and 8 125 NOK at 50 %).
 */
import { describe, expect, it } from 'vitest';
import { EmployeeSchema, type Employee, type EmployeeInput } from '../../src/models/employee.js';
import {
  annualPayGap,
  categoryPayGaps,
  computePayTransparency,
  hourlyPayGap,
  preparePayTransparency,
  quartilePayBands,
  variablePayGap,
  variablePayRecipients,
} from '../../src/transparency/index.js';

const parse = (rows: readonly EmployeeInput[]): Employee[] => rows.map((r) => EmployeeSchema.parse(r));
const person = (
  id: string,
  gender: EmployeeInput['gender'],
  pct: number | null,
  pay: EmployeeInput['pay'],
  extra: Partial<EmployeeInput> = {},
): EmployeeInput => ({
  employeeId: id,
  gender,
  positionPercent: pct,
  startDate: '2020-01-01',
  pay,
  ...extra,
});

/**
 * Case A. Hourly pay (NOK): women 100 (W1, two employments 60 % + 40 % merged), 100 (W2, 50 %),
 * 120 (W3); men 120 (M1), 150 (M2), 130 (M3, 80 %). Variable pay: W3 a bonus of 1 500, M2 overtime
 * of 3 375, M3 fixed allowances of 1 300 (at 80 %). Groups: A = W1 (main employment 60 %), W3, M1,
 * M3; B = W2, M2. Left out: one person of other sex, one woman at 0 %, one freelancer, one leaver.
 */
const caseA = parse([
  person('W1a', 'female', 60, { basePay: 9750 }, { personId: 'W1', jobGroup: 'A' }),
  person('W2', 'female', 50, { basePay: 8125 }, { jobGroup: 'B' }),
  person('W3', 'female', 100, { basePay: 18000, bonus: 1500 }, { jobGroup: 'A' }),
  person('M1', 'male', 100, { basePay: 19500 }, { jobGroup: 'A' }),
  person('M2', 'male', 100, { basePay: 21000, overtime: 3375 }, { jobGroup: 'B' }),
  person('M3', 'male', 80, { basePay: 15600, fixedAllowances: 1300 }, { jobGroup: 'A' }),
  person('W1b', 'female', 40, { basePay: 6500 }, { personId: 'W1', jobGroup: 'B' }),
  person('X1', 'other', 100, { basePay: 50000 }, { jobGroup: 'A' }),
  person('W0', 'female', 0, { basePay: 1000 }, { jobGroup: 'A' }),
  person('F1', 'male', 100, { basePay: 90000 }, { employmentKind: 'freelance' }),
  person('L1', 'male', 100, { basePay: 90000 }, { endDate: '2026-06-30' }),
]);

describe('case A: every indicator by hand (TRN-1…TRN-5)', () => {
  const population = preparePayTransparency(caseA, { year: 2026 });

  it('population and exclusions (DEF-POP, DEF-SEX, TRN-1)', () => {
    expect(population.population).toEqual({ women: 3, men: 3 });
    expect(population.excluded).toEqual({
      'not-active-on-reference-date': 1,
      'employment-kind-excluded': 1,
      'merged-into-person': 1,
      'no-position-percent': 1,
      'sex-not-female-or-male': 1,
      'invalid-record': 0,
    });
  });

  it('(a), (c) hourly: women 106.67 / 100.00, men 133.33 / 130.00; gaps 20.0 and 23.1', () => {
    expect(hourlyPayGap(population)).toEqual({
      persons: { women: 3, men: 3 },
      // women (100 + 100 + 120) / 3 = 106.666…; men (120 + 150 + 130) / 3 = 133.333…
      // mean gap (400/3 − 320/3) / (400/3) = 20 %; median gap (130 − 100) / 130 = 23.07… %
      mean: { women: '106.67', men: '133.33', gapPercent: '20.0' },
      median: { women: '100.00', men: '130.00', gapPercent: '23.1' },
    });
  });

  it('annual pay beside: 12 × monthly at the actual position', () => {
    // women 195 000, 97 500, 234 000; men 234 000, 292 500, 202 800
    expect(annualPayGap(population)).toEqual({
      persons: { women: 3, men: 3 },
      // (243 100 − 175 500) / 243 100 = 27.807…; (234 000 − 195 000) / 234 000 = 16.666…
      mean: { women: '175500.00', men: '243100.00', gapPercent: '27.8' },
      median: { women: '195000.00', men: '234000.00', gapPercent: '16.7' },
    });
  });

  it('(b), (d), (e) variable pay among its recipients, and who receives it', () => {
    // W3 12 × 1 500 / 1 950 = 120/13 = 9.2307…; M2 12 × 3 375 / 1 950 = 270/13; M3 12 × 1 300 / 1 560 = 10
    // men's mean (270/13 + 130/13) / 2 = 200/13 = 15.3846…; gap (200/13 − 120/13) / (200/13) = 40 %
    expect(variablePayGap(population)).toEqual({
      persons: { women: 1, men: 2 },
      mean: { women: '9.23', men: '15.38', gapPercent: '40.0' },
      median: { women: '9.23', men: '15.38', gapPercent: '40.0' },
    });
    expect(variablePayRecipients(population)).toEqual({ women: { count: 1, percentOfSex: '33.3' }, men: { count: 2, percentOfSex: '66.7' } });
  });

  it('(f) quartile bands with a tie across each of two boundaries, spread by sex (UK reg. 13)', () => {
    // sorted: 100 W1, 100 W2 | 120 W3, 120 M1 | 130 M3, 150 M2; n = 6, boundaries 0, 1, 3, 4, 6
    // band 0 = position 0: half of the (W1, W2) tie → 1 woman; band 1 = positions 1, 2: the other
    // woman of that tie and one of the two places of the (W3, M1) tie → 1.5 women, 0.5 men;
    // band 2 = position 3: the other place of (W3, M1) → 0.5 and 0.5; band 3: M3, M2
    expect(quartilePayBands(population)).toEqual([
      { band: 0, size: 1, womenPercent: '100.0', menPercent: '0.0', women: { count: '1', persons: 2 }, men: { count: '0', persons: 0 } },
      { band: 1, size: 2, womenPercent: '75.0', menPercent: '25.0', women: { count: '1.50', persons: 3 }, men: { count: '0.50', persons: 1 } },
      { band: 2, size: 1, womenPercent: '50.0', menPercent: '50.0', women: { count: '0.50', persons: 1 }, men: { count: '0.50', persons: 1 } },
      { band: 3, size: 2, womenPercent: '0.0', menPercent: '100.0', women: { count: '0', persons: 0 }, men: { count: '2', persons: 2 } },
    ]);
  });

  it("(f) with ties cut in the order of the records (quartileTies: 'sort-order', British Columbia)", () => {
    const bc = preparePayTransparency(caseA, { year: 2026, quartileTies: 'sort-order' });
    // records order W1, W2, W3, M1, …: band 0 W1; band 1 W2, W3; band 2 M1; band 3 M3, M2
    expect(quartilePayBands(bc).map((b) => [b.womenPercent, b.women.count, b.women.persons, b.men.persons])).toEqual([
      ['100.0', '1', 1, 0],
      ['100.0', '2', 2, 0],
      ['0.0', '0', 0, 1],
      ['0.0', '0', 0, 2],
    ]);
    // M1 listed before W3: band 1 holds W2 and M1
    const swapped = [...caseA];
    [swapped[2], swapped[3]] = [swapped[3]!, swapped[2]!];
    expect(quartilePayBands(preparePayTransparency(swapped, { year: 2026, quartileTies: 'sort-order' })).map((b) => b.womenPercent)).toEqual([
      '100.0',
      '50.0',
      '100.0',
      '0.0',
    ]);
    // spread does not depend on the order
    expect(quartilePayBands(preparePayTransparency(swapped, { year: 2026 }))).toEqual(quartilePayBands(population));
  });

  it('(g) per category: hourly, basic and variable gaps; the main employment gives the category', () => {
    const [a, b, ...rest] = categoryPayGaps(population);
    expect(rest).toEqual([]);
    expect(a?.key).toBe('A');
    expect(a?.population).toEqual({ women: 2, men: 2 });
    // hourly: women 100, 120; men 120, 130 → means 110 and 125, gap 12 %
    expect(a?.hourly.mean).toEqual({ women: '110.00', men: '125.00', gapPercent: '12.0' });
    // basic: W1 100, W3 12 × 18 000 / 1 950 = 1440/13; M1 120, M3 12 × 15 600 / 1 560 = 120
    // women (1300/13 + 1440/13) / 2 = 105.3846…; gap (120 − 105.3846…) / 120 = 12.179… %
    expect(a?.basic.mean).toEqual({ women: '105.38', men: '120.00', gapPercent: '12.2' });
    expect(a?.basic.median).toEqual({ women: '105.38', men: '120.00', gapPercent: '12.2' });
    // variable: W3 120/13, M3 10 → (10 − 120/13) / 10 = 7.69… %
    expect(a?.variable).toEqual({
      persons: { women: 1, men: 1 },
      mean: { women: '9.23', men: '10.00', gapPercent: '7.7' },
      median: { women: '9.23', men: '10.00', gapPercent: '7.7' },
    });
    expect(b?.key).toBe('B');
    // hourly: W2 100, M2 150 → 33.3 %; basic: M2 12 × 21 000 / 1 950 = 129.2307… → 22.6 %
    expect(b?.hourly.mean.gapPercent).toBe('33.3');
    expect(b?.basic.mean).toEqual({ women: '100.00', men: '129.23', gapPercent: '22.6' });
    // no woman receives variable pay in B: no gap
    expect(b?.variable).toEqual({
      persons: { women: 0, men: 1 },
      mean: { women: null, men: '20.77', gapPercent: null },
      median: { women: null, men: '20.77', gapPercent: null },
    });
  });

  it('Art. 10: both categories at or above 5 %; a justification for A leaves B required (TRN-5)', () => {
    const plain = computePayTransparency(caseA, { year: 2026 });
    expect(plain.categories.map((c) => [c.key, c.jointAssessment.triggered, c.jointAssessment.required, c.jointAssessment.reason])).toEqual([
      ['A', true, true, 'gap-at-or-above-threshold'],
      ['B', true, true, 'gap-at-or-above-threshold'],
    ]);
    const justified = computePayTransparency(caseA, {
      year: 2026,
      categoryAssessments: { A: { justification: 'seniority under the collective agreement' }, B: { remedyDate: '2028-01-01' } },
    });
    expect(justified.categories[0]?.jointAssessment).toMatchObject({
      triggered: true,
      required: false,
      reason: 'justified',
      justification: 'seniority under the collective agreement',
      meanGapPercent: '12.0',
      thresholdPercent: '5',
    });
    // report 2027-06-07 + 6 months = 2027-12-07: a remedy on 2028-01-01 is too late
    expect(justified.categories[1]?.jointAssessment).toMatchObject({
      required: true,
      reason: 'remedy-after-deadline',
      remedyDate: '2028-01-01',
      remedyDeadline: '2027-12-07',
    });
    expect(justified.jointAssessment).toEqual({ required: true, categories: ['B'] });
    // a threshold above both gaps: nothing triggered
    const high = computePayTransparency(caseA, { year: 2026, jointAssessmentThresholdPercent: 33.34 });
    expect(high.categories.map((c) => c.jointAssessment.reason)).toEqual(['gap-below-threshold', 'gap-below-threshold']);
    expect(high.jointAssessment).toEqual({ required: false, categories: [] });
  });

  it('marks (a)–(f) public and (g) for the authority and representatives only (TRN-7)', () => {
    const r = computePayTransparency(caseA, { year: 2026 });
    expect(r.disclosure.categories).toEqual({ indicators: ['g'], audience: 'authority-and-representatives' });
    for (const part of ['hourly', 'annual', 'variable', 'quartiles'] as const) expect(r.disclosure[part].audience).toBe('public');
  });
});

describe('edges by hand', () => {
  const hourly100 = (id: string, gender: EmployeeInput['gender'], extra: Partial<EmployeeInput> = {}): EmployeeInput =>
    person(id, gender, 100, { basePay: 16250 }, extra);

  it('one sex absent: values of the absent sex and every gap are null; bands all women', () => {
    const r = computePayTransparency(parse([hourly100('W1', 'female'), person('W2', 'female', 100, { basePay: 19400, bonus: 100 })]), { year: 2026 });
    expect(r.population).toEqual({ women: 2, men: 0 });
    expect(r.hourly.mean).toEqual({ women: '110.00', men: null, gapPercent: null });
    expect(r.hourly.median).toEqual({ women: '110.00', men: null, gapPercent: null });
    expect(r.variable.recipients.men).toEqual({ count: 0, percentOfSex: null });
    // n = 2: boundaries 0, 0, 1, 1, 2: bands 0 and 2 are empty
    expect(r.quartiles.map((b) => [b.size, b.womenPercent, b.menPercent])).toEqual([
      [0, null, null],
      [1, '100.0', '0.0'],
      [0, null, null],
      [1, '100.0', '0.0'],
    ]);
    expect(r.categories[0]?.jointAssessment.reason).toBe('not-a-category');
  });

  it('everyone paid the same: one tie group over every band, spread 3 : 2 in each', () => {
    const rows = parse([hourly100('W1', 'female'), hourly100('W2', 'female'), hourly100('W3', 'female'), hourly100('M1', 'male'), hourly100('M2', 'male')]);
    // n = 5: boundaries 0, 1, 2, 3, 5: sizes 1, 1, 1, 2; each band 3/5 women
    expect(quartilePayBands(preparePayTransparency(rows, { year: 2026 }))).toEqual([
      { band: 0, size: 1, womenPercent: '60.0', menPercent: '40.0', women: { count: '0.60', persons: 3 }, men: { count: '0.40', persons: 2 } },
      { band: 1, size: 1, womenPercent: '60.0', menPercent: '40.0', women: { count: '0.60', persons: 3 }, men: { count: '0.40', persons: 2 } },
      { band: 2, size: 1, womenPercent: '60.0', menPercent: '40.0', women: { count: '0.60', persons: 3 }, men: { count: '0.40', persons: 2 } },
      { band: 3, size: 2, womenPercent: '60.0', menPercent: '40.0', women: { count: '1.20', persons: 3 }, men: { count: '0.80', persons: 2 } },
    ]);
    expect(quartilePayBands(preparePayTransparency(rows, { year: 2026, quartileTies: 'sort-order' })).map((b) => b.womenPercent)).toEqual([
      '100.0',
      '100.0',
      '100.0',
      '0.0',
    ]);
    expect(hourlyPayGap(preparePayTransparency(rows, { year: 2026 })).mean.gapPercent).toBe('0.0');
  });

  it('one person: every band but the highest is empty', () => {
    const bands = quartilePayBands(preparePayTransparency(parse([hourly100('M1', 'male')]), { year: 2026 }));
    expect(bands.map((b) => [b.size, b.menPercent])).toEqual([
      [0, null],
      [0, null],
      [0, null],
      [1, '100.0'],
    ]);
  });

  it('nobody: null everywhere, empty bands, no categories', () => {
    const r = computePayTransparency([], { year: 2026 });
    expect(r.population).toEqual({ women: 0, men: 0 });
    expect(r.hourly.mean).toEqual({ women: null, men: null, gapPercent: null });
    expect(r.quartiles.every((b) => b.size === 0 && b.womenPercent === null)).toBe(true);
    expect(r.categories).toEqual([]);
  });

  it('nobody with variable pay: no variable figures, 0 % recipients', () => {
    const r = computePayTransparency(parse([hourly100('W1', 'female'), hourly100('M1', 'male')]), { year: 2026 });
    expect(r.variable).toEqual({
      persons: { women: 0, men: 0 },
      mean: { women: null, men: null, gapPercent: null },
      median: { women: null, men: null, gapPercent: null },
      recipients: { women: { count: 0, percentOfSex: '0.0' }, men: { count: 0, percentOfSex: '0.0' } },
    });
  });

  it('negative gaps: women paid more', () => {
    // women 110, men 100: (100 − 110) / 100 = −10 %
    const r = computePayTransparency(parse([person('W1', 'female', 100, { basePay: 17875 }), hourly100('M1', 'male')]), { year: 2026 });
    expect(r.hourly.mean).toEqual({ women: '110.00', men: '100.00', gapPercent: '-10.0' });
    expect(r.annual.median.gapPercent).toBe('-10.0');
  });

  it('TRN-2: the gap is rounded once, half away from zero (−2.25 → −2.3, 2.25 → 2.3); money half-up to øre', () => {
    // 36 weekly hours: 1 872 hours a year, 156 a month: hourly = monthly / 156
    const o = { year: 2026, fullTimeHoursPerWeek: 36 } as const;
    const men100 = person('M1', 'male', 100, { basePay: 15600 }); // 100.00
    const above = computePayTransparency(parse([person('W1', 'female', 100, { basePay: 15951 }), men100]), o); // 102.25
    expect(above.hourly.mean).toEqual({ women: '102.25', men: '100.00', gapPercent: '-2.3' });
    const below = computePayTransparency(parse([person('W1', 'female', 100, { basePay: 15249 }), men100]), o); // 97.75
    expect(below.hourly.mean.gapPercent).toBe('2.3');
    // men 100.00 and 100.01: mean 100.005 → 100.01 (half-up to whole øre)
    const half = computePayTransparency(parse([men100, person('M2', 'male', 100, { basePay: 15601.56 })]), o);
    expect(half.hourly.mean.men).toBe('100.01');
    expect(half.hourly.median.men).toBe('100.01');
  });

  it("TRN-1: a record's own full-time hours; a merged person's hours are summed per employment", () => {
    // 50 % of 37.5 h and 50 % of 40 h: 18.75 + 20 = 38.75 h a week, 2 015 h a year; 12 × 20 000 / 2 015 = 119.106…
    const rows = parse([
      person('P1a', 'female', 50, { basePay: 10000 }, { personId: 'P1' }),
      person('P1b', 'female', 50, { basePay: 10000 }, { personId: 'P1', fullTimeHoursPerWeek: 40 }),
      person('M1', 'male', 100, { basePay: 20000 }, { fullTimeHoursPerWeek: 35.5 }), // 12 × 20 000 / 1 846 = 130.011…
    ]);
    const h = hourlyPayGap(preparePayTransparency(rows, { year: 2026 }));
    expect(h.mean).toEqual({ women: '119.11', men: '130.01', gapPercent: '8.4' });
    // annual pay does not depend on the hours
    expect(annualPayGap(preparePayTransparency(rows, { year: 2026 })).mean).toEqual({ women: '240000.00', men: '240000.00', gapPercent: '0.0' });
    // the option's hours for records without their own
    const same = hourlyPayGap(preparePayTransparency(rows.slice(0, 2), { year: 2026, fullTimeHoursPerWeek: 40 }));
    expect(same.mean.women).toBe('115.38'); // 12 × 20 000 / 2 080
  });

  it('the definitions are options: pay without benefits in kind, variable = bonus only, categories by job level', () => {
    const rows = parse([
      person('W1', 'female', 100, { basePay: 16250, benefitsInKind: 1625, bonus: 325 }, { jobLevel: 'L1' }),
      person('M1', 'male', 100, { basePay: 16250, overtime: 1625 }, { jobLevel: 'L1' }),
    ]);
    const r = computePayTransparency(rows, {
      year: 2026,
      payComponents: ['basePay', 'fixedAllowances', 'irregularAllowances', 'bonus', 'overtime'],
      variableComponents: ['bonus'],
      categoryBy: 'jobLevel',
    });
    // women 16 575 → 102.00; men 17 875 → 110.00
    expect(r.hourly.mean).toEqual({ women: '102.00', men: '110.00', gapPercent: '7.3' });
    expect(r.variable.recipients).toEqual({ women: { count: 1, percentOfSex: '100.0' }, men: { count: 0, percentOfSex: '0.0' } });
    expect(r.categories.map((c) => c.key)).toEqual(['L1']);
    // basic = base, fixed, irregular, overtime: men 110, women 100
    expect(r.categories[0]?.basic.mean).toEqual({ women: '100.00', men: '110.00', gapPercent: '9.1' });
    expect(r.options.basicComponents).toEqual(['basePay', 'fixedAllowances', 'irregularAllowances', 'overtime']);
  });
});
