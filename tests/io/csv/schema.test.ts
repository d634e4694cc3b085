/** The shipped JSON Schema of one interchange row agrees with the importer. */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { CANONICAL_CSV_HEADER, CSV_FIELDS, parseEmployeesCsv } from '../../../src/io/csv/index.js';

interface Prop {
  readonly type?: string;
  readonly enum?: readonly string[];
  readonly pattern?: string;
  readonly minLength?: number;
}
const schema = JSON.parse(readFileSync(new URL('../../../schemas/employee-csv.schema.json', import.meta.url), 'utf8')) as {
  required: string[];
  properties: Record<string, Prop>;
  additionalProperties: boolean;
};

/** A small validator for the keywords the schema uses. */
function valid(row: Record<string, string>): boolean {
  if (schema.required.some((k) => !(k in row))) return false;
  return Object.entries(row).every(([k, v]) => {
    const p = schema.properties[k];
    if (p === undefined) return schema.additionalProperties;
    if (p.enum !== undefined && !p.enum.includes(v)) return false;
    if (p.pattern !== undefined && !new RegExp(p.pattern, 'u').test(v)) return false;
    return p.minLength === undefined || v.length >= p.minLength;
  });
}

describe('schemas/employee-csv.schema.json', () => {
  it('describes exactly the importer fields', () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...CSV_FIELDS].sort());
    expect(schema.required).toEqual(['employeeId', 'gender', 'startDate', 'positionPercent']);
  });

  it('every schema-valid canonical row with a real calendar date range is read without errors', () => {
    const cell = (k: string): fc.Arbitrary<string> => {
      const p = schema.properties[k] as Prop;
      if (p.enum !== undefined) return fc.constantFrom(...p.enum);
      if (k === 'startDate') return fc.constantFrom('2020-01-31', '2024-02-29', '1999-12-01');
      if (k === 'endDate') return fc.constantFrom('', '2025-12-31');
      if (k === 'positionPercent') return fc.integer({ min: 1, max: 10000 }).map((h) => String(h / 100));
      if (k === 'parentalLeaveWeeks') return fc.constantFrom('', '0', '12.5', '53');
      if (p.pattern?.includes('\\.\\d{1,2}') === true)
        return fc.tuple(fc.nat({ max: 99999 }), fc.nat({ max: 99 })).map(([a, b]) => `${a}.${String(b).padStart(2, '0')}`);
      return fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9/ ]{0,8}[A-Za-z0-9]$/);
    };
    const rowArb = fc.record(Object.fromEntries(CANONICAL_CSV_HEADER.map((k) => [k, cell(k)])) as Record<string, fc.Arbitrary<string>>);
    fc.assert(
      fc.property(rowArb, (row) => {
        expect(valid(row)).toBe(true);
        const r = parseEmployeesCsv(`${CANONICAL_CSV_HEADER.join(',')}\n${CANONICAL_CSV_HEADER.map((k) => row[k]).join(',')}\n`);
        expect(r.errors).toBe(0);
        expect(r.records).toHaveLength(1);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects what the importer rejects in canonical form', () => {
    const base = { employeeId: 'A', gender: 'female', startDate: '2020-01-01', positionPercent: '100' };
    expect(valid(base)).toBe(true);
    expect(valid({ ...base, gender: 'K' })).toBe(false); // accepted by the importer, not canonical
    expect(valid({ ...base, basePay: '1.234' })).toBe(false);
    expect(valid({ ...base, basePay: '-1' })).toBe(false);
    expect(valid({ ...base, startDate: '31.12.2025' })).toBe(false);
    expect(valid({ ...base, ethnicity: 'x' })).toBe(false);
    expect(valid({ employeeId: 'A', gender: 'female', startDate: '2020-01-01' })).toBe(false);
  });
});
