import { describe, it, expect } from 'vitest';
import {
  OrgUnitSchema,
  splitUnitPath,
  joinUnitPath,
  normaliseUnitPath,
  unitPathLevels,
  isWithinUnit,
  listUnitPaths,
  findUnit,
  checkUnitReferences,
  EmployeeSchema,
  EmployerSchema,
  LikestillingInputError,
  type OrgUnit,
  type OrgUnitInput,
} from '../index.js';

const tree: OrgUnit[] = [
  OrgUnitSchema.parse({
    name: 'Directorate',
    children: [
      { name: 'Region East', children: [{ name: 'Unit 1' }, { name: 'Unit 2' }] },
      { name: 'Region West', code: 'RW', children: [{ name: 'Unit 1' }] },
    ],
  }),
];

describe('organisational units (COV-7, DEF-GRP)', () => {
  it('parses a three-level tree, and refuses duplicate siblings and names with "/"', () => {
    expect(listUnitPaths(tree)).toEqual([
      'Directorate',
      'Directorate/Region East',
      'Directorate/Region East/Unit 1',
      'Directorate/Region East/Unit 2',
      'Directorate/Region West',
      'Directorate/Region West/Unit 1',
    ]);
    const dup = OrgUnitSchema.safeParse({ name: 'D', children: [{ name: 'R', children: [{ name: 'U' }, { name: 'U' }] }] });
    expect(dup.success).toBe(false);
    expect(dup.error?.issues[0]?.path).toEqual(['children', 0, 'children', 1, 'name']);
    expect(OrgUnitSchema.safeParse({ name: 'A/B' }).success).toBe(false);
    expect(OrgUnitSchema.safeParse({ name: ' ' }).success).toBe(false);
    expect(OrgUnitSchema.safeParse({ name: 'A', extra: 1 }).success).toBe(false);
  });

  it('splits, joins and normalises paths', () => {
    expect(splitUnitPath(' Directorate / Region East/ ')).toEqual(['Directorate', 'Region East']);
    expect(joinUnitPath(['A', 'B'])).toBe('A/B');
    expect(normaliseUnitPath('/A//B/')).toBe('A/B');
    expect(unitPathLevels('Directorate/Region East/Unit 1')).toEqual(['Directorate', 'Directorate/Region East', 'Directorate/Region East/Unit 1']);
    expect(unitPathLevels('')).toEqual([]);
  });

  it('tests ancestry by whole names, not prefixes', () => {
    expect(isWithinUnit('Directorate/Region East/Unit 1', 'Directorate/Region East')).toBe(true);
    expect(isWithinUnit('Directorate/Region East', 'Directorate/Region East')).toBe(true);
    expect(isWithinUnit('Directorate/Region Eastern', 'Directorate/Region East')).toBe(false);
    expect(isWithinUnit('Directorate', 'Directorate/Region East')).toBe(false);
  });

  it('finds units by path', () => {
    expect(findUnit(tree, 'Directorate/Region West')?.code).toBe('RW');
    expect(findUnit(tree, 'Directorate/Region North')).toBeUndefined();
    expect(findUnit(tree, '')).toBeUndefined();
  });

  it('reports employee units missing from the tree, by record, without personal data', () => {
    const records = [
      EmployeeSchema.parse({ employeeId: 'E1', gender: 'female', startDate: '2020-01-01', unit: 'Directorate/Region East/Unit 2' }),
      EmployeeSchema.parse({ employeeId: 'E2', gender: 'male', startDate: '2020-01-01', unit: 'Directorate/Region North' }),
      EmployeeSchema.parse({ employeeId: 'E3', gender: 'male', startDate: '2020-01-01' }),
      EmployeeSchema.parse({ employeeId: 'E4', gender: 'male', startDate: '2020-01-01', unit: ' Directorate / Region West ' }),
    ];
    const d = checkUnitReferences(records, tree);
    expect(d).toEqual([
      {
        code: 'unknown_reference',
        severity: 'error',
        record: 2,
        path: ['unit'],
        expected: 'a unit path of the organisation tree',
        expectation: { key: 'unitPathOfTree' },
        found: 'Directorate/Region North',
        params: { kind: 'unit' },
      },
    ]);
    expect(JSON.stringify(d)).not.toContain('E2');
  });
});

describe('a deep unit tree (issue 15: no recursion over input-controlled depth)', () => {
  const chain = (levels: number): OrgUnitInput => {
    let unit: OrgUnitInput = { name: 'u' };
    for (let i = 1; i < levels; i++) unit = { name: 'u', children: [unit] };
    return unit;
  };

  it('32 levels are read, in order, and their paths listed without recursion', () => {
    const paths = listUnitPaths([chain(32)]);
    expect(paths).toHaveLength(32);
    expect(paths[31]).toBe(Array.from({ length: 32 }, () => 'u').join('/'));
  });

  it('lists paths depth first in the tree order', () => {
    expect(listUnitPaths([{ name: 'A', children: [{ name: 'B' }, { name: 'C', children: [{ name: 'D' }] }] }, { name: 'E' }])).toEqual([
      'A',
      'A/B',
      'A/C',
      'A/C/D',
      'E',
    ]);
  });

  it.each([33, 5_000, 100_000])('%i levels are one input error (too_deep), not a stack overflow', (levels) => {
    const deep = [chain(levels)];
    expect(() => listUnitPaths(deep)).toThrow(LikestillingInputError);
    try {
      listUnitPaths(deep);
    } catch (e) {
      expect((e as LikestillingInputError).issues).toEqual([
        expect.objectContaining({ path: ['units'], code: 'too_deep', expectation: { key: 'nestedAtMost', params: { limit: 32 } } }),
      ]);
    }
    const employer = EmployerSchema.safeParse({ name: 'A', organisationNumber: '974760673', sector: 'private', units: deep });
    expect(employer.success).toBe(false);
  });
});
