/**
 * The builder of a table model (ANON-7): the model's growing lists (variables, rows, observations,
 * derived figures, problems) and the steps every section of the table takes with them — a variable,
 * a relation, a published count, a percent of a published base, a share, a ratio. The sections
 * (attributeCounts.ts, parentalLeave.ts, payModel.ts) add to one builder in turn.
 * @internal
 */
import { Dec } from '../../_lib/money.js';
import type { AuditInput, JsonPath } from '../types.js';
import { halfUnit, pathKey, type DerivedFigure, type Observation, type RowKind, type TableModel, type TableRow, type TableVar } from './tableModel.js';
import type { Node, Problem } from './unitTree.js';

/** A table model being built, and the steps that add to it. @internal */
export interface ModelBuilder {
  readonly table: AuditInput;
  readonly problems: Problem[];
  readonly vars: TableVar[];
  readonly rows: TableRow[];
  readonly observations: Observation[];
  readonly derived: DerivedFigure[];
  readonly byPath: Map<string, number>;
  readonly supersets: number[][];
  readonly pairOf: Map<number, number>;
  /** See {@link TableModel.zeroPay}. */
  readonly zeroPay: Set<number>;
  /** Adds a variable (its id the next free one), indexed by its path unless it is a unit's own staff. */
  readonly addVar: (v: Omit<TableVar, 'id' | 'key'>) => TableVar;
  /** Adds a relation (none without variables). */
  readonly addRow: (r: TableRow) => void;
  /** Records that `inner`'s group is part of `outer`'s (a sub-unit's, a sex's). */
  readonly within: (inner: TableVar | undefined, outer: TableVar | undefined) => void;
  /** A published count: the variable is exactly `value` (nothing when hidden). */
  readonly observeCount: (v: TableVar, path: JsonPath, value: number | null | undefined, owners?: readonly number[]) => void;
  /** count = p × base / 100 within the rounding of p: exact integer bounds (half-up rounding: p − h ≤ t < p + h). */
  readonly observePercentOfBase: (v: TableVar, path: JsonPath, text: string, base: number) => void;
  /** women / (women + men) × 100 in [s − h, s + h): 100·w − (s∓h)(w + m) ≷ 0. */
  readonly observeShare: (w: TableVar, m: TableVar, path: JsonPath, text: string, kind: RowKind, cell: JsonPath) => void;
  /** part / whole × 100 in [c − h, c + h): 100·part − (c∓h)·whole ≷ 0. */
  readonly observeRatio: (part: TableVar, whole: TableVar, path: JsonPath, text: string, kind: RowKind, cell: JsonPath) => void;
}

/**
 * A builder for a table's model, its lists empty.
 * @internal
 */
export function modelBuilder(table: AuditInput): ModelBuilder {
  const problems: Problem[] = [];
  const vars: TableVar[] = [];
  const rows: TableRow[] = [];
  const observations: Observation[] = [];
  const derived: DerivedFigure[] = [];
  const byPath = new Map<string, number>();
  const supersets: number[][] = [];
  const pairOf = new Map<number, number>();
  const zeroPay = new Set<number>();
  const within = (inner: TableVar | undefined, outer: TableVar | undefined): void => {
    if (inner === undefined || outer === undefined) return;
    (supersets[inner.id] ??= []).push(outer.id);
  };
  const addVar = (v: Omit<TableVar, 'id' | 'key'>): TableVar => {
    // every field named, in one order: one hidden class for every variable. (A spread of the caller's
    // object with a field added gave each of them a class of its own, and every read of a variable's
    // field in the anonymisation went through V8's slowest lookup: 0.3 µs a read instead of 0.02;
    // publish took 40 % longer. buildTableModel.test.ts counts the classes.)
    const full: TableVar = {
      kind: v.kind,
      family: v.family,
      slot: v.slot,
      path: v.path,
      key: pathKey(v.path),
      cell: v.cell,
      own: v.own,
      integer: v.integer,
      lower: v.lower,
      upper: v.upper,
      persons: v.persons,
      personsVar: v.personsVar,
      baseVar: v.baseVar,
      countRule: v.countRule,
      lastResort: v.lastResort,
      value: v.value,
      half: v.half,
      id: vars.length,
    };
    vars.push(full);
    if (!v.own) byPath.set(full.key, full.id);
    return full;
  };
  const addRow = (r: TableRow): void => {
    if (r.vars.length > 0) rows.push(r);
  };
  const observeCount = (v: TableVar, path: JsonPath, value: number | null | undefined, owners: readonly number[] = [v.id]): void => {
    if (value === null || value === undefined) return;
    observations.push({ path, owners, bound: { varId: v.id, lower: value, upper: value } });
  };
  return {
    table,
    problems,
    vars,
    rows,
    observations,
    derived,
    byPath,
    supersets,
    pairOf,
    zeroPay,
    addVar,
    addRow,
    within,
    observeCount,
    observePercentOfBase,
    observeShare,
    observeRatio,
  };

  /** count = p × base / 100 within the rounding of p: exact integer bounds (half-up rounding: p − h ≤ t < p + h). */
  function observePercentOfBase(v: TableVar, path: JsonPath, text: string, base: number): void {
    const bounds = countsOfPercent(text, base);
    if (bounds !== null) observations.push({ path, owners: [v.id], bound: { varId: v.id, lower: bounds[0], upper: bounds[1] } });
  }
  /** women / (women + men) × 100 in [s − h, s + h): 100·w − (s∓h)(w + m) ≷ 0. */
  function observeShare(w: TableVar, m: TableVar, path: JsonPath, text: string, kind: RowKind, cell: JsonPath): void {
    const s = dec(text);
    if (s === null) return;
    const h = halfUnit(text);
    const lo = s.minus(h);
    const hi = s.plus(h);
    // 100w − lo(w + m) ≥ 0; 100w − hi(w + m) < 0 (integers: ≤ −ε on the lattice of hi's decimals)
    observations.push({
      path,
      owners: [w.id, m.id],
      row: { vars: [w.id, m.id], coefs: [new Dec(100).minus(lo).toNumber(), -lo.toNumber()], lower: 0, upper: Infinity, kind, cell, sources: [path] },
    });
    observations.push({
      path,
      owners: [w.id, m.id],
      row: {
        vars: [w.id, m.id],
        coefs: [new Dec(100).minus(hi).toNumber(), -hi.toNumber()],
        lower: -Infinity,
        upper: -latticeStep(hi),
        kind,
        cell,
        sources: [path],
      },
    });
  }
  /** part / whole × 100 in [c − h, c + h): 100·part − (c∓h)·whole ≷ 0. */
  function observeRatio(part: TableVar, whole: TableVar, path: JsonPath, text: string, kind: RowKind, cell: JsonPath): void {
    const c = dec(text);
    if (c === null) return;
    const h = halfUnit(text);
    observations.push({
      path,
      owners: [part.id, whole.id],
      row: { vars: [part.id, whole.id], coefs: [100, -c.minus(h).toNumber()], lower: 0, upper: Infinity, kind, cell, sources: [path] },
    });
    observations.push({
      path,
      owners: [part.id, whole.id],
      row: { vars: [part.id, whole.id], coefs: [100, -c.plus(h).toNumber()], lower: -Infinity, upper: -latticeStep(c.plus(h)), kind, cell, sources: [path] },
    });
  }
}

/**
 * The model built, or an empty one with the problems when there are any.
 * @internal
 */
export function finishModel(b: ModelBuilder): TableModel {
  const { vars, rows, observations, derived, byPath, supersets, pairOf, zeroPay, problems } = b;
  const percentDecimals = (b.table.options as { percentDecimals?: number } | undefined)?.percentDecimals ?? 1;
  if (problems.length > 0)
    return {
      vars: [],
      rows: [],
      observations: [],
      derived: [],
      byPath: new Map(),
      supersets: [],
      pairOf: new Map(),
      zeroPay: new Set(),
      percentDecimals,
      problems,
    };
  // every observation with every field, in one order: one hidden class for all (see `addVar`)
  const observed = observations.map((o): Observation => ({
    path: o.path,
    owners: o.owners,
    bound: o.bound,
    row: o.row,
    keptWith: o.keptWith,
    absent: o.absent,
  }));
  return { vars, rows, observations: observed, derived, byPath, supersets, pairOf, zeroPay, percentDecimals, problems };
}

/** Decimals of the small whole numbers a count has, made once each (decimal.js values are immutable). */
const COUNT_DECIMALS: Dec[] = [];

/**
 * A count as an exact decimal, the same object for the same small count: a table model holds one
 * for every count it reads and a zero for every count's rounding (at 4 000 units, about 70 000 of each).
 * @example
 * ```ts
 * countDecimal(3).toNumber(); // 3
 * countDecimal(0) === countDecimal(0); // true
 * ```
 * @internal
 */
export function countDecimal(n: number): Dec {
  if (!(Number.isInteger(n) && n >= 0 && n < 4096)) return new Dec(n);
  return (COUNT_DECIMALS[n] ??= new Dec(n));
}

/** 0: a cell below the employer; 1: the employer's figures the statement does not require by sex; 2: the employer's women and men. @internal */
export function lastResortOf(node: Node, slot: string): 0 | 1 | 2 {
  return node.coversEmployer ? (slot === 'women' || slot === 'men' ? 2 : 1) : 0;
}

/** A percent as `publish` writes it: up to three digits, then up to four decimals after a point. */
const PLAIN_PERCENT = /^(\d{1,3})(?:\.(\d{1,4}))?$/;

/**
 * The counts a published percent of a base allows: the integers t with p − h ≤ 100·t / base < p + h
 * (half-up rounding, h half a unit of the percent's last decimal); null when the text is not a number
 * or the base is 0. In integers, with P the percent's digits and d its decimals: t ≥ (2P − 1)·base /
 * (200·10^d), t < (2P + 1)·base / (200·10^d). A percent with at most three digits and four decimals
 * of a base up to 10⁸ is worked out in safe integers (a published table's percents: 20 000 in a
 * 4 000-unit employer), any other in decimals.
 * @example
 * ```ts
 * countsOfPercent('33.3', 3); // [1, 1]
 * countsOfPercent('50', 4); // [2, 2]
 * ```
 * @internal
 */
export function countsOfPercent(text: string, base: number): readonly [number, number] | null {
  if (base === 0) return null;
  const m = PLAIN_PERCENT.exec(text);
  if (m !== null && Number.isSafeInteger(base) && base > 0 && base <= 1e8) {
    const decimals = m[2] ?? '';
    const digits = Number((m[1] ?? '') + decimals);
    const unit = 200 * 10 ** decimals.length;
    const low = (2 * digits - 1) * base;
    const high = (2 * digits + 1) * base;
    // ⌈low / unit⌉ (low < 0 only for a percent of 0: a bound below 0, which the count's own bounds
    // take over, as the decimals give it) and the last integer below high / unit
    const lower = low < 0 ? -((-low - (-low % unit)) / unit) : (low - (low % unit)) / unit + (low % unit === 0 ? 0 : 1);
    const upper = (high - (high % unit)) / unit - (high % unit === 0 ? 1 : 0);
    return [lower, upper];
  }
  const p = dec(text);
  if (p === null) return null;
  const h = halfUnit(text);
  const lo = p.minus(h).times(base).dividedBy(100).ceil();
  const hiExact = p.plus(h).times(base).dividedBy(100);
  const hi = hiExact.isInteger() ? hiExact.minus(1) : hiExact.floor();
  return [lo.toNumber(), hi.toNumber()];
}

/** A published decimal figure, or null (hidden, absent or not a finite number). @internal */
export function dec(text: string | null | undefined): Dec | null {
  if (text === null || text === undefined) return null;
  try {
    const d = new Dec(text);
    return d.isFinite() ? d : null;
  } catch {
    return null;
  }
}

/** The spacing of `k × x` for integers k: a strict `< 0` becomes `≤ −step / 2` (half the lattice step, safe in floating point). */
function latticeStep(x: Dec): number {
  const decimals = x.decimalPlaces();
  return new Dec(10).pow(-decimals).dividedBy(2).toNumber();
}
