import { describe, expectTypeOf, it } from 'vitest';
import type { PublishedMapping } from '../../src/anonymisation/index.js';
import type { Mapping } from '../../src/statistics/index.js';
import {
  buildStatement,
  renderHtml,
  renderMarkdown,
  type BuildStatementInput,
  type PublishedFigures,
  type Report,
  type ReportInput,
} from '../../src/report/index.js';
import { renderWorkbook } from '../../src/io/xlsx/index.js';

describe('report types', () => {
  it('takes the anonymisation’s PublishedMapping (and a raw Mapping) as published figures', () => {
    expectTypeOf<PublishedMapping>().toExtend<PublishedFigures>();
    expectTypeOf<Mapping>().toExtend<PublishedFigures>();
    expectTypeOf<BuildStatementInput['published']>().toEqualTypeOf<PublishedFigures | undefined>();
  });

  it('returns a Report; renderers take a Report', () => {
    expectTypeOf(buildStatement).returns.toEqualTypeOf<Report>();
    expectTypeOf(renderHtml).returns.toEqualTypeOf<string>();
    expectTypeOf(renderMarkdown).returns.toEqualTypeOf<string>();
    expectTypeOf(renderWorkbook).returns.toEqualTypeOf<Promise<Uint8Array>>();
    expectTypeOf<Report['kind']>().toEqualTypeOf<'statement' | 'documentation'>();
    expectTypeOf<Report>().toExtend<ReportInput>();
  });
});
