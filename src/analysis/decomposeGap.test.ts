/**
 * EXP-1 golden cases, worked by hand from the formulas of issue 19 (Ñopo's form of
 * Kitagawa–Oaxaca; ARP.md §9), on the mapping's pay concept (DEF-PAY, DEF-POP, DEF-SEX, DEF-ROUND).
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { decomposeGap } from './decomposeGap.js';
import { computeMapping } from '../statistics/computeMapping.js';
import { records, times } from '../../tests/analysis/_helpers.js';

const year = { year: 2025 };

describe('decomposeGap: two cells (EXP-1)', () => {
  // level A: 2 women at 40 000, 1 man at 50 000; level B: 1 woman at 60 000, 3 men at 75 000
  const payroll = records([
    ...times(2, { sex: 'female', pay: 40_000, level: 'A' }),
    { sex: 'male', pay: 50_000, level: 'A' },
    { sex: 'female', pay: 60_000, level: 'B' },
    ...times(3, { sex: 'male', pay: 75_000, level: 'B' }),
  ]);

  it("women's weighting (default): m̄ 68 750, w̄ 46 666.67; composition 10 416.67, within 11 666.67", () => {
    const d = decomposeGap(payroll, { statistics: year })['level']!;
    expect(d.status).toBe('decomposed');
    expect(d.men).toEqual({ count: 4, inSupport: 4, mean: '68750.00' });
    expect(d.women).toEqual({ count: 3, inSupport: 3, mean: '46666.67' });
    // total 68 750 − 46 666.666… = 22 083.333…; share 67.878…% → 67.9, so the gap reads 32.1
    expect(d.womenShareOfMen).toBe('67.9');
    expect(d.total).toEqual({ nok: '22083.33', percentOfMen: '32.1' });
    // X = 2/3 × 50 000 + 1/3 × 75 000 = 58 333.33…: composition = 68 750 − X, within = X − 46 666.66…
    expect(d.composition).toEqual({ nok: '10416.67', percentOfMen: '15.2' }); // 15.1515…
    expect(d.withinCells).toEqual({ nok: '11666.67', percentOfMen: '17.0' }); // 16.9696…
    expect(d.menOutsideSupport).toEqual({ nok: '0.00', percentOfMen: '0.0' });
    expect(d.womenOutsideSupport).toEqual({ nok: '0.00', percentOfMen: '0.0' });
    // rounded on their own the parts read 15.2 + 17.0 = 32.2; presented they add up to 32.1
    // (floors 15.1 and 16.9; the unit left goes to the larger remainder, .97 > .52)
    expect(d.presentedPercents).toEqual({ composition: '15.1', withinCells: '17.0', menOutsideSupport: '0.0', womenOutsideSupport: '0.0' });
    // cells: A (1/4 − 2/3) × 50 000 = −20 833.33, 2/3 × 10 000 = 6 666.67; B (3/4 − 1/3) × 75 000 = 31 250, 1/3 × 15 000 = 5 000
    expect(d.cells.map((c) => [c.key, c.composition?.nok, c.withinCells?.nok])).toEqual([
      [['A'], '-20833.33', '6666.67'],
      [['B'], '31250.00', '5000.00'],
    ]);
    expect(d.cells[0]).toMatchObject({ inSupport: true, women: { count: 2, mean: '40000.00' }, men: { count: 1, mean: '50000.00' } });
  });

  it("men's weighting: Y = 1/4 × 40 000 + 3/4 × 60 000 = 55 000; within 13 750, composition 8 333.33", () => {
    const d = decomposeGap(payroll, { statistics: year, weighting: 'men' })['level']!;
    expect(d.weighting).toBe('men');
    expect(d.withinCells).toEqual({ nok: '13750.00', percentOfMen: '20.0' });
    expect(d.composition).toEqual({ nok: '8333.33', percentOfMen: '12.1' });
    expect(d.presentedPercents).toMatchObject({ composition: '12.1', withinCells: '20.0' });
    // cells: A (1/4 − 2/3) × 40 000 = −16 666.67, 1/4 × 10 000 = 2 500; B (3/4 − 1/3) × 60 000 = 25 000, 3/4 × 15 000 = 11 250
    expect(d.cells.map((c) => [c.composition?.nok, c.withinCells?.nok])).toEqual([
      ['-16666.67', '2500.00'],
      ['25000.00', '11250.00'],
    ]);
  });

  it('agrees with the mapping: means, counts and the share per level (STAT-B1/B2)', () => {
    const mapping = computeMapping(payroll, year);
    const d = decomposeGap(payroll, { statistics: year })['level']!;
    expect(d.women.mean).toBe(mapping.pay.total.women.mean);
    expect(d.men.mean).toBe(mapping.pay.total.men.mean);
    expect(d.womenShareOfMen).toBe(mapping.pay.total.womenShareOfMen.mean);
    for (const c of d.cells) {
      const m = mapping.pay.byLevel.find((x) => x.key === c.key[0])!;
      expect([c.women.mean, c.men.mean, c.women.count, c.men.count]).toEqual([m.women.mean, m.men.mean, m.women.count, m.men.count]);
    }
  });
});

describe('decomposeGap: a cell with one sex (EXP-1, support)', () => {
  // A: a woman at 40 000 and a man at 50 000; C: a man at 80 000 (men only); D: a woman at 30 000 (women only)
  const payroll = records([
    { sex: 'female', pay: 40_000, level: 'A' },
    { sex: 'male', pay: 50_000, level: 'A' },
    { sex: 'male', pay: 80_000, level: 'C' },
    { sex: 'female', pay: 30_000, level: 'D' },
  ]);

  it('men outside (80 000 − 50 000) × 1/2 = 15 000, women outside (40 000 − 30 000) × 1/2 = 5 000', () => {
    const d = decomposeGap(payroll, { statistics: year })['level']!;
    expect(d.men).toEqual({ count: 2, inSupport: 1, mean: '65000.00' });
    expect(d.women).toEqual({ count: 2, inSupport: 1, mean: '35000.00' });
    expect(d.total).toEqual({ nok: '30000.00', percentOfMen: '46.2' }); // share 53.8
    expect(d.composition).toEqual({ nok: '0.00', percentOfMen: '0.0' });
    expect(d.withinCells).toEqual({ nok: '10000.00', percentOfMen: '15.4' });
    expect(d.menOutsideSupport).toEqual({ nok: '15000.00', percentOfMen: '23.1' });
    expect(d.womenOutsideSupport).toEqual({ nok: '5000.00', percentOfMen: '7.7' });
    expect(
      d.cells.map((c) => [c.key[0], c.inSupport, c.menOutsideSupport?.nok ?? null, c.womenOutsideSupport?.nok ?? null, c.composition?.nok ?? null]),
    ).toEqual([
      ['A', true, null, null, '0.00'],
      ['C', false, '15000.00', null, null],
      ['D', false, null, '5000.00', null],
    ]);
  });

  it('no cell with both sexes: composition and within 0, the outside parts cannot be told apart (null)', () => {
    const d = decomposeGap(
      records([
        { sex: 'male', pay: 80_000, level: 'C' },
        { sex: 'female', pay: 30_000, level: 'D' },
      ]),
      { statistics: year },
    )['level']!;
    expect(d.status).toBe('no-common-support');
    expect(d.total).toEqual({ nok: '50000.00', percentOfMen: '62.5' });
    expect([d.composition?.nok, d.withinCells?.nok, d.menOutsideSupport, d.womenOutsideSupport, d.presentedPercents]).toEqual([
      '0.00',
      '0.00',
      null,
      null,
      null,
    ]);
  });
});

describe('decomposeGap: everyone in one cell, all women', () => {
  it('one cell: the whole gap is within the cell', () => {
    const payroll = records([...times(3, { sex: 'female', pay: 45_000, level: 'A' }), ...times(2, { sex: 'male', pay: 50_000, level: 'A' })]);
    const d = decomposeGap(payroll, { statistics: year })['level']!;
    expect(d.total).toEqual({ nok: '5000.00', percentOfMen: '10.0' });
    expect(d.composition).toEqual({ nok: '0.00', percentOfMen: '0.0' });
    expect(d.withinCells).toEqual(d.total);
    expect(d.cells).toHaveLength(1);
  });

  it('all women: nothing to decompose (every part null), the women still counted', () => {
    const d = decomposeGap(records(times(3, { sex: 'female', pay: 45_000 })), { statistics: year })['level']!;
    expect(d.status).toBe('women-only');
    expect([d.total, d.composition, d.withinCells, d.menOutsideSupport, d.womenOutsideSupport, d.womenShareOfMen]).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(d.women).toEqual({ count: 3, inSupport: 0, mean: '45000.00' });
    expect(d.cells[0]!.composition).toBeNull();
  });

  it('no persons: status no-persons', () => {
    expect(decomposeGap([], { statistics: year })['level']!.status).toBe('no-persons');
  });
});

describe("decomposeGap: the mapping's pay concept (DEF-PAY, DEF-POP, DEF-SEX)", () => {
  it('FTE pay = amount × 100 / position percent, exactly (50 000 at 33.33 %), rounded once', () => {
    const d = decomposeGap(
      records([
        { sex: 'female', pay: 50_000, pct: 33.33 },
        { sex: 'male', pay: 150_000 },
      ]),
      { statistics: year },
    )['level']!;
    // 50 000 × 100 / 33.33 = 150 015.0015…
    expect(d.women.mean).toBe('150015.00');
    // the total: 150 000 − 150 015.0015 = −15.0015; the share 100.010… reads 100.0, so the gap 0.0
    expect(d.total).toEqual({ nok: '-15.00', percentOfMen: '0.0' });
  });

  it('merges a person’s employments (position percents and pay summed, the larger one’s level kept)', () => {
    const payroll = records([
      { sex: 'female', pay: 20_000, pct: 40, level: 'A', personId: 'P1' },
      { sex: 'female', pay: 36_000, pct: 60, level: 'B', personId: 'P1' },
      { sex: 'male', pay: 60_000, level: 'B' },
    ]);
    const d = decomposeGap(payroll, { statistics: year })['level']!;
    // one woman: (20 000 + 36 000) × 100 / 100 = 56 000, at level B (60 % > 40 %)
    expect(d.women).toEqual({ count: 1, inSupport: 1, mean: '56000.00' });
    expect(d.cells.map((c) => c.key[0])).toEqual(['B']);
  });

  it('leaves out other sex, position percent 0 and freelancers, as the mapping does', () => {
    const payroll = records([
      { sex: 'female', pay: 40_000 },
      { sex: 'male', pay: 50_000 },
      { sex: 'other', pay: 90_000 },
      { sex: 'male', pay: 90_000, pct: 0 },
      { sex: 'male', pay: 90_000, kind: 'freelance' },
      { sex: 'male', pay: 90_000, end: '2025-06-30' },
    ]);
    const d = decomposeGap(payroll, { statistics: year })['level']!;
    expect([d.women.count, d.men.count, d.total?.nok]).toEqual([1, 1, '10000.00']);
  });

  it('agreed pay (base + fixed) with payConcept: agreed', () => {
    const payroll = records([
      { sex: 'female', pay: 40_000 },
      { sex: 'male', pay: 50_000 },
    ]);
    expect(decomposeGap(payroll, { statistics: year, payConcept: 'agreed' })['level']!.total?.nok).toBe('10000.00');
  });
});

describe('decomposeGap: breakdowns (DEF-GRP)', () => {
  const payroll = records([
    { sex: 'female', pay: 40_000, level: 'A', group: 'G1', unit: 'Dir/East/U1' },
    { sex: 'male', pay: 50_000, level: 'A', group: 'G2', unit: 'Dir/East/U2' },
    { sex: 'female', pay: 60_000, level: 'B', group: 'G1', unit: 'Dir' },
    { sex: 'male', pay: 70_000, level: 'B', group: null, unit: 'Dir/West/U3' },
  ]);

  it('unit cut at a depth; a person placed higher keeps their shorter path', () => {
    const d = decomposeGap(payroll, { statistics: year, breakdowns: ['unit:2'] })['unit:2']!;
    expect(d.cells.map((c) => c.key)).toEqual([['Dir'], ['Dir/East'], ['Dir/West']]);
  });

  it('a combination: one cell per level and group, null last', () => {
    const d = decomposeGap(payroll, { statistics: year, breakdowns: ['level * group'] })['level*group']!;
    expect(d.cells.map((c) => c.key)).toEqual([
      ['A', 'G1'],
      ['A', 'G2'],
      ['B', 'G1'],
      ['B', null],
    ]);
    expect(d.status).toBe('no-common-support');
  });

  it('rejects a breakdown it does not know, naming the path', () => {
    const error = (() => {
      try {
        decomposeGap(payroll, { statistics: year, breakdowns: ['level', 'level:2'] });
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(z.ZodError);
    expect((error as z.ZodError).issues[0]!.path).toEqual(['breakdowns', 1]);
  });
});
