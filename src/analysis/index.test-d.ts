import { describe, expectTypeOf, it } from 'vitest';
import {
  analyseGap,
  publishGapAnalysis,
  type AdjustedGap,
  type GapAnalysis,
  type GapAnalysisSchema,
  type PublishedAdjustedGap,
  type PublishedGapAnalysis,
} from './index.js';
import type { z } from 'zod';

describe('analysis types (EXP-3: the published form cannot carry the accounting set)', () => {
  it('an internal adjusted gap or analysis is not a published one', () => {
    expectTypeOf<AdjustedGap>().not.toExtend<PublishedAdjustedGap>();
    expectTypeOf<GapAnalysis>().not.toExtend<PublishedGapAnalysis>();
    expectTypeOf<PublishedAdjustedGap['accountingSet']>().toEqualTypeOf<undefined>();
  });

  it('analyseGap gives the schema’s type; publishGapAnalysis the published one', () => {
    expectTypeOf(analyseGap).returns.toEqualTypeOf<GapAnalysis>();
    expectTypeOf<GapAnalysis>().toEqualTypeOf<z.output<typeof GapAnalysisSchema>>();
    expectTypeOf(publishGapAnalysis).returns.toEqualTypeOf<PublishedGapAnalysis>();
  });
});
