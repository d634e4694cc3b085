import { describe, it, expect } from 'vitest';
import { formatDiagnostic } from '../../../src/_lib/messages.js';
import { CANONICAL_CSV_HEADER, parseEmployeesCsv, type CsvImportResult } from '../../../src/io/csv/index.js';

const HEADER = CANONICAL_CSV_HEADER.join(',');

/** A canonical row with defaults, overridable by column name. */
function row(over: Partial<Record<(typeof CANONICAL_CSV_HEADER)[number], string>> = {}): string {
  const base: Record<string, string> = {
    employeeId: 'E1',
    gender: 'female',
    employmentKind: '',
    contract: 'permanent',
    positionPercent: '100',
    startDate: '2020-01-01',
    endDate: '',
    unit: 'Dir/Region Øst/Unit 3',
    jobLevel: 'L2',
    jobGroup: 'G1',
    basePay: '50000.00',
    fixedAllowances: '1000',
    irregularAllowances: '',
    bonus: '',
    overtime: '',
    benefitsInKind: '',
    parentalLeaveWeeks: '',
    involuntaryPartTime: '',
    ...over,
  };
  return CANONICAL_CSV_HEADER.map((h) => base[h]).join(',');
}

function csv(...rows: string[]): string {
  return [HEADER, ...rows].join('\n') + '\n';
}

function codes(r: CsvImportResult): string[] {
  return r.diagnostics.map((d) => `${d.severity}:${d.code}@${d.record ?? '-'}`);
}

describe('parseEmployeesCsv — canonical file', () => {
  it('reads a canonical row into integer øre and ISO dates (golden)', () => {
    const r = parseEmployeesCsv(
      csv(row({ basePay: '55280.5', bonus: '0.05', endDate: '2025-06-30', parentalLeaveWeeks: '12.5', involuntaryPartTime: 'false' })),
      { file: 'e.csv' },
    );
    expect(r).toMatchObject({ read: 1, rejected: 0, errors: 0, warnings: 0, fatal: false, delimiter: ',', encoding: 'utf-8' });
    expect(r.records).toEqual([
      {
        employeeId: 'E1',
        gender: 'female',
        genderDerivedFromNationalId: false,
        employmentKind: 'ordinary',
        contract: 'permanent',
        positionPercent: 100,
        startDate: '2020-01-01',
        endDate: '2025-06-30',
        unit: 'Dir/Region Øst/Unit 3',
        jobLevel: 'L2',
        jobGroup: 'G1',
        occupationCode: null,
        pay: { basePay: 5528050, fixedAllowances: 100000, irregularAllowances: 0, bonus: 5, overtime: 0, benefitsInKind: 0 },
        parentalLeaveWeeks: 12.5,
        parentalLeavePeriods: [],
        involuntaryPartTime: false,
      },
    ]);
  });

  it('lists every missing required column at once and is fatal', () => {
    const r = parseEmployeesCsv('unit,basePay\nA,1\n', { file: 'x.csv' });
    expect(r.fatal).toBe(true);
    expect(r.records).toEqual([]);
    expect(r.diagnostics).toEqual([
      { code: 'missing_columns', severity: 'error', file: 'x.csv', path: [], params: { columns: ['employeeId', 'gender', 'startDate', 'positionPercent'] } },
    ]);
    expect(formatDiagnostic(r.diagnostics[0]!)).toBe('x.csv: missing required columns: employeeId, gender, startDate, positionPercent');
  });

  it('treats an empty file as missing every required column', () => {
    expect(parseEmployeesCsv('').fatal).toBe(true);
    expect(parseEmployeesCsv(new Uint8Array()).fatal).toBe(true);
  });

  it('warns once about missing optional columns', () => {
    const r = parseEmployeesCsv('employeeId,gender,startDate,positionPercent\nA,male,2020-01-01,100\n');
    expect(r.fatal).toBe(false);
    expect(r.records).toHaveLength(1);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'optional_columns_missing', severity: 'warning' });
    expect(r.diagnostics[0]?.params?.['columns']).toContain('basePay');
  });

  it('rejects each row with an error, counts it, and keeps the others (errors as data)', () => {
    const r = parseEmployeesCsv(
      csv(
        row({ employeeId: 'A' }),
        row({ employeeId: 'A' }), // 2: duplicate
        row({ employeeId: 'B', basePay: '12x' }), // 3: unparseable number
        row({ employeeId: 'C', startDate: '2020-02-30' }), // 4: invalid date
        row({ employeeId: 'D', positionPercent: '201' }), // 5: out of range
        row({ employeeId: 'E', positionPercent: '-1' }), // 6: out of range
        row({ employeeId: 'F', endDate: '2019-12-31' }), // 7: end before start
        row({ employeeId: 'G', basePay: '-100' }), // 8: negative pay
        row({ employeeId: 'H', gender: 'hen' }), // 9: unknown sex
        row({ employeeId: '' }), // 10: missing id
        row({ employeeId: 'I', basePay: '1.234' }), // 11: too many decimals
        row({ employeeId: 'J', involuntaryPartTime: 'kanskje' }), // 12: invalid boolean
        row({ employeeId: 'K', parentalLeaveWeeks: '54' }), // 13: weeks > 53
        row({ employeeId: 'L', contract: 'sometimes' }), // 14: invalid contract
        row({ employeeId: 'M', employmentKind: 'agency' }), // 15: invalid kind
        row({ employeeId: 'N', positionPercent: '33.333' }), // 16: too many decimals
      ),
      { file: 'e.csv' },
    );
    expect(r.read).toBe(16);
    expect(r.records.map((e) => e.employeeId)).toEqual(['A']);
    expect(r.rejected).toBe(15);
    expect(codes(r)).toEqual([
      'error:duplicate_employee_id@2',
      'error:invalid_number@3',
      'error:invalid_date@4',
      'error:position_percent_out_of_range@5',
      'error:position_percent_out_of_range@6',
      'error:end_before_start@7',
      'error:negative_pay@8',
      'error:unknown_sex_value@9',
      'error:required@10',
      'error:too_many_decimals@11',
      'error:invalid_value@12',
      'error:too_big@13',
      'error:invalid_value@14',
      'error:invalid_value@15',
      'error:too_many_decimals@16',
    ]);
    expect(r.errors).toBe(15);
    expect(r.diagnostics[0]).toMatchObject({ file: 'e.csv', record: 2, path: ['employeeId'], params: { line: 3, column: 'employeeId', firstRecord: 1 } });
    expect(r.diagnostics[1]).toMatchObject({ path: ['pay', 'basePay'], params: { column: 'basePay' } });
    // not a word of the vocabulary, so perhaps a name: described, not quoted
    expect(r.diagnostics[7]).toMatchObject({ path: ['gender'], foundShape: { kind: 'text' }, expected: expect.stringContaining('kvinne/mann') });
  });

  it('never puts a personal value (id, pay, leave weeks, part-time answer) into a diagnostic', () => {
    const r = parseEmployeesCsv(
      csv(
        row({ employeeId: 'SECRET-ID' }),
        row({ employeeId: 'SECRET-ID', basePay: '-98765.43' }),
        row({ employeeId: 'X', basePay: '98765,4,3' }),
        row({ employeeId: 'Y', parentalLeaveWeeks: '98765' }),
        row({ employeeId: 'Z', involuntaryPartTime: '98765' }),
      ),
    );
    expect(r.errors).toBe(5);
    const all = JSON.stringify(r.diagnostics) + r.diagnostics.map((d) => formatDiagnostic(d, 'nb') + formatDiagnostic(d, 'en')).join('\n');
    expect(all).not.toContain('SECRET');
    expect(all).not.toContain('98765');
  });

  it('warns (record kept) for position percent 0, missing and above 100', () => {
    const r = parseEmployeesCsv(
      csv(row({ employeeId: 'A', positionPercent: '0' }), row({ employeeId: 'B', positionPercent: '' }), row({ employeeId: 'C', positionPercent: '120' })),
    );
    expect(r.records.map((e) => e.positionPercent)).toEqual([0, null, 120]);
    expect(codes(r)).toEqual([
      'warning:position_percent_zero_or_missing@1',
      'warning:position_percent_zero_or_missing@2',
      'warning:position_percent_above_100@3',
    ]);
    expect(r.warnings).toBe(3);
    expect(r.errors).toBe(0);
  });

  it('numbers data rows from 1 after the header, skipping blank rows from the count but not the numbering', () => {
    const r = parseEmployeesCsv(HEADER + '\n' + row({ employeeId: 'A' }) + '\n\n,,,,,,,,,,,,,,,,,\n' + row({ employeeId: 'A' }) + '\n');
    expect(r.read).toBe(2);
    expect(codes(r)).toEqual(['error:duplicate_employee_id@4']);
    expect(r.diagnostics[0]?.params?.['line']).toBe(5);
  });

  it('reports a row with the wrong number of fields, even when the extra cells are empty', () => {
    const r = parseEmployeesCsv(csv(row({ employeeId: 'A' }) + ',extra', row({ employeeId: 'B' }) + ',', 'C,female', row({ employeeId: 'D' })));
    expect(codes(r)).toEqual(['error:malformed_row@1', 'error:malformed_row@2', 'error:malformed_row@3']);
    expect(r.records.map((e) => e.employeeId)).toEqual(['D']);
    expect(r.diagnostics[0]).toMatchObject({ expected: '18 fields', expectation: { key: 'fieldCount', params: { count: 18 } }, params: { fields: 19 } });
  });

  it('reports an unterminated quote instead of throwing', () => {
    const r = parseEmployeesCsv(csv(row({ employeeId: 'A' }), row({ employeeId: 'B', unit: '"open' })));
    expect(r.records.map((e) => e.employeeId)).toEqual(['A']);
    expect(codes(r)).toEqual(['error:malformed_row@2']);
  });

  it('keeps personId, occupationCode; checks national id, organisation number and year', () => {
    const head = 'employeeId,personId,gender,nationalId,startDate,positionPercent,occupationCode,organisationNumber,year';
    const r = parseEmployeesCsv(
      [
        head,
        'A,P1,female,01010012356,2020-01-01,100,2310101,974760673,2025',
        'B,P1,male,01010012357,2020-01-01,100,,974760673,2025', // bad national id
        'C,P2,male,,2020-01-01,100,,974760674,2025', // bad org number
        'D,P3,male,,2020-01-01,100,,923609016,2025', // another entity
        'E,P4,male,,2020-01-01,100,,974760673,2024', // another year
      ].join('\n'),
      { year: 2025 },
    );
    expect(r.records).toHaveLength(1);
    expect(r.records[0]).toMatchObject({ employeeId: 'A', personId: 'P1', occupationCode: '2310101' });
    expect(codes(r)).toEqual([
      'warning:optional_columns_missing@-',
      'error:invalid_national_id@2',
      'error:invalid_org_number@3',
      'error:mixed_legal_entities@4',
      'error:mixed_years@5',
    ]);
    expect(JSON.stringify(r.diagnostics)).not.toContain('0101001235');
  });

  it('derives sex from a pre-2032 national id only when the sex cell is empty, flagged and warned', () => {
    const head = 'employeeId,gender,nationalId,startDate,positionPercent';
    const r = parseEmployeesCsv([head, 'A,,01010012356,2020-01-01,100', 'B,female,01010012356,2020-01-01,100', 'C,,,2020-01-01,100'].join('\n'));
    expect(r.records.map((e) => [e.gender, e.genderDerivedFromNationalId])).toEqual([
      ['male', true],
      ['female', false],
      ['unknown', false],
    ]);
    expect(codes(r)).toEqual(['warning:optional_columns_missing@-', 'warning:sex_derived_from_national_id@1', 'warning:sex_missing@3']);
  });

  it('accepts a national id column instead of a sex column', () => {
    const r = parseEmployeesCsv('employeeId,nationalId,startDate,positionPercent\nA,01010012356,2020-01-01,100\n');
    expect(r.fatal).toBe(false);
    expect(r.records[0]?.gender).toBe('male');
  });

  it('refuses special-category columns: never read, warned (ANON-5)', () => {
    const r = parseEmployeesCsv('employeeId,gender,startDate,positionPercent,ethnicity\nA,male,2020-01-01,100,x\n');
    expect(r.records[0]).not.toHaveProperty('ethnicity');
    expect(r.diagnostics[0]).toMatchObject({ code: 'special_category_field', severity: 'warning', params: { column: 'ethnicity' } });
    expect(r.columns.ignored).toContain('ethnicity');
  });

  it('throws the input error for invalid options, naming the path', () => {
    expect(() => parseEmployeesCsv('', { columnMapping: { A: 'salary' as never } })).toThrow(
      expect.objectContaining({ name: 'LikestillingInputError', issues: [expect.objectContaining({ path: ['options', 'columnMapping', 'A'] })] }),
    );
  });
});
