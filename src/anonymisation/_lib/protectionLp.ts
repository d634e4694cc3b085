/**
 * The protection LP (ANON-3; Fischetti and Salazar's, as in τ-Argus and sdcTable): a witness for some
 * goals over a neighbourhood of their targets, the rest of the table at the truth — each published
 * figure a row that may be violated at its owners' cost, the figures violated what must be hidden.
 * @internal
 */
import type { Highs } from 'highs';
import { baseOf, countDomain, pieceOf, type Piece } from './domains.js';
import type { Goal } from './goals.js';
import { choosePiece, foldSingleColumnRows, rowOverColumns } from './lpBuild.js';
import { isStillPublished } from './constraints.js';
import { costOf, markCell, nextEpoch, type ProtectionState } from './protectionState.js';
import { aroundPoint } from './aroundPoint.js';
import { LpSession, type LpResult, type LpRow } from './solver.js';
import type { Observation, TableModel, TableRow, TableVar } from './tableModel.js';
import type { Target } from './witnesses.js';

const EPS = 1e-6;

/** What a witness needs hidden, the witness itself and the targets it misses. @internal */
export interface Plan {
  readonly hide: ReadonlySet<number>;
  readonly missed: Set<Target>;
  readonly cols: readonly number[];
  readonly x: Float64Array;
}

/**
 * The witness of some goals in a neighbourhood and what it needs hidden; null when there is none.
 * @internal
 */
export function planGoals(
  highs: Highs,
  s: ProtectionState,
  items: readonly { readonly t: Target; readonly goal: Goal }[],
  radius: number,
  jump: boolean,
  elastic: boolean,
  release: boolean,
): Plan | null {
  const kept = (w: number): boolean => !release && s.keep.has(w);
  const { model, marks } = s;
  const { column } = marks;
  const epoch = nextEpoch(marks);
  const start: number[] = [];
  const valueTargets = new Set<number>();
  const weeksPersons = new Set<number>();
  for (const { t } of items) {
    start.push(...t.vars);
    if (t.kind === 'value') valueTargets.add(t.main.id);
    if (t.main.kind === 'weeks' && t.main.personsVar !== null) {
      start.push(t.main.personsVar);
      weeksPersons.add(t.main.personsVar);
    }
  }
  const first = items[0];
  if (first === undefined) return { hide: new Set(), missed: new Set(), cols: [], x: new Float64Array(0) };
  // (the neighbourhood marks each variable's column, until the next programme's epoch)
  const cols: number[] = [];
  marks.columns = cols;
  if (radius === Infinity) familyOf(s, start, cols);
  else neighbourhood(s, start, radius, cols);
  const colLower: number[] = [];
  const colUpper: number[] = [];
  const integer: boolean[] = [];
  const cost: number[] = [];
  // the cells with a hidden figure in the neighbourhood: their other figures cost less to hide
  for (const id of cols) if (s.hidden[id] !== null) markCell(s, id);
  /** An observation's owners that hiding may pick: in the neighbourhood, not kept published. */
  const ownersIn = (o: Observation): TableVar[] => {
    const out: TableVar[] = [];
    for (const w of o.owners) {
      const v = model.vars[w];
      if ((column[w] ?? -1) >= 0 && !kept(w) && v !== undefined) out.push(v);
    }
    return out;
  };
  const pieceCols: { col: number; domain: readonly Piece[] }[] = [];
  const weeksOf = s.weeksOf;
  for (const id of cols) {
    const v = model.vars[id];
    if (v === undefined) continue;
    let lo = v.lower;
    let hi = v.upper;
    const x0 = s.truth[id] ?? 0;
    if (v.kind === 'count' && !v.own) {
      // hidden: within the piece of its rule's values holding the truth; published: within the values a secondary suppression allows
      const rule = s.hidden[id];
      const domain = s.ruleAware
        ? countDomain(
            v,
            rule === 'primary' ? 'primary' : 'secondary',
            s.policy,
            baseOf(v, (b) => s.truth[b] ?? null),
          )
        : [[v.lower, v.upper] as Piece];
      // a target, or any count when it may jump: anywhere in its domain
      if (valueTargets.has(id) || jump) {
        const first = domain[0];
        const last = domain[domain.length - 1];
        if (first !== undefined && last !== undefined) {
          lo = Math.max(lo, first[0]);
          hi = Math.min(hi, last[1]);
        }
        if (domain.length > 1) pieceCols.push({ col: colLower.length, domain });
      } else if (rule !== 'by-choice') {
        const piece = pieceOf(domain, Math.round(x0));
        if (piece !== null) {
          lo = Math.max(lo, piece[0]);
          hi = Math.min(hi, piece[1]);
        } else {
          lo = x0;
          hi = x0;
        }
      }
    }
    if (weeksPersons.has(id)) {
      lo = x0;
      hi = x0;
    }
    // the persons behind an average of weeks: 1 … min − 1 when the average is hidden by its threshold, else at least min (ANON-6)
    for (const w of s.ruleAware ? (weeksOf.get(id) ?? []) : []) {
      const rule = s.hidden[w];
      if (rule === 'primary') {
        lo = Math.max(lo, 1);
        hi = Math.min(hi, s.policy.parentalLeaveMinPersons - 1);
      } else if (x0 >= s.policy.parentalLeaveMinPersons) {
        lo = Math.max(lo, s.policy.parentalLeaveMinPersons);
      }
    }
    colLower.push(lo);
    colUpper.push(Math.max(lo, hi));
    integer.push(v.integer);
    cost.push(0);
  }
  const rows: LpRow[] = [];
  /**
   * lower ≤ Σ a·x + s⁻ − s⁺ ≤ upper: two slack columns at `price` each (at an optimum at most one
   * is positive), the row appended to `into`. One row, not one for each side: the simplex's basis
   * has a row for each (the 128 largest programmes of the tests' 4 000-unit employer, solved
   * alone: 14 % sooner with one).
   */
  const soften = (lp: LpRow, price: number, into: LpRow[]): number[] => {
    const sm = colLower.length;
    const sp = sm + 1;
    for (let k = 0; k < 2; k++) {
      colLower.push(0);
      colUpper.push(Infinity);
      integer.push(false);
      cost.push(price);
    }
    into.push({ cols: lp.cols.concat(sm, sp), coefs: lp.coefs.concat(1, -1), lower: lp.lower, upper: lp.upper });
    return [sm, sp];
  };
  // everything outside the neighbourhood stays at the true table
  const truthAt = (vid: number): number => s.truth[vid] ?? 0;
  const fixedOutside = (row: Pick<TableRow, 'vars' | 'coefs' | 'lower' | 'upper'>): LpRow | null => rowOverColumns(row, column, truthAt, truthAt);
  for (const id of cols) {
    for (const ri of s.structRowsOf[id] ?? []) {
      if (marks.row[ri] === epoch) continue;
      marks.row[ri] = epoch;
      const row = model.rows[ri];
      const lp = row === undefined ? null : fixedOutside(row);
      if (lp !== null) rows.push(lp);
    }
  }
  // published observations touching the neighbourhood: each may be violated at its owner's cost
  const slackOf: { obs: Observation; cols: number[] }[] = [];
  const deferred: { obs: Observation; row: LpRow }[] = [];
  for (const id of cols) {
    for (const oi of s.obsOf[id] ?? []) {
      if (marks.observation[oi] === epoch) continue;
      marks.observation[oi] = epoch;
      const o = model.observations[oi];
      if (o === undefined || !isStillPublished(o, s.hidden)) continue;
      // hiding any owner inside the neighbourhood drops the observation; with none inside it holds as a hard row
      let c = Infinity;
      for (const w of ownersIn(o)) c = Math.min(c, costOf(s, w) * (s.keep.has(w.id) ? 1000 : 1));
      const row: Pick<TableRow, 'vars' | 'coefs' | 'lower' | 'upper'> | undefined =
        o.bound !== undefined ? { vars: [o.bound.varId], coefs: [1], lower: o.bound.lower, upper: o.bound.upper } : o.row;
      if (row === undefined) continue;
      const lp = fixedOutside(row);
      if (lp === null) continue;
      // a median's bound stays published when its mean is hidden to protect another, a share when amounts go by choice: it holds
      const stays =
        o.keptWith?.includes('secondary') === true || (o.keptWith?.includes('by-choice') === true && o.owners.some((w) => s.hidden[w] === 'by-choice'));
      if (!Number.isFinite(c) || stays) {
        rows.push(lp);
        continue;
      }
      // a relation of several figures (a share, a ratio, an average × persons) is hidden with its
      // owners: it is checked on the solution instead (its fractional coefficients would make the
      // programme's solutions fractional)
      if (o.row !== undefined) {
        deferred.push({ obs: o, row: lp });
        continue;
      }
      slackOf.push({ obs: o, cols: soften(lp, c, rows) });
    }
  }
  const goalRows: LpRow[] = [];
  const missCols: { t: Target; cols: number[] }[] = [];
  for (const { t, goal } of items) {
    const targetCols: number[] = [];
    const targetCoefs: number[] = [];
    t.vars.forEach((id, k) => {
      const col = column[id] ?? -1;
      if (col >= 0) {
        targetCols.push(col);
        targetCoefs.push(t.coefs[k] ?? 0);
      }
    });
    if (targetCols.length === 0) {
      if (elastic) continue;
      return null;
    }
    if (elastic) {
      // a miss costing more than any figure
      missCols.push({ t, cols: soften({ cols: targetCols, coefs: targetCoefs, lower: goal.lower, upper: goal.upper }, 1e9, goalRows) });
      continue;
    }
    goalRows.push({ cols: targetCols, coefs: targetCoefs, lower: goal.lower, upper: goal.upper });
  }
  // a count with several pieces of allowed values: x = a value of one piece (a binary per piece)
  let mip = false;
  for (const { col, domain } of pieceCols) {
    if (!jump) continue;
    choosePiece({ colLower, colUpper, integer, rows }, col, domain);
    while (cost.length < colLower.length) cost.push(0);
    mip = true;
  }
  // one target: its other direction too, if the first cannot be reached or costs more
  const alternative = items.length === 1 ? first.goal.alternative : undefined;
  const attempts = alternative === undefined ? [first.goal] : [first.goal, alternative];
  let best: { x: Float64Array; objective: number } | null = null;
  const folded = foldSingleColumnRows({ colLower, colUpper }, rows);
  const goalRow = folded.length;
  // restated around the true table, which meets every row but the goals': the simplex starts there
  // (the table's columns at the truth, the slacks and a piece's binaries at 0)
  const origin = new Float64Array(colLower.length);
  cols.forEach((id, k) => (origin[k] = integer[k] === true ? Math.round(s.truth[id] ?? 0) : (s.truth[id] ?? 0)));
  const lp = aroundPoint({ colLower, colUpper, integer, rows: [...folded, ...goalRows] }, origin);
  const session = new LpSession(highs, lp.data);
  try {
    const costs = lp.costs(cost);
    // any integral table will do as a witness: the MIP stops at its first solution
    const solve = (asMip: boolean): LpResult => lp.result(session.solve(costs, 1, asMip, asMip), cost);
    for (const g of attempts) {
      if (items.length === 1) session.setRowBounds(goalRow, ...lp.rowBounds(goalRow, g.lower, g.upper));
      let res = solve(mip);
      if (res.status === 'optimal' && !mip && !integral(model, cols, res.x)) res = solve(true);
      if (res.status === 'optimal' && (best === null || res.objective < best.objective - EPS)) best = { x: res.x, objective: res.objective };
      // the first direction at no cost is as good as it gets
      if (best !== null && best.objective <= EPS) break;
    }
  } finally {
    session.dispose();
  }
  if (best === null) return null;
  const x = best.x;
  const missed = new Set<Target>();
  for (const { t, cols: mc } of missCols) if (mc.some((k) => (x[k] ?? 0) > 1e-6)) missed.add(t);
  // the observations violated: hide their cheapest owner
  const cheapestOwner = (obs: Observation): TableVar | undefined => {
    const owners = ownersIn(obs);
    owners.sort((a, b) => costOf(s, a) - costOf(s, b) || a.id - b.id);
    return owners[0];
  };
  const hide = new Set<number>();
  for (const { obs, cols: sc } of slackOf) {
    const violated = sc.some((k) => (x[k] ?? 0) > 1e-7 * Math.max(1, Math.abs(x[k] ?? 0)));
    if (!violated) continue;
    if (obs.owners.some((w) => hide.has(w) || s.hidden[w] !== null)) continue;
    const pick = cheapestOwner(obs);
    if (pick !== undefined) hide.add(pick.id);
  }
  // the relations left out: where the solution breaks one, its cheapest owner is hidden too
  for (const { obs, row } of deferred) {
    if (obs.owners.some((w) => hide.has(w))) continue;
    let a = 0;
    row.cols.forEach((col, k) => (a += (row.coefs[k] ?? 0) * (x[col] ?? 0)));
    const tol = 1e-7 * Math.max(1, Math.abs(a));
    if (a >= row.lower - tol && a <= row.upper + tol) continue;
    const pick = cheapestOwner(obs);
    if (pick === undefined) return null;
    hide.add(pick.id);
  }
  return { hide, missed, cols, x };
}

function integral(model: TableModel, cols: readonly number[], x: Float64Array): boolean {
  for (let k = 0; k < cols.length; k++) {
    if (model.vars[cols[k] ?? 0]?.integer !== true) continue;
    const value = x[k] ?? 0;
    if (Math.abs(value - Math.round(value)) > EPS) return false;
  }
  return true;
}

/**
 * Beyond two rows from the start, a row adds at most this many of its variables (with their
 * partners): measured on the tests' 1 000- and 2 000-unit employers, the radius-3 and -4
 * neighbourhoods shrink by half or more, with as many witnesses found and as few figures hidden.
 */
const FAR_FANOUT = 3;

/**
 * The neighbourhood of a target over the structural rows (published variables too): `fanout`
 * variables per row (the hidden and the cheapest first), `FAR_FANOUT` beyond two rows. Pushed to
 * `out` (empty), each variable's column (its place in `out`) marked in `s.marks.column`.
 */
function neighbourhood(s: ProtectionState, start: readonly number[], radius: number, out: number[], fanout = 6, farFanout = FAR_FANOUT): void {
  const { column } = s.marks;
  const seen = (id: number): boolean => (column[id] ?? -1) >= 0;
  const add = (id: number): void => {
    column[id] = out.length;
    out.push(id);
  };
  for (const id of start) if (!seen(id)) add(id);
  let frontier = [...start];
  const vars = s.model.vars;
  // a variable whose bounds leave it one value (a count of a sex the cell has nobody of) cannot move: a constant, not a column
  const movable = (id: number): boolean => {
    const v = vars[id];
    return v !== undefined && v.upper > v.lower;
  };
  // in a wide relation (a region's forty units), the hidden cells first (free to move), then the cheapest
  const rank = (id: number): number => (s.hidden[id] !== null || vars[id]?.own === true ? 0 : (vars[id]?.persons ?? 0) + 1);
  for (let r = 0; r < radius && frontier.length > 0; r++) {
    const next: number[] = [];
    for (const id of frontier) {
      for (const ri of s.structRowsOf[id] ?? []) {
        const others = (s.movableOf[ri] ?? []).filter((o) => !seen(o));
        const f = r >= 2 ? farFanout : fanout;
        if (others.length > f) others.sort((a, b) => rank(a) - rank(b) || a - b);
        // with its partners: a sibling's women, men and total move together, whichever row picked it
        // (not the employer's: its figures are the last resort)
        for (const picked of others.slice(0, f)) {
          for (const other of (vars[picked]?.lastResort ?? 0) > 0 ? [picked] : (s.partnersOf[picked] ?? [picked])) {
            if (seen(other) || !movable(other)) continue;
            add(other);
            next.push(other);
          }
        }
      }
    }
    frontier = next;
  }
}

/** Every variable connected to the start by structural rows, pushed to `out` as {@link neighbourhood} does. */
function familyOf(s: ProtectionState, start: readonly number[], out: number[]): void {
  neighbourhood(s, start, Number.MAX_SAFE_INTEGER, out, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
}
