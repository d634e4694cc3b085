import { describe, it, expect } from 'vitest';
import {
  EqualityCycleSchema,
  FindingSchema,
  MeasureSchema,
  validateCycle,
  GROUNDS,
  AUTHORITY_ONLY_GROUNDS,
  ALL_GROUNDS,
  AREAS,
  HARASSMENT_TOPICS,
  STEPS,
  STEP_LETTERS,
  formatDiagnostic,
  type EqualityCycleInput,
} from '../index.js';

const rep = [{ role: 'hovedtillitsvalgt', organisation: 'Fagforbundet', name: 'Kari Nordmann' }];

const good: EqualityCycleInput = {
  financialYear: 2025,
  findings: [
    {
      id: 'F1',
      date: '2025-02-10',
      kind: 'risk',
      description: 'Few women in level 4',
      grounds: ['sex'],
      areas: ['promotion-and-development'],
      representatives: rep,
    },
    {
      id: 'F2',
      date: '2025-02-10',
      kind: 'obstacle',
      description: 'Meetings after 16:00',
      grounds: ['care-responsibilities', 'combinations'],
      areas: ['work-and-family-life'],
      harassmentTopics: [],
      representatives: rep,
    },
  ],
  causeAnalyses: [{ id: 'C1', date: '2025-03-01', findingIds: ['F1'], causes: 'Internal recruitment from a male-dominated level', representatives: rep }],
  measures: [
    {
      id: 'M1',
      date: '2025-04-01',
      findingIds: ['F1'],
      description: 'Leader programme',
      goal: '40 % women',
      owner: 'HR director',
      deadline: '2026-06-30',
      status: 'in-progress',
      representatives: rep,
    },
    {
      id: 'M2',
      date: '2025-04-01',
      findingIds: ['F2'],
      description: 'Core hours 9–15',
      goal: 'No meetings after 15',
      owner: 'Director',
      deadline: '2025-09-01',
      status: 'done',
      result: 'In force from 1 Sept',
      representatives: rep,
    },
  ],
  evaluations: [{ id: 'E1', date: '2025-11-20', measureIds: ['M1', 'M2'], assessment: 'On track', nextSteps: 'Map promotions again', representatives: rep }],
  context: {
    policies: [{ title: 'Likestillingspolicy', kind: 'policy', adopted: '2023-05-01' }],
    organisation: { fora: [{ name: 'AMU', participants: ['HR', 'hovedtillitsvalgt', 'verneombud'], frequency: 'quarterly' }] },
    results: 'Two measures done',
    plansAhead: 'Repeat the pay mapping in 2026',
  },
};

describe('grounds, areas and steps (ACT-1 to ACT-3)', () => {
  it('has eleven grounds plus combinations, with age only for § 24', () => {
    expect(GROUNDS).toHaveLength(12);
    expect(GROUNDS.filter((g) => g !== 'combinations')).toHaveLength(11);
    expect(GROUNDS).not.toContain('age');
    expect(AUTHORITY_ONLY_GROUNDS).toEqual(['age']);
    expect(ALL_GROUNDS).toEqual([...GROUNDS, 'age']);
    expect(AREAS).toHaveLength(5);
    expect(HARASSMENT_TOPICS).toEqual(['harassment', 'sexual-harassment', 'gender-based-violence']);
    expect(STEPS.map((s) => STEP_LETTERS[s])).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('EqualityCycleSchema', () => {
  it('parses a full cycle with defaults, and validateCycle finds nothing', () => {
    const cycle = EqualityCycleSchema.parse(good);
    expect(cycle.findings[0]?.discriminationFound).toBe(false);
    expect(cycle.findings[0]?.harassmentTopics).toEqual([]);
    expect(cycle.measures[0]?.result).toBeNull();
    expect(cycle.includesAuthorityDuty).toBe(false);
    expect(validateCycle(cycle)).toEqual([]);
  });

  it('fills an empty cycle', () => {
    expect(EqualityCycleSchema.parse({ financialYear: 2025 })).toEqual({
      financialYear: 2025,
      findings: [],
      causeAnalyses: [],
      measures: [],
      evaluations: [],
      context: { policies: [], organisation: { fora: [] } },
      includesAuthorityDuty: false,
    });
  });

  it('refuses bad records with paths', () => {
    const noGround = FindingSchema.safeParse({ id: 'F', date: '2025-01-01', kind: 'risk', description: 'x', grounds: [] });
    expect(noGround.error?.issues[0]?.path).toEqual(['grounds']);
    expect(FindingSchema.safeParse({ id: 'F', date: '2025-01-01', kind: 'risk', description: 'x', grounds: ['height'] }).success).toBe(false);
    expect(FindingSchema.safeParse({ id: 'F', date: '2025-01-01', kind: 'risk', description: 'x', grounds: ['sex'], areas: ['canteen'] }).success).toBe(false);
    expect(MeasureSchema.safeParse({ id: 'M', date: '2025-01-01', description: 'x', goal: 'g', owner: 'o', deadline: '2025-13-01' }).success).toBe(false);
    expect(
      MeasureSchema.safeParse({ id: 'M', date: '2025-01-01', description: 'x', goal: 'g', owner: 'o', deadline: '2025-12-01', status: 'started' }).success,
    ).toBe(false);
    const cycle = EqualityCycleSchema.safeParse({ financialYear: 2025, evaluations: [{ id: 'E', date: '2025-01-01', measureIds: [], assessment: 'a' }] });
    expect(cycle.error?.issues[0]?.path).toEqual(['evaluations', 0, 'measureIds']);
  });
});

describe('validateCycle', () => {
  it('reports a step without representatives (ACT-5), with the step letter', () => {
    const input = { ...good, causeAnalyses: [{ id: 'C1', date: '2025-03-01', findingIds: ['F1'], causes: 'x' }] };
    const d = validateCycle(EqualityCycleSchema.parse(input));
    expect(d).toEqual([
      {
        code: 'missing_representatives',
        severity: 'warning',
        path: ['causeAnalyses', 0, 'representatives'],
        expected: 'at least one employee representative (ACT-5)',
        expectation: { key: 'representative' },
        params: { step: 'b' },
      },
    ]);
    expect(formatDiagnostic(d[0]!, 'en')).toBe('field causeAnalyses.0.representatives: step b has no employee representatives taking part (ACT-5)');
  });

  it('reports a measure linked to no finding (ACT-6) and unknown references', () => {
    const input = {
      ...good,
      measures: [
        { id: 'M1', date: '2025-04-01', description: 'x', goal: 'g', owner: 'o', deadline: '2026-01-01', representatives: rep },
        { id: 'M2', date: '2025-04-01', findingIds: ['F1', 'F9'], description: 'x', goal: 'g', owner: 'o', deadline: '2026-01-01', representatives: rep },
      ],
      causeAnalyses: [{ id: 'C1', date: '2025-03-01', findingIds: ['F7'], causes: 'x', representatives: rep }],
      evaluations: [{ id: 'E1', date: '2025-11-20', measureIds: ['M3'], assessment: 'x', representatives: rep }],
    };
    const d = validateCycle(EqualityCycleSchema.parse(input));
    expect(d.map((x) => [x.code, x.severity, x.path.join('.'), x.found ?? null])).toEqual([
      ['unknown_reference', 'error', 'causeAnalyses.0.findingIds.0', 'F7'],
      ['measure_without_finding', 'warning', 'measures.0.findingIds', null],
      ['unknown_reference', 'error', 'measures.1.findingIds.1', 'F9'],
      ['unknown_reference', 'error', 'evaluations.0.measureIds.0', 'M3'],
    ]);
    expect(d.find((x) => x.path.join('.') === 'evaluations.0.measureIds.0')?.params).toEqual({ kind: 'measure' });
  });

  it('reports duplicate ids', () => {
    const input = { ...good, findings: [good.findings![0]!, { ...good.findings![1]!, id: 'F1' }] };
    const d = validateCycle(EqualityCycleSchema.parse(input));
    expect(d).toContainEqual(expect.objectContaining({ code: 'invalid_value', severity: 'error', path: ['findings', 1, 'id'] }));
  });

  it('warns about age outside the § 24 duty, and accepts it within (ACT-1, COV-8)', () => {
    const input = { ...good, findings: [{ ...good.findings![0]!, grounds: ['sex', 'age'] as const }, good.findings![1]!] };
    const d = validateCycle(EqualityCycleSchema.parse(input));
    expect(d).toEqual([expect.objectContaining({ code: 'invalid_value', severity: 'warning', path: ['findings', 0, 'grounds', 1], found: 'age' })]);
    expect(validateCycle(EqualityCycleSchema.parse({ ...input, includesAuthorityDuty: true }))).toEqual([]);
  });

  it('never puts a representative name in a diagnostic', () => {
    const input = { ...good, measures: [{ ...good.measures![0]!, findingIds: ['X'] }], evaluations: [] };
    const d = validateCycle(EqualityCycleSchema.parse(input));
    expect(d.length).toBeGreaterThan(0);
    for (const x of d) {
      expect(JSON.stringify(x)).not.toContain('Kari');
      expect(formatDiagnostic(x, 'nb')).not.toContain('Kari');
    }
  });
});
