/**
 * The linear programmes of the attacker (ANON-7): a neighbourhood of a value, the programme over some columns with the rest fixed or relaxed, objectives and the rows that bind. @internal
 */
import { pieceOf, type Piece } from './domains.js';
import type { Constraints } from './constraints.js';
import { type LpData, type LpRow } from './solver.js';
import type { TableRow } from './tableModel.js';
import { type Target, type Witnesses } from './witnesses.js';

/** The passes over a row in `neighbourhood`: every variable at once, or those with room first. */
const ANY_ROOM = [null] as const;
const ROOM_FIRST = [true, false] as const;

/**
 * Variables within `radius` rows of the start (through unknown variables; at most 64 per row beyond
 * the first step). With `wide`, each row is expanded once, and the first step too takes at most
 * `wide.fanout` of its variables, those with room to move at the feasible table first
 * (`wide.room`): a row of thousands of sibling units then adds a few dozen columns to a programme
 * instead of all of them (and beyond the first step 64 in all, not 64 for each variable that reaches
 * it). Any neighbourhood gives tables the reader cannot rule out (the outside stays at a feasible
 * table), so this only changes how far a table can move, never whether it is possible.
 */
export function neighbourhood(
  c: Constraints,
  start: readonly number[],
  radius: number,
  fixed: (id: number) => boolean,
  wide?: { readonly fanout: number; readonly room: (id: number) => boolean },
): number[] {
  const seen = new Set<number>(start);
  let frontier = [...start];
  // with `wide`, a row is expanded once (its cap is the row's, not each of its variables')
  const expanded = new Set<number>();
  for (let r = 0; r < radius && frontier.length > 0; r++) {
    const next: number[] = [];
    for (const id of frontier) {
      for (const ri of c.rowsOf[id] ?? []) {
        const row = c.rows[ri];
        if (row === undefined) continue;
        if (wide !== undefined) {
          if (expanded.has(ri)) continue;
          expanded.add(ri);
        }
        const cap = r > 0 ? 64 : (wide?.fanout ?? Infinity);
        // a wide row beyond its cap: the variables with room first, then the rest
        const passes = wide === undefined || row.vars.length <= cap ? ANY_ROOM : ROOM_FIRST;
        let taken = 0;
        for (const pass of passes) {
          for (const other of row.vars) {
            if (taken >= cap) break;
            if (seen.has(other) || fixed(other) || (pass !== null && wide?.room(other) !== pass)) continue;
            seen.add(other);
            next.push(other);
            taken++;
          }
        }
      }
    }
    frontier = next;
  }
  return [...seen].filter((id) => !fixed(id));
}

/**
 * A linear programme over some variables: the rest fixed at a feasible table (`inner`) or relaxed
 * to their outer bounds (`outer`). With `fold`, a row of one column becomes that column's bounds
 * ({@link foldIntoBounds}): the same solutions, sooner, but such a row has no dual and is missing
 * from an explanation's rows (`dualRows`), so only programmes that look for tables fold.
 */
export function buildLp(
  c: Constraints,
  cols: readonly number[],
  point: Float64Array,
  outer: Witnesses,
  mode: 'inner' | 'outer',
  fold = false,
): { data: LpData; index: Map<number, number>; rowIds: number[] } {
  const index = new Map<number, number>();
  cols.forEach((id, k) => index.set(id, k));
  const colLower: number[] = [];
  const colUpper: number[] = [];
  const integer: boolean[] = [];
  for (const id of cols) {
    const v = c.state.model.vars[id];
    let lo = c.lower[id] ?? -Infinity;
    let hi = c.upper[id] ?? Infinity;
    if (mode === 'outer') {
      lo = Math.max(lo, outer.lo[id] ?? -Infinity);
      hi = Math.min(hi, outer.hi[id] ?? Infinity);
    }
    const d = c.domain[id];
    if (mode === 'inner' && d !== null && d !== undefined) {
      const piece = pieceOf(d, Math.round(point[id] ?? 0));
      if (piece !== null) {
        lo = Math.max(lo, piece[0]);
        hi = Math.min(hi, piece[1]);
      }
    }
    colLower.push(lo);
    colUpper.push(Math.max(lo, hi));
    integer.push(v?.integer === true);
  }
  // the outside: fixed at the feasible table (inner) or within its outer bounds (outer); a fixed value at it
  const isFixed = (vid: number): boolean => (c.upper[vid] ?? 0) - (c.lower[vid] ?? 0) <= 0;
  const low =
    mode === 'inner'
      ? (vid: number): number => (isFixed(vid) ? (c.lower[vid] ?? 0) : (point[vid] ?? 0))
      : (vid: number): number => (isFixed(vid) ? (c.lower[vid] ?? 0) : (outer.lo[vid] ?? -Infinity));
  const high = mode === 'inner' ? low : (vid: number): number => (isFixed(vid) ? (c.lower[vid] ?? 0) : (outer.hi[vid] ?? Infinity));
  const rows: LpRow[] = [];
  const rowIds: number[] = [];
  const seen = new Set<number>();
  for (const id of cols) {
    for (const ri of c.rowsOf[id] ?? []) {
      if (seen.has(ri)) continue;
      seen.add(ri);
      const row = c.rows[ri];
      if (row === undefined) continue;
      // (the table must not change while the state is in use: every caller's is made before its first programme and never written to)
      const lp = mode === 'inner' && row.vars.length >= WIDE_ROW ? wideRowsAt(c, point, low).over(ri, cols, index) : rowOverColumns(row, index, low, high);
      if (lp === null || (fold && foldIntoBounds({ colLower, colUpper }, lp))) continue;
      rows.push(lp);
      rowIds.push(ri);
    }
  }
  return { data: { colLower, colUpper, integer, rows }, index, rowIds };
}

/**
 * A row with at least this many variables is a wide row (a parent's sum over its sibling units): in
 * a programme with the outside fixed at a feasible table its constant is the row's sum at that table
 * (made once) less its columns' share, so a programme costs its columns, not the row's length.
 */
const WIDE_ROW = 256;

/** A sum kept with Neumaier's compensation: `sum + comp` is the sum, to about one rounding. */
interface CompensatedSum {
  sum: number;
  comp: number;
}

function addTo(acc: CompensatedSum, x: number): void {
  const t = acc.sum + x;
  acc.comp += Math.abs(acc.sum) >= Math.abs(x) ? acc.sum - t + x : x - t + acc.sum;
  acc.sum = t;
}

/**
 * Wide rows over programmes' columns with everything outside fixed at one table (`value` of each
 * variable, which must not change while this is in use): what {@link rowOverColumns} gives, in time
 * of the columns. Each row's sum at the table is made the first time the row is asked for.
 */
class FixedWideRows {
  readonly #rows: readonly Pick<TableRow, 'vars' | 'coefs' | 'lower' | 'upper'>[];
  readonly #value: (id: number) => number;
  readonly #sums = new Map<number, { readonly total: CompensatedSum; readonly at: ReadonlyMap<number, number> }>();

  constructor(rows: readonly Pick<TableRow, 'vars' | 'coefs' | 'lower' | 'upper'>[], value: (id: number) => number) {
    this.#rows = rows;
    this.#value = value;
  }

  /** Row `ri` over the columns `cols` (`index`: each column's position), null when none is in it. */
  over(ri: number, cols: readonly number[], index: ReadonlyMap<number, number>): LpRow | null {
    const row = this.#rows[ri];
    if (row === undefined) return null;
    const value = this.#value;
    let entry = this.#sums.get(ri);
    if (entry === undefined) {
      const total: CompensatedSum = { sum: 0, comp: 0 };
      const at = new Map<number, number>();
      row.vars.forEach((vid, k) => {
        addTo(total, (row.coefs[k] ?? 0) * value(vid));
        at.set(vid, k);
      });
      entry = { total, at };
      this.#sums.set(ri, entry);
    }
    // the columns in the row, in the row's order
    const inside: number[] = [];
    for (const id of cols) {
      const k = entry.at.get(id);
      if (k !== undefined) inside.push(k);
    }
    if (inside.length === 0) return null;
    inside.sort((x, y) => x - y);
    const outside: CompensatedSum = { ...entry.total };
    const rc: number[] = [];
    const rv: number[] = [];
    for (const k of inside) {
      const vid = row.vars[k] ?? 0;
      const a = row.coefs[k] ?? 0;
      rc.push(index.get(vid) ?? 0);
      rv.push(a);
      addTo(outside, -a * value(vid));
    }
    const fixedPart = outside.sum + outside.comp;
    return { cols: rc, coefs: rv, lower: row.lower - fixedPart, upper: row.upper - fixedPart };
  }
}

/** Per state, the wide rows fixed at each feasible table its programmes are built at. */
const fixedWideRows = new WeakMap<Constraints, WeakMap<Float64Array, FixedWideRows>>();

/** The wide rows of a state fixed at `point` (a fixed variable at its value), made once per state and table. */
function wideRowsAt(c: Constraints, point: Float64Array, value: (id: number) => number): FixedWideRows {
  let byPoint = fixedWideRows.get(c);
  if (byPoint === undefined) fixedWideRows.set(c, (byPoint = new WeakMap()));
  let rows = byPoint.get(point);
  if (rows === undefined) byPoint.set(point, (rows = new FixedWideRows(c.rows, value)));
  return rows;
}

/**
 * A table row over a programme's columns: each variable outside the columns within `[low, high]`
 * of its own (a fixed value when they are equal) and moved to the bounds, which the row then holds
 * for every such value (lower − max Σ a·x … upper − min Σ a·x); null when no variable of the row is a column.
 * The columns: a map from variable to column, or each variable's column in an array (−1 outside).
 * @internal
 */
export function rowOverColumns(
  row: Pick<TableRow, 'vars' | 'coefs' | 'lower' | 'upper'>,
  index: ReadonlyMap<number, number> | Int32Array,
  low: (id: number) => number,
  high: (id: number) => number,
): LpRow | null {
  const { vars, coefs } = row;
  const n = vars.length;
  // (arrays of the row's length, trimmed after: an array grown by push takes room for 16 at its
  // first, and the programmes of one `publish` make millions of rows — at 4 000 units this made
  // half of the 480 MB these rows took)
  const rc = new Array<number>(n);
  const rv = new Array<number>(n);
  let k = 0;
  let lo = row.lower;
  let hi = row.upper;
  const byArray = index instanceof Int32Array;
  for (let j = 0; j < n; j++) {
    const vid = vars[j] ?? 0;
    const a = coefs[j] ?? 0;
    const col = byArray ? (index[vid] ?? -1) : (index.get(vid) ?? -1);
    if (col >= 0) {
      rc[k] = col;
      rv[k] = a;
      k++;
      continue;
    }
    const l = low(vid);
    const h = high(vid);
    // lo − max(a·x) … hi − min(a·x)
    lo -= a >= 0 ? a * h : a * l;
    hi -= a >= 0 ? a * l : a * h;
  }
  if (k === 0) return null;
  rc.length = k;
  rv.length = k;
  return { cols: rc, coefs: rv, lower: Number.isNaN(lo) ? -Infinity : lo, upper: Number.isNaN(hi) ? Infinity : hi };
}

/**
 * Moves a row of one column into the column's bounds (`lower ≤ a·x ≤ upper` is x within
 * lower / a … upper / a): the same solutions with a row fewer, and a simplex basis has a row for
 * each. Once the figures outside a neighbourhood are fixed, many relations keep one column: one row
 * in six of a protection programme, four in five of a witness batch. Returns false, changing
 * nothing, for a row of several columns or one that would leave its column no value (kept as a
 * row, for the solver to report).
 * @example
 * ```ts
 * const lp = { colLower: [0], colUpper: [10] };
 * foldIntoBounds(lp, { cols: [0], coefs: [2], lower: 4, upper: 6 }); // true: column 0 is 2 … 3
 * ```
 * @internal
 */
export function foldIntoBounds(lp: { readonly colLower: number[]; readonly colUpper: number[] }, r: LpRow): boolean {
  const j = r.cols.length === 1 ? (r.cols[0] ?? -1) : -1;
  const a = j >= 0 ? (r.coefs[0] ?? 0) : 0;
  if (a === 0 || !Number.isFinite(a)) return false;
  const lower = Math.max(lp.colLower[j] ?? -Infinity, (a > 0 ? r.lower : r.upper) / a);
  const upper = Math.min(lp.colUpper[j] ?? Infinity, (a > 0 ? r.upper : r.lower) / a);
  if (!(lower <= upper)) return false;
  lp.colLower[j] = lower;
  lp.colUpper[j] = upper;
  return true;
}

/**
 * The rows of several columns, each row of one column moved into its bounds ({@link foldIntoBounds}).
 * @example
 * ```ts
 * const lp = { colLower: [0, 0], colUpper: [10, 10] };
 * const rows = foldSingleColumnRows(lp, [{ cols: [0], coefs: [1], lower: 2, upper: 2 }, { cols: [0, 1], coefs: [1, 1], lower: 5, upper: 5 }]);
 * // rows: the second only; column 0 is 2
 * ```
 * @internal
 */
export function foldSingleColumnRows(lp: { readonly colLower: number[]; readonly colUpper: number[] }, rows: readonly LpRow[]): LpRow[] {
  return rows.filter((r) => !foldIntoBounds(lp, r));
}

/**
 * Lets a column take values of one piece of its domain only: a binary per piece (appended as
 * columns), Σ binaries = 1, and x between the chosen piece's ends (x − Σ z·start ≥ 0, x − Σ z·end ≤ 0).
 * @internal
 */
export function choosePiece(
  lp: { readonly colLower: number[]; readonly colUpper: number[]; readonly integer: boolean[]; readonly rows: LpRow[] },
  col: number,
  domain: readonly Piece[],
): void {
  const zs: number[] = [];
  for (let p = 0; p < domain.length; p++) {
    zs.push(lp.colLower.length);
    lp.colLower.push(0);
    lp.colUpper.push(1);
    lp.integer.push(true);
  }
  lp.rows.push({ cols: zs, coefs: zs.map(() => 1), lower: 1, upper: 1 });
  lp.rows.push({ cols: [col, ...zs], coefs: [1, ...domain.map((p) => -p[0])], lower: 0, upper: Infinity });
  lp.rows.push({ cols: [col, ...zs], coefs: [1, ...domain.map((p) => -(Number.isFinite(p[1]) ? p[1] : 1e9))], lower: -Infinity, upper: 0 });
}

/** A target's expression as the programme's objective (its columns' coefficients). @internal */
export function objectiveOf(t: Target, index: ReadonlyMap<number, number>): Map<number, number> {
  const m = new Map<number, number>();
  t.vars.forEach((id, k) => {
    const col = index.get(id);
    if (col !== undefined) m.set(col, (m.get(col) ?? 0) + (t.coefs[k] ?? 0));
  });
  return m;
}

/** The rows that bind at an optimum (non-zero duals): the chain of relations behind a bound. @internal */
export function dualRows(res: { readonly status: string; readonly rowDual: Float64Array }, rowIds: readonly number[]): number[] {
  if (res.status !== 'optimal') return [];
  const out: number[] = [];
  res.rowDual.forEach((d, k) => {
    if (Math.abs(d) > 1e-9) out.push(rowIds[k] ?? -1);
  });
  return out.filter((x) => x >= 0);
}
