/** The public types of likestilling/transparency. */
import { describe, expectTypeOf, it } from 'vitest';
import type { Employee } from '../../src/models/employee.js';
import {
  assessPayTransparencyDuty,
  computePayTransparency,
  quartilePayBands,
  type CategoryFigures,
  type PayGapFigure,
  type PayTransparency,
  type PayTransparencyDuty,
  type QuartileBand,
  type TransparencyOptions,
  type TransparencyPopulation,
} from '../../src/transparency/index.js';

describe('likestilling/transparency types', () => {
  it('options: only year is required', () => {
    expectTypeOf<{ year: number }>().toMatchTypeOf<TransparencyOptions>();
    expectTypeOf<{ quartileTies: 'spread' }>().not.toMatchTypeOf<TransparencyOptions>();
  });
  it('the result: money and gaps as strings or null, counts as numbers', () => {
    expectTypeOf(computePayTransparency).parameters.toEqualTypeOf<[readonly Employee[], Parameters<typeof computePayTransparency>[1]]>();
    expectTypeOf<PayTransparency['hourly']>().toEqualTypeOf<PayGapFigure>();
    expectTypeOf<PayGapFigure['mean']['gapPercent']>().toEqualTypeOf<string | null>();
    expectTypeOf<PayTransparency['population']['women']>().toEqualTypeOf<number>();
    expectTypeOf<PayTransparency['variable']['recipients']['men']['percentOfSex']>().toEqualTypeOf<string | null>();
    expectTypeOf<PayTransparency['categories'][number]>().toEqualTypeOf<CategoryFigures>();
    expectTypeOf<CategoryFigures['jointAssessment']['triggered']>().toEqualTypeOf<boolean>();
    expectTypeOf<CategoryFigures['key']>().toEqualTypeOf<string | null>();
  });
  it('computers take a prepared population', () => {
    expectTypeOf(quartilePayBands).parameter(0).toEqualTypeOf<TransparencyPopulation>();
    expectTypeOf(quartilePayBands).returns.toEqualTypeOf<QuartileBand[]>();
    expectTypeOf(assessPayTransparencyDuty).returns.toEqualTypeOf<PayTransparencyDuty>();
  });
});
