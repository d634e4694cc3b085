import { describe, expectTypeOf, it } from 'vitest';
import {
  accumulateMapping,
  assessAuthorityDuty,
  assessDuties,
  buildStatement,
  computeMapping,
  planYear,
  renderHtml,
  safe,
  type DutyAssessment,
  type DutyFacts,
  type Employer,
  type EmployerInput,
  type EqualityCycle,
  type InputIssue,
  type LikestillingInputError,
  type Mapping,
  type PublishedMapping,
  type Report,
  type SafeResult,
} from '../../src/index.js';
import { renderWorkbook } from '../../src/io/xlsx/index.js';

declare const employer: Employer;
declare const cycle: EqualityCycle;
declare const published: PublishedMapping;
declare const report: Report;

describe('input types are the schemas’ input types', () => {
  it('a parsed Employer passes where a function needs part of it', () => {
    expectTypeOf<Employer>().toExtend<DutyFacts>();
    expectTypeOf<EmployerInput>().toExtend<DutyFacts>();
    expectTypeOf(assessDuties(employer, 2025)).toEqualTypeOf<DutyAssessment>();
    expectTypeOf(assessAuthorityDuty(employer).rule).toEqualTypeOf<'COV-8'>();
    // the quick start's literal (the issue: a type error under --strict before)
    assessDuties({ organisationNumber: '974760673', name: 'Etaten', sector: 'public' }, 2025);
    // @ts-expect-error a typo is still caught
    assessDuties({ sektor: 'public' }, 2025);
  });

  it('parsed outputs and plain JSON shapes fit buildStatement and the renderers', () => {
    expectTypeOf(buildStatement({ employer, year: 2025, cycle, published, previous: report, duties: assessDuties(employer, 2025) })).toEqualTypeOf<Report>();
    buildStatement({ employer: { organisationNumber: '974760673', name: 'E', sector: 'public' }, year: 2025, cycle: { financialYear: 2025 } });
    expectTypeOf(renderHtml(report)).toEqualTypeOf<string>();
    planYear({ year: 2025, duties: assessDuties(employer, 2025) });
  });

  it('a mapping’s resolved options pass where statistics options are taken', () => {
    const m = computeMapping([], { year: 2025 });
    expectTypeOf(m).toEqualTypeOf<Mapping>();
    expectTypeOf(accumulateMapping([], m.options).options).toEqualTypeOf(m.options);
  });
});

describe('the safe form', () => {
  it('keeps the parameters and wraps the result (a promise for an async function)', () => {
    expectTypeOf(safe(assessDuties)).parameters.toEqualTypeOf<Parameters<typeof assessDuties>>();
    expectTypeOf(safe(assessDuties)).returns.toEqualTypeOf<SafeResult<DutyAssessment>>();
    expectTypeOf(safe(renderWorkbook)).returns.toEqualTypeOf<Promise<SafeResult<Uint8Array>>>();
    const r = safe(assessDuties)({ sector: 'public' }, 2025);
    if (r.success) expectTypeOf(r.data).toEqualTypeOf<DutyAssessment>();
    else expectTypeOf(r.error).toEqualTypeOf<LikestillingInputError>();
  });

  it('issues are diagnostics without a found value', () => {
    expectTypeOf<InputIssue['severity']>().toEqualTypeOf<'error'>();
    expectTypeOf<InputIssue['found']>().toEqualTypeOf<undefined>();
  });
});
