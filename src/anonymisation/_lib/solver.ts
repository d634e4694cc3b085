/**
 * The linear / integer-linear solver of the audit (ANON-7): HiGHS (the solver SciPy uses),
 * compiled to WebAssembly (`highs` on npm). It loads once, lazily, in Node and in a browser; the
 * solves themselves are synchronous. Every problem here is small (the hidden values of one
 * connected part of a table, or a neighbourhood of one value), so a problem is built, solved a
 * few times with other objectives (warm-started from the previous basis) and disposed.
 *
 * Why HiGHS: it is maintained by the University of Edinburgh's optimisation group, used by SciPy's
 * `linprog`/`milp` and JuMP, solves LPs and MIPs, and its WebAssembly build runs unchanged in Node
 * and browsers. Measured here: a warm-started solve of a 10–800-column LP takes 0.1–1 ms, a MIP of
 * ten columns about 10 ms, so MIPs are used only where integrality can change an answer.
 * @internal
 */
import highsLoader, { type Highs, type Model } from 'highs';

let loading: Promise<Highs> | undefined;

/** Loads the solver once (about 50–100 ms the first time). @internal */
export function loadSolver(): Promise<Highs> {
  loading ??= highsLoader();
  return loading;
}

/** A row of a linear programme: `lower ≤ Σ coef × x[col] ≤ upper`. @internal */
export interface LpRow {
  readonly cols: readonly number[];
  readonly coefs: readonly number[];
  readonly lower: number;
  readonly upper: number;
}

/** A linear programme in plain arrays (columns with bounds, integrality and rows). @internal */
export interface LpData {
  readonly colLower: readonly number[];
  readonly colUpper: readonly number[];
  /** True for an integer column (counts of persons). */
  readonly integer: readonly boolean[];
  readonly rows: readonly LpRow[];
}

/**
 * A linear programme with its rows in compressed sparse row form, as the solver takes it (row `i`'s
 * entries are `starts[i]` … `starts[i + 1] − 1` of `indices` and `values`): a programme made in this
 * form is handed over without being copied into rows first. @internal
 */
export interface LpMatrix {
  readonly colLower: Float64Array;
  readonly colUpper: Float64Array;
  /** True for an integer column (counts of persons). */
  readonly integer: readonly boolean[];
  readonly rowLower: Float64Array;
  readonly rowUpper: Float64Array;
  readonly starts: Int32Array;
  readonly indices: Int32Array;
  readonly values: Float64Array;
}

/** The arrays of `m` rows with `nonzeros` entries in all, in compressed sparse row form (to be filled). @internal */
export function sparseRows(m: number, nonzeros: number): Pick<LpMatrix, 'rowLower' | 'rowUpper' | 'starts' | 'indices' | 'values'> {
  return {
    rowLower: new Float64Array(m),
    rowUpper: new Float64Array(m),
    starts: new Int32Array(m + 1),
    indices: new Int32Array(nonzeros),
    values: new Float64Array(nonzeros),
  };
}

/** A programme's rows in compressed sparse row form. */
function matrixOf(data: LpData): LpMatrix {
  let nonzeros = 0;
  for (const r of data.rows) nonzeros += r.cols.length;
  const rows = sparseRows(data.rows.length, nonzeros);
  const { starts, indices, values, rowLower, rowUpper } = rows;
  let at = 0;
  data.rows.forEach((r, i) => {
    for (let k = 0; k < r.cols.length; k++, at++) {
      indices[at] = r.cols[k] ?? 0;
      values[at] = r.coefs[k] ?? 0;
    }
    starts[i + 1] = at;
    rowLower[i] = r.lower;
    rowUpper[i] = r.upper;
  });
  return { colLower: Float64Array.from(data.colLower), colUpper: Float64Array.from(data.colUpper), integer: data.integer, ...rows };
}

/** The outcome of one solve. @internal */
export interface LpResult {
  readonly status: 'optimal' | 'infeasible' | 'unbounded' | 'failed';
  readonly objective: number;
  /** Column values (optimal only). */
  readonly x: Float64Array;
  /** Row duals (optimal LP only): a row with a non-zero dual bounds the optimum. */
  readonly rowDual: Float64Array;
}

const EMPTY = new Float64Array(0);

/**
 * Solver instances kept for the next session (per loaded solver), instead of one made and freed for
 * each: making one costs about as much as a small programme's solve, and `publish` solves thousands
 * of small programmes (200 units: 7 % sooner, the same tables). Only instances of small programmes
 * are kept, at most `POOL_SIZE`: a kept instance holds its last programme's memory, and with large
 * programmes' instances kept too the 4 000-unit employer was no faster.
 */
const pools = new WeakMap<Highs, Model[]>();
const POOL_SIZE = 4;
const POOLED_COLS = 2000;

/** Costs are handed over one by one (not all) when fewer than one in this many changed. */
const SPARSE_COSTS = 4;

/** The method of every solve (the interior point method only as a retry): the simplex, warm-started, without presolve. */
const SIMPLEX = { presolve: 'off', solver: 'simplex' } as const;

/**
 * One linear programme, kept in the solver between solves (costs and bounds change, the rows
 * stay). Call {@link LpSession.dispose} when done: the solver's memory is not garbage-collected.
 * @internal
 */
export class LpSession {
  readonly #model: Model;
  readonly #pool: Model[];
  #disposed = false;
  readonly #senses: Highs['constants']['objectiveSense'];
  readonly #numCols: number;
  readonly #integer: readonly boolean[];
  readonly #lower: Float64Array;
  readonly #upper: Float64Array;
  /** The costs the solver holds now. */
  readonly #cost: Float64Array;
  #mip = false;

  /** @param data - the programme (its arrays are the session's from now on when it is an {@link LpMatrix}) */
  constructor(highs: Highs, data: LpData | LpMatrix) {
    const lp = 'starts' in data ? data : matrixOf(data);
    const n = lp.colLower.length;
    const m = lp.rowLower.length;
    this.#numCols = n;
    this.#senses = highs.constants.objectiveSense;
    this.#integer = lp.integer;
    this.#lower = lp.colLower;
    this.#upper = lp.colUpper;
    this.#cost = new Float64Array(n);
    const model = {
      numCols: n,
      numRows: m,
      colCost: new Float64Array(n),
      colLower: this.#lower,
      colUpper: this.#upper,
      rowLower: lp.rowLower,
      rowUpper: lp.rowUpper,
      matrix: { format: 'csr' as const, numRows: m, numCols: n, starts: lp.starts, indices: lp.indices, values: lp.values },
    };
    let pool = pools.get(highs);
    if (pool === undefined) pools.set(highs, (pool = []));
    this.#pool = pool;
    // a kept instance: the programme replaces its last one (with its basis and solution), its options
    // are this session's (every solve puts back what it changes) and its clocks start again (the
    // first-feasible MIP's time limit counts from zero)
    const kept = n <= POOLED_COLS ? pool.pop() : undefined;
    if (kept !== undefined) {
      kept.passModel(model);
      kept.zeroAllClocks();
      this.#model = kept;
    } else {
      this.#model = highs.createModel(model);
      this.#model.options.set({ output_flag: false, mip_detect_symmetry: false, ...SIMPLEX });
    }
  }

  /** Number of columns. */
  get numCols(): number {
    return this.#numCols;
  }

  /** Changes one column's bounds. */
  setBounds(col: number, lower: number, upper: number): void {
    this.#lower[col] = lower;
    this.#upper[col] = upper;
    this.#model.changeColBounds(col, lower, upper);
  }

  /** Changes one row's bounds. */
  setRowBounds(row: number, lower: number, upper: number): void {
    this.#model.changeRowBounds(row, lower, upper);
  }

  /** Current bounds of a column. */
  bounds(col: number): readonly [number, number] {
    return [this.#lower[col] ?? -Infinity, this.#upper[col] ?? Infinity];
  }

  /**
   * Minimises (`sense` 1) or maximises (−1) Σ cost × x. With `integer`, the integer columns are
   * integer (a MIP; no duals), otherwise the LP relaxation.
   */
  solve(cost: ReadonlyMap<number, number> | Float64Array, sense: 1 | -1, integer = false, firstFeasible = false): LpResult {
    const dense = cost instanceof Float64Array ? cost : new Float64Array(this.#numCols);
    if (!(cost instanceof Float64Array)) for (const [col, c] of cost) dense[col] = c;
    if (this.#numCols === 0) return { status: 'optimal', objective: 0, x: EMPTY, rowDual: EMPTY };
    this.#changeCosts(dense);
    this.#model.changeObjectiveSense(sense === 1 ? this.#senses.minimize : this.#senses.maximize);
    if (integer !== this.#mip) {
      const types = new Int32Array(this.#numCols);
      if (integer) for (let j = 0; j < this.#numCols; j++) types[j] = this.#integer[j] === true ? 1 : 0;
      this.#model.changeColsIntegrality({ kind: 'range', from: 0, to: this.#numCols - 1 }, types);
      this.#mip = integer;
    }
    let status: number;
    try {
      status = this.#run(firstFeasible);
    } catch {
      // a warm start the solver could not continue from (numerical trouble after earlier solves of
      // the session): once more from nothing, and when the simplex throws again (seen on an
      // unbounded maximum, amounts left out by choice beside men's pay stated 0), the interior point
      try {
        this.#model.clearSolver();
        status = this.#run(firstFeasible);
      } catch {
        const retried = this.#runInteriorPoint(firstFeasible);
        if (retried === null) return { status: 'failed', objective: NaN, x: EMPTY, rowDual: EMPTY };
        status = retried;
      }
    }
    // "unknown" (15) or a solve error (4): the simplex lost its way in a programme of wide-ranging
    // coefficients (sums of a million persons' pay beside counts of one); the interior point
    // method, from nothing, solves it
    if (status === 15 || status === 4) status = this.#runInteriorPoint(firstFeasible) ?? status;
    if (status === 8) return { status: 'infeasible', objective: NaN, x: EMPTY, rowDual: EMPTY };
    if (status === 9 || status === 10) return { status: 'unbounded', objective: sense === 1 ? -Infinity : Infinity, x: EMPTY, rowDual: EMPTY };
    if (status !== 7) return { status: 'failed', objective: NaN, x: EMPTY, rowDual: EMPTY };
    const sol = this.#model.getSolution();
    return { status: 'optimal', objective: this.#model.getObjectiveValue(), x: sol.colValue, rowDual: integer ? EMPTY : sol.rowDual };
  }

  /**
   * Hands the solver the costs that changed: a programme solved for one value after another
   * changes a few of its costs each time, and the solver's wrapper checks (and copies) every cost
   * handed to it.
   */
  #changeCosts(dense: Float64Array): void {
    const cost = this.#cost;
    const n = this.#numCols;
    let changed = 0;
    for (let j = 0; j < n; j++) if (dense[j] !== cost[j]) changed++;
    if (changed === 0) return;
    if (changed * SPARSE_COSTS < n) {
      const indices = new Int32Array(changed);
      const values = new Float64Array(changed);
      let k = 0;
      for (let j = 0; j < n; j++)
        if (dense[j] !== cost[j]) {
          indices[k] = j;
          values[k] = dense[j] ?? 0;
          k++;
        }
      this.#model.changeColsCost({ kind: 'set', indices }, values);
    } else this.#model.changeColsCost({ kind: 'range', from: 0, to: n - 1 }, dense);
    cost.set(dense);
  }

  /** One run with the interior point method (then back to the session's simplex without presolve), or null when it throws. */
  #runInteriorPoint(firstFeasible: boolean): number | null {
    try {
      this.#model.clearSolver();
      this.#model.options.set({ solver: 'ipm', presolve: 'on' });
      return this.#run(firstFeasible);
    } catch {
      return null;
    } finally {
      this.#model.options.set(SIMPLEX);
    }
  }

  #run(firstFeasible: boolean): number {
    if (!firstFeasible) return this.#model.run().modelStatus;
    this.#model.options.set({ mip_max_improving_sols: 1, time_limit: 2 });
    try {
      const status = this.#model.run().modelStatus;
      // a MIP stopped at its first solution reports a limit, with the solution
      return (status === 16 || status === 13) && this.#model.getSolution().colValue.length > 0 ? 7 : status;
    } finally {
      // back to HiGHS's defaults (no limit: the wrapper takes only finite numbers, so the largest)
      this.#model.options.set({ mip_max_improving_sols: 2147483647, time_limit: Number.MAX_VALUE });
    }
  }

  /** Frees the solver's memory (or keeps a small programme's instance for the next session). */
  dispose(): void {
    // (once: an instance kept twice would serve two sessions)
    if (this.#disposed) return;
    this.#disposed = true;
    if (this.#pool.length < POOL_SIZE && this.#numCols <= POOLED_COLS) this.#pool.push(this.#model);
    else this.#model.dispose();
  }
}
