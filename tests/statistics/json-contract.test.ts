import { describe, expect, it } from 'vitest';
import { EmployeeSchema } from '../../src/models/employee.js';
import { computeMapping } from '../../src/statistics/index.js';
import { small } from '../fixtures/statistics/small.js';

/** The JSON paths issue 3 promises for `likestilling report … --format json`. */
const PATHS = [
  'year',
  'referenceDate',
  'population.women',
  'population.men',
  'population.other',
  'population.total',
  ...['temporary', 'partTime', 'involuntaryPartTime'].flatMap((f) =>
    ['women', 'men'].flatMap((s) => ['count', 'percentOfAll', 'percentOfSex'].map((k) => `${f}.${s}.${k}`)),
  ),
  'involuntaryPartTime.women.answered',
  'involuntaryPartTime.men.answered',
  ...['women', 'men'].flatMap((s) => [`parentalLeave.${s}.persons`, `parentalLeave.${s}.averageWeeks`]),
  ...['women', 'men'].flatMap((s) => ['count', 'mean', 'median'].map((k) => `pay.total.${s}.${k}`)),
  'pay.total.womenShareOfMen.mean',
  'pay.total.womenShareOfMen.median',
  'pay.byLevel',
  'pay.byGroup',
  'byUnit',
  'excluded',
  'options',
];

const get = (o: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), o);

describe('the JSON of the internal mapping (issue 3 contract)', () => {
  const json = JSON.parse(
    JSON.stringify(
      computeMapping(
        small.map((r) => EmployeeSchema.parse(r)),
        { year: 2025 },
      ),
    ),
  ) as unknown;

  it.each(PATHS)('has %s', (path) => {
    expect(get(json, path)).not.toBeUndefined();
  });

  it('breakdowns are arrays of keyed pay cells of the total’s shape; money and percent are strings', () => {
    const level = get(json, 'pay.byLevel') as Record<string, unknown>[];
    expect(Array.isArray(level)).toBe(true);
    expect(Object.keys(level[0]!).sort()).toEqual(['key', ...Object.keys(get(json, 'pay.total') as object)].sort());
    expect(typeof get(json, 'pay.total.women.mean')).toBe('string');
    expect(get(json, 'pay.total.women.mean')).toMatch(/^\d+\.\d{2}$/);
    expect(get(json, 'temporary.women.percentOfAll')).toMatch(/^\d+\.\d$/);
    const units = get(json, 'byUnit') as Record<string, unknown>[];
    expect(units.every((u) => 'key' in u && 'pay' in u && 'agreedPay' in u)).toBe(true);
  });
});
