/** Builders for the analysis tests: records from short rows, read exactly as the library reads them. */
import { EmployeeSchema, type Employee, type EmployeeInput } from '../../src/models/employee.js';

/** A person in one line: sex, monthly pay (NOK, at the actual position), level, group, position percent. */
export interface Row {
  readonly sex: 'female' | 'male' | 'other';
  readonly pay: number | string;
  readonly level?: string | null;
  readonly group?: string | null;
  readonly unit?: string | null;
  readonly pct?: number | null;
  readonly start?: string;
  readonly id?: string;
  readonly personId?: string;
  readonly kind?: EmployeeInput['employmentKind'];
  readonly end?: string | null;
}

/** Parsed records of the rows (ids E1, E2, … unless given). */
export function records(rows: readonly Row[]): Employee[] {
  return rows.map((r, i) =>
    EmployeeSchema.parse({
      employeeId: r.id ?? `E${i + 1}`,
      ...(r.personId === undefined ? {} : { personId: r.personId }),
      gender: r.sex,
      employmentKind: r.kind ?? 'ordinary',
      positionPercent: r.pct === undefined ? 100 : r.pct,
      startDate: r.start ?? '2020-01-01',
      endDate: r.end ?? null,
      unit: r.unit ?? null,
      jobLevel: r.level === undefined ? 'A' : r.level,
      jobGroup: r.group ?? null,
      pay: { basePay: r.pay },
    }),
  );
}

/** `n` copies of a row. */
export function times(n: number, row: Row): Row[] {
  return Array.from({ length: n }, () => row);
}
