/**
 * The person table: one row per person (DEF-POP), in columns (typed arrays), built in one pass
 * over the employment records. It is the whole state of a partial mapping: every figure is
 * computed from it at finalize, and two tables merge by a union of persons whose combine rule is
 * associative and commutative (sums, bit-or, max, argmax under a total order), so splitting a
 * payroll anywhere — even through one person's employments — and merging gives the whole.
 * @internal
 */
import { PAY_COMPONENTS, type PayComponent } from '../../models/employee.js';
import type { MainCandidate } from '../../rules/definitions/mainEmployment.js';
import type { Dictionary } from './dictionary.js';

/** Sex codes: index into SEXES (female, male, other, unknown). @internal */
export const SEX_CODE = { female: 0, male: 1, other: 2, unknown: 3 } as const;
/** Every pay unit divides this (the least common multiple of the divisors 1–12 a record may have). @internal */
export const PAY_UNIT_LIMIT = 27_720;

/** Number of pay components (PAY_COMPONENTS). @internal */
export const COMPONENT_COUNT = 6;
export { LEAVE_UNITS_PER_WEEK } from '../../rules/definitions/parentalLeave.js';

/** The pay components with a measure of their own in the mapping (`payComponents`). @internal */
export const COMPONENT_MEASURES = ['basePay', 'fixedAllowances', 'irregularAllowances', 'bonus'] as const satisfies readonly PayComponent[];

/**
 * Which pay components a table stores (by PAY_COMPONENTS index): those of a measure — the two
 * pay concepts' and the per-component ones; the others no figure reads. @internal
 */
export function storedPayComponents(o: {
  readonly monthlyPayComponents: readonly PayComponent[];
  readonly agreedPayComponents: readonly PayComponent[];
}): boolean[] {
  const used = new Set<PayComponent>([...o.monthlyPayComponents, ...o.agreedPayComponents, ...COMPONENT_MEASURES]);
  return PAY_COMPONENTS.map((c) => used.has(c));
}

/** Monthly øre or leave units: 4-byte integers until a value does not fit, then doubles (exact to 2^53). @internal */
export type AmountColumn = Int32Array | Float64Array;
/** Dictionary ids (-1: none): 2 bytes until an id passes 32 767. @internal */
export type IdColumn = Int16Array | Int32Array;
/** Active employments of a person: 1 byte until a count passes 255. @internal */
export type CountColumn = Uint8Array | Int32Array;

/** Largest id an `Int16Array` id column holds. @internal */
export const NARROW_ID_MAX = 32_767;
/** Largest count a `Uint8Array` count column holds. @internal */
export const NARROW_COUNT_MAX = 255;

/** Bits of {@link PersonTable.widen}: the pay columns, leave, the ids, the counts. @internal */
export const WIDEN_PAY = 1;
/** @internal */
export const WIDEN_LEAVE = 2;
/** @internal */
export const WIDEN_IDS = 4;
/** @internal */
export const WIDEN_COUNT = 8;

/** True when `v` is stored exactly by an `Int32Array` (every value here is an integer). @internal */
export function fitsInt32(v: number): boolean {
  return (v | 0) === v;
}

/**
 * The numeric columns of a {@link PersonTable} (each of its capacity's length). `pay[c]` is null
 * for a pay component no figure of the options uses (it is not stored). @internal
 */
export interface PersonColumns {
  readonly sexMask: Uint8Array;
  readonly activeCount: CountColumn;
  readonly pctSum: Int32Array;
  readonly pctMissing: Uint8Array;
  readonly pay: readonly (AmountColumn | null)[];
  readonly inv: Uint8Array;
  readonly leave: AmountColumn;
  readonly mainPct: Int16Array;
  readonly mainStart: Int32Array;
  readonly mainTemporary: Uint8Array;
  readonly level: IdColumn;
  readonly group: IdColumn;
  readonly unit: IdColumn;
}

/** Every typed array of `columns` (for transfers). @internal */
export function columnArrays(columns: PersonColumns): ArrayBufferView[] {
  return Object.values(columns).flatMap((c: ArrayBufferView | readonly (ArrayBufferView | null)[]) =>
    ArrayBuffer.isView(c) ? [c] : c.filter((x) => x !== null),
  );
}

/** Which columns of a table are wide (see {@link PersonTable}). @internal */
export interface ColumnWidths {
  readonly pay: boolean;
  readonly leave: boolean;
  readonly ids: boolean;
  readonly count: boolean;
}

const NARROW: ColumnWidths = { pay: false, leave: false, ids: false, count: false };

/**
 * A column store of persons, growing by doubling. Columns are as narrow as their values allow,
 * so that the table of a national payroll stays small (its first touch and the garbage
 * collector's external-memory trigger both scale with its bytes): pay and leave in 4-byte
 * integers, dictionary ids and the main position percent in 2 bytes, counts and flags in 1. A
 * value that does not fit widens its columns (pay and leave to doubles, ids and counts to 4-byte
 * integers) once, keeping every row; callers check with {@link fitsInt32}, {@link NARROW_ID_MAX}
 * and {@link NARROW_COUNT_MAX} before storing. A person's main employment is active exactly when
 * `activeCount > 0` (active ones come first in {@link mainCompare}), so that is not stored.
 * @internal
 */
export class PersonTable {
  size = 0;
  capacity: number;
  /** Which pay components are stored (by PAY_COMPONENTS index). */
  readonly stored: readonly boolean[];
  /** The columns are in a `SharedArrayBuffer` (see the constructor). */
  readonly shared: boolean;
  /** Records stored whose sex was derived from a national id (a count for the warning, not per person). */
  derivedSex = 0;
  /**
   * The unit of the pay columns: 1/`payUnit` øre (1: whole øre, the CSV path). Records whose
   * `payDivisor` does not divide it make it their least common multiple ({@link PersonTable.scalePay});
   * it always divides {@link PAY_UNIT_LIMIT}. DEF-ROUND: finalize divides the exact figures by it.
   */
  payUnit = 1;
  /** Person key (personId ?? employeeId), or null when persons are not merged. */
  key: (string | null)[] = [];
  /** Bit per sex seen (1 female, 2 male, 4 other, 8 unknown): several bits = inconsistent sex. */
  sexMask!: Uint8Array;
  /** Employments active on the reference date merged into the person (0 = leave-only person). */
  activeCount!: CountColumn;
  /** Σ position percent of active employments, hundredths of a percent. */
  pctSum!: Int32Array;
  /** 1 when an active employment has no position percent. */
  pctMissing!: Uint8Array;
  /** Σ monthly øre per component over active employments (component-major: pay[c][i]); null when not stored. */
  pay!: (AmountColumn | null)[];
  /** Involuntary part-time answer over active employments: 0 none, 1 false, 2 true (max). */
  inv!: Uint8Array;
  /** Σ parental-leave units (1/7 000 000 week) over counted employments. */
  leave!: AmountColumn;
  // the main employment (argmax of mainCompare): gives level, group, unit, contract
  /** Position percent of the main employment, hundredths (-1: none; at most 20 000). */
  mainPct!: Int16Array;
  /** Start date of the main employment, a DateKey (yyyymmdd, src/_lib/dates.ts). */
  mainStart!: Int32Array;
  mainTemporary!: Uint8Array;
  level!: IdColumn;
  group!: IdColumn;
  unit!: IdColumn;

  /**
   * @param capacity - rows to make room for
   * @param stored - which pay components to store (by PAY_COMPONENTS index; default all)
   * @param widths - columns to start wide (e.g. those of a table being merged into this one)
   * @param shared - the columns in a `SharedArrayBuffer` (a worker thread then reads them without a copy)
   */
  constructor(capacity: number, stored: readonly boolean[] = ALL_STORED, widths: ColumnWidths = NARROW, shared = false) {
    this.capacity = Math.max(16, capacity);
    this.stored = stored;
    this.shared = shared;
    const c = this.capacity;
    const payColumns = stored.filter((x) => x).length;
    // The columns are views into ONE buffer: a single large allocation, so the garbage collector's
    // external-memory trigger sees one step. Widest first (8, 4, 2, then 1 byte): every view aligned.
    const count8 = (widths.pay ? payColumns : 0) + (widths.leave ? 1 : 0);
    const count4 = (widths.pay ? 0 : payColumns) + (widths.leave ? 0 : 1) + 2 + (widths.ids ? 3 : 0) + (widths.count ? 1 : 0);
    const count2 = 1 + (widths.ids ? 0 : 3);
    const count1 = 4 + (widths.count ? 0 : 1);
    const bytes = c * (8 * count8 + 4 * count4 + 2 * count2 + count1);
    const buffer = shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
    let offset = 0;
    const f64 = (): Float64Array => new Float64Array(buffer, (offset += 8 * c) - 8 * c, c);
    const i32 = (): Int32Array => new Int32Array(buffer, (offset += 4 * c) - 4 * c, c);
    const i16 = (): Int16Array => new Int16Array(buffer, (offset += 2 * c) - 2 * c, c);
    const u8 = (): Uint8Array => new Uint8Array(buffer, (offset += c) - c, c);
    const amount = (wide: boolean): AmountColumn => (wide ? f64() : i32());
    // the wide ones first, each group of the same size in a fixed order
    const widePay = widths.pay ? stored.map((s) => (s ? f64() : null)) : null;
    const wideLeave = widths.leave ? f64() : null;
    this.pay = widePay ?? stored.map((s) => (s ? amount(false) : null));
    this.leave = wideLeave ?? amount(false);
    this.pctSum = i32();
    this.mainStart = i32();
    const wideIds = widths.ids ? [i32(), i32(), i32()] : null;
    const wideCount = widths.count ? i32() : null;
    this.mainPct = i16();
    [this.level, this.group, this.unit] = wideIds ?? [i16(), i16(), i16()];
    this.activeCount = wideCount ?? u8();
    this.sexMask = u8();
    this.pctMissing = u8();
    this.inv = u8();
    this.mainTemporary = u8();
    // preallocated (a fast holey array, no growth and no garbage while reading)
    this.key = new Array<string | null>(c);
  }

  /** Which columns are wide. */
  get widths(): ColumnWidths {
    const firstPay = this.pay.find((p) => p !== null);
    return {
      pay: firstPay instanceof Float64Array,
      leave: this.leave instanceof Float64Array,
      ids: this.level instanceof Int32Array,
      count: this.activeCount instanceof Int32Array,
    };
  }

  /** The numeric columns (the table's own arrays, not copies). */
  columns(): PersonColumns {
    const { sexMask, activeCount, pctSum, pctMissing, pay, inv, leave, mainPct, mainStart, mainTemporary, level, group, unit } = this;
    return { sexMask, activeCount, pctSum, pctMissing, pay, inv, leave, mainPct, mainStart, mainTemporary, level, group, unit };
  }

  /** A table of `size` rows over existing columns (as {@link PersonTable.columns} gives them) and keys. */
  static fromColumns(size: number, key: (string | null)[], columns: PersonColumns): PersonTable {
    const t = new PersonTable(
      0,
      columns.pay.map((p) => p !== null),
    );
    Object.assign(t, columns, { pay: [...columns.pay], key, size, capacity: columns.sexMask.length });
    return t;
  }

  /** Ensures room for one more row; returns its index. */
  push(): number {
    if (this.size === this.capacity) this.grow(this.capacity * 2);
    return this.size++;
  }

  /**
   * Ensures room for `rows` rows in all (growing at least by doubling), so that columns taken
   * from the table stay its columns while at most that many rows are pushed.
   */
  reserve(rows: number): void {
    if (rows > this.capacity) this.grow(Math.max(rows, this.capacity * 2));
  }

  /** Widens the columns named by `bits` (WIDEN_*) that are still narrow, keeping every row. */
  widen(bits: number): void {
    const now = this.widths;
    if ((bits & WIDEN_PAY) !== 0 && !now.pay) this.pay = this.pay.map((p) => (p === null ? null : Float64Array.from(p)));
    if ((bits & WIDEN_LEAVE) !== 0 && !now.leave) this.leave = Float64Array.from(this.leave);
    if ((bits & WIDEN_IDS) !== 0 && !now.ids) {
      this.level = Int32Array.from(this.level);
      this.group = Int32Array.from(this.group);
      this.unit = Int32Array.from(this.unit);
    }
    if ((bits & WIDEN_COUNT) !== 0 && !now.count) this.activeCount = Int32Array.from(this.activeCount);
  }

  /**
   * Multiplies every stored amount of the first `size` rows by `factor` (widening the pay columns
   * to doubles first when a product would not fit 4 bytes), and `payUnit` with it.
   */
  scalePay(factor: number): void {
    if (factor === 1) return;
    const n = this.size;
    if (!this.widths.pay) {
      const fits = this.pay.every((col) => {
        if (col === null) return true;
        for (let i = 0; i < n; i++) if (!fitsInt32(col[i]! * factor)) return false;
        return true;
      });
      if (!fits) this.widen(WIDEN_PAY);
    }
    for (const col of this.pay) {
      if (col === null) continue;
      for (let i = 0; i < n; i++) col[i] = col[i]! * factor;
    }
    this.payUnit *= factor;
  }

  private grow(capacity: number): void {
    const bigger = new PersonTable(capacity, this.stored, this.widths, this.shared);
    const n = this.size;
    for (let c = 0; c < COMPONENT_COUNT; c++) bigger.pay[c]?.set(this.pay[c]!.subarray(0, n));
    bigger.leave.set(this.leave.subarray(0, n));
    bigger.activeCount.set(this.activeCount.subarray(0, n));
    bigger.pctSum.set(this.pctSum.subarray(0, n));
    bigger.mainPct.set(this.mainPct.subarray(0, n));
    bigger.mainStart.set(this.mainStart.subarray(0, n));
    bigger.level.set(this.level.subarray(0, n));
    bigger.group.set(this.group.subarray(0, n));
    bigger.unit.set(this.unit.subarray(0, n));
    bigger.sexMask.set(this.sexMask.subarray(0, n));
    bigger.pctMissing.set(this.pctMissing.subarray(0, n));
    bigger.inv.set(this.inv.subarray(0, n));
    bigger.mainTemporary.set(this.mainTemporary.subarray(0, n));
    // (the keys stay in their array, which grows by itself)
    Object.assign(this, bigger.columns(), { pay: bigger.pay, capacity });
  }
}

const ALL_STORED: readonly boolean[] = Array.from({ length: COMPONENT_COUNT }, () => true);

export { mainCompare, type MainCandidate } from '../../rules/definitions/mainEmployment.js';

/**
 * The main-employment attributes of a stored person (its main employment is active exactly when
 * one of its employments is: read this before adding another employment's count). @internal
 */
export function mainOf(t: PersonTable, i: number, levels: Dictionary, groups: Dictionary, units: Dictionary): MainCandidate {
  return {
    active: (t.activeCount[i] ?? 0) > 0 ? 1 : 0,
    pct: t.mainPct[i] ?? -1,
    start: t.mainStart[i] ?? 0,
    temporary: t.mainTemporary[i] ?? 0,
    unit: units.value(t.unit[i] ?? -1),
    level: levels.value(t.level[i] ?? -1),
    group: groups.value(t.group[i] ?? -1),
  };
}
