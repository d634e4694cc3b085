/**
 * The importer builds records directly (no zod per row); this proves it applies the same rules:
 * for random valid canonical rows, its record deep-equals `EmployeeSchema.parse` of the same data.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { EmployeeSchema, type EmployeeInput } from '../../../src/models/employee.js';
import { CANONICAL_CSV_HEADER, parseEmployeesCsv } from '../../../src/io/csv/index.js';

const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const money = fc.oneof(
  fc.constant(''),
  fc.nat({ max: 20_000_000 }).map(String),
  fc
    .tuple(fc.nat({ max: 200_000 }), fc.integer({ min: 0, max: 99 }), fc.boolean())
    .map(([k, o, two]) => `${k}.${two ? String(o).padStart(2, '0') : String(o % 10)}`),
);
const text = fc.oneof(fc.constant(''), fc.stringMatching(/^[A-Za-z0-9ÆØÅæøå][A-Za-z0-9 ÆØÅæøå/-]{0,10}[A-Za-z0-9]$/));

const row = fc.record({
  gender: fc.constantFrom('female', 'male', 'other', 'unknown'),
  employmentKind: fc.constantFrom('', 'ordinary', 'maritime', 'freelance'),
  contract: fc.constantFrom('', 'permanent', 'temporary'),
  positionPercent: fc.oneof(
    fc.constant(''),
    fc.integer({ min: 0, max: 20000 }).map((h) => String(h / 100)),
  ),
  startDate: isoDate,
  endDate: fc.oneof(fc.constant(''), isoDate),
  unit: text,
  jobLevel: text,
  jobGroup: text,
  basePay: money,
  fixedAllowances: money,
  irregularAllowances: money,
  bonus: money,
  overtime: money,
  benefitsInKind: money,
  parentalLeaveWeeks: fc.oneof(
    fc.constant(''),
    fc.integer({ min: 0, max: 5300 }).map((h) => String(h / 100)),
    fc.constantFrom('12.345', '0.5', '53'),
  ),
  involuntaryPartTime: fc.constantFrom('', 'true', 'false'),
});

type Row = typeof row extends fc.Arbitrary<infer T> ? T : never;

function schemaInput(id: string, r: Row): EmployeeInput {
  const orNull = (v: string) => (v === '' ? null : v);
  const pay = (v: string) => (v === '' ? '0' : v);
  return {
    employeeId: id,
    gender: r.gender,
    ...(r.employmentKind === '' ? {} : { employmentKind: r.employmentKind }),
    ...(r.contract === '' ? {} : { contract: r.contract }),
    positionPercent: r.positionPercent === '' ? null : Number(r.positionPercent),
    startDate: r.startDate,
    endDate: orNull(r.endDate),
    unit: orNull(r.unit),
    jobLevel: orNull(r.jobLevel),
    jobGroup: orNull(r.jobGroup),
    pay: {
      basePay: pay(r.basePay),
      fixedAllowances: pay(r.fixedAllowances),
      irregularAllowances: pay(r.irregularAllowances),
      bonus: pay(r.bonus),
      overtime: pay(r.overtime),
      benefitsInKind: pay(r.benefitsInKind),
    },
    parentalLeaveWeeks: r.parentalLeaveWeeks === '' ? null : Number(r.parentalLeaveWeeks),
    involuntaryPartTime: r.involuntaryPartTime === '' ? null : r.involuntaryPartTime === 'true',
  };
}

describe('parseEmployeesCsv ≡ EmployeeSchema.parse on canonical rows', () => {
  it('gives the same record for every valid row, and rejects exactly the rows the schema rejects', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), (rows) => {
        const lines = rows.map((r, i) => [`E${i}`, ...CANONICAL_CSV_HEADER.slice(1).map((h) => r[h as keyof Row])].join(','));
        const csv = [CANONICAL_CSV_HEADER.join(','), ...lines].join('\n');
        const result = parseEmployeesCsv(csv);
        expect(result.fatal).toBe(false);
        const expected = rows.flatMap((r, i) => {
          const parsed = EmployeeSchema.safeParse(schemaInput(`E${i}`, r));
          return parsed.success ? [parsed.data] : [];
        });
        expect(result.records).toStrictEqual(expected);
        expect(result.rejected).toBe(rows.length - expected.length);
        expect(result.read).toBe(rows.length);
      }),
      { numRuns: 300 },
    );
  });
});
