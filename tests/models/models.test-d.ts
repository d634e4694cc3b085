import { describe, it, expectTypeOf } from 'vitest';
import type { EmployerText } from '../../src/models/text.js';
import {
  assessDuties,
  planYear,
  EmployerSchema,
  EqualityCycleSchema,
  OrgUnitSchema,
  type Employer,
  type EmployerInput,
  type Sector,
  type DemandingParty,
  type Demand,
  type EqualityCycle,
  type EqualityCycleInput,
  type Measure,
  type MeasureStatus,
  type Finding,
  type Ground,
  type AnyGround,
  type Area,
  type Step,
  type OrgUnit,
  type DutyAssessment,
  type YearPlan,
  type Diagnostic,
  validateCycle,
} from '../../src/index.js';

describe('public model types', () => {
  it('Employer: parsed output has defaults filled, input leaves them optional', () => {
    expectTypeOf<Sector>().toEqualTypeOf<'public' | 'private'>();
    expectTypeOf<DemandingParty>().toEqualTypeOf<'employer' | 'employee-representatives' | 'employee-majority'>();
    expectTypeOf<Employer['fiscalYearEnd']>().toEqualTypeOf<string>();
    expectTypeOf<Employer['exercisesPublicAuthority']>().toEqualTypeOf<boolean | null>();
    expectTypeOf<Employer['demands']>().toEqualTypeOf<readonly Demand[]>();
    expectTypeOf<Employer['units']>().toEqualTypeOf<readonly OrgUnit[]>();
    expectTypeOf<Demand['date']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<EmployerInput>().toHaveProperty('fiscalYearEnd').toEqualTypeOf<string | undefined>();
    expectTypeOf<{ organisationNumber: string; name: string; sector: 'private' }>().toExtend<EmployerInput>();
    expectTypeOf<{ organisationNumber: string; name: string }>().not.toExtend<EmployerInput>();
    expectTypeOf(EmployerSchema.parse).returns.toEqualTypeOf<Employer>();
  });

  it('OrgUnit is recursive and readonly', () => {
    expectTypeOf<OrgUnit['children']>().toEqualTypeOf<readonly OrgUnit[]>();
    expectTypeOf(OrgUnitSchema.parse).returns.toEqualTypeOf<OrgUnit>();
  });

  it('the cycle: enumerations are literal unions and records carry their links', () => {
    expectTypeOf<MeasureStatus>().toEqualTypeOf<'planned' | 'in-progress' | 'done'>();
    expectTypeOf<Measure['status']>().toEqualTypeOf<MeasureStatus>();
    expectTypeOf<Measure['findingIds']>().toEqualTypeOf<readonly string[]>();
    expectTypeOf<Measure['result']>().toEqualTypeOf<EmployerText | null>();
    expectTypeOf<Finding['grounds']>().toEqualTypeOf<readonly AnyGround[]>();
    expectTypeOf<Finding['areas']>().toEqualTypeOf<readonly Area[]>();
    expectTypeOf<'age'>().not.toExtend<Ground>();
    expectTypeOf<'age'>().toExtend<AnyGround>();
    expectTypeOf<Step>().toEqualTypeOf<'investigate' | 'analyse-causes' | 'implement-measures' | 'evaluate'>();
    expectTypeOf(EqualityCycleSchema.parse).returns.toEqualTypeOf<EqualityCycle>();
    expectTypeOf<{ financialYear: number }>().toExtend<EqualityCycleInput>();
    expectTypeOf(validateCycle).returns.toEqualTypeOf<Diagnostic[]>();
  });

  it('rules and schedule: a parsed Employer is accepted; results expose the named fields', () => {
    expectTypeOf(assessDuties).toBeCallableWith({} as Employer, 2025);
    expectTypeOf(assessDuties).toBeCallableWith({ sector: 'public' }, 2025);
    expectTypeOf<DutyAssessment['generalDuty']>().toEqualTypeOf<true>();
    expectTypeOf<DutyAssessment['fourStepMethod']>().toEqualTypeOf<boolean>();
    expectTypeOf<DutyAssessment['documentationDuty']>().toEqualTypeOf<boolean>();
    expectTypeOf(planYear).returns.toEqualTypeOf<YearPlan>();
    expectTypeOf<YearPlan['mayReuseMappingFrom']>().toEqualTypeOf<number | null>();
    expectTypeOf<YearPlan['adoptionDeadline']>().toEqualTypeOf<string>();
    expectTypeOf(planYear).toBeCallableWith({ year: 2025, duties: {} as DutyAssessment });
  });
});
