/**
 * The record pass's checks and conversions of one record: the shape of a record that bypassed
 * parsing, its ids through the caches, its pay in the table's unit.
 * @internal
 * @module
 */
import type { Employee } from '../../models/employee.js';
import { MAX_PAY_DIVISOR } from '../../models/employee.js';
import type { Dictionary } from '../_lib/dictionary.js';
import { fitsInt32, type AmountColumn } from '../_lib/personTable.js';
import { POSITION_PERCENT_MAX, POSITION_PERCENT_MIN } from '../../rules/definitions/ranges.js';

/** A level, group or unit key as the engine keeps it: trimmed, null when empty. @internal */
export function key(value: string | null): string | null {
  if (value === null) return null;
  const t = value.trim();
  return t === '' ? null : t;
}

/**
 * Text of a level, group or unit as read → its dictionary id (-1: none). The readers intern these
 * texts, so a repeated value is the same string and the lookup uses its cached hash: one lookup
 * per record instead of a trim, a comparison with the previous value and a lookup. The texts are
 * the keys of a prototype-less object, whose keyed lookup is faster than a `Map`'s (measured: 45
 * against 70 ms for 3 million lookups); every distinct text is a distinct key.
 */
export class IdCache {
  /** Text → id, for the texts seen so far (the record pass reads it directly). */
  readonly ids = Object.create(null) as Record<string, number | undefined>;

  constructor(
    private readonly normalise: (raw: string) => string | null,
    private readonly dictionary: Dictionary,
  ) {}

  /** The id of `raw` (-1: none). A method, not a closure per cache: the record pass's call of it stays the same call from one accumulator to the next. */
  of(raw: string | null): number {
    if (raw === null) return -1;
    let id = this.ids[raw];
    if (id === undefined) {
      const k = this.normalise(raw);
      id = k === null ? -1 : this.dictionary.id(k);
      this.ids[raw] = id;
    }
    return id;
  }
}

/** Adding `v` to row `i` of a stored 4-byte pay column keeps it a 4-byte value (or the component is not stored). */
export function fitsSum(column: AmountColumn | null, i: number, v: number): boolean {
  return column === null || fitsInt32(column[i]! + v);
}

/** A record's pay divisor (absent: 1), or 0 when it is not one of 1–12 (an invalid record). */
export function payDivisorOf(r: Employee): number {
  const d = r.payDivisor;
  return d === undefined ? 1 : Number.isInteger(d) && d >= 1 && d <= MAX_PAY_DIVISOR ? d : 0;
}

/** A record's pay in the table's unit: each amount × `factor` (exact: products below 2^53 are checked by the caller's width tests). */
export function scaled(pay: Employee['pay'], factor: number): Employee['pay'] {
  return {
    basePay: pay.basePay * factor,
    fixedAllowances: pay.fixedAllowances * factor,
    irregularAllowances: pay.irregularAllowances * factor,
    bonus: pay.bonus * factor,
    overtime: pay.overtime * factor,
    benefitsInKind: pay.benefitsInKind * factor,
  };
}

/** True when a record has the shape the engine reads (checked once per record, not parsed again). @internal */
export function hasValidShape(r: Employee): boolean {
  // Records are parsed at the entry point ({@link EmployeeSchema}); this only guards against
  // objects that bypassed parsing, so that they are counted (invalid-record), never a crash.
  // (Dates and sex are checked where they are read.)
  if (typeof r !== 'object' || r === null || typeof r.pay !== 'object' || r.pay === null) return false;
  if (typeof r.employeeId !== 'string' || !Array.isArray(r.parentalLeavePeriods)) return false;
  const p = r.positionPercent;
  // the position-percent range (isPositionPercentInRange) and the money range (isOreInRange) written
  // out: this runs once per record
  if (p !== null && !(p >= POSITION_PERCENT_MIN && p <= POSITION_PERCENT_MAX)) return false;
  const pay = r.pay;
  if (r.payDivisor !== undefined && payDivisorOf(r) === 0) return false;
  return (
    Number.isSafeInteger(pay.basePay) &&
    Number.isSafeInteger(pay.fixedAllowances) &&
    Number.isSafeInteger(pay.irregularAllowances) &&
    Number.isSafeInteger(pay.bonus) &&
    Number.isSafeInteger(pay.overtime) &&
    Number.isSafeInteger(pay.benefitsInKind)
  );
}
