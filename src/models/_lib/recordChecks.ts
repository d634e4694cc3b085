/**
 * Light checks of parsed employee records at the entry points that take them (`averageHeadcount`,
 * `isActiveOnDate`, `parentalLeaveWeeks`, `checkUnitReferences`): records are parsed once, with
 * `EmployeeSchema`, where they come in; these entry points only check that the fields they read
 * have their parsed types, in one pass, so that a record built by hand gets an input error naming
 * its path instead of a crash. (Parsing a parsed record again would not do: money in øre would be
 * read as NOK.) The statistics engine has its own record checks and counts bad records instead.
 * @internal
 */
import { inputIssue, LikestillingInputError, type Expected, type InputIssue, type InputPath } from '../../_lib/input.js';
import { expecting } from '../../locales/index.js';
import { EMPLOYMENT_KINDS } from '../employee.js';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const isText = (v: unknown): boolean => typeof v === 'string' && v.length > 0;
const isDate = (v: unknown): boolean => typeof v === 'string' && ISO_DATE.test(v);
const EMPLOYMENT_KIND_SET: ReadonlySet<unknown> = new Set(EMPLOYMENT_KINDS);

/** The fields these checks know: a test and what is expected. */
const FIELDS = {
  employeeId: [isText, expecting('nonEmptyText')],
  personId: [(v: unknown) => v === undefined || isText(v), expecting('nonEmptyTextOrNone')],
  employmentKind: [(v: unknown) => EMPLOYMENT_KIND_SET.has(v), expecting('employmentKind')],
  startDate: [isDate, expecting('isoDateText')],
  endDate: [(v: unknown) => v === null || isDate(v), expecting('isoDateOrNull')],
  unit: [(v: unknown) => v === null || v === undefined || typeof v === 'string', expecting('unitPathOrNull')],
  parentalLeaveWeeks: [(v: unknown) => v === null || (typeof v === 'number' && v >= 0 && v <= 53), expecting('weeksOrNull')],
  parentalLeavePeriods: [
    (v: unknown) =>
      Array.isArray(v) &&
      v.every(
        (p: unknown) =>
          typeof p === 'object' &&
          p !== null &&
          isDate((p as { startDate?: unknown }).startDate) &&
          isDate((p as { endDate?: unknown }).endDate) &&
          typeof (p as { percent?: unknown }).percent === 'number',
      ),
    expecting('leavePeriods'),
  ],
} as const satisfies Readonly<Record<string, readonly [(v: unknown) => boolean, Expected]>>;

/** A field these checks know. */
export type CheckedField = keyof typeof FIELDS;

/** At most this many problems are listed (the first ones, in record order). */
export const MAX_RECORD_ISSUES = 20;

/**
 * The problems of one record's checked fields (paths under `base`).
 *
 * @param record - the record
 * @param base - its path, e.g. `['records', 12]`
 * @param fields - the fields to check
 * @param out - where the issues go
 * @internal
 */
export function checkRecord(record: unknown, base: InputPath, fields: readonly CheckedField[], out: InputIssue[]): void {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    out.push(inputIssue(base, 'invalid_type', expecting('parsedRecord')));
    return;
  }
  for (const field of fields) {
    const [test, expected] = FIELDS[field];
    if (!test((record as Record<string, unknown>)[field])) out.push(inputIssue([...base, field], 'invalid_value', expected));
  }
}

/** Whether the record's checked fields have their parsed types (no allocation). */
function isRecordOk(record: unknown, fields: readonly CheckedField[]): boolean {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return false;
  for (const field of fields) if (!FIELDS[field][0]((record as Record<string, unknown>)[field])) return false;
  return true;
}

/**
 * Throws `entry`'s input error unless one record's checked fields have their parsed types.
 *
 * @param entry - the public function
 * @param record - what the caller gave
 * @param base - the record's path, e.g. `['record']`
 * @param fields - the fields to check
 * @throws {@link LikestillingInputError} naming every bad field
 * @internal
 */
export function requireRecord(entry: string, record: unknown, base: InputPath, fields: readonly CheckedField[]): void {
  if (isRecordOk(record, fields)) return;
  const out: InputIssue[] = [];
  checkRecord(record, base, fields, out);
  throw new LikestillingInputError(entry, out);
}

/**
 * The problems of a list of parsed records: not an array, or records whose checked fields do not
 * have their parsed types; at most {@link MAX_RECORD_ISSUES}.
 *
 * @param records - what the caller gave
 * @param base - the list's path, e.g. `['records']`
 * @param fields - the fields to check
 * @returns the issues (empty when all is well)
 * @internal
 */
export function recordIssues(records: unknown, base: InputPath, fields: readonly CheckedField[]): InputIssue[] {
  if (!Array.isArray(records)) return [inputIssue(base, 'invalid_type', expecting('parsedRecords'))];
  const out: InputIssue[] = [];
  for (let i = 0; i < records.length && out.length < MAX_RECORD_ISSUES; i++) {
    const record: unknown = records[i];
    if (!isRecordOk(record, fields)) checkRecord(record, [...base, i], fields, out); // a path only for a bad one
  }
  return out.slice(0, MAX_RECORD_ISSUES);
}
